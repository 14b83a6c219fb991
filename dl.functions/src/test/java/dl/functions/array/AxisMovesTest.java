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

/** moveaxis, rollaxis and swapaxes on a (2, 3, 4) input against plain permutations. */
class AxisMovesTest {
  abstract static class Base extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3, 4)};
    }

    abstract int[] perm();

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {Perm.permute(in[0], perm())};
    }
  }

  @Nested
  class MoveaxisFirstToLast extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.moveaxis(in[0], 0, -1)};
    }

    @Override
    int[] perm() {
      return new int[] {1, 2, 0};
    }
  }

  @Nested
  class MoveaxisLastToMiddle extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.moveaxis(in[0], 2, 1)};
    }

    @Override
    int[] perm() {
      return new int[] {0, 2, 1};
    }
  }

  @Nested
  class MoveaxisTwo extends Base {
    // numpy.moveaxis(x, [0, 1], [-1, -2]).shape == (4, 3, 2)
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.moveaxis(in[0], new int[] {0, 1}, new int[] {-1, -2})};
    }

    @Override
    int[] perm() {
      return new int[] {2, 1, 0};
    }
  }

  @Nested
  class MoveaxisTwoKeepOrder extends Base {
    // numpy.moveaxis(x, [2, 0], [0, 1]) -> axes order (2, 0, 1)
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.moveaxis(in[0], new int[] {2, 0}, new int[] {0, 1})};
    }

    @Override
    int[] perm() {
      return new int[] {2, 0, 1};
    }
  }

  @Nested
  class RollaxisToFront extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.rollaxis(in[0], 2)};
    }

    @Override
    int[] perm() {
      return new int[] {2, 0, 1};
    }
  }

  @Nested
  class RollaxisForward extends Base {
    // numpy.rollaxis(x, 0, 3): axis 0 ends up last
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.rollaxis(in[0], 0, 3)};
    }

    @Override
    int[] perm() {
      return new int[] {1, 2, 0};
    }
  }

  @Nested
  class Swapaxes extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.swapaxes(in[0], 0, 2)};
    }

    @Override
    int[] perm() {
      return new int[] {2, 1, 0};
    }
  }

  @Test
  void outOfRangeAxes() {
    Variable x = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 3));
    assertThrows(InvalidTypeException.class, () -> F.moveaxis(x, 2, 0));
    assertThrows(InvalidTypeException.class, () -> F.rollaxis(x, 0, 3));
    assertThrows(InvalidTypeException.class, () -> F.swapaxes(x, 0, -3));
  }
}
