package dl.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Chain;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Optimizer;
import dl.api.Parameter;
import dl.api.Rng;
import dl.api.Variable;
import dl.functions.F;
import dl.links.Linear;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Optimizers driving real models: update(lossFn), lazy links, and training to a stated loss. */
class TrainingTest {
  /** The seed example: y = W2·relu(W1·x + b1) + b2. */
  static final class TwoLayer extends Chain {
    final Linear l1;
    final Linear l2;

    TwoLayer(int hidden, int out) {
      l1 = addLink("l1", new Linear(hidden));
      l2 = addLink("l2", new Linear(out));
    }

    @Override
    protected Variable forward(Variable... x) {
      return l2.call(F.relu(l1.call(x[0])));
    }
  }

  /** A float32 (n, d) array of uniform samples in [-1, 1). */
  private static float[] uniform(SplittableRandom rng, int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) rng.nextDouble(-1, 1);
    }
    return v;
  }

  private static double train(Optimizer opt, Supplier<Variable> loss, int steps) {
    for (int i = 0; i < steps; i++) {
      opt.update(loss);
    }
    return loss.get().item();
  }

  @Test
  void updateWithALossFunctionClearsGradsBackpropsAndUpdates() {
    final class Scale extends Link {
      final Parameter w = addParam("w", new Parameter(NdArrays.of(new double[] {1, 2, 3}, 3)));
    }
    Scale s = new Scale();
    Variable x = Variable.constant(NdArrays.of(new double[] {0.5, -1, 2}, 3));
    SGD opt = new SGD(0.1).setup(s);
    s.w.setGrad(NdArrays.of(new double[] {100, 100, 100}, 3)); // stale: must be cleared
    Variable[] last = new Variable[1];
    opt.update(() -> last[0] = s.w.mul(x).sum()); // d/dw Σ w·x = x
    assertArrayEquals(
        new double[] {1 - 0.05, 2 + 0.1, 3 - 0.2}, s.w.array().toDoubleArray(), 1e-15);
    assertArrayEquals(new double[] {0.5, -1, 2}, s.w.grad().toDoubleArray(), 0);
    assertNull(last[0].creator(), "the loss graph is released after the update");
    assertEquals(1, opt.t());
    opt.update(() -> s.w.mul(x).sum()); // grads do not accumulate
    assertArrayEquals(new double[] {1 - 0.1, 2 + 0.2, 3 - 0.4}, s.w.array().toDoubleArray(), 1e-15);
  }

  @Test
  void lazyLinearSetUpBeforeItsFirstForwardTrains() {
    Rng.seed(11);
    SplittableRandom rng = new SplittableRandom(11);
    int n = 64;
    float[] xs = uniform(rng, n * 3);
    float[] ts = new float[n];
    for (int i = 0; i < n; i++) {
      ts[i] = 2 * xs[3 * i] - xs[3 * i + 1] + 0.5f * xs[3 * i + 2] + 0.25f;
    }
    Variable x = Variable.constant(NdArrays.of(xs, n, 3));
    Variable t = Variable.constant(NdArrays.of(ts, n, 1));
    Linear l = new Linear(1);
    Adam opt = new Adam(0.05).setup(l);
    assertFalse(l.W.isInitialized());
    assertNotNull(l.W.updateRule(), "setup attaches a rule to the uninitialised weight");
    assertTrue(l.W.updateRule().state().isEmpty());
    Supplier<Variable> loss = () -> F.meanSquaredError(l.call(x), t);
    opt.update(loss);
    assertArrayEquals(new int[] {1, 3}, l.W.shape());
    NdArray m = l.W.updateRule().state().get("m");
    assertArrayEquals(new int[] {1, 3}, m.shape(), "state created on the first update");
    assertEquals(1, l.W.updateRule().t());
    double before = loss.get().item();
    double after = train(opt, loss, 300);
    // noiseless linear regression: Adam(0.05) gets the MSE from ~2 to below 1e-8 in 300 steps
    assertTrue(after < 1e-8 && before > 1, "MSE " + before + " -> " + after);
    assertArrayEquals(new double[] {2, -1, 0.5}, l.W.array().toDoubleArray(), 1e-3);
    assertEquals(0.25, l.b.array().getDouble(0), 1e-3);
  }

  /** 256 seeded examples of t = x0·x1 + sin(2·x2) − 0.5·x3 with x uniform in [-1, 1)^4. */
  private static Variable[] regressionData() {
    SplittableRandom rng = new SplittableRandom(2024);
    int n = 256;
    float[] xs = uniform(rng, n * 4);
    float[] ts = new float[n];
    for (int i = 0; i < n; i++) {
      float[] r = {xs[4 * i], xs[4 * i + 1], xs[4 * i + 2], xs[4 * i + 3]};
      ts[i] = (float) (r[0] * r[1] + Math.sin(2 * r[2]) - 0.5 * r[3]);
    }
    return new Variable[] {
      Variable.constant(NdArrays.of(xs, n, 4)), Variable.constant(NdArrays.of(ts, n, 1))
    };
  }

  /**
   * The seed example: a two-layer perceptron with 32 hidden units, trained full-batch with Adam
   * (alpha 0.01) on the regression problem above, must bring the mean squared error below 0.01 (the
   * targets' variance is about 0.79: 1/9 + (1/2 − sin(4)/8) + 1/12) within 1500 steps.
   */
  @Test
  void seedExampleTwoLayerRegressionWithAdam() {
    Rng.seed(0);
    Variable[] d = regressionData();
    TwoLayer model = new TwoLayer(32, 1);
    Adam opt = new Adam(0.01).setup(model);
    Supplier<Variable> loss = () -> F.meanSquaredError(model.call(d[0]), d[1]);
    double initial = loss.get().item();
    int steps = 0;
    double mse = initial;
    while (mse >= 0.01 && steps < 1500) {
      opt.update(loss);
      steps++;
      if (steps % 50 == 0) {
        mse = loss.get().item();
      }
    }
    assertTrue(mse < 0.01, "MSE " + initial + " -> " + mse + " after " + steps + " steps");
    assertTrue(initial > 0.2, "the problem is not trivial at the start: " + initial);
    assertEquals(steps, opt.t());
  }

  @Test
  void seedExampleAlsoTrainsWithMomentumSgd() {
    Rng.seed(0);
    Variable[] d = regressionData();
    TwoLayer model = new TwoLayer(32, 1);
    MomentumSGD opt =
        new MomentumSGD(MomentumSGD.Options.builder().lr(0.05).momentum(0.9).build()).setup(model);
    Supplier<Variable> loss = () -> F.meanSquaredError(model.call(d[0]), d[1]);
    double initial = loss.get().item();
    double mse = train(opt, loss, 1500);
    assertTrue(mse < 0.02 && initial > 0.2, "MSE " + initial + " -> " + mse);
  }

  /** y = x·w* + b* (noiseless) with 3 inputs: each optimizer reaches an MSE below 1e-8. */
  static double fitLinear(Optimizer opt, Linear l, int steps) {
    SplittableRandom rng = new SplittableRandom(7);
    int n = 128;
    float[] xs = uniform(rng, n * 3);
    float[] ts = new float[n];
    for (int i = 0; i < n; i++) {
      ts[i] = 0.7f * xs[3 * i] - 1.3f * xs[3 * i + 1] + 0.4f * xs[3 * i + 2] - 0.6f;
    }
    Variable x = Variable.constant(NdArrays.of(xs, n, 3));
    Variable t = Variable.constant(NdArrays.of(ts, n, 1));
    opt.setup(l);
    return train(opt, () -> F.meanSquaredError(l.call(x), t), steps);
  }

  @Test
  void sgdTrainsALinearRegression() {
    Rng.seed(1);
    Linear l = new Linear(3, 1);
    double mse = fitLinear(new SGD(0.5), l, 300);
    assertTrue(mse < 1e-8, "SGD MSE " + mse);
    assertArrayEquals(new double[] {0.7, -1.3, 0.4}, l.W.array().toDoubleArray(), 1e-3);
    assertEquals(-0.6, l.b.array().getDouble(0), 1e-3);
  }

  @Test
  void momentumSgdTrainsALinearRegression() {
    Rng.seed(1);
    Linear l = new Linear(3, 1);
    double mse =
        fitLinear(
            new MomentumSGD(MomentumSGD.Options.builder().lr(0.1).momentum(0.9).build()), l, 300);
    assertTrue(mse < 1e-8, "MomentumSGD MSE " + mse);
  }

  @Test
  void adamTrainsALinearRegression() {
    Rng.seed(1);
    Linear l = new Linear(3, 1);
    double mse = fitLinear(new Adam(0.05), l, 400);
    assertTrue(mse < 1e-8, "Adam MSE " + mse);
  }
}
