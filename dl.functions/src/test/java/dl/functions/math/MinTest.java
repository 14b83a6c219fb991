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

/** min over an axis and over all axes; distinct inputs so no ties sit at a kink. */
class MinTest {
  abstract static class Base extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {Ref.distinct(rng, dtype, 0.125, 3, 4)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.min(in[0], 1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {Ref.reduce(in[0], new int[] {1}, false, Math::min)};
    }
  }

  @Nested
  class Default extends Base {}

  @Nested
  class AllAxesKeepdims extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.min(in[0], null, true)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {Ref.reduce(in[0], new int[] {0, 1}, true, Math::min)};
    }
  }

  /** Ties: as in Chainer, every tied position receives the full gradient. */
  @Test
  void tiesShareTheGradient() {
    Variable x = new Variable(NdArrays.of(new float[] {1, 3, 3, -3, -3, 1}, 2, 3));
    Variable y = F.min(x, 1);
    y.setGrad(NdArrays.of(new float[] {2, 5}, 2));
    y.backward();
    float[] expected = new float[] {2, 0, 0, 5, 5, 0};
    assertArrayEquals(expected, x.grad().toFloatArray());
  }
}
