package dl.functions.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Forward, gradient and double-gradient checks of erfc against 1 - the Maclaurin series of erf. */
class ErfcTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -2, 2, 3, 4)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.erfc(in[0])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {in[0].map(v -> 1 - Gen.erf(v))};
  }

  /** Relative accuracy in the tail, against tabulated values (1 - erf would give 0 or noise). */
  @Test
  void tail() {
    double[] x = {-1, 1, 2, 3, 5, 10};
    double[] expected = {
      1.8427007929497148,
      0.15729920705028513,
      0.004677734981047266,
      2.209049699858544e-05,
      1.5374597944280349e-12,
      2.088487583762545e-45
    };
    double[] y = F.erfc(new Variable(NdArrays.of(x, 6))).array().toDoubleArray();
    for (int i = 0; i < x.length; i++) {
      assertEquals(expected[i], y[i], 1e-13 * expected[i], "erfc(" + x[i] + ")");
    }
  }
}
