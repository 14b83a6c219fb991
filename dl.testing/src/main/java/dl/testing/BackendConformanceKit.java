package dl.testing;

import dl.api.Backend;
import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.Shapes;
import dl.api.UnaryOp;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The backend conformance kit: every primitive kernel of {@link Backend} checked against plain-Java
 * reference results (the elementwise ones against their definitions on {@link UnaryOp} and {@link
 * BinaryOp}), for every dtype and the broadcasting, transposing and strided-slicing cases, the
 * optional convolution and pooling kernels where the backend offers them (against direct loops that
 * follow the functions' composite path), plus a short training run on the kernels alone. A backend
 * author extends it in their test module:
 *
 * <pre>{@code
 * class MyBackendConformanceTest extends BackendConformanceKit {
 *   protected Backend backend() { return Device.of("mine").backend(); }
 * }
 * }</pre>
 *
 * The function suite runs on every backend through {@link FunctionTestCase}, which iterates over
 * all available backends.
 */
public abstract class BackendConformanceKit {
  /** The backend under test. */
  protected abstract Backend backend();

  static final List<DType> ALL = List.of(DType.FLOAT32, DType.FLOAT64, DType.INT32);
  static final List<DType> FLOATS = List.of(DType.FLOAT32, DType.FLOAT64);

  /** Broadcasting pairs: equal, trailing, both-sided, scalar, size-1 and empty shapes. */
  static final int[][][] PAIRS = {
    {{2, 3}, {2, 3}},
    {{2, 3}, {3}},
    {{2, 1, 4}, {3, 1}},
    {{}, {2, 3}},
    {{1}, {4}},
    {{3, 1}, {1, 4}},
    {{0, 3}, {3}}
  };

  /** Forward tolerance {atol, rtol}: exact for int32, a few ulps for floats. */
  protected double[] tolerance(DType t) {
    return t == DType.INT32
        ? new double[] {0, 0}
        : t == DType.FLOAT32 ? new double[] {1e-6, 1e-5} : new double[] {1e-12, 1e-10};
  }

  /** Every kernel group, one container each, with a test per dtype. */
  @TestFactory
  public Stream<DynamicNode> backendConformance() {
    List<DynamicNode> groups = new ArrayList<>();
    groups.add(group("creation", ALL, t -> () -> KitLayout.creation(this, t)));
    groups.add(group("copy and astype", ALL, t -> () -> KitLayout.copyAndCast(this, t)));
    groups.add(group("reshape and transpose", ALL, t -> () -> KitLayout.layout(this, t)));
    groups.add(group("broadcastTo", ALL, t -> () -> KitLayout.broadcast(this, t)));
    groups.add(group("slice and sliceAddInto", ALL, t -> () -> KitLayout.slices(this, t)));
    groups.add(group("concat", ALL, t -> () -> KitLayout.concat(this, t)));
    for (UnaryOp op : UnaryOp.values()) {
      groups.add(group("unary " + op, ALL, t -> () -> Kit.unary(this, op, t)));
    }
    for (BinaryOp op : BinaryOp.values()) {
      groups.add(group("binary " + op, ALL, t -> () -> Kit.binary(this, op, t)));
    }
    groups.add(group("binaryScalar", ALL, t -> () -> Kit.binaryScalar(this, t)));
    groups.add(group("where", ALL, t -> () -> Kit.where(this, t)));
    for (ReduceOp op : ReduceOp.values()) {
      groups.add(group("reduce " + op, ALL, t -> () -> Kit.reduce(this, op, t)));
    }
    groups.add(group("argReduce", ALL, t -> () -> Kit.argReduce(this, t)));
    groups.add(group("matmul", ALL, t -> () -> Kit.matmul(this, t)));
    groups.add(group("take and select", ALL, t -> () -> Kit.gathers(this, t)));
    groups.add(group("adamUpdate, axpyInto, reluGrad", FLOATS, t -> () -> Kit.fused(this, t)));
    groups.add(
        group("optional convolution kernels", FLOATS, t -> () -> KitWindows.convolution(this, t)));
    groups.add(group("optional pooling kernels", FLOATS, t -> () -> KitWindows.pooling(this, t)));
    groups.add(
        group("average pooling's adjoint", FLOATS, t -> () -> KitWindows.averageAdjoint(this, t)));
    groups.add(group("errors", List.of(DType.FLOAT32), t -> () -> Kit.errors(this)));
    groups.add(group("training run", FLOATS, t -> () -> Kit.train(this, t)));
    return groups.stream();
  }

  private static DynamicContainer group(
      String name, List<DType> dtypes, java.util.function.Function<DType, Executable> test) {
    List<DynamicTest> tests = new ArrayList<>();
    for (DType t : dtypes) {
      tests.add(DynamicTest.dynamicTest(t.toString(), test.apply(t)));
    }
    return DynamicContainer.dynamicContainer(name, tests);
  }

  // ---- helpers shared with Kit ----

  /** Asserts {@code actual} equals {@code expected} within the dtype's tolerance. */
  void check(String what, TestArray expected, NdArray actual) {
    if (actual.dtype() != expected.dtype()) {
      throw new AssertionError(
          what + ": expected dtype " + expected.dtype() + ", got " + actual.dtype());
    }
    double[] tol = tolerance(expected.dtype());
    check(what, expected, actual, tol[0], tol[1]);
  }

  /** As {@link #check(String, TestArray, NdArray)} with explicit tolerances. */
  void check(String what, TestArray expected, NdArray actual, double atol, double rtol) {
    Allclose.assertAllclose(expected, actual, atol, rtol, what + " on " + backend());
  }

  /** Random values in [low, high), whole numbers for int32. */
  static TestArray random(SplittableRandom rng, DType t, double low, double high, int... shape) {
    if (t == DType.INT32) {
      return TestArray.integers(rng, (int) low, (int) high, shape);
    }
    return TestArray.uniform(rng, t, low, high, shape);
  }

  static TestArray mapIndexed(int[] shape, DType t, java.util.function.IntToDoubleFunction f) {
    double[] d = new double[Shapes.size(shape)];
    for (int k = 0; k < d.length; k++) {
      d[k] = Reference.round(t, f.applyAsDouble(k));
    }
    return new TestArray(d, shape, t);
  }
}
