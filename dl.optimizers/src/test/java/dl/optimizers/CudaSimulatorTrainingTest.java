package dl.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Device;
import dl.api.NdArray;
import dl.api.Optimizer;
import dl.api.Parameter;
import dl.api.Rng;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.api.spi.OptimizerProvider;
import dl.backend.cuda.CudaBackend;
import dl.backend.cuda.MemoryPool;
import dl.backend.cuda.MemoryScope;
import dl.links.Classifier;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every optimizer on {@code cuda:0} backed by the CUDA simulator, compared with the CPU, and 1,000
 * training steps whose device memory returns to the pool deterministically (a flat pool).
 */
class CudaSimulatorTrainingTest {
  static Device cuda;

  @BeforeAll
  static void simulator() {
    cuda = Device.of("cuda:0");
  }

  static Classifier model(int seed) {
    Rng.seed(seed);
    return new Classifier(new TrainingTest.TwoLayer(12, 3));
  }

  static float[] data(int n, int d, int seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[n * d];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) r.nextDouble(-1, 1);
    }
    return v;
  }

  static int[] labels(int n) {
    int[] t = new int[n];
    for (int i = 0; i < n; i++) {
      t[i] = i % 3;
    }
    return t;
  }

  /** In float64, so that optimizers dividing by small moments (MSVAG) compare tightly. */
  @Test
  void everyOptimizerTakesTheSameStepsOnCudaAsOnTheCpu() {
    try (dl.api.Scope f64 = dl.api.Config.using(dl.api.Config.Key.DTYPE, dl.api.DType.FLOAT64)) {
      compareOptimizers();
    }
  }

  private static void compareOptimizers() {
    Device cpu = Device.cpu();
    NdArray x =
        cpu.backend().astype(cpu.backend().fromArray(data(16, 5, 1), 16, 5), dl.api.DType.FLOAT64);
    NdArray t = cpu.backend().fromArray(labels(16), 16);
    List<String> names = Engine.get().registeredNames(OptimizerProvider.class);
    assertTrue(names.size() >= 15, names.toString());
    for (String name : names) {
      Classifier a = model(3);
      a.call(new Variable(x), new Variable(t)); // lazy parameters initialised on the CPU
      Classifier b = model(3);
      b.call(new Variable(x), new Variable(t));
      b.toDevice(cuda);
      Optimizer oa = Engine.get().optimizer(name).create(Map.of()).setup(a);
      Optimizer ob = Engine.get().optimizer(name).create(Map.of()).setup(b);
      Variable xc = new Variable(x.toDevice(cuda));
      Variable tc = new Variable(t.toDevice(cuda));
      for (int s = 0; s < 3; s++) {
        oa.update(() -> a.call(new Variable(x), new Variable(t)));
        ob.update(() -> b.call(xc, tc));
      }
      List<Parameter> pa = a.params();
      List<Parameter> pb = b.params();
      for (int i = 0; i < pa.size(); i++) {
        assertEquals(cuda, pb.get(i).array().device(), name);
        assertEquals(dl.api.DType.FLOAT64, pb.get(i).array().dtype());
        double[] e = pa.get(i).array().toDoubleArray();
        double[] g = pb.get(i).array().toDoubleArray();
        for (int k = 0; k < e.length; k++) {
          assertEquals(e[k], g[k], 1e-10 + 1e-8 * Math.abs(e[k]), name + " parameter " + i);
        }
      }
    }
  }

  @Test
  void aThousandMlpStepsKeepThePoolFlat() {
    Classifier m = model(5);
    m.toDevice(cuda);
    Optimizer opt = new Adam().setup(m);
    // Inputs need no gradient: a leaf's gradient would accumulate across steps, outside the model.
    Variable x = new Variable(cuda.backend().fromArray(data(32, 5, 2), 32, 5), "x", false);
    Variable t = new Variable(cuda.backend().fromArray(labels(32), 32), "t", false);
    MemoryPool pool = ((CudaBackend) cuda.backend()).memoryPool();
    long[] used = new long[1000];
    long[] held = new long[1000];
    double first = 0;
    double last = 0;
    for (int step = 0; step < 1000; step++) {
      try (MemoryScope s = MemoryScope.open(m)) {
        opt.update(() -> m.call(x, t));
        if (step == 0 || step == 999) {
          double l = m.loss.array().item();
          first = step == 0 ? l : first;
          last = l;
        }
      }
      used[step] = pool.usedBytes();
      held[step] = pool.totalBytes();
      if (step % 100 == 99) {
        System.out.println(
            "[cuda pool] step "
                + (step + 1)
                + ": in use "
                + used[step]
                + " bytes, held "
                + held[step]
                + " bytes");
      }
    }
    assertTrue(last < 0.5 * first, "training: loss " + first + " -> " + last);
    long[] flatUsed = new long[990];
    long[] flatHeld = new long[990];
    java.util.Arrays.fill(flatUsed, used[9]);
    java.util.Arrays.fill(flatHeld, held[9]);
    assertArrayEquals(flatUsed, java.util.Arrays.copyOfRange(used, 10, 1000), "bytes in use");
    assertArrayEquals(flatHeld, java.util.Arrays.copyOfRange(held, 10, 1000), "bytes held");
  }
}
