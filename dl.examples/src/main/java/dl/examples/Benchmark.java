package dl.examples;

import dl.api.Backend;
import dl.api.Chain;
import dl.api.Config;
import dl.api.Device;
import dl.api.Optimizer;
import dl.api.Rng;
import dl.api.Scope;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.functions.F;
import dl.links.Classifier;
import dl.links.Linear;
import dl.optimizers.Adam;
import dl.optimizers.SGD;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code catena benchmark --model mlp|small|cnn}: Fashion-MNIST training timed the way the anchors'
 * {@code train_torch.py} times PyTorch, so that the two {@code RESULT} lines compare directly. A
 * step is batch indexing (a shuffled batch of 100 copied out of the in-memory data set) + forward +
 * backward + update; the figure is the median step after warm-up (steps 20.. of the run, or 5.. for
 * runs of 40 steps or fewer). Inference is the median over three passes of the test split in
 * batches of 1000, the model call only (PyTorch's batch is a view of its test tensor). Also
 * printed: test accuracy, the time from launch to the end of the first step (from {@code $T0},
 * epoch seconds taken by the shell just before it starts the process, as in {@code ttfs_torch.py};
 * else from the process start time the OS records) and the peak resident set size.
 *
 * <pre>{@code
 * int rc = Benchmark.run("--model", "small", "--steps", "600");
 * }</pre>
 */
public final class Benchmark {
  private static final String USAGE =
      "Usage: catena benchmark [--model mlp|small|cnn] [--steps N] [--epochs N] [--data DIR]"
          + " [--device DEV] [--seed N]\n"
          + "  --model   mlp: 784-1000-1000-10 ReLU, Adam 1e-3 (default); small: 784-100-10 ReLU,"
          + " SGD 0.1;\n"
          + "            cnn: the anchors' 2 conv + max-pool, 2 linear, Adam 1e-3\n"
          + "  --steps   training steps (default 600 = one epoch); --epochs caps at N epochs\n"
          + "  --data    folder of the Fashion-MNIST IDX files (default "
          + FashionMnist.DEFAULT_DIR
          + ")\n"
          + "Prints a RESULT line comparable with ../shared/anchors/train_torch.py's.";

  private static final int BATCH = 100;

  private Benchmark() {}

  /** The small MLP of the anchors: 784-100-10 with ReLU. */
  static final class SmallMlp extends Chain {
    private final Linear l1 = addLink("l1", new Linear(784, 100));
    private final Linear l2 = addLink("l2", new Linear(100, 10));

    @Override
    protected Variable forward(Variable... x) {
      return l2.call(F.relu(l1.call(x[0])));
    }
  }

  /** Parsed options. */
  static final class Options {
    String model = "mlp";
    int steps = 600;
    int epochs = Integer.MAX_VALUE;
    Path data = FashionMnist.DEFAULT_DIR;
    String device;
    long seed;
  }

  /** Runs the benchmark; returns the exit status (2 for bad arguments, 1 for unreadable data). */
  public static int run(String... args) {
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("catena benchmark: " + e.getMessage());
      System.err.println(USAGE);
      return 2;
    }
    if (o == null) {
      System.out.println(USAGE);
      return 0;
    }
    try {
      measure(o, System.out);
      return 0;
    } catch (IOException e) {
      System.err.println("catena benchmark: " + e.getMessage());
      return 1;
    }
  }

  static Options parse(String... args) {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h") || a.equals("--help")) {
        return null;
      }
      int eq = a.indexOf('=');
      String name = eq > 0 ? a.substring(0, eq) : a;
      String value;
      if (eq > 0) {
        value = a.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException(name + ": missing value");
      }
      switch (name) {
        case "--model":
          if (!value.equals("mlp") && !value.equals("small") && !value.equals("cnn")) {
            throw new IllegalArgumentException("--model: expected mlp, small or cnn, got " + value);
          }
          o.model = value;
          break;
        case "--steps":
          o.steps = positive(name, value);
          break;
        case "--epochs":
          o.epochs = positive(name, value);
          break;
        case "--data":
          o.data = Path.of(value);
          break;
        case "--device":
          o.device = value;
          break;
        case "--seed":
          o.seed = Long.parseLong(value);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return o;
  }

  private static int positive(String name, String value) {
    int v;
    try {
      v = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": expected a positive integer, got " + value);
    }
    if (v <= 0) {
      throw new IllegalArgumentException(name + ": expected a positive integer, got " + value);
    }
    return v;
  }

  static Chain predictor(String model) {
    switch (model) {
      case "cnn":
        return new Cnn();
      case "small":
        return new SmallMlp();
      default:
        return new Mlp(1000, 10);
    }
  }

  /** Both splits and the seconds their reading took. */
  private record Data(FashionMnist.Split train, FashionMnist.Split test, double seconds) {
    static Data read(Path dir) {
      long t0 = System.nanoTime();
      try {
        FashionMnist.Split train = FashionMnist.load(dir, true);
        FashionMnist.Split test = FashionMnist.load(dir, false);
        return new Data(train, test, (System.nanoTime() - t0) / 1e9);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The reading's result, its IOException rethrown as itself. */
    static Data await(CompletableFuture<Data> reading) throws IOException {
      try {
        return reading.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof UncheckedIOException u) {
          throw u.getCause();
        }
        throw e;
      }
    }
  }

  static void measure(Options o, PrintStream out) throws IOException {
    // The data set is read on a second thread while this one starts the backend (its native
    // libraries) and builds the model: neither needs the other, and each is a good part of the
    // time to the first step. The reading uses no random numbers, so the seeded ones are as before.
    CompletableFuture<Data> reading = CompletableFuture.supplyAsync(() -> Data.read(o.data));
    Rng.seed(o.seed);
    Device dev = Main.device(o.device);
    Backend b = Engine.get().backend(dev);
    Classifier model = new Classifier(predictor(o.model));
    model.computeAccuracy = false; // train_torch.py computes the loss only
    model.toDevice(dev);
    Optimizer opt = o.model.equals("small") ? new SGD(0.1) : new Adam();
    opt.setup(model);
    Data data = Data.await(reading);
    FashionMnist.Split train = data.train();
    FashionMnist.Split test = data.test();
    double dataSeconds = data.seconds();
    double[] times = new double[o.steps];
    int n = 0;
    double firstStep = Double.NaN;
    Variable loss = null;
    for (int epoch = 0; epoch < o.epochs && n < o.steps; epoch++) {
      int[] order = Batches.permutation(train.n());
      for (int i = 0; i + BATCH <= train.n() && n < o.steps; i += BATCH) {
        long t0 = System.nanoTime();
        Variable x = new Variable(Batches.images(b, train, order, i, i + BATCH), "x", false);
        Variable t = new Variable(Batches.labels(b, train, order, i, i + BATCH), "t", false);
        opt.update(() -> model.call(x, t));
        // A device backend may run asynchronously: a read of a parameter waits for the step.
        model.predictor.params().get(0).array().getDouble(0);
        times[n++] = (System.nanoTime() - t0) / 1e9;
        if (n == 1) {
          firstStep = secondsSinceLaunch();
        }
      }
      loss = model.loss;
    }
    double[] warm = Arrays.copyOfRange(times, n > 40 ? 20 : Math.min(5, n - 1), n);
    Arrays.sort(warm);
    double median = median(warm);
    double[] inf = new double[3 * ((test.n() + 999) / 1000)];
    int correct = 0;
    int k = 0;
    try (Scope testMode = Config.testMode();
        Scope nograd = Config.noBackpropMode()) {
      for (int rep = 0; rep < 3; rep++) {
        for (int i = 0; i < test.n(); i += 1000) {
          int to = Math.min(test.n(), i + 1000);
          // Outside the timer: PyTorch's Xte[i:i + 1000] is a view, not a copy.
          Variable x = new Variable(Batches.images(b, test, null, i, to), "x", false);
          long t0 = System.nanoTime();
          Variable y = model.predictor.call(x);
          y.array().getDouble(0);
          inf[k++] = (System.nanoTime() - t0) / 1e9;
          if (rep == 0) {
            Variable t = new Variable(Batches.labels(b, test, null, i, to), "t", false);
            correct += (int) Math.round(F.accuracy(y, t).item() * (to - i));
          }
        }
      }
    }
    Arrays.sort(inf);
    out.printf(
        "RESULT %s: train %.0f ex/s (median step %.2f ms over %d steps after warm-up; p10 %.0f /"
            + " p90 %.0f ex/s), inference %.0f ex/s, final test acc %.4f, first step done %.2fs"
            + " after launch, peak RSS %.0f MiB, data read %.2fs, last loss %.4f, device %s, %d"
            + " cores, java %s%n",
        o.model,
        BATCH / median,
        median * 1e3,
        warm.length,
        BATCH / warm[(int) (warm.length * 0.9)],
        BATCH / warm[(int) (warm.length * 0.1)],
        1000 / median(inf),
        correct / (double) test.n(),
        firstStep,
        peakRssMiB(),
        dataSeconds,
        loss == null ? Double.NaN : loss.item(),
        dev,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
  }

  /** numpy's median of a sorted array. */
  static double median(double[] sorted) {
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  }

  /** Seconds since {@code $T0} (epoch seconds) when set, else since the process started. */
  static double secondsSinceLaunch() {
    Instant i = Instant.now();
    double now = i.getEpochSecond() + i.getNano() / 1e9;
    String t0 = System.getenv("T0");
    if (t0 != null) {
      try {
        return now - Double.parseDouble(t0);
      } catch (NumberFormatException e) {
        // fall through to the process start time
      }
    }
    return ProcessHandle.current()
        .info()
        .startInstant()
        .map(s -> now - s.toEpochMilli() / 1e3)
        .orElse(Double.NaN);
  }

  /** Peak resident set size (Linux VmHWM), NaN elsewhere. */
  static double peakRssMiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return Double.NaN;
  }
}
