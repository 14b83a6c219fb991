package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** where with an int32 condition (2, 3), x (2, 3) and y broadcast from (3,). */
class WhereTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      TestArray.integers(rng, 0, 2, 2, 3),
      TestArray.uniform(rng, dtype, -1, 1, 2, 3),
      TestArray.uniform(rng, dtype, -1, 1, 3)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.where(in[0], in[1], in[2])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] o = new double[6];
    for (int i = 0; i < 6; i++) {
      o[i] = in[0].data()[i] != 0 ? in[1].data()[i] : in[2].data()[i % 3];
    }
    return new TestArray[] {TestArray.of(in[1].dtype(), o, 2, 3)};
  }

  @org.junit.jupiter.api.Test
  void shapesMustBroadcast() {
    Variable c = new Variable(dl.api.NdArrays.zeros(DType.INT32, 2, 3), null, false);
    Variable x = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable y = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2));
    org.junit.jupiter.api.Assertions.assertThrows(
        dl.api.InvalidTypeException.class, () -> F.where(c, x, y));
  }
}
