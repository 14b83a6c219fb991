package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/**
 * get_item with an integer array (2-d, negative and repeated entries) after a new axis, with a
 * boolean mask over two axes, and scatter_add with repeated indices and with a basic slice.
 */
class AdvancedIndexTest {
  static final int[] IDX = {3, 0, 3, -1};
  static final boolean[] MASK = {
    true, false, false, true, false, true, true, false, false, false, true, true
  };

  abstract static class Base extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 3, 4, 2)};
    }
  }

  @Nested
  class IntegerArray extends Base {
    // x[None, :, [[3, 0], [3, -1]]] -> (1, 3, 2, 2, 2)
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.getItem(in[0], Index.NEWAXIS, Index.all(), Index.array(IDX, 2, 2))};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[24];
      for (int i = 0; i < 3; i++) {
        for (int k = 0; k < 4; k++) {
          int j = IDX[k] < 0 ? IDX[k] + 4 : IDX[k];
          for (int c = 0; c < 2; c++) {
            o[(i * 4 + k) * 2 + c] = in[0].get(i, j, c);
          }
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 1, 3, 2, 2, 2)};
    }
  }

  @Nested
  class BooleanMask extends Base {
    // x[mask] with mask of shape (3, 4) -> (6, 2), row-major order of the true cells
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.getItem(in[0], Index.mask(MASK, 3, 4))};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[12];
      int n = 0;
      for (int f = 0; f < 12; f++) {
        if (MASK[f]) {
          o[2 * n] = in[0].data()[2 * f];
          o[2 * n + 1] = in[0].data()[2 * f + 1];
          n++;
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 6, 2)};
    }
  }

  @Nested
  class ScatterAddRepeated extends FunctionTestCase {
    // a[[0, 2, 0]] += b with a (4, 3), b (3, 3): row 0 receives b[0] + b[2]
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 4, 3), TestArray.uniform(rng, dtype, -1, 1, 3, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.scatterAdd(in[0], new Index[] {Index.array(0, 2, 0)}, in[1])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = in[0].data().clone();
      int[] rows = {0, 2, 0};
      for (int k = 0; k < 3; k++) {
        for (int j = 0; j < 3; j++) {
          o[rows[k] * 3 + j] += in[1].get(k, j);
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 4, 3)};
    }
  }

  @Nested
  class ScatterAddSlice extends FunctionTestCase {
    // a[:, 1:3] += b with b (3,) broadcast over rows
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 2, 4), TestArray.uniform(rng, dtype, -1, 1, 2)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {
        F.scatterAdd(in[0], new Index[] {Index.all(), Index.slice(1, 3)}, in[1])
      };
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = in[0].data().clone();
      for (int i = 0; i < 2; i++) {
        o[i * 4 + 1] += in[1].data()[0];
        o[i * 4 + 2] += in[1].data()[1];
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 2, 4)};
    }
  }

  @org.junit.jupiter.api.Test
  void advancedAxesStayInPlaceAroundEllipsisAndIntegers() {
    double[] d = new double[24];
    for (int i = 0; i < 24; i++) {
      d[i] = i;
    }
    Variable x = new Variable(dl.api.NdArrays.of(d, 2, 3, 4));
    // x[..., [0, 2]] -> (2, 3, 2); x[1, [2, 0], 1:3] -> (2, 2); x[[1], ...] -> (1, 3, 4)
    Variable a = F.getItem(x, Index.ELLIPSIS, Index.array(0, 2));
    org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {2, 3, 2}, a.shape());
    org.junit.jupiter.api.Assertions.assertEquals(22.0, a.array().getDouble(11));
    Variable b = F.getItem(x, Index.at(1), Index.array(2, 0), Index.slice(1, 3));
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new double[] {21, 22, 13, 14}, b.array().toDoubleArray());
    Variable c = F.getItem(x, Index.array(1), Index.ELLIPSIS);
    org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {1, 3, 4}, c.shape());
    org.junit.jupiter.api.Assertions.assertEquals(12.0, c.array().getDouble(0));
  }

  @org.junit.jupiter.api.Test
  void badAdvancedIndices() {
    Variable x = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 3, 4));
    org.junit.jupiter.api.Assertions.assertThrows(
        dl.api.InvalidTypeException.class, () -> F.getItem(x, Index.all(), Index.array(4)));
    org.junit.jupiter.api.Assertions.assertThrows(
        dl.api.InvalidTypeException.class,
        () -> F.getItem(x, Index.mask(new boolean[] {true, false}, 2)));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> F.getItem(x, Index.array(0), Index.array(1)));
  }
}
