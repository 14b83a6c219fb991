package dl.functions.evaluation;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** binary_accuracy of logits against 0/1 labels with one ignored (-1). */
class BinaryAccuracyTest extends FunctionTestCase {
  @Override
  protected boolean skipBackward() {
    return true; // not differentiable
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    TestArray t = TestArray.integers(rng, 0, 2, 3, 4);
    t.data()[2] = -1;
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 3, 4), t};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.binaryAccuracy(in[0], in[1])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    int hit = 0;
    int count = 0;
    for (int i = 0; i < 12; i++) {
      int t = (int) in[1].data()[i];
      if (t == -1) {
        continue;
      }
      count++;
      hit += (in[0].data()[i] >= 0 ? 1 : 0) == t ? 1 : 0;
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), new double[] {(double) hit / count})};
  }

  @org.junit.jupiter.api.Test
  void allIgnoredIsZero() {
    Variable y = new Variable(dl.api.NdArrays.of(new float[] {1, -1}, 2));
    Variable t = new Variable(dl.api.NdArrays.of(new int[] {-1, -1}, 2), null, false);
    org.junit.jupiter.api.Assertions.assertEquals(0.0, F.binaryAccuracy(y, t).item());
  }
}
