package dl.links;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.Initializer;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Rng;
import dl.links.initializers.Constant;
import dl.links.initializers.GlorotNormal;
import dl.links.initializers.GlorotUniform;
import dl.links.initializers.HeNormal;
import dl.links.initializers.HeUniform;
import dl.links.initializers.LeCunNormal;
import dl.links.initializers.LeCunUniform;
import dl.links.initializers.Normal;
import dl.links.initializers.One;
import dl.links.initializers.Uniform;
import dl.links.initializers.Zero;
import org.junit.jupiter.api.Test;

/**
 * Each initializer's samples against its formula. A 4-d weight shape (128, 64, 3, 3) has fanIn =
 * 64·9 = 576 and fanOut = 128·9 = 1152 and n = 73,728 samples. The sample mean of a distribution
 * with standard deviation σ has standard error σ/√n; the sample standard deviation has relative
 * standard error √((κ−1)/(4n)) for kurtosis κ (3 for the normal: 0.26%; 1.8 for the uniform:
 * 0.21%). Tolerances are 5 standard errors, so a correct initializer fails with a probability below
 * 1e-6 and the seeds are fixed anyway; the formulas differ from each other by far more (the
 * smallest gap tested, fan_in against fan_out, is a factor √2).
 */
class InitializersTest {
  static final int[] SHAPE = {128, 64, 3, 3};
  static final int N = 128 * 64 * 9;
  static final int FAN_IN = 64 * 9;
  static final int FAN_OUT = 128 * 9;

  private static double[] sample(Initializer init, DType dtype) {
    Rng.seed(42);
    NdArray a = init.generate(SHAPE, dtype, NdArrays.backend());
    assertArrayEquals(SHAPE, a.shape());
    assertEquals(dtype, a.dtype());
    return a.toDoubleArray();
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  private static double std(double[] v) {
    double m = mean(v);
    double s = 0;
    for (double x : v) {
      s += (x - m) * (x - m);
    }
    return Math.sqrt(s / (v.length - 1));
  }

  private static void assertNormal(Initializer init, double sigma) {
    for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
      double[] v = sample(init, dt);
      double meanTol = 5 * sigma / Math.sqrt(N);
      double stdTol = 5 * Math.sqrt(2.0 / (4 * N));
      assertEquals(0, mean(v), meanTol, init + " " + dt + " mean");
      assertEquals(1, std(v) / sigma, stdTol, init + " " + dt + " std / expected σ = " + sigma);
    }
  }

