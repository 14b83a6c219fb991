package dl.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.OptimizerHook.Timing;
import dl.api.Parameter;
import dl.api.Rng;
import dl.api.Variable;
import dl.functions.F;
import dl.links.Linear;
import dl.optimizers.hooks.GradientClipping;
import dl.optimizers.hooks.WeightDecay;
import dl.testing.Allclose;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Lazily initialised links with optimizers and hooks (a known Chainer failure): set up before the
 * first forward, hooks registered while weights are uninitialised, and optimizer state restored
 * into the rules of uninitialised parameters, continuing exactly as the uninterrupted run. Also
 * rejects bad hyperparameters of the optimizers added after SGD, MomentumSGD and Adam.
 */
class LazyResumeTest {
  private static final float[] XS = {
    0.5f, -1, 2, 0.25f, 1.5f, -0.5f, -2, 0.75f, 1, 0.3f, -0.8f, 1.1f
  };
  private static final float[] TS = {1, -1, 0.5f, 2};

  private static Supplier<Variable> loss(Linear l) {
    Variable x = Variable.constant(NdArrays.of(XS, 4, 3));
    Variable t = Variable.constant(NdArrays.of(TS, 4, 1));
    return () -> F.meanSquaredError(l.call(x), t);
  }

  private static Adam optimizer(Linear l) {
    Adam opt =
        new Adam(
                Adam.Options.builder()
                    .alpha(0.05)
                    .beta1(0.9)
                    .beta2(0.99)
                    .eps(1e-8)
                    .eta(1)
                    .weightDecayRate(0)
                    .amsgrad(true)
                    .adabound(false)
                    .finalLr(0.1)
                    .gamma(1e-3)
                    .build())
            .setup(l);
    opt.addHook("decay", Timing.PRE, new WeightDecay(1e-2));
    opt.addHook("clip", Timing.PRE, new GradientClipping(1.0));
    return opt;
  }

  @Test
  void stateRestoredIntoUninitialisedParametersContinuesTheRun() {
    Rng.seed(3);
    Linear a = new Linear(1);
    Adam optA = optimizer(a); // set up before the first forward, hooks on uninitialised W
    assertFalse(a.W.isInitialized());
    for (int i = 0; i < 3; i++) {
      optA.update(loss(a));
    }
    // snapshot: parameters, rule states and counters
    Map<String, NdArray> params = new HashMap<>();
    Map<String, Map<String, NdArray>> states = new HashMap<>();
    Map<String, Integer> ts = new HashMap<>();
    for (var e : a.namedParams().entrySet()) {
      params.put(e.getKey(), e.getValue().array().copy());
      Map<String, NdArray> s = new LinkedHashMap<>();
      e.getValue().updateRule().state().forEach((k, v) -> s.put(k, v.copy()));
      states.put(e.getKey(), s);
      ts.put(e.getKey(), e.getValue().updateRule().t());
    }
    assertEquals(3, states.get("/W").size(), "m, v and vhat");

    Rng.seed(99); // a different initial W: the snapshot must override it
    Linear b = new Linear(1);
    Adam optB = optimizer(b);
    optB.setT(optA.t());
    for (var e : b.namedParams().entrySet()) { // still uninitialised
      e.getValue().updateRule().setState(states.get(e.getKey()));
      e.getValue().updateRule().setT(ts.get(e.getKey()));
    }
    assertFalse(b.W.isInitialized());
    b.call(Variable.constant(NdArrays.of(XS, 4, 3))); // lazy initialisation
    for (var e : b.namedParams().entrySet()) {
      e.getValue().array().backend().copyInto(e.getValue().array(), params.get(e.getKey()));
    }
    for (int i = 0; i < 2; i++) {
      optA.update(loss(a));
      optB.update(loss(b));
    }
    for (var e : a.namedParams().entrySet()) {
      Parameter pb = b.namedParams().get(e.getKey());
      Allclose.assertAllclose(
          e.getValue().array().toDoubleArray(), pb.array().toDoubleArray(), 0, 0, e.getKey());
      assertEquals(5, pb.updateRule().t());
    }
  }

