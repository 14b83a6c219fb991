package dl.functions.array;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** separate along axis 1 and split_axis by sections and by indices. */
class SeparateSplitTest {
  abstract static class Base extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 4)};
    }

    /** Columns [from, to) of the (2, 4) input. */
    static TestArray cols(TestArray x, int from, int to) {
      double[] o = new double[2 * (to - from)];
      for (int i = 0; i < 2; i++) {
        for (int j = from; j < to; j++) {
          o[i * (to - from) + j - from] = x.get(i, j);
        }
      }
      return TestArray.of(x.dtype(), o, 2, to - from);
    }
  }

  @Nested
  class SeparateAxis1 extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return F.separate(in[0], 1);
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      TestArray[] o = new TestArray[4];
      for (int j = 0; j < 4; j++) {
        o[j] = TestArray.of(in[0].dtype(), cols(in[0], j, j + 1).data(), 2);
      }
      return o;
    }
  }

  @Nested
  class SplitSections extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return F.splitAxis(in[0], 2, 1);
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {cols(in[0], 0, 2), cols(in[0], 2, 4)};
    }
  }

  @Nested
  class SplitIndices extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return F.splitAxis(in[0], new int[] {1, 3}, 1);
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {cols(in[0], 0, 1), cols(in[0], 1, 3), cols(in[0], 3, 4)};
    }
  }

  @Test
  void sectionsMustDivide() {
    Variable x = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 4));
    assertThrows(InvalidTypeException.class, () -> F.splitAxis(x, 3, 1));
    assertThrows(InvalidTypeException.class, () -> F.separate(x, 2));
  }
}
