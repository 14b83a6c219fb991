package dl.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Chain;
import dl.api.Config;
import dl.api.NdArrays;
import dl.api.Rng;
import dl.api.Scope;
import dl.api.Variable;
import dl.functions.F;
import dl.links.BatchNormalization;
import dl.links.Classifier;
import dl.links.Linear;
import dl.optimizers.Adam;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Several threads running inference on one model at once get exactly the single-thread results. */
class ConcurrentInferenceTest {
  static final int THREADS = 8;

  static final class Net extends Chain {
    final Linear l1 = addLink("l1", new Linear(20, 64));
    final BatchNormalization bn = addLink("bn", new BatchNormalization(64));
    final Linear l2 = addLink("l2", new Linear(64, 10));

    @Override
    protected Variable forward(Variable... x) {
      return l2.call(F.dropout(F.relu(bn.call(l1.call(x[0]))), 0.5));
    }
  }

  private static float[] batch(int seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] x = new float[32 * 20];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) r.nextDouble(-2, 2);
    }
    return x;
  }

  private static float[] infer(Net net, float[] x) {
    // Config is per thread: each worker opens its own test and no-backprop scopes.
    try (Scope test = Config.testMode();
        Scope nograd = Config.noBackpropMode()) {
      return F.softmax(net.call(new Variable(NdArrays.of(x, 32, 20), null, false)))
          .array()
          .toFloatArray();
    }
  }

  @Test
  void eightThreadsGiveTheSingleThreadResults() throws Exception {
    Rng.seed(3);
    Net net = new Net();
    Classifier model = new Classifier(net);
    Adam opt = new Adam();
    opt.setup(model);
    int[] t = new int[32];
    for (int i = 0; i < t.length; i++) {
      t[i] = i % 10;
    }
    for (int step = 0; step < 3; step++) { // trained a little: BN has running statistics
      float[] x = batch(100 + step);
      opt.update(
          () ->
              model.call(
                  new Variable(NdArrays.of(x, 32, 20), null, false),
                  new Variable(NdArrays.of(t, 32), null, false)));
    }
    float[][] inputs = new float[THREADS][];
    float[][] expected = new float[THREADS][];
    for (int k = 0; k < THREADS; k++) {
      inputs[k] = batch(k);
      expected[k] = infer(net, inputs[k]);
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<float[]>>> results = new ArrayList<>();
      for (int k = 0; k < THREADS; k++) {
        int id = k;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  List<float[]> out = new ArrayList<>();
                  for (int rep = 0; rep < 25; rep++) {
                    out.add(infer(net, inputs[(id + rep) % THREADS]));
                  }
                  return out;
                }));
      }
      start.countDown();
      for (int k = 0; k < THREADS; k++) {
        List<float[]> out = results.get(k).get(120, TimeUnit.SECONDS);
        for (int rep = 0; rep < out.size(); rep++) {
          assertArrayEquals(
              expected[(k + rep) % THREADS], out.get(rep), "thread " + k + ", call " + rep);
        }
      }
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }
  }
}
