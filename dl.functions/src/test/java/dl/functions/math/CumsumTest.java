package dl.functions.math;

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

/** cumsum and cumprod along an axis and over the flattened array. */
class CumsumTest {
  /** Running sum (or product) along axis 1 of a (r, c) array. */
  static TestArray rows(TestArray x, boolean product) {
    int r = x.shape()[0];
    int c = x.shape()[1];
    double[] d = new double[r * c];
    for (int i = 0; i < r; i++) {
      double acc = product ? 1 : 0;
      for (int j = 0; j < c; j++) {
        acc = product ? acc * x.get(i, j) : acc + x.get(i, j);
        d[i * c + j] = acc;
      }
    }
    return new TestArray(d, x.shape(), x.dtype());
  }

  @Nested
  class CumsumAxis1 extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 3, 5)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.cumsum(in[0], 1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {rows(in[0], false)};
    }
  }

  @Nested
  class CumsumAxis0 extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 5, 2)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.cumsum(in[0], 0)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] d = new double[10];
      for (int j = 0; j < 2; j++) {
        double acc = 0;
        for (int i = 0; i < 5; i++) {
          acc += in[0].get(i, j);
          d[i * 2 + j] = acc;
        }
      }
      return new TestArray[] {new TestArray(d, in[0].shape(), in[0].dtype())};
    }
  }

  @Nested
  class CumprodAxis1 extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1.5, 1.5, 2, 6)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.cumprod(in[0], 1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {rows(in[0], true)};
    }
  }

  @Nested
  class CumprodFlattened extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1.5, 1.5, 2, 3)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.cumprod(in[0])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      TestArray flat = new TestArray(in[0].data(), new int[] {1, 6}, in[0].dtype());
      return new TestArray[] {new TestArray(rows(flat, true).data(), new int[] {6}, in[0].dtype())};
    }
  }

  /** cumprod's gradient is exact with a zero in x (no division). */
  @Test
  void cumprodGradientAtZero() {
    Variable x = new Variable(NdArrays.of(new double[] {2, 0, 3}, 3));
    F.sum(F.cumprod(x)).backward();
    // y = (2, 0, 0): dy/dx0 = (1, 0, 0), dy/dx1 = (0, 2, 6), dy/dx2 = (0, 0, 0)
    assertArrayEquals(new double[] {1, 8, 0}, x.grad().toDoubleArray(), 1e-12);
  }
}
