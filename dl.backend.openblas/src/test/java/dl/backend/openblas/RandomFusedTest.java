package dl.backend.openblas;

import static dl.backend.openblas.T.B;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Backend;
import dl.api.DType;
import dl.api.NdArray;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class RandomFusedTest {
  @Test
  void randomIsDeterministicWithTheRightMoments() {
    int[] shape = {200, 500};
    for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
      NdArray u1 = B.randomUniform(shape, t, -2, 3, 42);
      NdArray u2 = B.randomUniform(shape, t, -2, 3, 42);
      assertArrayEquals(u1.toDoubleArray(), u2.toDoubleArray());
      double[] u = u1.toDoubleArray();
      double mean = 0;
      double min = Double.MAX_VALUE;
      double max = -Double.MAX_VALUE;
      for (double v : u) {
        mean += v / u.length;
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      assertEquals(0.5, mean, 0.02);
      assertTrue(min >= -2 && max < 3);
      NdArray n1 = B.randomNormal(shape, t, 1, 2, 7);
      assertArrayEquals(n1.toDoubleArray(), B.randomNormal(shape, t, 1, 2, 7).toDoubleArray());
      double[] n = n1.toDoubleArray();
      double m = 0;
      double sq = 0;
      for (double v : n) {
        m += v / n.length;
        sq += v * v / n.length;
      }
      assertEquals(1, m, 0.02);
      assertEquals(2, Math.sqrt(sq - m * m), 0.02);
      assertTrue(!java.util.Arrays.equals(n, B.randomNormal(shape, t, 1, 2, 8).toDoubleArray()));
    }
    int[] ints = B.randomUniform(new int[] {1000}, DType.INT32, 0, 10, 3).toIntArray();
    for (int v : ints) {
      assertTrue(v >= 0 && v < 10);
    }
  }

  /** The backend with adamUpdate and axpyInto left to the contract's portable defaults. */
  static Backend portable() {
    InvocationHandler h =
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("adamUpdate") || name.equals("axpyInto")) {
            return InvocationHandler.invokeDefault(proxy, method, args);
          }
          return method.invoke(B, args);
        };
    return (Backend)
        Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class}, h);
  }

  @Test
  void fusedAdamMatchesThePortableDefault() {
    Backend p = portable();
    for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
      for (double wd : new double[] {0, 0.01}) {
        int[] shape = {300, 300}; // above the parallel threshold
        NdArray[] fused = {
          B.randomNormal(shape, t, 0, 1, 1),
          B.randomNormal(shape, t, 0, 1, 2),
          B.randomNormal(shape, t, 0, 0.1, 3),
          B.randomUniform(shape, t, 0, 1, 4)
        };
        NdArray[] ref = new NdArray[4];
        for (int i = 0; i < 4; i++) {
          ref[i] = B.copy(fused[i]);
        }
        for (int step = 0; step < 3; step++) {
          B.adamUpdate(fused[0], fused[1], fused[2], fused[3], 1e-3, 0.9, 0.999, 1e-8, 0.5, wd);
          p.adamUpdate(ref[0], ref[1], ref[2], ref[3], 1e-3, 0.9, 0.999, 1e-8, 0.5, wd);
        }
        for (int i = 0; i < 4; i++) {
          assertArrayEquals(
              ref[i].toDoubleArray(),
              fused[i].toDoubleArray(),
              t == DType.FLOAT32 ? 1e-6 : 1e-14,
              "array " + i + " " + t + " wd=" + wd);
        }
      }
    }
  }

  @Test
  void adamByFormula() {
    NdArray param = T.f64(new double[] {1, -2}, 2);
    NdArray grad = T.f64(new double[] {0.5, 0.25}, 2);
    NdArray m = T.f64(new double[] {0.1, 0}, 2);
    NdArray v = T.f64(new double[] {0.04, 0}, 2);
    B.adamUpdate(param, grad, m, v, 0.01, 0.9, 0.99, 1e-8, 2, 0.1);
    double m0 = 0.1 + 0.1 * (0.5 - 0.1);
    double v0 = 0.04 + 0.01 * (0.25 - 0.04);
    double p0 = 1 - 2 * (0.01 * m0 / (Math.sqrt(v0) + 1e-8) + 0.1 * 1);
    assertEquals(m0, m.getDouble(0), 1e-15);
    assertEquals(v0, v.getDouble(0), 1e-15);
    assertEquals(p0, param.getDouble(0), 1e-14);
  }

  @Test
  void fusedAxpyMatchesThePortableDefault() {
    Backend p = portable();
    for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
      NdArray x = B.randomNormal(new int[] {400, 250}, t, 0, 1, 5);
      NdArray a = B.randomNormal(new int[] {400, 250}, t, 0, 1, 6);
      NdArray b = B.copy(a);
      B.axpyInto(a, -0.3, x);
      p.axpyInto(b, -0.3, x);
      assertArrayEquals(b.toDoubleArray(), a.toDoubleArray(), 0);
    }
    NdArray t = T.f32(new float[] {1, 2, 3, 4}, 2, 2);
    B.axpyInto(t, 2, T.f32(new float[] {1, 10}, 2)); // broadcast: the default's path
    assertArrayEquals(new float[] {3, 22, 5, 24}, t.toFloatArray());
  }
}
