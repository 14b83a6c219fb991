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

  @org.junit.jupiter.api.Test
  void integerXAndYSelectWithoutGradients() {
    Variable c =
        new Variable(
            dl.api.NdArrays.of(new double[] {1, 0, 1, 0, 0, 1}, 2, 3).astype(DType.INT32),
            null,
            false);
    Variable x =
        new Variable(dl.api.NdArrays.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3).astype(DType.INT32));
    Variable y = new Variable(dl.api.NdArrays.of(new double[] {-7, -8, -9}, 3).astype(DType.INT32));
    Variable z = F.where(c, x, y);
    org.junit.jupiter.api.Assertions.assertEquals(DType.INT32, z.dtype());
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new double[] {1, -8, 3, -7, -8, 6}, z.array().toDoubleArray());
    z.setGrad(dl.api.NdArrays.of(new int[] {1, 1, 1, 1, 1, 1}, 2, 3));
    z.backward();
    org.junit.jupiter.api.Assertions.assertNull(x.grad());
    org.junit.jupiter.api.Assertions.assertNull(y.grad());
  }

  @org.junit.jupiter.api.Test
  void xAndYMustShareADtype() {
    Variable c = new Variable(dl.api.NdArrays.zeros(DType.INT32, 3), null, false);
    Variable x = new Variable(dl.api.NdArrays.zeros(DType.INT32, 3));
    Variable y = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 3));
    org.junit.jupiter.api.Assertions.assertThrows(
        dl.api.InvalidTypeException.class, () -> F.where(c, x, y));
  }

  @org.junit.jupiter.api.Test
  void floatingGradientsStillFlow() {
    Variable c =
        new Variable(dl.api.NdArrays.of(new double[] {1, 0}, 2).astype(DType.INT32), null, false);
    Variable x = new Variable(dl.api.NdArrays.of(new double[] {1, 2}, 2));
    Variable y = new Variable(dl.api.NdArrays.of(new double[] {3}, 1));
    F.sum(F.where(c, x, y)).backward();
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new double[] {1, 0}, x.grad().toDoubleArray());
    org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {1}, y.grad().toDoubleArray());
  }

  @org.junit.jupiter.api.Test
  void theConditionMustBeABooleanMaskAsInChainer() {
    Variable x = new Variable(dl.api.NdArrays.of(new double[] {1, 2}, 2));
    Variable y = new Variable(dl.api.NdArrays.of(new double[] {3, 4}, 2));
    Variable floating = new Variable(dl.api.NdArrays.of(new double[] {0.5, 0}, 2), null, false);
    dl.api.InvalidTypeException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            dl.api.InvalidTypeException.class, () -> F.where(floating, x, y));
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().contains("condition.dtype == int32 holding 0 and 1"), e.getMessage());
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().contains("condition.dtype == float"), e.getMessage());
    Variable two =
        new Variable(dl.api.NdArrays.of(new double[] {2, 0}, 2).astype(DType.INT32), null, false);
    dl.api.InvalidTypeException v =
        org.junit.jupiter.api.Assertions.assertThrows(
            dl.api.InvalidTypeException.class, () -> F.where(two, x, y));
    org.junit.jupiter.api.Assertions.assertTrue(
        v.getMessage().contains("values from 0 to 2"), v.getMessage());
  }
}
