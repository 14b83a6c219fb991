package dl.plugins.mish;

import dl.api.DType;
import dl.api.Variable;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Softplus, including large |x| where the naive formula overflows or rounds to 0. */
class SoftplusTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -5, 5, 2, 5)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {FMish.softplus(in[0])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {in[0].map(x -> Math.log(1 + Math.exp(x)))};
  }
}
