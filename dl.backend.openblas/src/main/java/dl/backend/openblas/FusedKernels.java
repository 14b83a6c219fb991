package dl.backend.openblas;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.Shapes;
import java.util.Arrays;

/** Fused optimizer kernels: one pass instead of a chain of elementwise calls. */
final class FusedKernels extends CpuKernelGroup {
  FusedKernels(CpuBackend backend) {
    super(backend);
  }

  /**
   * Adam in one pass over param, grad, m and v (same shape and floating dtype), with the same
   * operation order and float32 rounding as the portable default.
   */
  void adamUpdate(
      NdArray param,
      NdArray grad,
      NdArray m,
      NdArray v,
      double lr,
      double beta1,
      double beta2,
      double eps,
      double eta,
      double weightDecayRate) {
    String kernel = "adamUpdate";
    CpuArray p = arr(param, kernel);
    CpuArray g = arr(grad, kernel);
    CpuArray mm = arr(m, kernel);
    CpuArray vv = arr(v, kernel);
    for (CpuArray o : new CpuArray[] {g, mm, vv}) {
      requireSameDtype(kernel, p, o);
      if (!Arrays.equals(p.shape(), o.shape())) {
        throw new IllegalArgumentException(
            kernel
                + ": shape mismatch, param "
                + Shapes.str(p.shape())
                + " vs "
                + Shapes.str(o.shape()));
      }
    }
    if (!p.dtype().isFloating()) {
      throw new IllegalArgumentException(
          kernel + ": parameters must be float32 or float64, got " + p.dtype());
    }
    boolean decay = weightDecayRate != 0;
    if (p.dtype() == DType.FLOAT32) {
      float[] pp = p.f();
      float[] gg = g.f();
      float[] m1 = mm.f();
      float[] v1 = vv.f();
      float c1 = (float) (1 - beta1);
      float c2 = (float) (1 - beta2);
      float fe = (float) eps;
      float fl = (float) lr;
      float fw = (float) weightDecayRate;
      float fh = (float) eta;
      Par.range(
          pp.length,
          (from, to) -> {
            for (int i = from; i < to; i++) {
              float gi = gg[i];
              float mi = m1[i] + (gi - m1[i]) * c1;
              float vi = v1[i] + (gi * gi - v1[i]) * c2;
              m1[i] = mi;
              v1[i] = vi;
              float step = mi / ((float) Math.sqrt(vi) + fe) * fl;
              if (decay) {
                step += pp[i] * fw;
              }
              pp[i] -= step * fh;
            }
          });
    } else {
      double[] pp = p.d();
      double[] gg = g.d();
      double[] m1 = mm.d();
      double[] v1 = vv.d();
      double c1 = 1 - beta1;
      double c2 = 1 - beta2;
      Par.range(
          pp.length,
          (from, to) -> {
            for (int i = from; i < to; i++) {
              double gi = gg[i];
              double mi = m1[i] + (gi - m1[i]) * c1;
              double vi = v1[i] + (gi * gi - v1[i]) * c2;
              m1[i] = mi;
              v1[i] = vi;
              double step = mi / (Math.sqrt(vi) + eps) * lr;
              if (decay) {
                step += pp[i] * weightDecayRate;
              }
              pp[i] -= step * eta;
            }
          });
    }
  }

  /**
   * {@code gy · (y > 0)} in one pass (see {@link dl.api.Backend#reluGrad}), null if not offered.
   */
  NdArray reluGrad(NdArray ya, NdArray gya) {
    CpuArray y = arr(ya, "reluGrad");
    CpuArray gy = arr(gya, "reluGrad");
    if (y.dtype() != gy.dtype()
        || !y.dtype().isFloating()
        || !Arrays.equals(y.shape(), gy.shape())) {
      return null;
    }
    CpuArray gx = empty(y.dtype(), y.shape());
    if (y.dtype() == DType.FLOAT32) {
      float[] yy = y.f();
      float[] g = gy.f();
      float[] o = gx.f();
      Par.range(
          o.length,
          (from, to) -> {
            for (int i = from; i < to; i++) {
              o[i] = g[i] * FloatKernels.positive(yy[i]); // y > 0 is y - 0 > 0
            }
          });
    } else {
      double[] yy = y.d();
      double[] g = gy.d();
      double[] o = gx.d();
      Par.range(
          o.length,
          (from, to) -> {
            for (int i = from; i < to; i++) {
              o[i] = g[i] * DoubleKernels.positive(yy[i]);
            }
          });
    }
    return gx;
  }

  /**
   * {@code target += alpha·x} in one pass when x has target's shape and floating dtype; false (and
   * nothing done) otherwise, for the contract's default to handle.
   */
  boolean axpyInto(NdArray target, double alpha, NdArray x) {
    CpuArray t = arr(target, "axpyInto");
    CpuArray y = arr(x, "axpyInto");
    if (t.dtype() != y.dtype()
        || t.size() != y.size()
        || !t.dtype().isFloating()
        || !Shapes.broadcastsTo(y.shape(), t.shape())) {
      return false;
    }
    if (t.dtype() == DType.FLOAT32) {
      float[] tt = t.f();
      float[] xx = y.f();
      float fa = (float) alpha;
      Par.range(
          tt.length,
          (from, to) -> {
            for (int i = from; i < to; i++) {
              tt[i] += xx[i] * fa;
            }
          });
    } else {
      double[] tt = t.d();
      double[] xx = y.d();
      Par.range(
          tt.length,
          (from, to) -> {
            for (int i = from; i < to; i++) {
              tt[i] += xx[i] * alpha;
            }
          });
    }
    return true;
  }
}
