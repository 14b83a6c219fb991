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
    fits("CorrectedMomentumSGD", () -> new CorrectedMomentumSGD(0.1, 0.9), 1e-8);
  }

  @Test
  void nesterovAg() {
    fits("NesterovAG", () -> new NesterovAG(0.1, 0.9), 1e-8);
  }

  @Test
  void adaGrad() {
    fits("AdaGrad", () -> new AdaGrad(0.5, 1e-8), 1e-8);
  }

  @Test
  void adaDelta() {
    // no learning rate: its first steps are about √eps, so it is still descending after 300
    fits("AdaDelta", () -> new AdaDelta(0.95, 1e-6), 2e-2);
  }

  @Test
  void rmsprop() {
    // steps of about lr once ms has settled: it ends in a ±lr jitter around the optimum
    fits("RMSprop", () -> new RMSprop(0.01, 0.99, 1e-8, false), 2e-4);
  }

  @Test
  void rmspropGraves() {
    fits("RMSpropGraves", () -> new RMSpropGraves(0.01, 0.95, 0.9, 1e-4), 1e-8);
  }

  @Test
  void smorms3() {
    fits("SMORMS3", () -> new SMORMS3(0.05, 1e-16), 1e-8);
  }

  @Test
  void adamW() {
    fits("AdamW", () -> new AdamW(0.05, 0.9, 0.999, 1e-8, 1, 0), 1e-8);
  }

  @Test
  void amsGrad() {
    fits("AMSGrad", () -> new AMSGrad(0.05, 0.9, 0.999, 1e-8, 1), 1e-8);
  }

  @Test
  void adaBound() {
    fits("AdaBound", () -> new AdaBound(0.05, 0.9, 0.999, 0.1, 1e-3, 1e-8, 1), 1e-8);
  }

  @Test
  void amsBound() {
    fits("AMSBound", () -> new AMSBound(0.05, 0.9, 0.999, 0.1, 1e-3, 1e-8, 1), 1e-8);
  }

  @Test
  void msvag() {
    fits("MSVAG", () -> new MSVAG(0.5, 0.9, 1, 0), 1e-8);
  }
}
