package dl.functions.activation;

import static org.junit.jupiter.api.Assertions.assertThrows;

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

/** prelu on x (2, 3, 2) with W (3) broadcast from axis 1; x away from 0. */
class PreluTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      Ref.awayFromZero(rng, dtype, 0.1, 1, 2, 3, 2), TestArray.uniform(rng, dtype, -0.5, 0.5, 3)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.prelu(in[0], in[1])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] d = new double[12];
    for (int i = 0; i < 2; i++) {
      for (int c = 0; c < 3; c++) {
        for (int k = 0; k < 2; k++) {
          double v = in[0].get(i, c, k);
          d[(i * 3 + c) * 2 + k] = v >= 0 ? v : in[1].get(c) * v;
        }
      }
    }
    return new TestArray[] {new TestArray(d, in[0].shape(), in[0].dtype())};
  }

  @Test
  void weightShapeMustMatchAxis1() {
    Variable x = new Variable(NdArrays.of(new float[12], 2, 3, 2));
    Variable w = new Variable(NdArrays.of(new float[2], 2));
    assertThrows(InvalidTypeException.class, () -> F.prelu(x, w));
  }
}
