package dl.functions.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** logsumexp over axis 1, and stability for large inputs. */
class LogSumExpTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -2, 2, 3, 4)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.logsumexp(in[0], 1)};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      double s = 0;
      for (int j = 0; j < 4; j++) {
        s += Math.exp(in[0].get(i, j));
      }
      out[i] = Math.log(s);
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), out, 3)};
  }

  @Test
  void largeInputsDoNotOverflow() {
    Variable x = new Variable(NdArrays.of(new float[] {1000, 1000}, 2));
    assertEquals(1000 + Math.log(2), F.logsumexp(x).item(), 1e-3);
  }
}
