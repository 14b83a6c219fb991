package dl.testing;

import dl.api.Config;
import dl.api.DType;
import dl.api.Device;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.Scope;
import dl.api.Variable;
import dl.api.spi.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The link test harness, in the spirit of Chainer's {@code LinkTestCase}: a test class says how to
 * create the link, how to make inputs, and how to compute the expected outputs independently (plain
 * Java in double, reading the link's parameters); the harness runs, for every backend and dtype,
 * the forward check, and in float64 a numerical gradient check of {@code Σ⟨y, gy⟩} along a random
 * direction through the inputs and every parameter together. The link is created with {@link
 * Config#dtype()} set to the dtype under test and moved to the device.
 *
 * <pre>{@code
 * class ScaleTest extends LinkTestCase {
 *   protected Link createLink(DType dtype) { return new Scale(1, new int[] {3}); }
 *   protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
 *     return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3)};
 *   }
 *   protected TestArray[] forwardExpected(Link link, TestArray[] in) { ... }
 * }
 * }</pre>
 */
public abstract class LinkTestCase {
  /** A new link; {@link Config#dtype()} is {@code dtype} during the call. */
  protected abstract Link createLink(DType dtype);

  /** Inputs for one run. */
  protected abstract TestArray[] generateInputs(DType dtype, SplittableRandom rng);

  /**
   * The expected outputs computed independently in double; {@code link} has already run forward
   * once on these inputs, so lazily initialised parameters exist ({@link #param} reads them).
   */
  protected abstract TestArray[] forwardExpected(Link link, TestArray[] inputs);

  /** Calls the link; stateful links override it (e.g. to reset state or run several steps). */
  protected Variable[] forward(Link link, Variable[] inputs) {
    return new Variable[] {link.call(inputs)};
  }

  /** Dtypes of the forward check; float32 and float64 by default. */
  protected List<DType> dtypes() {
    return List.of(DType.FLOAT32, DType.FLOAT64);
  }

  /** Forward tolerance {atol, rtol}; Chainer's assert_allclose defaults, looser for float32. */
  protected double[] forwardTolerance(DType dtype) {
    return dtype == DType.FLOAT64 ? new double[] {1e-12, 1e-10} : new double[] {1e-5, 1e-4};
  }

  /** Options of the gradient check (eps, atol, rtol); the harness's float64 defaults. */
  protected GradientCheck.Options backwardOptions() {
    return GradientCheck.options();
  }

  /** Links with no differentiable path from some input return the inputs to skip. */
  protected boolean inputTakesGrad(int index) {
    return true;
  }

  protected long seed() {
    return 1;
  }

  /** A parameter of {@code link} by path ({@code "/W"}) as a double test array. */
  protected static TestArray param(Link link, String path) {
    Parameter p = link.namedParams().get(path);
    if (p == null || !p.isInitialized()) {
      throw new IllegalArgumentException(
          "no initialised parameter " + path + " in " + link.namedParams().keySet());
    }
    return TestArray.from(p.array());
  }

  @TestFactory
  public Stream<DynamicNode> linkTests() {
    // A flat list: each leaf's name says check, backend and dtype, and so does every report.
    List<DynamicNode> tests = new ArrayList<>();
    for (Device device : Backends.available()) {
      for (DType dtype : dtypes()) {
        tests.add(
            CaseNames.test(this, "forward", device, dtype, () -> checkForward(device, dtype)));
      }
      tests.add(
          CaseNames.test(this, "backward", device, DType.FLOAT64, () -> checkBackward(device)));
    }
    return tests.stream();
  }

  private Link newLink(Device device, DType dtype) {
    try (Scope s = Config.using(Config.Key.DTYPE, dtype)) {
      Link l = createLink(dtype);
      l.toDevice(device);
      return l;
    }
  }

  private Variable[] variables(TestArray[] in, Device device, boolean grad) {
    Variable[] xs = new Variable[in.length];
    for (int i = 0; i < in.length; i++) {
      NdArray a = in[i].to(device.backend());
      xs[i] = new Variable(a, "x" + i, grad && a.dtype().isFloating() && inputTakesGrad(i));
    }
    return xs;
  }

  private void checkForward(Device device, DType dtype) {
    TestArray[] in = generateInputs(dtype, new SplittableRandom(seed()));
    Link link = newLink(device, dtype);
    Variable[] ys = forward(link, variables(in, device, false));
    TestArray[] expected = forwardExpected(link, in);
    if (ys.length != expected.length) {
      throw new AssertionError(
          "forward returned " + ys.length + " outputs, expected " + expected.length);
    }
    double[] tol = forwardTolerance(dtype);
    for (int j = 0; j < ys.length; j++) {
      if (ys[j].dtype() != dtype) {
        throw new AssertionError("output " + j + " is " + ys[j].dtype() + ", expected " + dtype);
      }
      Allclose.assertAllclose(
          expected[j],
          ys[j].array(),
          tol[0],
          tol[1],
          getClass().getSimpleName() + " forward output " + j + " on " + device + " " + dtype);
    }
  }

