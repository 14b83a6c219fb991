package dl.functions.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * pad(mode="symmetric") against NumPy's rule written out (the edge repeated, period 2n), widths up
 * to beyond the axis length; the gradient sums into every source cell (Chainer drops the border
 * copies' share).
 */
class PadSymmetricTest {
  /** x (2, 3) padded by (before0, after0, before1, after1). */
  abstract static class Base extends FunctionTestCase {
    abstract int[] widths();

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.pad(in[0], widths(), "symmetric", 0)};
    }

    private static int fold(int j, int n) {
      int m = ((j % (2 * n)) + 2 * n) % (2 * n);
      return m < n ? m : 2 * n - 1 - m;
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      int[] w = widths();
      int h = 2 + w[0] + w[1];
      int c = 3 + w[2] + w[3];
      double[] out = new double[h * c];
      for (int i = 0; i < h; i++) {
        for (int j = 0; j < c; j++) {
          out[i * c + j] = in[0].data()[fold(i - w[0], 2) * 3 + fold(j - w[2], 3)];
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), out, h, c)};
    }
  }

  @Nested
  class Narrow extends Base {
    @Override
    int[] widths() {
      return new int[] {1, 0, 2, 1};
    }
  }

  /** Wider than the axes: 5 > 2 rows, 7 > 3 columns. */
  @Nested
  class Wide extends Base {
    @Override
    int[] widths() {
      return new int[] {5, 3, 7, 4};
    }
  }

  @Test
  void numpysExample() {
    // numpy.pad([1, 2, 3, 4, 5], (2, 3), 'symmetric') == [2, 1, 1, 2, 3, 4, 5, 5, 4, 3]
    Variable x = new Variable(NdArrays.of(new double[] {1, 2, 3, 4, 5}, 5));
    Variable y = F.pad(x, new int[] {2, 3}, "symmetric", 0);
    assertArrayEquals(new double[] {2, 1, 1, 2, 3, 4, 5, 5, 4, 3}, y.array().toDoubleArray(), 0);
    // The true derivative of sum(y): each source counts its copies.
    F.sum(y).backward();
    // each of 1..5 appears twice in y
    assertArrayEquals(new double[] {2, 2, 2, 2, 2}, x.grad().toDoubleArray(), 0);
  }
}
