package dl.plugins.mish;

import dl.api.DType;
import dl.api.Variable;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Mish on every backend present (cpu and the plugin backend java), float32 and float64. */
class MishTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -4, 4, 3, 4)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {FMish.mish(in[0])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {in[0].map(x -> x * Math.tanh(Math.log(1 + Math.exp(x))))};
  }
}
