package dl.functions.pooling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/** unpooling_2d against a scatter loop: cover_all sizes, overlapping windows, explicit outsize. */
class Unpooling2dTest {
  static TestArray unpool(TestArray x, int k, int s, int p, int oh, int ow) {
    int[] xs = x.shape();
    int nc = xs[0] * xs[1];
    double[] y = new double[nc * oh * ow];
    for (int c = 0; c < nc; c++) {
      for (int i = 0; i < xs[2]; i++) {
        for (int j = 0; j < xs[3]; j++) {
          for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
              int r = i * s - p + a;
              int q = j * s - p + b;
              if (r >= 0 && q >= 0 && r < oh && q < ow) {
                y[(c * oh + r) * ow + q] += x.data()[(c * xs[2] + i) * xs[3] + j];
              }
            }
          }
        }
      }
    }
    return new TestArray(y, new int[] {xs[0], xs[1], oh, ow}, x.dtype());
  }

  @Nested
  class CoverAllDefault extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, t, -1, 1, 2, 2, 2, 3)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.unpooling2d(in[0], 2)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      // get_deconv_outsize with cover_all: 2·(n−1) + 2 − 2 + 1
      return new TestArray[] {unpool(in[0], 2, 2, 0, 3, 5)};
    }
  }

  @Nested
  class OverlapPad extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, t, -1, 1, 1, 2, 3, 3)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.unpooling2d(in[0], 3, 2, 1, -1, -1, false)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {unpool(in[0], 3, 2, 1, 5, 5)};
    }
  }

  @Test
  void exactDoublingWithoutCoverAll() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 4, 4));
    assertArrayEquals(new int[] {1, 1, 8, 8}, F.unpooling2d(x, 2, 2, 0, -1, -1, false).shape());
  }

  @Test
  void inconsistentOutsizeIsRejected() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 4, 4));
    assertThrows(InvalidTypeException.class, () -> F.unpooling2d(x, 2, 2, 0, 20, 8, false));
  }
}
