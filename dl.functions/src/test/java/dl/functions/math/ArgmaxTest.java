package dl.functions.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** argmax and argmin (forward only: not differentiable), int32 results; distinct inputs. */
class ArgmaxTest {
  abstract static class Base extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {Ref.distinct(rng, dtype, 0.125, 3, 4)};
    }

    @Override
    protected boolean skipBackward() {
      return true;
    }

    /** Index of the extreme of each row (sign 1: max, -1: min). */
    static TestArray rows(TestArray x, double sign) {
      double[] d = new double[3];
      for (int i = 0; i < 3; i++) {
        int best = 0;
        for (int j = 1; j < 4; j++) {
          if (sign * x.get(i, j) > sign * x.get(i, best)) {
            best = j;
          }
        }
        d[i] = best;
      }
      return new TestArray(d, new int[] {3}, DType.INT32);
    }
  }

  @Nested
  class ArgmaxAxis1 extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.argmax(in[0], 1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {rows(in[0], 1)};
    }
  }

  @Nested
  class ArgminNegativeAxis extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.argmin(in[0], -1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {rows(in[0], -1)};
    }
  }

  @Nested
  class ArgmaxFlattened extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.argmax(in[0])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      int best = 0;
      for (int i = 1; i < in[0].size(); i++) {
        best = in[0].data()[i] > in[0].data()[best] ? i : best;
      }
      return new TestArray[] {new TestArray(new double[] {best}, new int[0], DType.INT32)};
    }
  }

  /** The result is int32 and no gradient reaches x. */
  @Test
  void int32AndNoGradient() {
    Variable x = new Variable(NdArrays.of(new float[] {1, 5, 2, 7, 0, 3}, 2, 3));
    Variable i = F.argmin(x, 0);
    assertEquals(DType.INT32, i.dtype());
    assertArrayEquals(new int[] {0, 1, 0}, i.array().toIntArray());
    Variable[] gx = F.argmax(x).creator().backward(new int[] {0}, new Variable[] {null});
    assertNull(gx[0]);
  }
}
