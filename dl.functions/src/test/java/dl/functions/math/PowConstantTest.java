package dl.functions.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * pow with a constant exponent ({@code F.pow(x, c)}, Chainer's {@code PowVarConst}): fractional,
 * negative and negative-fractional exponents on positive inputs, exponents 0, 1, 2, 3 and -2 on
 * inputs of either sign (0, 1 and 2 including {@code x = 0}, where the gradient is finite), with
 * forward, gradient and double-gradient checks in float32 and float64; NaN for a fractional power
 * of a negative number, as NumPy; integer input refused by name; the two providers.
 */
class PowConstantTest {
  /** Inputs of either sign with an exact zero. */
  private static final double[] WITH_ZERO = {-1.5, -0.75, -0.25, 0, 0.3, 0.8, 1.25, 2};

  @Nested
  class Fractional extends ConstantCase {
    Fractional() {
      super(x -> F.pow(x, 2.5), v -> v * v * Math.sqrt(v), 0.5, 2, 3, 4);
    }
  }

  @Nested
  class SquareRoot extends ConstantCase {
    SquareRoot() {
      super(x -> F.pow(x, 0.5), Math::sqrt, 0.5, 2, 2, 3);
    }
  }

  @Nested
  class Reciprocal extends ConstantCase {
    Reciprocal() {
      super(x -> F.pow(x, -1), v -> 1 / v, 0.5, 2, 3, 4);
    }
  }

  @Nested
  class NegativeFractional extends ConstantCase {
    NegativeFractional() {
      super(x -> F.pow(x, -0.5), v -> 1 / Math.sqrt(v), 0.5, 2, 2, 2, 3);
    }
  }

  @Nested
  class NegativeNonInteger extends ConstantCase {
    NegativeNonInteger() {
      super(x -> F.pow(x, -1.75), v -> 1 / (v * Math.sqrt(Math.sqrt(v * v * v))), 0.5, 2, 7);
    }
  }

  /** {@code x ** 0 == 1} everywhere, {@code 0 ** 0} included, with a zero gradient. */
  @Nested
  class ExponentZero extends ConstantCase {
    ExponentZero() {
      super(x -> F.pow(x, 0), v -> 1, WITH_ZERO);
    }
  }

  @Nested
  class ExponentOne extends ConstantCase {
    ExponentOne() {
      super(x -> F.pow(x, 1), v -> v, WITH_ZERO);
    }
  }

  @Nested
  class ExponentTwo extends ConstantCase {
    ExponentTwo() {
      super(x -> F.pow(x, 2), v -> v * v, WITH_ZERO);
    }
  }

  @Nested
  class CubeOfEitherSign extends ConstantCase {
    CubeOfEitherSign() {
      super(x -> F.pow(x, 3), v -> v * v * v, -1, 1, 3, 4);
    }
  }

  @Nested
  class NegativeIntegerOfNegatives extends ConstantCase {
    NegativeIntegerOfNegatives() {
      super(x -> F.pow(x, -2), v -> 1 / (v * v), -2, -0.5, 2, 3);
    }
  }

  @Nested
  class ZeroDimensional extends ConstantCase {
    ZeroDimensional() {
      super(x -> F.pow(x, 1.5), v -> v * Math.sqrt(v), 0.5, 2);
    }
  }

  @Test
  void fractionalPowerOfNegativeIsNan() {
    Variable x = new Variable(NdArrays.of(new double[] {-4, 4}, 2));
    double[] y = F.pow(x, 0.5).array().toDoubleArray();
    assertTrue(Double.isNaN(y[0]), "(-4) ** 0.5 = " + y[0]);
    assertEquals(2.0, y[1], 1e-12);
  }

  @Test
  void integerInputIsRefusedByName() {
    ConstantCase.refusesIntegers("pow", x -> F.pow(x, 2));
    ConstantCase.refusesIntegers("pow", x -> F.pow(x, 0.5));
  }

  @Test
  void providersTakeTheExponentOption() {
    ConstantCase.providerComputes("pow_constant", Map.of("exponent", 3.0), v -> v * v * v);
    ConstantCase.providerComputes("pow", Map.of("exponent", -1.0), v -> 1 / v);
  }

  @Test
  void recordsOnePowConstantNode() {
    ConstantCase.recordsNode(PowConstant.class, "pow", x -> F.pow(x, 2));
    ConstantCase.recordsNode(PowConstant.class, "pow", x -> F.pow(x, 0.5));
  }
}
