package dl.backend.openblas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Backend;
import dl.api.DType;
import dl.api.NdArray;
import org.junit.jupiter.api.function.Executable;

/** Shared test helpers: the backend (created through the provider) and array checks. */
final class T {
  private T() {}

  static final Backend B = new OpenBlasBackendProvider().create(0);

  static NdArray f32(float[] data, int... shape) {
    return B.fromArray(data, shape);
  }

  static NdArray f64(double[] data, int... shape) {
    return B.fromArray(data, shape);
  }

  static NdArray i32(int[] data, int... shape) {
    return B.fromArray(data, shape);
  }

  /** An array of the dtype holding the given values. */
  static NdArray of(DType t, double[] v, int... shape) {
    switch (t) {
      case FLOAT32:
        {
          float[] f = new float[v.length];
          for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
          }
          return B.fromArray(f, shape);
        }
      case FLOAT64:
        return B.fromArray(v.clone(), shape);
      default:
        {
          int[] n = new int[v.length];
          for (int i = 0; i < v.length; i++) {
            n[i] = (int) v[i];
          }
          return B.fromArray(n, shape);
        }
    }
  }

  static double[] seq(int n, double start, double step) {
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = start + i * step;
    }
    return r;
  }

  static void check(NdArray a, DType dtype, int[] shape, double[] expected, double tol) {
    assertEquals(dtype, a.dtype(), "dtype");
    assertArrayEquals(shape, a.shape(), "shape");
    double[] got = a.toDoubleArray();
    assertEquals(expected.length, got.length, "size");
    for (int i = 0; i < got.length; i++) {
      double e = expected[i];
      if (Double.isNaN(e)) {
        assertTrue(Double.isNaN(got[i]), "element " + i + ": expected NaN, got " + got[i]);
      } else if (Double.isInfinite(e)) {
        assertEquals(e, got[i], "element " + i);
      } else {
        assertEquals(e, got[i], tol * Math.max(1, Math.abs(e)), "element " + i);
      }
    }
  }

  /** The error's message must contain every fragment. */
  static void fails(Class<? extends Throwable> type, Executable call, String... fragments) {
    Throwable t = assertThrows(type, call);
    for (String f : fragments) {
      assertTrue(
          t.getMessage() != null && t.getMessage().contains(f),
          "message '" + t.getMessage() + "' should contain '" + f + "'");
    }
  }
}
