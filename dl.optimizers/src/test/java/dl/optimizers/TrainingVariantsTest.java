package dl.optimizers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Rng;
import dl.links.Linear;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Each optimizer added after SGD, MomentumSGD and Adam fits the noiseless linear regression of
 * {@link TrainingTest#fitLinear} (initial MSE about 1) to a stated loss within 300 full-batch
 * steps.
 */
class TrainingVariantsTest {
  private static void fits(String name, Supplier<GradientMethod> opt, double bound) {
    Rng.seed(1);
    Linear l = new Linear(3, 1);
    double mse = TrainingTest.fitLinear(opt.get(), l, 300);
    assertTrue(mse < bound, name + " MSE " + mse + " not below " + bound);
  }

  @Test
  void correctedMomentumSgd() {
    fits(
        "CorrectedMomentumSGD",
        () ->
            new CorrectedMomentumSGD(
                CorrectedMomentumSGD.Options.builder().lr(0.1).momentum(0.9).build()),
        1e-8);
  }

  @Test
  void nesterovAg() {
    fits(
        "NesterovAG",
        () -> new NesterovAG(NesterovAG.Options.builder().lr(0.1).momentum(0.9).build()),
        1e-8);
  }

  @Test
  void adaGrad() {
    fits("AdaGrad", () -> new AdaGrad(AdaGrad.Options.builder().lr(0.5).eps(1e-8).build()), 1e-8);
  }

  @Test
  void adaDelta() {
    // no learning rate: its first steps are about √eps, so it is still descending after 300
    fits(
        "AdaDelta",
        () -> new AdaDelta(AdaDelta.Options.builder().rho(0.95).eps(1e-6).build()),
        2e-2);
  }

  @Test
  void rmsprop() {
    // steps of about lr once ms has settled: it ends in a ±lr jitter around the optimum
    fits(
        "RMSprop",
        () ->
            new RMSprop(
                RMSprop.Options.builder()
                    .lr(0.01)
                    .alpha(0.99)
                    .eps(1e-8)
                    .epsInsideSqrt(false)
                    .build()),
        2e-4);
  }

  @Test
  void rmspropGraves() {
    fits(
        "RMSpropGraves",
        () ->
            new RMSpropGraves(
                RMSpropGraves.Options.builder()
                    .lr(0.01)
                    .alpha(0.95)
                    .momentum(0.9)
                    .eps(1e-4)
                    .build()),
        1e-8);
  }

  @Test
  void smorms3() {
    fits("SMORMS3", () -> new SMORMS3(SMORMS3.Options.builder().lr(0.05).eps(1e-16).build()), 1e-8);
  }

  @Test
  void adamW() {
    fits(
        "AdamW",
        () ->
            new AdamW(
                Adam.Options.builder()
                    .alpha(0.05)
                    .beta1(0.9)
                    .beta2(0.999)
                    .eps(1e-8)
                    .eta(1)
                    .weightDecayRate(0)
                    .build()),
        1e-8);
  }

  @Test
  void amsGrad() {
    fits(
        "AMSGrad",
        () ->
            new AMSGrad(
                Adam.Options.builder()
                    .alpha(0.05)
                    .beta1(0.9)
                    .beta2(0.999)
                    .eps(1e-8)
                    .eta(1)
                    .build()),
        1e-8);
  }

  @Test
  void adaBound() {
    fits(
        "AdaBound",
        () ->
            new AdaBound(
                Adam.Options.builder()
                    .alpha(0.05)
                    .beta1(0.9)
                    .beta2(0.999)
                    .finalLr(0.1)
                    .gamma(1e-3)
                    .eps(1e-8)
                    .eta(1)
                    .build()),
        1e-8);
  }

  @Test
  void amsBound() {
    fits(
        "AMSBound",
        () ->
            new AMSBound(
                Adam.Options.builder()
                    .alpha(0.05)
                    .beta1(0.9)
                    .beta2(0.999)
                    .finalLr(0.1)
                    .gamma(1e-3)
                    .eps(1e-8)
                    .eta(1)
                    .build()),
        1e-8);
  }

  @Test
  void msvag() {
    fits(
        "MSVAG",
        () ->
            new MSVAG(MSVAG.Options.builder().lr(0.5).beta(0.9).eta(1).weightDecayRate(0).build()),
        1e-8);
  }
}
