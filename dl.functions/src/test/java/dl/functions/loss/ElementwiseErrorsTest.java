package dl.functions.loss;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** absolute_error, squared_error and mean_absolute_error on inputs kept apart (no kink at 0). */
class ElementwiseErrorsTest {
  abstract static class Base extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      TestArray a = TestArray.uniform(rng, dtype, -1, 1, 3, 4);
      TestArray d = Ref.awayFromZero(rng, dtype, 0.1, 1, 3, 4);
      return new TestArray[] {a, Ref.binary(a, d, (p, q) -> p + q)};
    }
  }

  @Nested
  class Absolute extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.absoluteError(in[0], in[1])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {Ref.binary(in[0], in[1], (a, b) -> Math.abs(a - b))};
    }
  }

  @Nested
  class Squared extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.squaredError(in[0], in[1])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {Ref.binary(in[0], in[1], (a, b) -> (a - b) * (a - b))};
    }
  }

  @Nested
  class MeanAbsolute extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.meanAbsoluteError(in[0], in[1])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double s = 0;
      for (int i = 0; i < 12; i++) {
        s += Math.abs(in[0].data()[i] - in[1].data()[i]);
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), new double[] {s / 12})};
    }
  }

  @org.junit.jupiter.api.Test
  void shapesMustMatch() {
    Variable a = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable b = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 3));
    org.junit.jupiter.api.Assertions.assertThrows(
        dl.api.InvalidTypeException.class, () -> F.absoluteError(a, b));
    org.junit.jupiter.api.Assertions.assertThrows(
        dl.api.InvalidTypeException.class, () -> F.meanAbsoluteError(a, b));
  }
}
