package dl.links;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Config;
import dl.api.DType;
import dl.api.Link;
import dl.api.NdArrays;
import dl.api.Scope;
import dl.api.Variable;
import dl.api.spi.Engine;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Running statistics, test mode, finetune, lazy sizes and copies of the normalization links. */
class NormalizationBehaviourTest {
  private static double[] uniform(long seed, int n, double lo, double hi) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = r.nextDouble(lo, hi);
    }
    return v;
  }

  private static Variable x(double[] v, int... shape) {
    return new Variable(NdArrays.of(v, shape));
  }

  @Test
  void trainingUpdatesRunningStatisticsWithTheUnbiasedFactor() {
    try (Scope s = Config.using(Config.Key.DTYPE, DType.FLOAT64)) {
      BatchNormalization bn = new BatchNormalization(2);
      assertArrayEquals(new double[] {0, 0}, bn.avgMean().toDoubleArray());
      assertArrayEquals(new double[] {1, 1}, bn.avgVar().toDoubleArray());
      assertEquals(
          List.of("/N", "/avg_mean", "/avg_var"), List.copyOf(bn.namedPersistents().keySet()));
      double[] v = uniform(1, 12, -2, 2);
      bn.call(x(v, 3, 2, 2));
      double[][] mv = NormRef.channelStats(v, 3, 2, 2);
      double m = 6;
      for (int c = 0; c < 2; c++) {
        assertEquals(0.1 * mv[0][c], bn.avgMean().toDoubleArray()[c], 1e-12);
        assertEquals(0.9 + 0.1 * mv[1][c] * m / (m - 1), bn.avgVar().toDoubleArray()[c], 1e-12);
      }
      assertEquals(0, bn.n()); // N only counts in finetune mode
    }
  }

  @Test
  void testModeUsesTheRunningStatistics() {
    try (Scope s = Config.using(Config.Key.DTYPE, DType.FLOAT64)) {
      BatchNormalization bn = BatchNormalization.builder().size(2).eps(1e-3).build();
      bn.setPersistent("avg_mean", NdArrays.of(new double[] {0.5, -1}, 2));
      bn.setPersistent("avg_var", NdArrays.of(new double[] {4, 0.25}, 2));
      bn.gamma.setArray(NdArrays.of(new double[] {2, 3}, 2));
      bn.beta.setArray(NdArrays.of(new double[] {0.1, 0.2}, 2));
      double[] v = uniform(2, 4, -1, 1);
      Variable y;
      try (Scope t = Config.using(Config.Key.TRAIN, false)) {
        y = bn.call(x(v, 2, 2));
      }
      double[] mean = {0.5, -1};
      double[] var = {4, 0.25};
      double[] g = {2, 3};
      double[] b = {0.1, 0.2};
      for (int i = 0; i < 4; i++) {
        int c = i % 2;
        assertEquals(
            g[c] * (v[i] - mean[c]) / Math.sqrt(var[c] + 1e-3) + b[c],
            y.array().toDoubleArray()[i],
            1e-12);
      }
      assertArrayEquals(mean, bn.avgMean().toDoubleArray()); // untouched
    }
  }

  @Test
  void finetuneKeepsACumulativeAverage() {
    try (Scope s = Config.using(Config.Key.DTYPE, DType.FLOAT64)) {
      BatchNormalization bn = new BatchNormalization();
      assertNull(bn.avgMean());
      double[] a = uniform(3, 6, -1, 1);
      double[] b = uniform(4, 6, 0, 3);
      bn.call(x(a, 3, 2), true);
      bn.call(x(b, 3, 2), true);
      assertEquals(2, bn.n());
      double[][] ma = NormRef.channelStats(a, 3, 2, 1);
      double[][] mb = NormRef.channelStats(b, 3, 2, 1);
      for (int c = 0; c < 2; c++) {
        assertEquals((ma[0][c] + mb[0][c]) / 2, bn.avgMean().toDoubleArray()[c], 1e-12);
        assertEquals((ma[1][c] + mb[1][c]) / 2 * 3 / 2, bn.avgVar().toDoubleArray()[c], 1e-12);
      }
      bn.resetState();
      assertEquals(0, bn.n());
    }
  }

  @Test
  void explicitAxesAndCopies() {
    try (Scope s = Config.using(Config.Key.DTYPE, DType.FLOAT64)) {
      BatchNormalization bn = BatchNormalization.builder().axis(0).build();
      double[] v = uniform(5, 12, -1, 1);
      Variable y = bn.call(x(v, 4, 3));
      assertArrayEquals(new int[] {3}, bn.gamma.shape());
      double[][] mv = NormRef.channelStats(v, 4, 3, 1);
      double[] e =
          NormRef.affine(v, 4, 3, 1, mv[0], mv[1], 2e-5, new double[] {1, 1, 1}, new double[3]);
      assertArrayEquals(e, y.array().toDoubleArray(), 1e-12);
      BatchNormalization c = bn.copy(Link.CopyMode.COPY);
      assertArrayEquals(bn.avgMean().toDoubleArray(), c.avgMean().toDoubleArray());
      assertNotSame(bn.avgMean(), c.avgMean());
      BatchNormalization fresh = bn.copy(Link.CopyMode.INIT);
      assertArrayEquals(new int[] {3}, fresh.gamma.shape());
    }
  }

  @Test
  void initialRunningStatisticsAreConfigurable() {
    BatchNormalization bn =
        (BatchNormalization)
            Engine.get()
                .link("BatchNormalization")
                .create(Map.of("size", 2, "initial_avg_mean", 0.5, "initial_avg_var", 2.0));
    assertArrayEquals(new double[] {0.5, 0.5}, bn.avgMean().toDoubleArray());
    assertArrayEquals(new double[] {2, 2}, bn.avgVar().toDoubleArray());
  }

  @Test
  void badOptionsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> BatchNormalization.builder().decay(1.5));
    assertThrows(IllegalArgumentException.class, () -> new BatchRenormalization(2, 0.5, 0));
    assertThrows(IllegalArgumentException.class, () -> new GroupNormalization(3, 4));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Engine.get().link("BatchNormalization").create(Map.of("decai", 0.5)));
    assertTrue(e.getMessage().contains("unknown option 'decai'"), e.getMessage());
  }

  @Test
  void providersBuildTheNormalizationLinks() {
    BatchNormalization bn =
        (BatchNormalization)
            Engine.get().link("BatchNormalization").create(Map.of("size", 3, "eps", 1e-3));
    assertArrayEquals(new int[] {3}, bn.gamma.shape());
    LayerNormalization ln =
        (LayerNormalization) Engine.get().link("LayerNormalization").create(Map.of());
    assertTrue(!ln.gamma.isInitialized());
    GroupNormalization gn =
        (GroupNormalization)
            Engine.get().link("GroupNormalization").create(Map.of("groups", 2, "size", 4));
    assertArrayEquals(new int[] {4}, gn.beta.shape());
    assertTrue(
        Engine.get().link("BatchRenormalization").create(Map.of("size", 2, "rmax", 2.0))
            instanceof BatchRenormalization);
  }

  @Test
  void batchRenormalizationWithDefaultsIsBatchNormalizationAndFreezeKeepsStatistics() {
    try (Scope s = Config.using(Config.Key.DTYPE, DType.FLOAT64)) {
      double[] v = uniform(6, 8, -1, 1);
      BatchRenormalization brn =
          new BatchRenormalization(BatchNormalization.builder().size(2), 1, 0, false);
      BatchNormalization bn = new BatchNormalization(2);
      assertArrayEquals(
          bn.call(x(v, 4, 2)).array().toDoubleArray(),
          brn.call(x(v, 4, 2)).array().toDoubleArray(),
          1e-12);
      assertArrayEquals(bn.avgVar().toDoubleArray(), brn.avgVar().toDoubleArray(), 1e-12);
      BatchRenormalization frozen =
          new BatchRenormalization(BatchNormalization.builder().size(2), 2, 1, true);
      frozen.call(x(v, 4, 2));
      assertArrayEquals(new double[] {0, 0}, frozen.avgMean().toDoubleArray());
      assertArrayEquals(new double[] {1, 1}, frozen.avgVar().toDoubleArray());
    }
  }
}
