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
import org.junit.jupiter.api.Test;

/** fmod with x/divisor kept away from integers (where fmod jumps); Java's % is C's fmod. */
class FmodTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    TestArray d = Ref.awayFromZero(rng, dtype, 0.7, 1.3, 3, 4);
    double[] x = new double[12];
    for (int i = 0; i < x.length; i++) {
      double q =
          rng.nextInt(-2, 3) + (rng.nextBoolean() ? 1 : -1) * (0.15 + 0.7 * rng.nextDouble());
      x[i] = q * d.data()[i];
    }
    return new TestArray[] {Gen.of(dtype, x, 3, 4), d};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.fmod(in[0], in[1])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {Ref.binary(in[0], in[1], (a, b) -> a % b)};
  }

  /** The remainder keeps the sign of x, and the divisor's gradient is -fix(x / d). */
  @Test
  void signOfXAndDivisorGradient() {
    Variable x = new Variable(NdArrays.of(new double[] {-5.5, 5.5}, 2));
    Variable d = new Variable(NdArrays.of(new double[] {2, -2}, 2));
    Variable y = F.fmod(x, d);
    assertArrayEquals(new double[] {-1.5, 1.5}, y.array().toDoubleArray(), 1e-12);
    F.sum(y).backward();
    assertArrayEquals(new double[] {1, 1}, x.grad().toDoubleArray(), 1e-12);
    assertArrayEquals(new double[] {2, 2}, d.grad().toDoubleArray(), 1e-12);
  }
}
