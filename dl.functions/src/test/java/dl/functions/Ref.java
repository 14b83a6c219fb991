package dl.functions;

import dl.api.Shapes;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;

/** Plain-Java reference computations for the expected values of function tests. */
@SuppressWarnings("exports") // TestArray comes from dl.testing, read from the class path here
public final class Ref {
  private Ref() {}

  /** Elementwise {@code f(a, b)} with NumPy broadcasting. */
  public static TestArray binary(TestArray a, TestArray b, DoubleBinaryOperator f) {
    int[] out = Shapes.broadcast(a.shape(), b.shape());
    double[] d = new double[Shapes.size(out)];
    int[] idx = new int[out.length];
    for (int i = 0; i < d.length; i++) {
      unravel(i, out, idx);
      d[i] = f.applyAsDouble(a.data()[offset(a.shape(), idx)], b.data()[offset(b.shape(), idx)]);
    }
    return new TestArray(d, out, a.dtype());
  }

  /** Flat index in {@code shape} of the broadcast multi-index {@code idx} (trailing-aligned). */
  public static int offset(int[] shape, int[] idx) {
    int off = 0;
    int lead = idx.length - shape.length;
    for (int k = 0; k < shape.length; k++) {
      off = off * shape[k] + (shape[k] == 1 ? 0 : idx[k + lead]);
    }
    return off;
  }

  /** Multi-index of a flat row-major position. */
  public static void unravel(int flat, int[] shape, int[] idx) {
    for (int k = shape.length - 1; k >= 0; k--) {
      idx[k] = shape[k] == 0 ? 0 : flat % shape[k];
      flat = shape[k] == 0 ? 0 : flat / shape[k];
    }
  }

  /** A reduction over {@code axes} with {@code f}, starting from each group's first element. */
  public static TestArray reduce(
      TestArray x, int[] axes, boolean keepdims, DoubleBinaryOperator f) {
    int[] kept = Shapes.reduced(x.shape(), axes, true);
    double[] acc = new double[Shapes.size(kept)];
    boolean[] seen = new boolean[acc.length];
    int[] idx = new int[x.shape().length];
    for (int i = 0; i < x.size(); i++) {
      unravel(i, x.shape(), idx);
      for (int a : axes) {
        idx[a] = 0;
      }
      int o = 0;
      for (int k = 0; k < kept.length; k++) {
        o = o * kept[k] + idx[k];
      }
      acc[o] = seen[o] ? f.applyAsDouble(acc[o], x.data()[i]) : x.data()[i];
      seen[o] = true;
    }
    return new TestArray(acc, Shapes.reduced(x.shape(), axes, keepdims), x.dtype());
  }

  /** Distinct values in random order, {@code gap} apart around zero (no ties for max/min). */
  public static TestArray distinct(
      SplittableRandom rng, dl.api.DType dtype, double gap, int... shape) {
    int n = Shapes.size(shape);
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = (i - n / 2.0) * gap;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      double t = d[i];
      d[i] = d[j];
      d[j] = t;
    }
    return new TestArray(d, shape, dtype);
  }

  /** Uniform values with magnitude in [lo, hi] and random sign (away from kinks at 0). */
  public static TestArray awayFromZero(
      SplittableRandom rng, dl.api.DType dtype, double lo, double hi, int... shape) {
    TestArray u = TestArray.uniform(rng, dtype, lo, hi, shape);
    double[] d = u.data().clone();
    for (int i = 0; i < d.length; i++) {
      d[i] = rng.nextBoolean() ? d[i] : -d[i];
    }
    return new TestArray(d, shape, dtype);
  }
}