  private static void rejected(Runnable make, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::run);
    for (String f : fragments) {
      assertTrue(e.getMessage().contains(f), "'" + e.getMessage() + "' lacks '" + f + "'");
    }
  }

  @Test
  void badHyperparametersAreRejectedAtConstruction() {
    rejected(
        () ->
            new CorrectedMomentumSGD(
                CorrectedMomentumSGD.Options.builder().lr(-1).momentum(0.9).build()),
        "CorrectedMomentumSGD",
        "lr",
        "-1.0");
    rejected(
        () -> new NesterovAG(NesterovAG.Options.builder().lr(0.1).momentum(1.5).build()),
        "NesterovAG",
        "momentum",
        "[0.0, 1.0]",
        "1.5");
    rejected(
        () -> new AdaGrad(AdaGrad.Options.builder().lr(0.1).eps(-1).build()),
        "AdaGrad",
        "eps",
        "-1.0");
    rejected(
        () -> new AdaDelta(AdaDelta.Options.builder().rho(1.0).eps(1e-6).build()),
        "AdaDelta",
        "rho",
        "[0.0, 1.0)",
        "1.0");
    rejected(
        () ->
            new RMSprop(
                RMSprop.Options.builder()
                    .lr(0.1)
                    .alpha(1.0)
                    .eps(1e-8)
                    .epsInsideSqrt(false)
                    .build()),
        "RMSprop",
        "alpha",
        "[0.0, 1.0)");
    rejected(
        () ->
            new RMSpropGraves(
                RMSpropGraves.Options.builder()
                    .lr(0.1)
                    .alpha(0.9)
                    .momentum(-0.1)
                    .eps(1e-4)
                    .build()),
        "RMSpropGraves",
        "momentum");
    rejected(
        () -> new SMORMS3(SMORMS3.Options.builder().lr(-0.001).eps(1e-16).build()),
        "SMORMS3",
        "lr");
    rejected(
        () ->
            new MSVAG(MSVAG.Options.builder().lr(0.1).beta(1.0).eta(1).weightDecayRate(0).build()),
        "MSVAG",
        "beta",
        "[0.0, 1.0)");
    rejected(
        () ->
            new MSVAG(MSVAG.Options.builder().lr(0.1).beta(0.9).eta(1).weightDecayRate(-1).build()),
        "MSVAG",
        "weight_decay_rate");
    rejected(
        () ->
            new AdaBound(
                Adam.Options.builder()
                    .alpha(1e-3)
                    .beta1(0.9)
                    .beta2(0.999)
                    .finalLr(0.1)
                    .gamma(0)
                    .eps(1e-8)
                    .eta(1)
                    .build()),
        "AdaBound",
        "gamma",
        "(0.0");
    rejected(
        () ->
            new AMSBound(
                Adam.Options.builder()
                    .alpha(1e-3)
                    .beta1(0.9)
                    .beta2(0.999)
                    .finalLr(-0.1)
                    .gamma(1e-3)
                    .eps(1e-8)
                    .eta(1)
                    .build()),
        "AMSBound",
        "final_lr");
    rejected(
        () ->
            new AMSGrad(
                Adam.Options.builder().alpha(1e-3).beta1(0.9).beta2(1.0).eps(1e-8).eta(1).build()),
        "AMSGrad",
        "beta2");
    rejected(
        () ->
            new AdamW(
                Adam.Options.builder()
                    .alpha(1e-3)
                    .beta1(0.9)
                    .beta2(0.999)
                    .eps(1e-8)
                    .eta(1)
                    .weightDecayRate(-1)
                    .build()),
        "AdamW",
        "weight_decay_rate");
    rejected(() -> new NesterovAG().setLr(Double.NaN), "NesterovAG", "lr", "NaN");
  }
}
