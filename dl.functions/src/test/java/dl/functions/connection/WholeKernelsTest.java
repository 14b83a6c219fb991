package dl.functions.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dl.api.Backend;
import dl.api.Config;
import dl.api.DType;
import dl.api.Device;
import dl.api.NdArray;
import dl.api.Scope;
import dl.api.Variable;
import dl.api.Window;
import dl.functions.F;
import dl.testing.Allclose;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The CPU backend's whole convolution and pooling kernels against the composite path they replace
 * (the same functions under {@code Config.USE_KERNELS = false}): outputs and every input gradient,
 * in float32 and float64, over stride, pad, dilation, cover_all, groups, bias, 1-d and 2-d, and NaN
 * and tied inputs for max pooling. The function tests (gradient and double-backward checks) run
 * through the kernels too, since they are on by default.
 */
class WholeKernelsTest {
  private static final Backend CPU = Device.of("cpu").backend();

  /** Output and input gradients of {@code f} on fresh copies of {@code in}, for a fixed gy. */
  private static List<NdArray> run(
      NdArray[] in, Function<Variable[], Variable> f, boolean kernels) {
    try (Scope s = Config.using(Config.Key.USE_KERNELS, kernels)) {
      Variable[] v = new Variable[in.length];
      for (int i = 0; i < in.length; i++) {
        v[i] = new Variable(CPU.copy(in[i]), "in" + i);
      }
      Variable y = f.apply(v);
      y.setGrad(CPU.randomUniform(y.shape(), y.dtype(), -1, 1, 99));
      y.backward();
      List<NdArray> out = new ArrayList<>();
      out.add(y.array());
      for (Variable x : v) {
        out.add(x.grad());
      }
      return out;
    }
  }

  private static void same(String what, DType t, NdArray[] in, Function<Variable[], Variable> f) {
    List<NdArray> k = run(in, f, true);
    List<NdArray> c = run(in, f, false);
    double tol = t == DType.FLOAT64 ? 1e-12 : 2e-5;
    for (int i = 0; i < k.size(); i++) {
      String part = what + " " + t + (i == 0 ? " output" : " gradient of input " + (i - 1));
      Allclose.assertAllclose(c.get(i).toDoubleArray(), k.get(i).toDoubleArray(), tol, tol, part);
    }
  }

  private static NdArray u(DType t, long seed, int... shape) {
    return CPU.randomUniform(shape, t, -1, 1, seed);
  }

