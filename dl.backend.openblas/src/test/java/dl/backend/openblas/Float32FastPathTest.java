package dl.backend.openblas;

import static dl.backend.openblas.T.B;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.Window;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The float32-only fast paths against the float64 paths they replace, on the same data: convolution
 * image by image ({@link ImageConv}, several parallel chunks) against the whole-batch GEMM, max
 * pooling where windows lie inside (ties, ±0, NaN) against the general loop, and the branch-free
 * {@code >}/{@code <} against Java's comparison on every pair of special values. Small integers
 * keep every float32 sum exact, so the comparisons are exact.
 */
class Float32FastPathTest {
  private static double[] ints(int size, int seed) {
    double[] v = new double[size];
    for (int i = 0; i < size; i++) {
      v[i] = ((i * 37 + seed * 11) % 7) - 3;
    }
    return v;
  }

  private static void same(NdArray f32, NdArray f64) {
    assertEquals(DType.FLOAT32, f32.dtype());
    assertArrayEquals(f64.shape(), f32.shape());
    double[] a = f32.toDoubleArray();
    double[] e = f64.toDoubleArray();
    assertArrayEquals(e, a, 0.0);
  }

  private static void convolution(int n, int c, int h, int w, int oc, Window win) {
    int[] xs = {n, c, h, w};
    int[] ws = {oc, c, win.ksize()[0], win.ksize()[1]};
    double[] x = ints(n * c * h * w, 1);
    double[] wt = ints(oc * c * ws[2] * ws[3], 2);
    double[] b = ints(oc, 3);
    NdArray y32 =
        B.convolution(
            T.of(DType.FLOAT32, x, xs),
            T.of(DType.FLOAT32, wt, ws),
            T.of(DType.FLOAT32, b, oc),
            win);
    NdArray y64 =
        B.convolution(
            T.of(DType.FLOAT64, x, xs),
            T.of(DType.FLOAT64, wt, ws),
            T.of(DType.FLOAT64, b, oc),
            win);
    same(y32, y64);
    int[] ys = y64.shape();
    double[] gy = ints(y64.size(), 4);
    same(
        B.convolutionGradFilter(T.of(DType.FLOAT32, x, xs), T.of(DType.FLOAT32, gy, ys), ws, win),
        B.convolutionGradFilter(T.of(DType.FLOAT64, x, xs), T.of(DType.FLOAT64, gy, ys), ws, win));
    same(
        B.convolutionGradData(T.of(DType.FLOAT32, gy, ys), T.of(DType.FLOAT32, wt, ws), xs, win),
        B.convolutionGradData(T.of(DType.FLOAT64, gy, ys), T.of(DType.FLOAT64, wt, ws), xs, win));
  }

  @Test
  void convolutionImageByImageEqualsTheWholeBatchProduct() {
    // 11 images: three chunks of ImageConv.CHUNK and a short last one
    convolution(
        11,
        3,
        9,
        7,
        5,
        Window.of(new int[] {3, 2}, new int[] {2, 1}, new int[] {1, 0}, new int[] {1, 2}, false));
    convolution(
        11,
        1,
        8,
        8,
        4,
        Window.of(new int[] {3, 3}, new int[] {1, 1}, new int[] {1, 1}, new int[] {1, 1}, false));
    // stride 1 with rows as wide as the input's (the shifted copies): shifts of 2, no padding
    // along the height, and a kernel wider than the input (offsets with no column inside)
    convolution(
        5,
        3,
        6,
        7,
        4,
        Window.of(new int[] {5, 5}, new int[] {1, 1}, new int[] {2, 2}, new int[] {1, 1}, false));
    convolution(
        3,
        2,
        5,
        6,
        2,
        Window.of(new int[] {3, 3}, new int[] {1, 1}, new int[] {0, 1}, new int[] {1, 1}, false));
    convolution(
        2,
        2,
        3,
        2,
        2,
        Window.of(new int[] {5, 5}, new int[] {1, 1}, new int[] {2, 2}, new int[] {1, 1}, false));
    convolution(
        1,
        2,
        5,
        6,
        3,
        Window.of(new int[] {2, 2}, new int[] {3, 3}, new int[] {0, 1}, new int[] {1, 1}, true));
  }

