package dl.functions.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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

/** prod over an axis of odd length, over all axes with keepdims, and the gradient at a zero. */
class ProdTest {
  abstract static class Base extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {Ref.awayFromZero(rng, dtype, 0.5, 1.5, 3, 5)};
    }
  }

  @Nested
  class Axis1 extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.prod(in[0], 1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {Ref.reduce(in[0], new int[] {1}, false, (a, b) -> a * b)};
    }
  }

  @Nested
  class AllKeepdims extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.prod(in[0], null, true)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {Ref.reduce(in[0], new int[] {0, 1}, true, (a, b) -> a * b)};
    }
  }

  /** With a zero in x the gradient is the product of the others, not a division by zero. */
  @Test
  void gradientAtZero() {
    Variable x = new Variable(NdArrays.of(new double[] {2, 0, 3, 5}, 4));
    F.prod(x).backward();
    assertArrayEquals(new double[] {0, 30, 0, 0}, x.grad().toDoubleArray(), 1e-12);
  }
}
