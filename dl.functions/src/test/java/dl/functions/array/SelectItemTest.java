package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** select_item of x (3, 4) with labels t (3,), and an out-of-range label. */
class SelectItemTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      TestArray.uniform(rng, dtype, -1, 1, 3, 4),
      TestArray.of(DType.INT32, new double[] {3, 0, 2}, 3)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.selectItem(in[0], in[1])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] o = {in[0].get(0, 3), in[0].get(1, 0), in[0].get(2, 2)};
    return new TestArray[] {TestArray.of(in[0].dtype(), o, 3)};
  }

  @org.junit.jupiter.api.Test
  void labelOutOfRange() {
    Variable x = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable t = new Variable(dl.api.NdArrays.of(new int[] {0, 3}, 2), null, false);
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            dl.api.InvalidTypeException.class, () -> F.selectItem(x, t));
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().contains("t contains 3"), e.getMessage());
  }
}