  @Test
  void convolutionMatchesTheComposite() {
    for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
      for (int c : new int[] {1, 4}) { // 1: the direct float32 loop; 4 * 6 taps: still direct
        for (int[] sp : new int[][] {{1, 1, 0, 0, 1, 1}, {2, 1, 1, 2, 1, 1}, {1, 2, 2, 0, 2, 1}}) {
          for (boolean cover : new boolean[] {false, true}) {
            int[] stride = {sp[0], sp[1]};
            int[] pad = {sp[2], sp[3]};
            int[] dil = {sp[4], sp[5]};
            NdArray[] in = {u(t, 1, 2, c, 7, 6), u(t, 2, 3, c, 3, 2), u(t, 3, 3)};
            same(
                "conv2d c=" + c + " " + java.util.Arrays.toString(sp) + " cover=" + cover,
                t,
                in,
                v -> F.convolutionNd(v[0], v[1], v[2], stride, pad, cover, dil, 1));
          }
        }
      }
      NdArray[] wide = {u(t, 4, 2, 8, 6, 5), u(t, 5, 6, 8, 3, 3), u(t, 6, 6)}; // GEMM path
      same("conv2d wide", t, wide, v -> F.convolution2d(v[0], v[1], v[2], 1, 1));
      NdArray[] grouped = {u(t, 7, 2, 6, 5, 5), u(t, 8, 4, 3, 3, 3)};
      same(
          "conv2d groups=2",
          t,
          grouped,
          v -> F.convolutionNd(v[0], v[1], null, null, new int[] {1, 1}, false, null, 2));
      NdArray[] oneD = {u(t, 9, 2, 3, 9), u(t, 10, 2, 3, 3), u(t, 11, 2)};
      same("conv1d", t, oneD, v -> F.convolution1d(v[0], v[1], v[2], 2, 1));
      NdArray[] de = {u(t, 12, 2, 3, 4, 3), u(t, 13, 3, 2, 3, 3), u(t, 14, 2)};
      same("deconv2d", t, de, v -> F.deconvolution2d(v[0], v[1], v[2], 2, 1));
    }
  }

  @Test
  void poolingMatchesTheComposite() {
    for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
      NdArray x = u(t, 20, 2, 3, 7, 6);
      // ties (rounded values) and NaNs, which the kernels must treat as the composite's argmax
      NdArray tied = CPU.unary(dl.api.UnaryOp.FLOOR, x.mul(2));
      double[] d = tied.toDoubleArray();
      d[5] = Double.NaN;
      d[40] = Double.NaN;
      d[41] = Double.NaN;
      NdArray special =
          t == DType.FLOAT64
              ? CPU.fromArray(d, tied.shape())
              : CPU.fromArray(d, tied.shape()).astype(DType.FLOAT32);
      for (int[] kp : new int[][] {{2, 2, 0}, {3, 2, 1}, {3, 1, 1}, {2, 3, 0}}) {
        int[] k = {kp[0], kp[0]};
        int[] s = {kp[1], kp[1]};
        int[] p = {kp[2], kp[2]};
        for (boolean flag : new boolean[] {false, true}) {
          String cfg = java.util.Arrays.toString(kp) + " " + flag;
          same("max pool " + cfg, t, new NdArray[] {x}, v -> F.maxPoolingNd(v[0], k, s, p, flag));
          same(
              "max pool ties " + cfg,
              t,
              new NdArray[] {tied},
              v -> F.maxPoolingNd(v[0], k, s, p, flag));
          List<NdArray> kn =
              run(new NdArray[] {special}, v -> F.maxPoolingNd(v[0], k, s, p, flag), true);
          List<NdArray> cn =
              run(new NdArray[] {special}, v -> F.maxPoolingNd(v[0], k, s, p, flag), false);
          assertEquals(
              java.util.Arrays.toString(cn.get(0).toDoubleArray()),
              java.util.Arrays.toString(kn.get(0).toDoubleArray()),
              "max pool with NaN " + cfg + " " + t);
          same(
              "avg pool " + cfg,
              t,
              new NdArray[] {x},
              v -> F.averagePoolingNd(v[0], k, s, p, flag));
        }
      }
      same(
          "max pool 1d",
          t,
          new NdArray[] {u(t, 21, 2, 3, 9)},
          v -> F.maxPoolingNd(v[0], new int[] {3}, new int[] {2}, new int[] {1}, true));
    }
  }

  @Test
  void theCpuBackendOffersTheKernelsItClaims() {
    Window w = Window.of(new int[] {3, 3}, new int[] {1, 1}, new int[] {1, 1}, null, false);
    NdArray x = u(DType.FLOAT32, 30, 2, 3, 5, 5);
    NdArray wt = u(DType.FLOAT32, 31, 4, 3, 3, 3);
    assertNotNull(CPU.convolution(x, wt, null, w), "convolution");
    assertNotNull(CPU.maxPooling(x, w), "maxPooling");
    assertNotNull(CPU.averagePooling(x, w, false), "averagePooling");
    Window w3 =
        Window.of(new int[] {2, 2, 2}, new int[] {1, 1, 1}, new int[] {0, 0, 0}, null, false);
    assertEquals(
        null, CPU.maxPooling(u(DType.FLOAT32, 32, 1, 1, 3, 3, 3), w3), "3-d: the composite");
  }
}
