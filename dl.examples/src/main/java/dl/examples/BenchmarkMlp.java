package dl.examples;

import dl.api.Backend;
import dl.api.Config;
import dl.api.Device;
import dl.api.NdArray;
import dl.api.Rng;
import dl.api.Scope;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.links.Classifier;
import dl.optimizers.Adam;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times warmed-up training steps of the MLP 784-1000-1000-10 (Adam, softmax cross entropy) and
 * inference at batch 1000, and prints examples per second. Data are random: the cost of a step does
 * not depend on the pixel values.
 */
@Command(
    name = "benchmark-mlp",
    mixinStandardHelpOptions = true,
    description = "Examples per second of the MLP training step (median over timed steps).")
public final class BenchmarkMlp implements Callable<Integer> {
  @Option(names = "--batchsize", defaultValue = "100")
  int batchSize;

  @Option(names = "--unit", defaultValue = "1000")
  int units;

  @Option(names = "--warmup", defaultValue = "40", description = "untimed steps first")
  int warmup;

  @Option(names = "--steps", defaultValue = "200", description = "timed steps")
  int steps;

  @Option(names = "--device")
  String device;

  /** {@code catena benchmark-mlp ARGS}. */
  public static int run(String... args) throws Exception {
    return Main.picocli(new BenchmarkMlp(), args);
  }

  @Override
  public Integer call() {
    Rng.seed(0);
    Device dev = Main.device(device);
    Backend b = Engine.get().backend(dev);
    int pool = 8;
    NdArray[] xs = new NdArray[pool];
    NdArray[] ts = new NdArray[pool];
    for (int i = 0; i < pool; i++) {
      xs[i] = b.randomUniform(new int[] {batchSize, 784}, Config.dtype(), 0, 1, Rng.nextSeed());
      int[] labels = new int[batchSize];
      for (int k = 0; k < batchSize; k++) {
        labels[k] = Rng.generator().nextInt(10);
      }
      ts[i] = b.fromArray(labels, batchSize);
    }
    Classifier model = new Classifier(new Mlp(units, 10));
    model.toDevice(dev);
    Adam opt = new Adam();
    opt.setup(model);
    double[] times = new double[steps];
    for (int s = 0; s < warmup + steps; s++) {
      Variable x = new Variable(xs[s % pool], "x", false);
      Variable t = new Variable(ts[s % pool], "t", false);
      long t0 = System.nanoTime();
      opt.update(() -> model.call(x, t));
      model.predictor.params().get(0).array().getDouble(0); // wait for the step to finish
      long dt = System.nanoTime() - t0;
      if (s >= warmup) {
        times[s - warmup] = dt / 1e9;
      }
    }
    Arrays.sort(times);
    double median = times[steps / 2];
    NdArray big = b.randomUniform(new int[] {1000, 784}, Config.dtype(), 0, 1, Rng.nextSeed());
    double[] inf = new double[30];
    try (Scope test = Config.testMode();
        Scope nograd = Config.noBackpropMode()) {
      for (int i = 0; i < 40; i++) {
        long t0 = System.nanoTime();
        model.predictor.call(new Variable(big, "x", false)).array().getDouble(0);
        if (i >= 10) {
          inf[i - 10] = (System.nanoTime() - t0) / 1e9;
        }
      }
    }
    Arrays.sort(inf);
    System.out.printf(
        "RESULT catena mlp: train %.0f ex/s (median step %.2f ms over %d steps after"
            + " %d warm-up; p10 %.0f / p90 %.0f ex/s), inference %.0f ex/s (batch 1000), device %s,"
            + " %d cores%n",
        batchSize / median,
        median * 1e3,
        steps,
        warmup,
        batchSize / times[steps * 9 / 10],
        batchSize / times[steps / 10],
        1000 / inf[15],
        dev,
        Runtime.getRuntime().availableProcessors());
    return 0;
  }
}
