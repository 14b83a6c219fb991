package dl.backend.openblas;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.Shapes;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Creation, transfer, copies and dtype casts of {@link CpuArray}s. */
final class CreationKernels extends CpuKernelGroup {
  CreationKernels(CpuBackend backend) {
    super(backend);
  }

  NdArray full(int[] shape, double value, DType dtype) {
    int[] s = checkShape("full", shape);
    CpuArray r = empty(dtype, s);
    switch (dtype) {
      case FLOAT32:
        if (value != 0) {
          Arrays.fill(r.f(), (float) value);
        }
        break;
      case FLOAT64:
        if (value != 0) {
          Arrays.fill(r.d(), value);
        }
        break;
      default:
        if (value != 0) {
          Arrays.fill(r.i(), (int) value);
        }
    }
    return r;
  }

  private static int[] checkData(String kernel, int length, int[] shape) {
    int[] s = checkShape(kernel, shape);
    if (Shapes.size(s) != length) {
      throw new IllegalArgumentException(
          kernel
              + ": "
              + length
              + " elements do not fill shape "
              + Shapes.str(s)
              + " (size "
              + Shapes.size(s)
              + ")");
    }
    return s;
  }

  NdArray fromArray(float[] data, int... shape) {
    return wrap(DType.FLOAT32, checkData("fromArray", data.length, shape), data.clone());
  }

  NdArray fromArray(double[] data, int... shape) {
    return wrap(DType.FLOAT64, checkData("fromArray", data.length, shape), data.clone());
  }

  NdArray fromArray(int[] data, int... shape) {
    return wrap(DType.INT32, checkData("fromArray", data.length, shape), data.clone());
  }

  NdArray arange(int start, int stop, DType dtype) {
    int n = Math.max(0, stop - start);
    CpuArray r = empty(dtype, new int[] {n});
    for (int k = 0; k < n; k++) {
      set(r.data, k, start + k);
    }
    return r;
  }

  NdArray randomUniform(int[] shape, DType dtype, double low, double high, long seed) {
    int[] s = checkShape("randomUniform", shape);
    CpuArray r = empty(dtype, s);
    SplittableRandom rng = new SplittableRandom(seed);
    int n = r.size();
    double w = high - low;
    switch (dtype) {
      case FLOAT32:
        {
          float[] o = r.f();
          float hi = (float) high;
          for (int k = 0; k < n; k++) {
            float v = (float) (low + w * rng.nextDouble());
            o[k] = v >= hi && high > low ? Math.nextDown(hi) : v; // rounding must not reach high
          }
          break;
        }
      case FLOAT64:
        {
          double[] o = r.d();
          for (int k = 0; k < n; k++) {
            o[k] = low + w * rng.nextDouble();
          }
          break;
        }
      default:
        {
          int[] o = r.i();
          for (int k = 0; k < n; k++) {
            o[k] = (int) Math.floor(low + w * rng.nextDouble());
          }
        }
    }
    return r;
  }

  NdArray randomNormal(int[] shape, DType dtype, double mean, double std, long seed) {
    int[] s = checkShape("randomNormal", shape);
    if (!dtype.isFloating()) {
      throw new IllegalArgumentException(
          "randomNormal: dtype must be float32 or float64, got " + dtype);
    }
    CpuArray r = empty(dtype, s);
    SplittableRandom rng = new SplittableRandom(seed);
    int n = r.size();
    // Box-Muller: two normals from two uniforms.
    for (int k = 0; k < n; k += 2) {
      double u1 = 1.0 - rng.nextDouble(); // (0, 1]: log stays finite
      double u2 = rng.nextDouble();
      double rad = Math.sqrt(-2 * Math.log(u1));
      double th = 2 * Math.PI * u2;
      set(r.data, k, mean + std * rad * Math.cos(th));
      if (k + 1 < n) {
        set(r.data, k + 1, mean + std * rad * Math.sin(th));
      }
    }
    return r;
  }

  NdArray transferFrom(NdArray array) {
    if (array instanceof CpuArray && array.backend() == backend) {
      return copy(array);
    }
    int[] s = array.shape().clone();
    switch (array.dtype()) {
      case FLOAT32:
        return wrap(DType.FLOAT32, s, array.toFloatArray());
      case FLOAT64:
        return wrap(DType.FLOAT64, s, array.toDoubleArray());
      default:
        return wrap(DType.INT32, s, array.toIntArray());
    }
  }

  NdArray copy(NdArray a) {
    CpuArray x = arr(a, "copy");
    Object d;
    switch (x.dtype()) {
      case FLOAT32:
        d = x.f().clone();
        break;
      case FLOAT64:
        d = x.d().clone();
        break;
      default:
        d = x.i().clone();
    }
    return wrap(x.dtype(), x.shape().clone(), d);
  }

  void copyInto(NdArray dst, NdArray src) {
    CpuArray d = arr(dst, "copyInto");
    CpuArray s = arr(src, "copyInto");
    if (!Shapes.broadcastsTo(s.shape(), d.shape())) {
      throw new IllegalArgumentException(
          "copyInto: source of shape "
              + Shapes.str(s.shape())
              + " cannot be broadcast to destination shape "
              + Shapes.str(d.shape()));
    }
    stridedCopy(
        d.shape(),
        s.data,
        0,
        Rows.broadcast(s.shape(), d.shape()),
        d.data,
        0,
        Rows.contiguous(d.shape()),
        false);
  }

  NdArray astype(NdArray a, DType dtype) {
    CpuArray x = arr(a, "astype");
    if (x.dtype() == dtype) {
      return copy(x);
    }
    CpuArray r = empty(dtype, x.shape().clone());
    int n = x.size();
    Object s = x.data;
    Object d = r.data;
    if (s instanceof float[] && d instanceof double[]) {
      float[] sf = (float[]) s;
      double[] dd = (double[]) d;
      for (int k = 0; k < n; k++) {
        dd[k] = sf[k];
      }
    } else if (s instanceof double[] && d instanceof float[]) {
      double[] sd = (double[]) s;
      float[] df = (float[]) d;
      for (int k = 0; k < n; k++) {
        df[k] = (float) sd[k];
      }
    } else {
      copyRow(s, 0, 1, d, 0, 1, n, false); // int conversions: truncation toward zero
    }
    return r;
  }
}
