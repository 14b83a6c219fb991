package dl.functions.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** softmax over axis 1 (default) and over the last axis of a 3-d input. */
class SoftmaxTest {
  /** Softmax of {@code x} along {@code axis}, in double. */
  static TestArray softmax(TestArray x, int axis, boolean log) {
    int[] s = x.shape();
    int outer = 1;
    int inner = 1;
    for (int i = 0; i < axis; i++) {
      outer *= s[i];
    }
    for (int i = axis + 1; i < s.length; i++) {
      inner *= s[i];
    }
    int n = s[axis];
    double[] d = x.data();
    double[] out = new double[d.length];
    for (int o = 0; o < outer; o++) {
      for (int in = 0; in < inner; in++) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
          sum += Math.exp(d[(o * n + k) * inner + in]);
        }
        for (int k = 0; k < n; k++) {
          int i = (o * n + k) * inner + in;
          out[i] = log ? d[i] - Math.log(sum) : Math.exp(d[i]) / sum;
        }
      }
    }
    return new TestArray(out, s, x.dtype());
  }

  abstract static class Base extends FunctionTestCase {
    int[] shape() {
      return new int[] {3, 4};
    }

    int axis() {
      return 1;
    }

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -2, 2, shape())};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {axis() == 1 ? F.softmax(in[0]) : F.softmax(in[0], -1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {softmax(in[0], axis(), false)};
    }
  }

  @Nested
  class Default extends Base {}

  @Nested
  class LastAxisOf3d extends Base {
    @Override
    int[] shape() {
      return new int[] {2, 3, 4};
    }

    @Override
    int axis() {
      return 2;
    }
  }

  @Test
  void largeLogitsAreStable() {
    Variable x = new Variable(NdArrays.of(new float[] {1000, 1000, 0, -1000}, 1, 4));
    assertArrayEquals(new float[] {0.5f, 0.5f, 0, 0}, F.softmax(x).array().toFloatArray(), 1e-6f);
  }
}
