package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** tile of a (2, 3) array with reps (2, 1, 2): a new leading axis and repeats on the last. */
class TileTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.tile(in[0], 2, 1, 2)};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] o = new double[2 * 2 * 6];
    for (int r = 0; r < 2; r++) {
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 6; j++) {
          o[(r * 2 + i) * 6 + j] = in[0].get(i, j % 3);
        }
      }
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), o, 2, 2, 6)};
  }
}
