package dl.functions.math;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** maximum and minimum; x2 differs from x1 by at least 0.1 so no pair is tied. */
class MaximumTest {
  abstract static class Base extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      TestArray x1 = TestArray.uniform(rng, dtype, -1, 1, 3, 4);
      TestArray gap = Ref.awayFromZero(rng, dtype, 0.1, 1, 3, 4);
      return new TestArray[] {x1, Gen.of(dtype, Ref.binary(x1, gap, Double::sum).data(), 3, 4)};
    }
  }

  @Nested
  class Max extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.maximum(in[0], in[1])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {Ref.binary(in[0], in[1], Math::max)};
    }
  }

  @Nested
  class Min extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.minimum(in[0], in[1])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {Ref.binary(in[0], in[1], Math::min)};
    }
  }

  /** As in Chainer, both operands must have one shape. */
  @Test
  void shapesMustMatch() {
    Variable a = new Variable(NdArrays.of(new float[] {1, 2, 3, 4}, 2, 2));
    Variable b = new Variable(NdArrays.of(new float[] {1, 2}, 2));
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> F.maximum(a, b));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("maximum"), e.getMessage());
  }
}
