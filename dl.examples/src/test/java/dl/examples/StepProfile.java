package dl.examples;

import dl.api.Backend;
import dl.api.Device;
import dl.api.FunctionHook;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Optimizer;
import dl.api.Rng;
import dl.api.Scope;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.links.Classifier;
import dl.optimizers.Adam;
import dl.optimizers.SGD;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Profile (not a test): where a training step of one of {@code catena benchmark}'s models (mlp,
 * small or cnn, batch 100, real Fashion-MNIST) spends its time, per function, forward ({@code F})
 * and backward ({@code B}) apart. A {@link FunctionHook} times each call; a call's own time
 * excludes the functions it calls (a backward built from differentiable functions shows under
 * theirs). Run with the test class path: {@code java -XX:+UseSerialGC -cp ...
 * dl.examples.StepProfile [mlp|small|cnn] [steps] [shapes]}; the first 20 steps warm up. With
 * {@code shapes}, forward calls are told apart by their first input's shape.
 */
public final class StepProfile {
  private StepProfile() {}

  public static void main(String[] args) throws Exception {
    String name = args.length > 0 ? args[0] : "cnn";
    int steps = args.length > 1 ? Integer.parseInt(args[1]) : 150;
    boolean byShape = args.length > 2 && args[2].equals("shapes");
    Rng.seed(0);
    Backend b = Engine.get().backend(Device.cpu());
    FashionMnist.Split train = FashionMnist.load(FashionMnist.DEFAULT_DIR, true);
    Classifier model = new Classifier(Benchmark.predictor(name));
    model.computeAccuracy = false;
    Optimizer opt = name.equals("small") ? new SGD(0.1) : new Adam();
    opt.setup(model);
    Timer timer = new Timer(byShape);
    int[] order = Batches.permutation(train.n());
    double total = 0;
    for (int s = 0; s < steps + 20; s++) {
      if (s == 20) {
        timer.own.clear();
        total = 0;
      }
      int i = (s * 100) % train.n();
      long t0 = System.nanoTime();
      Variable x = new Variable(Batches.images(b, train, order, i, i + 100), "x", false);
      Variable t = new Variable(Batches.labels(b, train, order, i, i + 100), "t", false);
      try (Scope sc = Engine.get().addFunctionHook(timer)) {
        opt.update(() -> model.call(x, t));
      }
      total += (System.nanoTime() - t0) / 1e6;
    }
    double sum = 0;
    for (Map.Entry<String, double[]> e : timer.own.entrySet()) {
      double ms = e.getValue()[0] / steps;
      System.out.printf(
          "%-32s %8.2f ms/step (%4.1f calls)%n", e.getKey(), ms, e.getValue()[1] / steps);
      sum += ms;
    }
    System.out.printf("functions %.2f ms/step; whole step %.2f ms%n", sum, total / steps);
  }

  /** Own time and calls per function, from nested pre/post pairs. */
  private static final class Timer implements FunctionHook {
    final Map<String, double[]> own = new TreeMap<>();
    private final ArrayDeque<long[]> open = new ArrayDeque<>(); // {start, time of the callees}
    private final boolean byShape;

    Timer(boolean byShape) {
      this.byShape = byShape;
    }

    private void start() {
      open.push(new long[] {System.nanoTime(), 0});
    }

    private void stop(String key) {
      long[] f = open.pop();
      long elapsed = System.nanoTime() - f[0];
      if (!open.isEmpty()) {
        open.peek()[1] += elapsed;
      }
      double[] a = own.computeIfAbsent(key, k -> new double[2]);
      a[0] += (elapsed - f[1]) / 1e6;
      a[1]++;
    }

    @Override
    public void forwardPreprocess(FunctionNode fn, NdArray[] in) {
      start();
    }

    @Override
    public void forwardPostprocess(FunctionNode fn, NdArray[] in, NdArray[] out) {
      stop("F " + fn.label() + (byShape ? " " + Arrays.toString(in[0].shape()) : ""));
    }

    @Override
    public void backwardPreprocess(FunctionNode fn, Variable[] gy) {
      start();
    }

    @Override
    public void backwardPostprocess(FunctionNode fn, Variable[] gy, Variable[] gx) {
      stop("B " + fn.label());
    }
  }
}
