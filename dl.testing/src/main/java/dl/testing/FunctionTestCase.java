package dl.testing;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Device;
import dl.api.NdArray;
import dl.api.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The function test harness, in the spirit of Chainer's {@code FunctionTestCase}. A test class says
 * how to make inputs, how to call the function, and how to compute the expected outputs
 * independently (plain Java in double); the harness then runs, for every available backend and
 * every dtype, the forward check, the numerical gradient check and the double-backward check.
 *
 * <pre>{@code
 * class TanhTest extends FunctionTestCase {
 *   protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
 *     return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 3, 4)};
 *   }
 *   protected Variable[] forward(Variable[] in) {
 *     return new Variable[] {F.tanh(in[0])};
 *   }
 *   protected TestArray[] forwardExpected(TestArray[] in) {
 *     return new TestArray[] {in[0].map(Math::tanh)};
 *   }
 * }
 * }</pre>
 */
public abstract class FunctionTestCase {
  /** Inputs for one run, in the given floating dtype (integer inputs keep int32). */
  protected abstract TestArray[] generateInputs(DType dtype, SplittableRandom rng);

  /** Applies the function under test. */
  protected abstract Variable[] forward(Variable[] inputs);

  /** The expected outputs, computed independently in double. */
  protected abstract TestArray[] forwardExpected(TestArray[] inputs);

  /** Dtypes to test; float32 and float64 by default. */
  protected List<DType> dtypes() {
    return List.of(DType.FLOAT32, DType.FLOAT64);
  }

  /** Forward tolerance {atol, rtol}; Chainer's assert_allclose defaults. */
  protected double[] forwardTolerance(DType dtype) {
    return new double[] {1e-5, 1e-4};
  }

  /** Options of the gradient check. */
  protected GradientCheck.Options backwardOptions(DType dtype) {
    return GradientCheck.options();
  }

  /** Options of the double-backward check. */
  protected GradientCheck.Options doubleBackwardOptions(DType dtype) {
    return GradientCheck.doubleBackwardOptions();
  }

  /** Functions that are not differentiable (argmax, accuracy) return true. */
  protected boolean skipBackward() {
    return false;
  }

  /** Functions that are not twice differentiable return true. */
  protected boolean skipDoubleBackward() {
    return false;
  }

  /** Seed of the input generator. */
  protected long seed() {
    return 1;
  }

  /** The forward, backward and double-backward checks for every backend and dtype. */
  @TestFactory
  public Stream<DynamicNode> functionTests() {
    // A flat list: each leaf's name says check, backend and dtype, and so does every report.
    List<DynamicNode> tests = new ArrayList<>();
    for (Device device : Backends.available()) {
      for (DType dtype : dtypes()) {
        tests.add(
            CaseNames.test(this, "forward", device, dtype, () -> checkForward(device, dtype)));
        if (!skipBackward()) {
          tests.add(
              CaseNames.test(this, "backward", device, dtype, () -> checkBackward(device, dtype)));
          if (!skipDoubleBackward()) {
            tests.add(
                CaseNames.test(
                    this,
                    "double backward",
                    device,
                    dtype,
                    () -> checkDoubleBackward(device, dtype)));
          }
        }
      }
    }
    return tests.stream();
  }

  private TestArray[] inputs(DType dtype) {
    return generateInputs(dtype, new SplittableRandom(seed()));
  }

  private static NdArray[] onDevice(TestArray[] a, Backend b) {
    NdArray[] out = new NdArray[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i].to(b);
    }
    return out;
  }

  private void checkForward(Device device, DType dtype) {
    TestArray[] in = inputs(dtype);
    NdArray[] x = onDevice(in, device.backend());
    Variable[] xs = new Variable[x.length];
    for (int i = 0; i < x.length; i++) {
      xs[i] = new Variable(x[i], null, x[i].dtype().isFloating());
    }
    Variable[] ys = forward(xs);
    TestArray[] expected = forwardExpected(in);
    if (ys.length != expected.length) {
      throw new AssertionError(
          "forward returned " + ys.length + " outputs, expected " + expected.length);
    }
    double[] tol = forwardTolerance(dtype);
    for (int j = 0; j < ys.length; j++) {
      if (!ys[j].device().equals(device)) {
        throw new AssertionError(
            "output " + j + " is on " + ys[j].device() + ", expected " + device);
      }
      Allclose.assertAllclose(
          expected[j],
          ys[j].array(),
          tol[0],
          tol[1],
          getClass().getSimpleName() + " forward output " + j + " on " + device + " " + dtype);
    }
  }

  private NdArray[] gradOutputs(Backend b, TestArray[] expected, SplittableRandom rng) {
    NdArray[] gy = new NdArray[expected.length];
    for (int j = 0; j < gy.length; j++) {
      gy[j] = TestArray.uniform(rng, expected[j].dtype(), -1, 1, expected[j].shape()).to(b);
    }
    return gy;
  }

  private void checkBackward(Device device, DType dtype) {
    TestArray[] in = inputs(dtype);
    SplittableRandom rng = new SplittableRandom(seed() + 1);
    NdArray[] gy = gradOutputs(device.backend(), forwardExpected(in), rng);
    GradientCheck.checkBackward(
        this::forward, onDevice(in, device.backend()), gy, backwardOptions(dtype));
  }

  private void checkDoubleBackward(Device device, DType dtype) {
    TestArray[] in = inputs(dtype);
    SplittableRandom rng = new SplittableRandom(seed() + 2);
    Backend b = device.backend();
    NdArray[] gy = gradOutputs(b, forwardExpected(in), rng);
    List<NdArray> ggx = new ArrayList<>();
    for (TestArray t : in) {
      if (t.dtype().isFloating()) {
        ggx.add(TestArray.uniform(rng, t.dtype(), -1, 1, t.shape()).to(b));
      }
    }
    GradientCheck.checkDoubleBackward(
        this::forward,
        onDevice(in, b),
        gy,
        ggx.toArray(new NdArray[0]),
        doubleBackwardOptions(dtype));
  }
}