  /** {@code Σ_j ⟨y_j, gy_j⟩} in double. */
  private static double weighted(Variable[] ys, NdArray[] gy) {
    double total = 0;
    for (int j = 0; j < ys.length; j++) {
      double[] y = ys[j].array().toDoubleArray();
      double[] g = gy[j].toDoubleArray();
      for (int k = 0; k < y.length; k++) {
        total += y[k] * g[k];
      }
    }
    return total;
  }

  private void checkBackward(Device device) {
    DType f64 = DType.FLOAT64;
    TestArray[] in = generateInputs(f64, new SplittableRandom(seed()));
    Link link = newLink(device, f64);
    Variable[] xs = variables(in, device, true);
    Variable[] ys = forward(link, xs); // also initialises lazy parameters
    SplittableRandom rng = new SplittableRandom(seed() + 1);
    NdArray[] gy = new NdArray[ys.length];
    for (int j = 0; j < ys.length; j++) {
      gy[j] = TestArray.uniform(rng, f64, -1, 1, ys[j].shape()).to(device.backend());
    }
    link.cleargrads();
    Variable[] gys = new Variable[gy.length];
    for (int j = 0; j < gy.length; j++) {
      gys[j] = Variable.constant(gy[j]);
    }
    Engine.get().backward(ys, gys, false, false);

    List<Variable> targets = new ArrayList<>();
    for (Variable x : xs) {
      if (x.requiresGrad()) {
        targets.add(x);
      }
    }
    List<Parameter> params = link.params(false);
    targets.addAll(params);
    if (params.isEmpty()) {
      throw new AssertionError(getClass().getSimpleName() + ": the link has no parameters");
    }
    GradientCheck.Options o = backwardOptions();
    SplittableRandom drng = new SplittableRandom(o.seed());
    List<double[]> dirs = new ArrayList<>();
    double norm = 0;
    for (Variable v : targets) {
      double[] d = new double[v.size()];
      for (int k = 0; k < d.length; k++) {
        d[k] = drng.nextDouble(-1, 1);
        norm += d[k] * d[k];
      }
      dirs.add(d);
    }
    norm = Math.sqrt(norm);
    double analytic = 0;
    NdArray[] base = new NdArray[targets.size()];
    for (int t = 0; t < targets.size(); t++) {
      double[] d = dirs.get(t);
      for (int k = 0; k < d.length; k++) {
        d[k] /= norm;
      }
      Variable v = targets.get(t);
      base[t] = v.array().copy();
      if (v.grad() != null) {
        double[] g = v.grad().toDoubleArray();
        for (int k = 0; k < g.length; k++) {
          analytic += g[k] * d[k];
        }
      }
    }
    double plus = shifted(link, xs, targets, base, dirs, o.eps(), gy);
    double minus = shifted(link, xs, targets, base, dirs, -o.eps(), gy);
    for (int t = 0; t < targets.size(); t++) {
      targets.get(t).setArray(base[t]);
    }
    double numeric = (plus - minus) / (2 * o.eps());
    if (!(Math.abs(analytic - numeric) <= o.atol() + o.rtol() * Math.abs(numeric))) {
      throw new AssertionError(
          String.format(
              "%s: gradient check through inputs and parameters %s failed: analytic %.10g,"
                  + " numerical %.10g (eps=%g, atol=%g, rtol=%g)",
              getClass().getSimpleName(),
              link.namedParams(false).keySet(),
              analytic,
              numeric,
              o.eps(),
              o.atol(),
              o.rtol()));
    }
  }

  private double shifted(
      Link link,
      Variable[] xs,
      List<Variable> targets,
      NdArray[] base,
      List<double[]> dirs,
      double delta,
      NdArray[] gy) {
    for (int t = 0; t < targets.size(); t++) {
      double[] v = base[t].toDoubleArray();
      double[] d = dirs.get(t);
      for (int k = 0; k < v.length; k++) {
        v[k] += delta * d[k];
      }
      targets.get(t).setArray(base[t].backend().fromArray(v, base[t].shape()));
    }
    try (Scope s = Config.noBackpropMode()) {
      return weighted(forward(link, xs), gy);
    }
  }
}
