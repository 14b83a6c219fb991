package dl.functions.pooling;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.GradientCheck;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** roi_pooling_2d against Chainer's bin loops, including bins clamped empty at the border. */
class RoiPooling2dTest {
  /** Scaled coordinates are rounded half to even, as Python 3 round() in Chainer's CPU code. */
  static TestArray expected(TestArray x, TestArray rois, TestArray idx, int oh, int ow, double s) {
    int[] xs = x.shape();
    int c = xs[1];
    int h = xs[2];
    int w = xs[3];
    int nr = idx.size();
    double[] y = new double[nr * c * oh * ow];
    for (int r = 0; r < nr; r++) {
      int n = (int) idx.data()[r];
      long y0 = (long) Math.rint(rois.data()[r * 4] * s);
      long x0 = (long) Math.rint(rois.data()[r * 4 + 1] * s);
      long y1 = (long) Math.rint(rois.data()[r * 4 + 2] * s);
      long x1 = (long) Math.rint(rois.data()[r * 4 + 3] * s);
      double sh = Math.max(y1 - y0 + 1, 1) / (double) oh;
      double sw = Math.max(x1 - x0 + 1, 1) / (double) ow;
      for (int i = 0; i < oh; i++) {
        int hs = (int) Math.min(Math.max(Math.floor(i * sh) + y0, 0), h);
        int he = (int) Math.min(Math.max(Math.ceil((i + 1) * sh) + y0, 0), h);
        for (int j = 0; j < ow; j++) {
          int ws = (int) Math.min(Math.max(Math.floor(j * sw) + x0, 0), w);
          int we = (int) Math.min(Math.max(Math.ceil((j + 1) * sw) + x0, 0), w);
          for (int ch = 0; ch < c; ch++) {
            double best = he <= hs || we <= ws ? 0 : Double.NEGATIVE_INFINITY;
            for (int a = hs; a < he; a++) {
              for (int b = ws; b < we; b++) {
                best = Math.max(best, x.data()[((n * c + ch) * h + a) * w + b]);
              }
            }
            y[((r * c + ch) * oh + i) * ow + j] = best;
          }
        }
      }
    }
    return new TestArray(y, new int[] {nr, c, oh, ow}, x.dtype());
  }

  @Nested
  class Rois extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      // coordinates away from .5 so that rounding is stable under the numerical check's eps
      double[] rois = {0, 0, 3, 4, 1, 1, 5, 4, 2.2, 2.1, 2.2, 2.1, 4, 3, 8, 6};
      return new TestArray[] {
        NaivePool.distinct(rng, t, 2, 2, 6, 5),
        TestArray.of(t, rois, 4, 4),
        TestArray.of(DType.INT32, new double[] {0, 1, 1, 0}, 4)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.roiPooling2d(in[0], in[1], in[2], 2, 3, 1.0)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {expected(in[0], in[1], in[2], 2, 3, 1.0)};
    }

    @Override
    protected GradientCheck.Options backwardOptions(DType dtype) {
      return GradientCheck.options().withNoGrads(false, true, true);
    }

    @Override
    protected GradientCheck.Options doubleBackwardOptions(DType dtype) {
      return GradientCheck.doubleBackwardOptions().withNoGrads(false, true, true);
    }
  }

  @Nested
  class HalfScale extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      double[] rois = {0, 0, 7, 9, 4, 2, 10, 8};
      return new TestArray[] {
        NaivePool.distinct(rng, t, 1, 2, 5, 6),
        TestArray.of(t, rois, 2, 4),
        TestArray.of(DType.INT32, new double[] {0, 0}, 2)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.roiPooling2d(in[0], in[1], in[2], 2, 2, 0.5)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {expected(in[0], in[1], in[2], 2, 2, 0.5)};
    }

    @Override
    protected GradientCheck.Options backwardOptions(DType dtype) {
      return GradientCheck.options().withNoGrads(false, true, true);
    }

    @Override
    protected GradientCheck.Options doubleBackwardOptions(DType dtype) {
      return GradientCheck.doubleBackwardOptions().withNoGrads(false, true, true);
    }
  }

  @Test
  void roisMustHaveFourColumns() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 4, 4));
    Variable rois = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 5));
    Variable idx = new Variable(NdArrays.of(new int[] {0, 0}, 2), null, false);
    assertThrows(InvalidTypeException.class, () -> F.roiPooling2d(x, rois, idx, 2, 2, 1));
  }
}
