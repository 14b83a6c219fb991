package dl.functions.noise;

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

/** zoneout with a fixed flag (checked like any function), the drawn flag, and test mode. */
class ZoneoutTest extends FunctionTestCase {
  /** Takes x where i % 3 != 0, keeps h elsewhere. */
  private static double flag(int i) {
    return i % 3 == 0 ? 0 : 1;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      TestArray.uniform(rng, dtype, -1, 1, 3, 4), TestArray.uniform(rng, dtype, -1, 1, 3, 4)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    double[] f = new double[in[0].size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = flag(i);
    }
    NdArray flag = in[0].array().backend().fromArray(f, in[0].shape());
    return new Variable[] {F.zoneout(in[0], in[1], 0.3, flag)};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] y = new double[in[0].size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = flag(i) == 1 ? in[1].data()[i] : in[0].data()[i];
    }
    return new TestArray[] {new TestArray(y, in[0].shape(), in[0].dtype())};
  }

  @Test
  void keepsHWithProbabilityRatio() {
    Rng.seed(9);
    Variable h = new Variable(NdArrays.zeros(DType.FLOAT32, 100, 100));
    Variable x = new Variable(NdArrays.ones(DType.FLOAT32, 100, 100));
    int kept = 0;
    for (float v : F.zoneout(h, x, 0.3).array().toFloatArray()) {
      assertTrue(v == 0 || v == 1, "value " + v);
      kept += v == 0 ? 1 : 0;
    }
    assertTrue(kept > 2800 && kept < 3200, kept + " of 10000 kept h");
  }

  @Test
  @SuppressWarnings("try")
  void returnsXOutsideTraining() {
    Variable h = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 2));
    Variable x = new Variable(NdArrays.ones(DType.FLOAT32, 2, 2));
    try (Scope s = Config.testMode()) {
      assertSame(x, F.zoneout(h, x, 0.9));
    }
  }

  @Test
  void ratioOutsideUnitIntervalIsRejected() {
    Variable h = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 2));
    assertThrows(IllegalArgumentException.class, () -> F.zoneout(h, h, 1.5));
  }

  @Test
  void registeredByNameWithRatioOption() {
    Variable h = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 2));
    Variable x = new Variable(NdArrays.ones(DType.FLOAT32, 2, 2));
    Variable y =
        dl.api.spi.Engine.get().function("zoneout").apply(java.util.Map.of("ratio", 1.0), h, x)[0];
    assertTrue(y.creator() instanceof Zoneout);
    for (float v : y.array().toFloatArray()) {
      assertTrue(v == 0, "ratio 1 keeps h everywhere, got " + v);
    }
  }
}
