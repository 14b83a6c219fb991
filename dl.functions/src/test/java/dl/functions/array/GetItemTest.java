package dl.functions.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** get_item with integers, slices (negative steps too), newaxis and ellipsis on a (3, 4, 5). */
class GetItemTest {
  abstract static class Base extends FunctionTestCase {
    abstract Index[] index();

    /** The expected element at output position (a, b, c...) as input coordinates. */
    abstract int[] shape();

    abstract int[] source(int[] out);

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 3, 4, 5)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.getItem(in[0], index())};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      int[] s = shape();
      double[] out = new double[dl.api.Shapes.size(s)];
      int[] idx = new int[s.length];
      for (int i = 0; i < out.length; i++) {
        dl.functions.Ref.unravel(i, s, idx);
        out[i] = in[0].get(source(idx));
      }
      return new TestArray[] {new TestArray(out, s, in[0].dtype())};
    }
  }

  /** x[0:2, 1, None, ...] -> (2, 1, 5). */
  @Nested
  class SliceIntNewaxisEllipsis extends Base {
    @Override
    Index[] index() {
      return new Index[] {Index.slice(0, 2), Index.at(1), Index.NEWAXIS, Index.ELLIPSIS};
    }

    @Override
    int[] shape() {
      return new int[] {2, 1, 5};
    }

    @Override
    int[] source(int[] o) {
      return new int[] {o[0], 1, o[2]};
    }
  }

  /** x[::-1, -1, 4:0:-2] -> (3, 2). */
  @Nested
  class NegativeSteps extends Base {
    @Override
    Index[] index() {
      return new Index[] {Index.slice(null, null, -1), Index.at(-1), Index.slice(4, 0, -2)};
    }

    @Override
    int[] shape() {
      return new int[] {3, 2};
    }

    @Override
    int[] source(int[] o) {
      return new int[] {2 - o[0], 3, 4 - 2 * o[1]};
    }
  }

  /** x[..., 1:-1:2] -> (3, 4, 2) with the ellipsis first and a negative stop. */
  @Nested
  class LeadingEllipsis extends Base {
    @Override
    Index[] index() {
      return new Index[] {Index.ELLIPSIS, Index.slice(1, -1, 2)};
    }

    @Override
    int[] shape() {
      return new int[] {3, 4, 2};
    }

    @Override
    int[] source(int[] o) {
      return new int[] {o[0], o[1], 1 + 2 * o[2]};
    }
  }

  @Test
  void outOfRangeIntegerIsATypeError() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 3, 4));
    InvalidTypeException e =
        assertThrows(InvalidTypeException.class, () -> F.getItem(x, Index.at(3)));
    assertTrue(
        e.getMessage().contains("get_item") && e.getMessage().contains("index 3"), e.getMessage());
  }

  @Test
  void overlappingGradientsOfTwoSlicesAdd() {
    Variable x = new Variable(NdArrays.of(new float[] {1, 2, 3, 4}, 4));
    Variable y =
        F.add(F.sum(F.getItem(x, Index.slice(0, 3))), F.sum(F.getItem(x, Index.slice(1, null))));
    y.backward();
    assertArrayEquals(new float[] {1, 2, 2, 1}, x.grad().toFloatArray());
    assertArrayEquals(new float[] {15}, new float[] {(float) y.item()});
  }
}