  @Test
  void maxPoolingInsideEqualsTheGeneralLoop() {
    int n = 3;
    int c = 2;
    int h = 9;
    int w = 8;
    double[] x = ints(n * c * h * w, 5);
    x[0] = Double.NaN; // a NaN at a window's first place
    x[3] = Double.NaN; // and at its last (window 1: columns 2, 3)
    x[w + 2] = 7;
    x[20] = -0.0; // ties of ±0 and equal maxima: the first wins
    x[21] = 0.0;
    x[2 * w + 4] = 3;
    x[3 * w + 5] = 3;
    // 2x2 windows of stride 2 in plane 1 (the pairwise path), its first two rows of windows: a tie
    // between the pairs' winners (index 0), the second pair's second (3), NaNs in the second pair
    // only (the first NaN, 2), -0 against +0 above negatives (0, value -0); the second pair's
    // first while the first pair's second beats its first (2), NaN first (0), NaN second (1), NaN
    // last (3)
    double nan = Double.NaN;
    double[][] windows = {
      {5, 1, 5, 2}, {1, 2, 3, 9}, {4, 4, nan, nan}, {-0.0, -1, 0.0, -2},
      {1, 2, 9, 3}, {nan, 1, nan, 2}, {1, nan, 2, 3}, {1, 2, 3, nan}
    };
    for (int j = 0; j < windows.length; j++) {
      int at = h * w + (j / 4) * 2 * w + 2 * (j % 4);
      x[at] = windows[j][0];
      x[at + 1] = windows[j][1];
      x[at + w] = windows[j][2];
      x[at + w + 1] = windows[j][3];
    }
    int[] xs = {n, c, h, w};
    for (Window win :
        new Window[] {
          Window.of(new int[] {2, 2}, new int[] {2, 2}, new int[] {0, 0}, new int[] {1, 1}, true),
          // inside: the odd last row is in no window
          Window.of(new int[] {2, 2}, new int[] {2, 2}, new int[] {0, 0}, new int[] {1, 1}, false),
          Window.of(new int[] {3, 2}, new int[] {2, 3}, new int[] {0, 0}, new int[] {1, 1}, false),
          Window.of(new int[] {3, 3}, new int[] {1, 1}, new int[] {0, 0}, new int[] {1, 1}, false)
        }) {
      NdArray[] f = B.maxPooling(T.of(DType.FLOAT32, x, xs), win);
      NdArray[] d = B.maxPooling(T.of(DType.FLOAT64, x, xs), win);
      double[] a = f[0].toDoubleArray();
      double[] e = d[0].toDoubleArray();
      for (int i = 0; i < e.length; i++) {
        assertEquals(
            Double.doubleToRawLongBits(e[i]), Double.doubleToRawLongBits(a[i]), "value " + i);
      }
      assertArrayEquals(d[1].toIntArray(), f[1].toIntArray());
      if (!win.coverAll() && win.ksize()[0] == 2 && win.ksize()[1] == 2) {
        int[] rows = Arrays.copyOfRange(f[1].toIntArray(), 16, 24); // plane 1: 4 x 4 outputs
        assertArrayEquals(new int[] {0, 3, 2, 0, 2, 0, 1, 3}, rows);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(a[19]));
      }
      double[] gy = ints(d[0].size(), 6);
      int[] ys = d[0].shape();
      same(
          B.maxPoolingGrad(T.of(DType.FLOAT32, gy, ys), f[1], xs, win),
          B.maxPoolingGrad(T.of(DType.FLOAT64, gy, ys), d[1], xs, win));
    }
  }

  @Test
  void branchFreeComparisonsAgreeWithJavaOnSpecialValues() {
    float[] v = {
      0f,
      -0f,
      1f,
      -1f,
      Float.MIN_VALUE,
      -Float.MIN_VALUE,
      Float.MIN_NORMAL,
      Float.MAX_VALUE,
      -Float.MAX_VALUE,
      Float.POSITIVE_INFINITY,
      Float.NEGATIVE_INFINITY,
      Float.NaN,
      Float.intBitsToFloat(0xffc00001),
      3.5f,
      3.5000002f
    };
    int m = v.length;
    float[] a = new float[m * m];
    float[] b = new float[m * m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        a[i * m + j] = v[i];
        b[i * m + j] = v[j];
      }
    }
    float[] gt = B.binary(BinaryOp.GT, T.f32(a, m * m), T.f32(b, m * m)).toFloatArray();
    float[] lt = B.binary(BinaryOp.LT, T.f32(a, m * m), T.f32(b, m * m)).toFloatArray();
    double[] a64 = new double[m * m];
    double[] b64 = new double[m * m];
    for (int k = 0; k < m * m; k++) {
      a64[k] = a[k];
      b64[k] = b[k];
    }
    double[] gt64 = B.binary(BinaryOp.GT, T.f64(a64, m * m), T.f64(b64, m * m)).toDoubleArray();
    double[] lt64 = B.binary(BinaryOp.LT, T.f64(a64, m * m), T.f64(b64, m * m)).toDoubleArray();
    for (int k = 0; k < m * m; k++) {
      String at = a[k] + " vs " + b[k];
      assertEquals(a[k] > b[k] ? 1f : 0f, gt[k], "float32 > " + at);
      assertEquals(a[k] < b[k] ? 1f : 0f, lt[k], "float32 < " + at);
      assertEquals(a64[k] > b64[k] ? 1.0 : 0.0, gt64[k], "float64 > " + at);
      assertEquals(a64[k] < b64[k] ? 1.0 : 0.0, lt64[k], "float64 < " + at);
    }
    assertEquals(0.0, DoubleKernels.positive(Double.MIN_VALUE - Double.MIN_VALUE));
    assertEquals(1.0, DoubleKernels.positive(Double.MIN_VALUE));
    assertEquals(0.0, DoubleKernels.positive(Double.longBitsToDouble(0x7ff0000000000001L)));
  }
}
