package dl.functions.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** log_softmax over axis 1 of a 3-d input, and stability for large logits. */
class LogSoftmaxTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -2, 2, 2, 3, 2)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.logSoftmax(in[0])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {SoftmaxTest.softmax(in[0], 1, true)};
  }

  @Test
  void largeLogitsAreStable() {
    Variable x = new Variable(NdArrays.of(new float[] {1000, 1000}, 1, 2));
    float l = (float) -Math.log(2);
    assertArrayEquals(new float[] {l, l}, F.logSoftmax(x).array().toFloatArray(), 1e-6f);
  }
}
