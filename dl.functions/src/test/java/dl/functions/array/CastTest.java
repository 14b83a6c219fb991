package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** cast to float64 from float32 and float64 (a node even for the same type); gradient cast back. */
class CastTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    Variable y = new Cast(DType.FLOAT64).applyOne(in[0]);
    if (y.dtype() != DType.FLOAT64) {
      throw new AssertionError("cast gave " + y.dtype());
    }
    return new Variable[] {y};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {in[0].withDtype(DType.FLOAT64)};
  }

  @org.junit.jupiter.api.Test
  void toInt32Truncates() {
    Variable x = new Variable(dl.api.NdArrays.of(new float[] {1.7f, -2.2f}, 2));
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new int[] {1, -2}, F.cast(x, DType.INT32).array().toIntArray());
  }
}
