package dl.backend.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.DType;
import dl.backend.cuda.DeviceRuntime.Convolution;
import dl.backend.cuda.DeviceRuntime.Filter4d;
import dl.backend.cuda.DeviceRuntime.Pooling;
import dl.backend.cuda.DeviceRuntime.PoolingMode;
import dl.backend.cuda.DeviceRuntime.Tensor4d;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * cuDNN's convolution and pooling at the seam, on the simulator, against direct float64 loops
 * written from the definitions (cross-correlation with padding, stride, dilation and groups; {@code
 * y = alpha·op + beta·y}).
 */
class CudnnSeamTest {
  static CudaSimulator sim;

  @BeforeAll
  static void start() {
    sim = CudaSimulator.start(1L << 30);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  static long put(double[] v) {
    ByteBuffer b = ByteBuffer.allocate(8 * v.length).order(ByteOrder.LITTLE_ENDIAN);
    b.asDoubleBuffer().put(v);
    long p = sim.malloc(8L * v.length);
    sim.copyToDevice(p, b, 8L * v.length, 0);
    return p;
  }

  static double[] get(long p, int n) {
    ByteBuffer b = ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
    sim.copyToHost(b, p, 8L * n, 0);
    double[] out = new double[n];
    b.asDoubleBuffer().get(out);
    return out;
  }

  static double[] random(SplittableRandom r, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = r.nextDouble(-1, 1);
    }
    return v;
  }

  @Test
  void convolutionForwardAndBothBackwardsMatchTheDefinition() {
    // N=2, C=4, 5x6 input; K=6 filters of 2 groups, 3x2 window; pad 1x0, stride 2x1, dilation 1x2.
    Tensor4d xd = new Tensor4d(2, 4, 5, 6);
    Filter4d wd = new Filter4d(6, 2, 3, 2);
    Convolution c = new Convolution(1, 0, 2, 1, 1, 2, 2);
    int oh = Gemms.convOut(5, 3, 1, 2, 1);
    int ow = Gemms.convOut(6, 2, 0, 1, 2);
    Tensor4d yd = new Tensor4d(2, 6, oh, ow);
    SplittableRandom r = new SplittableRandom(3);
    double[] x = random(r, (int) xd.size());
    double[] w = random(r, 6 * 2 * 3 * 2);
    double[] y0 = random(r, (int) yd.size());
    double[] expect = new double[y0.length];
    double[] dx = new double[x.length];
    double[] dw = new double[w.length];
    double[] dy = random(r, y0.length);
    for (int n = 0; n < 2; n++) {
      for (int k = 0; k < 6; k++) {
        int g = k / 3;
        for (int i = 0; i < oh; i++) {
          for (int j = 0; j < ow; j++) {
            int yi = ((n * 6 + k) * oh + i) * ow + j;
            double s = 0;
            for (int ci = 0; ci < 2; ci++) {
              for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 2; b++) {
                  int h = i * 2 - 1 + a;
                  int v = j - 0 + b * 2;
                  if (h < 0 || h >= 5 || v < 0 || v >= 6) {
                    continue;
                  }
                  int xi = ((n * 4 + g * 2 + ci) * 5 + h) * 6 + v;
                  int wi = ((k * 2 + ci) * 3 + a) * 2 + b;
                  s += x[xi] * w[wi];
                  dx[xi] += w[wi] * dy[yi];
                  dw[wi] += x[xi] * dy[yi];
                }
              }
            }
            expect[yi] = 2 * s + 0.5 * y0[yi];
          }
        }
      }
    }
    long px = put(x);
    long pw = put(w);
    long py = put(y0);
    sim.convolutionForward(DType.FLOAT64, xd, px, wd, pw, c, yd, py, 2, 0.5, 0);
    assertClose(expect, get(py, y0.length));
    long pdy = put(dy);
    long pdx = put(new double[x.length]);
    sim.convolutionBackwardData(DType.FLOAT64, wd, pw, yd, pdy, c, xd, pdx, 1, 0, 0);
    assertClose(dx, get(pdx, x.length));
    long pdw = put(new double[w.length]);
    sim.convolutionBackwardFilter(DType.FLOAT64, xd, px, yd, pdy, c, wd, pdw, 1, 0, 0);
    assertClose(dw, get(pdw, w.length));
    // A wrong output shape is refused as cuDNN does.
    assertThrows(
        IllegalArgumentException.class,
        () ->
            sim.convolutionForward(
                DType.FLOAT64, xd, px, wd, pw, c, new Tensor4d(2, 6, oh + 1, ow), py, 1, 0, 0));
  }

  @Test
  void poolingForwardAndBackwardInAllModes() {
    Tensor4d xd = new Tensor4d(1, 2, 4, 5);
    Pooling base = new Pooling(PoolingMode.MAX, 3, 2, 1, 0, 2, 2);
    int oh = Gemms.convOut(4, 3, 1, 2, 1);
    int ow = Gemms.convOut(5, 2, 0, 2, 1);
    Tensor4d yd = new Tensor4d(1, 2, oh, ow);
    double[] x = random(new SplittableRandom(5), (int) xd.size());
    double[] dy = random(new SplittableRandom(6), (int) yd.size());
    long px = put(x);
    for (PoolingMode mode : PoolingMode.values()) {
      Pooling p = new Pooling(mode, base.windowH(), base.windowW(), 1, 0, 2, 2);
      double[] y = new double[(int) yd.size()];
      double[] dx = new double[x.length];
      for (int c = 0; c < 2; c++) {
        for (int i = 0; i < oh; i++) {
          for (int j = 0; j < ow; j++) {
            double best = Double.NEGATIVE_INFINITY;
            double sum = 0;
            int arg = -1;
            int count = 0;
            for (int a = 0; a < 3; a++) {
              for (int b = 0; b < 2; b++) {
                int h = i * 2 - 1 + a;
                int v = j * 2 + b;
                if (h < 0 || h >= 4 || v >= 5) {
                  continue;
                }
                int xi = (c * 4 + h) * 5 + v;
                count++;
                sum += x[xi];
                if (x[xi] > best) {
                  best = x[xi];
                  arg = xi;
                }
              }
            }
            int yi = (c * oh + i) * ow + j;
            double div = mode == PoolingMode.AVERAGE_COUNT_INCLUDE_PADDING ? 6 : count;
            y[yi] = mode == PoolingMode.MAX ? best : sum / div;
            if (mode == PoolingMode.MAX) {
              dx[arg] += dy[yi];
            } else {
              for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 2; b++) {
                  int h = i * 2 - 1 + a;
                  int v = j * 2 + b;
                  if (h >= 0 && h < 4 && v < 5) {
                    dx[(c * 4 + h) * 5 + v] += dy[yi] / div;
                  }
                }
              }
            }
          }
        }
      }
      long py = put(new double[y.length]);
      sim.poolingForward(DType.FLOAT64, p, xd, px, yd, py, 1, 0, 0);
      assertClose(y, get(py, y.length));
      long pdy = put(dy);
      long pdx = put(new double[x.length]);
      sim.poolingBackward(DType.FLOAT64, p, yd, py, pdy, xd, px, pdx, 1, 0, 0);
      assertClose(dx, get(pdx, x.length));
    }
  }

  static void assertClose(double[] e, double[] a) {
    assertEquals(e.length, a.length);
    for (int i = 0; i < e.length; i++) {
      assertEquals(e[i], a[i], 1e-12, "element " + i);
    }
  }
}
