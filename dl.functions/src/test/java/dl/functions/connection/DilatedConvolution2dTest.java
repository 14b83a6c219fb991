package dl.functions.connection;

import static dl.functions.connection.ConvolutionNdTest.u;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** dilated_convolution_2d: taps {@code dilate} apart, against the direct-loop reference. */
class DilatedConvolution2dTest {
  @Nested
  class DilateTwo extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, 1, 2, 5, 5), u(rng, t, 2, 2, 2, 2), u(rng, t, 2)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.dilatedConvolution2d(in[0], in[1], in[2], 1, 1, 2)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {NaiveConv.conv(in[0], in[1], in[2], 1, 1, 2, false, 1)};
    }
  }

  @Test
  void dilatedKernelLargerThanInputIsRejected() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 4, 4));
    Variable w = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 3, 3));
    assertThrows(InvalidTypeException.class, () -> F.dilatedConvolution2d(x, w, null, 1, 0, 3));
  }
}
