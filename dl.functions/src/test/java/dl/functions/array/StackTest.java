package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** stack of two (2, 3) arrays along axis 1 -> (2, 2, 3), and mismatched shapes. */
class StackTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      TestArray.uniform(rng, dtype, -1, 1, 2, 3), TestArray.uniform(rng, dtype, -1, 1, 2, 3)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.stack(in, 1)};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] o = new double[12];
    for (int i = 0; i < 2; i++) {
      for (int s = 0; s < 2; s++) {
        for (int j = 0; j < 3; j++) {
          o[(i * 2 + s) * 3 + j] = in[s].get(i, j);
        }
      }
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), o, 2, 2, 3)};
  }

  @org.junit.jupiter.api.Test
  void mismatchedShapes() {
    Variable a = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable b = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 3, 2));
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            dl.api.InvalidTypeException.class, () -> F.stack(new Variable[] {a, b}));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("stack"), e.getMessage());
  }
}
