package dl.functions.math;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** arctan2 with broadcasting; x1 away from 0 so no point sits on the branch cut. */
class Arctan2Test extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      Ref.awayFromZero(rng, dtype, 0.2, 2, 3, 4), TestArray.uniform(rng, dtype, -2, 2, 4)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.arctan2(in[0], in[1])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {Ref.binary(in[0], in[1], Math::atan2)};
  }
}
