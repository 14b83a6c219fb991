package dl.backend.cuda;

import dl.api.DType;
import java.util.SplittableRandom;

/**
 * Random numbers drawn on the host with the CPU backend's generator and algorithm, then copied to
 * the device: a seed gives the same values on {@code cpu} and {@code cuda}, so results compare
 * across devices. (A cuRAND kernel would be faster for large masks; it would change the values.)
 */
final class HostRandom {
  private HostRandom() {}

  static double[] uniform(int n, DType t, double low, double high, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double w = high - low;
    double[] o = new double[n];
    float hi = (float) high;
    for (int k = 0; k < n; k++) {
      double v = low + w * rng.nextDouble();
      switch (t) {
        case FLOAT32:
          float f = (float) v;
          o[k] = f >= hi && high > low ? Math.nextDown(hi) : f; // rounding must not reach high
          break;
        case FLOAT64:
          o[k] = v;
          break;
        default:
          o[k] = Math.floor(v);
      }
    }
    return o;
  }

  static double[] normal(int n, double mean, double std, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] o = new double[n];
    for (int k = 0; k < n; k += 2) { // Box-Muller: two normals from two uniforms
      double u1 = 1.0 - rng.nextDouble(); // (0, 1]: log stays finite
      double u2 = rng.nextDouble();
      double rad = Math.sqrt(-2 * Math.log(u1));
      double th = 2 * Math.PI * u2;
      o[k] = mean + std * rad * Math.cos(th);
      if (k + 1 < n) {
        o[k + 1] = mean + std * rad * Math.sin(th);
      }
    }
    return o;
  }

  /** An array of {@code t} from host doubles. */
  static dl.api.NdArray toDevice(CudaBackend b, double[] d, DType t, int[] shape) {
    switch (t) {
      case FLOAT32:
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
          f[i] = (float) d[i];
        }
        return b.fromArray(f, shape);
      case FLOAT64:
        return b.fromArray(d, shape);
      default:
        int[] n = new int[d.length];
        for (int i = 0; i < d.length; i++) {
          n[i] = (int) d[i];
        }
        return b.fromArray(n, shape);
    }
  }
}
