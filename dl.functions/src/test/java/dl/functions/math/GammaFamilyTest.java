package dl.functions.math;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/**
 * lgamma and digamma for negative non-integer x (the reflection branch) and polygamma of order 2,
 * against references independent of the implementation: Euler's reflection applied to Stirling's
 * series, central differences, and the defining series of polygamma.
 */
class GammaFamilyTest {
  /** Negative values away from the poles at the non-positive integers. */
  static TestArray negative(SplittableRandom rng, DType dtype) {
    return Gen.intervals(
        rng, dtype, new double[][] {{-2.8, -2.2}, {-1.8, -1.2}, {-0.8, -0.2}}, 3, 4);
  }

  /** log|Γ(x)| for x < 0 by Γ(x)Γ(1-x) = π / sin(πx). */
  static double lgammaNeg(double x) {
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - Gen.lgamma(1 - x);
  }

  @Nested
  class LgammaNegative extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {negative(rng, dtype)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.lgamma(in[0])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {in[0].map(GammaFamilyTest::lgammaNeg)};
    }
  }

  @Nested
  class DigammaNegative extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {negative(rng, dtype)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.digamma(in[0])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double h = 1e-5;
      return new TestArray[] {in[0].map(v -> (lgammaNeg(v + h) - lgammaNeg(v - h)) / (2 * h))};
    }
  }

  @Nested
  class PolygammaOrder2 extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, 0.5, 4, 3, 4)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.polygamma(2, in[0])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {in[0].map(v -> Gen.polygamma(2, v))};
    }
  }
}
