package dl.functions.math;

import dl.functions.F;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * mul_constant ({@code F.mul(x, c)}, {@code F.div(x, c)}): the constant broadcast over a matrix, a
 * 0-d array, a 3-d and a 5-d array, negative, zero and small constants, in float32 and float64,
 * with forward, gradient and double-gradient checks; integer input refused by name; the provider.
 */
class MulConstantTest {
  @Nested
  class MatrixNegative extends ConstantCase {
    MatrixNegative() {
      super(x -> F.mul(x, -1.5), v -> v * -1.5, -1, 1, 3, 4);
    }
  }

  @Nested
  class ZeroDimensional extends ConstantCase {
    ZeroDimensional() {
      super(x -> F.mul(x, 3), v -> 3 * v, -1, 1);
    }
  }

  @Nested
  class ThreeDimensionalByZero extends ConstantCase {
    ThreeDimensionalByZero() {
      super(x -> F.mul(x, 0), v -> 0, -1, 1, 2, 3, 4);
    }
  }

  @Nested
  class FiveDimensionalSmall extends ConstantCase {
    FiveDimensionalSmall() {
      super(x -> F.mul(x, 1e-3), v -> v / 1000, -1, 1, 1, 2, 1, 3, 2);
    }
  }

  /** {@code F.div(x, c)} is mul_constant of {@code 1 / c}. */
  @Nested
  class DivideByConstant extends ConstantCase {
    DivideByConstant() {
      super(x -> F.div(x, 3), v -> v / 3, -2, 2, 4, 3);
    }
  }

  @Test
  void integerInputIsRefusedByName() {
    ConstantCase.refusesIntegers("mul_constant", x -> F.mul(x, 2));
    ConstantCase.refusesIntegers("mul_constant", x -> F.div(x, 2));
  }

  @Test
  void providerTakesTheValueOption() {
    ConstantCase.providerComputes("mul_constant", Map.of("value", 0.25), v -> v / 4);
  }

  @Test
  void recordsOneMulConstantNode() {
    ConstantCase.recordsNode(MulConstant.class, "mul_constant", x -> F.mul(x, 2));
    ConstantCase.recordsNode(MulConstant.class, "mul_constant", x -> F.div(x, 2));
  }
}