  private static void assertUniform(Initializer init, double bound) {
    for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
      double[] v = sample(init, dt);
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double x : v) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
      // P(all n samples avoid the top 0.1% of the range) = (1 - 0.0005)^73728 < 1e-16.
      assertTrue(
          min >= -bound && max <= bound,
          init + " " + dt + ": samples in [" + min + ", " + max + "] exceed ±" + bound);
      assertTrue(
          max > bound * (1 - 1e-3) && min < -bound * (1 - 1e-3),
          init + " " + dt + ": range [" + min + ", " + max + "] does not reach ±" + bound);
      double sigma = bound / Math.sqrt(3);
      assertEquals(0, mean(v), 5 * sigma / Math.sqrt(N), init + " mean");
      assertEquals(1, std(v) / sigma, 5 * Math.sqrt(0.8 / (4 * N)), init + " " + dt + " std");
    }
  }

  @Test
  void normalHasScale005ByDefault() {
    assertEquals(0.05, new Normal().scale());
    assertNormal(new Normal(), 0.05);
    assertNormal(new Normal(2.0), 2.0);
  }

  @Test
  void leCunNormalUsesTheFanIn() {
    assertNormal(new LeCunNormal(), Math.sqrt(1.0 / FAN_IN));
    assertNormal(new LeCunNormal(3.0), 3.0 * Math.sqrt(1.0 / FAN_IN));
  }

  @Test
  void glorotNormalUsesFanInAndFanOut() {
    assertNormal(new GlorotNormal(), Math.sqrt(2.0 / (FAN_IN + FAN_OUT)));
    assertNormal(new GlorotNormal(0.5), 0.5 * Math.sqrt(2.0 / (FAN_IN + FAN_OUT)));
  }

  @Test
  void heNormalUsesTheFanInByDefaultOrTheFanOut() {
    assertEquals("fan_in", new HeNormal().fanOption());
    assertNormal(new HeNormal(), Math.sqrt(2.0 / FAN_IN));
    assertNormal(new HeNormal(1.0, "fan_out"), Math.sqrt(2.0 / FAN_OUT));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new HeNormal(1.0, "fan_avg"));
    assertTrue(e.getMessage().contains("fan_avg"), e.getMessage());
  }

  @Test
  void uniformHasBound005ByDefault() {
    assertEquals(0.05, new Uniform().scale());
    assertUniform(new Uniform(), 0.05);
    assertUniform(new Uniform(0.3), 0.3);
  }

  @Test
  void leCunGlorotAndHeUniformBounds() {
    assertUniform(new LeCunUniform(), Math.sqrt(3.0 / FAN_IN));
    assertUniform(new GlorotUniform(), Math.sqrt(6.0 / (FAN_IN + FAN_OUT)));
    assertUniform(new HeUniform(), Math.sqrt(6.0 / FAN_IN));
    assertUniform(new HeUniform(2.0), 2.0 * Math.sqrt(6.0 / FAN_IN));
  }

  @Test
  void constantsFillExactly() {
    for (DType dt : DType.values()) {
      assertArrayEquals(
          new double[] {0, 0, 0, 0, 0, 0},
          new Zero().generate(new int[] {2, 3}, dt, NdArrays.backend()).toDoubleArray());
      assertArrayEquals(
          new double[] {1, 1, 1, 1, 1, 1},
          new One().generate(new int[] {2, 3}, dt, NdArrays.backend()).toDoubleArray());
    }
    assertArrayEquals(
        new double[] {0.25, 0.25},
        new Constant(0.25)
            .generate(new int[] {2}, DType.FLOAT64, NdArrays.backend())
            .toDoubleArray());
    NdArray row = NdArrays.of(new double[] {1, 2, 3}, 3);
    assertArrayEquals(
        new double[] {1, 2, 3, 1, 2, 3},
        new Constant(row)
            .generate(new int[] {2, 3}, DType.FLOAT32, NdArrays.backend())
            .toDoubleArray(),
        "an array broadcast to the shape and cast to the dtype");
  }

  @Test
  void seedsComeFromRngSoASeedReproducesTheValues() {
    Rng.seed(7);
    double[] a =
        new HeNormal()
            .generate(new int[] {10, 20}, DType.FLOAT32, NdArrays.backend())
            .toDoubleArray();
    double[] b =
        new HeNormal()
            .generate(new int[] {10, 20}, DType.FLOAT32, NdArrays.backend())
            .toDoubleArray();
    Rng.seed(7);
    double[] c =
        new HeNormal()
            .generate(new int[] {10, 20}, DType.FLOAT32, NdArrays.backend())
            .toDoubleArray();
    assertArrayEquals(a, c);
    assertTrue(!java.util.Arrays.equals(a, b), "a second draw differs");
  }

  @Test
  void invalidUsesAreExplained() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new LeCunNormal().generate(new int[] {5}, DType.FLOAT32, NdArrays.backend()));
    assertTrue(
        e.getMessage()
            .startsWith(
                "LeCunNormal: fan in and fan out need a shape of at" + " least 2 dimensions"),
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Normal().generate(new int[] {2, 2}, DType.INT32, NdArrays.backend()));
    assertTrue(e.getMessage().contains("int32"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new Uniform(-1));
    assertTrue(e.getMessage().contains("Uniform: scale must be"), e.getMessage());
  }
}
