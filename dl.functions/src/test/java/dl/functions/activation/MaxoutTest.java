package dl.functions.activation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** maxout with pool size 3 on (2, 6): (2, 2); distinct inputs so no group has a tie. */
class MaxoutTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {Ref.distinct(rng, dtype, 0.125, 2, 6)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.maxout(in[0], 3)};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] d = new double[4];
    for (int i = 0; i < 2; i++) {
      for (int g = 0; g < 2; g++) {
        double m = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 3; k++) {
          m = Math.max(m, in[0].get(i, g * 3 + k));
        }
        d[i * 2 + g] = m;
      }
    }
    return new TestArray[] {new TestArray(d, new int[] {2, 2}, in[0].dtype())};
  }

  @Test
  void channelsMustDivideByPoolSize() {
    Variable x = new Variable(NdArrays.of(new float[10], 2, 5));
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> F.maxout(x, 3));
    assertTrue(e.getMessage().contains("maxout") && e.getMessage().contains("5"), e.getMessage());
  }
}
