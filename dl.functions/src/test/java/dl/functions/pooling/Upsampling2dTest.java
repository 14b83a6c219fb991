package dl.functions.pooling;

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

/** upsampling_2d against a placement loop, and max_pooling_2d's indexes feeding it. */
class Upsampling2dTest {
  static TestArray upsample(TestArray x, TestArray idx, int k, int s, int p, int oh, int ow) {
    int[] xs = x.shape();
    int nc = xs[0] * xs[1];
    double[] y = new double[nc * oh * ow];
    for (int c = 0; c < nc; c++) {
      for (int i = 0; i < xs[2]; i++) {
        for (int j = 0; j < xs[3]; j++) {
          int at = (c * xs[2] + i) * xs[3] + j;
          int off = (int) idx.data()[at];
          int r = i * s - p + off / k;
          int q = j * s - p + off % k;
          if (r >= 0 && q >= 0 && r < oh && q < ow) {
            y[(c * oh + r) * ow + q] += x.data()[at];
          }
        }
      }
    }
    return new TestArray(y, new int[] {xs[0], xs[1], oh, ow}, x.dtype());
  }

  @Nested
  class Overlapping extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, t, -1, 1, 2, 2, 2, 3), TestArray.integers(rng, 0, 9, 2, 2, 2, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.upsampling2d(in[0], in[1].array(), 3, 2, 1, 4, 5, false)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {upsample(in[0], in[1], 3, 2, 1, 4, 5)};
    }
  }

  @Test
  void maxPoolingIndexesRestoreTheMaximaInPlace() {
    double[] xd = {1, 5, 2, 0, 3, 4, 9, 8, 7, 6, 1, 2, 0, 3, 4, 5};
    Variable x = new Variable(NdArrays.of(xd, 1, 1, 4, 4));
    Variable[] yi = F.maxPooling2dWithIndexes(x, 2, 2, 0, false);
    assertArrayEquals(new double[] {5, 9, 7, 5}, yi[0].array().toDoubleArray(), 0);
    assertArrayEquals(new int[] {1, 2, 0, 3}, yi[1].array().toIntArray());
    Variable up = F.upsampling2d(yi[0], yi[1].array(), 2, 2, 0, 4, 4, false);
    assertArrayEquals(
        new double[] {0, 5, 0, 0, 0, 0, 9, 0, 7, 0, 0, 0, 0, 0, 0, 5},
        up.array().toDoubleArray(),
        0);
  }
}
