package dl.functions.math;

import dl.functions.F;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * add_constant ({@code F.add(x, c)}, {@code F.sub(x, c)}): the constant broadcast over a matrix, a
 * 0-d array, a vector and a 4-d array, in float32 and float64, with forward, gradient and
 * double-gradient checks; integer input refused by name; the registered provider.
 */
class AddConstantTest {
  @Nested
  class Matrix extends ConstantCase {
    Matrix() {
      super(x -> F.add(x, 2.5), v -> v + 2.5, -1, 1, 3, 4);
    }
  }

  @Nested
  class ZeroDimensional extends ConstantCase {
    ZeroDimensional() {
      super(x -> F.add(x, -7.25), v -> v - 7.25, -1, 1);
    }
  }

  @Nested
  class VectorLargeConstant extends ConstantCase {
    VectorLargeConstant() {
      super(x -> F.add(x, 1000), v -> v + 1000, -1, 1, 5);
    }
  }

  @Nested
  class FourDimensionalZero extends ConstantCase {
    FourDimensionalZero() {
      super(x -> F.add(x, 0), v -> v, -1, 1, 2, 3, 1, 2);
    }
  }

  /** {@code F.sub(x, c)} is add_constant of {@code -c}. */
  @Nested
  class SubtractConstant extends ConstantCase {
    SubtractConstant() {
      super(x -> F.sub(x, 0.75), v -> v - 0.75, -1, 1, 2, 5);
    }
  }

  @Test
  void integerInputIsRefusedByName() {
    ConstantCase.refusesIntegers("add_constant", x -> F.add(x, 1));
    ConstantCase.refusesIntegers("add_constant", x -> F.sub(x, 1));
  }

  @Test
  void providerTakesTheValueOption() {
    ConstantCase.providerComputes("add_constant", Map.of("value", -1.5), v -> v - 1.5);
  }

  @Test
  void recordsOneAddConstantNode() {
    ConstantCase.recordsNode(AddConstant.class, "add_constant", x -> F.add(x, 1));
    ConstantCase.recordsNode(AddConstant.class, "add_constant", x -> F.sub(x, 1));
  }
}
