package dl.functions.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Config;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Rng;
import dl.api.Scope;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** dropout with a fixed mask (checked like any function), and the random mask's properties. */
class DropoutTest extends FunctionTestCase {
  private static final double RATIO = 0.25;

  /** Every third element dropped, the rest scaled by 1/(1-ratio). */
  private static double maskAt(int i) {
    return i % 3 == 0 ? 0 : 1 / (1 - RATIO);
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 3, 4)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    double[] m = new double[in[0].size()];
    for (int i = 0; i < m.length; i++) {
      m[i] = maskAt(i);
    }
    NdArray mask = in[0].array().backend().fromArray(m, in[0].shape());
    return new Variable[] {F.dropout(in[0], RATIO, mask)};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] d = in[0].data().clone();
    for (int i = 0; i < d.length; i++) {
      d[i] *= maskAt(i);
    }
    return new TestArray[] {new TestArray(d, in[0].shape(), in[0].dtype())};
  }

  @Test
  void randomMaskDropsAboutRatioAndScalesTheRest() {
    Rng.seed(7);
    Variable x = new Variable(NdArrays.ones(DType.FLOAT32, 100, 100));
    Variable y = F.dropout(x, 0.5);
    int zeros = 0;
    for (float v : y.array().toFloatArray()) {
      assertTrue(v == 0 || v == 2, "value " + v);
      zeros += v == 0 ? 1 : 0;
    }
    assertTrue(zeros > 4500 && zeros < 5500, zeros + " zeros of 10000");
    y.setGrad(NdArrays.ones(DType.FLOAT32, 100, 100));
    y.backward();
    assertArrayEquals(y.array().toFloatArray(), x.grad().toFloatArray()); // grad = mask
  }

  @Test
  void sameSeedSameMask() {
    Variable x = new Variable(NdArrays.ones(DType.FLOAT32, 4, 8));
    Rng.seed(3);
    float[] a = F.dropout(x).array().toFloatArray();
    Rng.seed(3);
    assertArrayEquals(a, F.dropout(x).array().toFloatArray());
  }

  @Test
  @SuppressWarnings("try") // the scope is only opened and closed
  void identityOutsideTraining() {
    Variable x = new Variable(NdArrays.ones(DType.FLOAT32, 2, 2));
    try (Scope s = Config.testMode()) {
      assertSame(x, F.dropout(x, 0.9));
    }
  }

  @Test
  void ratioMustBeBelowOne() {
    Variable x = new Variable(NdArrays.ones(DType.FLOAT32, 2, 2));
    assertThrows(IllegalArgumentException.class, () -> F.dropout(x, 1.0));
  }
}
