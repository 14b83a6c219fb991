package dl.examples;

import dl.api.Backend;
import dl.api.Chain;
import dl.api.Config;
import dl.api.Device;
import dl.api.NdArray;
import dl.api.Reporter;
import dl.api.Rng;
import dl.api.Scope;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.functions.F;
import dl.links.Classifier;
import dl.optimizers.Adam;
import dl.training.serializers.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Chainer's {@code train_mnist.py} on Fashion-MNIST: the MLP 784-1000-1000-10 (ReLU, softmax cross
 * entropy, Adam) trained by a {@code Trainer} with Evaluator, LogReport, PrintReport, ProgressBar,
 * snapshot and PlotReport ({@code --loop trainer}, the default), or by the original plain loop
 * ({@code --loop plain}).
 */
@Command(
    name = "train-fashion-mnist",
    mixinStandardHelpOptions = true,
    description = "Train an MLP on Fashion-MNIST (Chainer's train_mnist.py).")
public class TrainFashionMnist implements Callable<Integer> {
  @Option(names = "--epoch", defaultValue = "1", description = "epochs (default ${DEFAULT-VALUE})")
  int epochs;

  @Option(names = "--batchsize", defaultValue = "100", description = "minibatch size")
  int batchSize;

  @Option(names = "--unit", defaultValue = "1000", description = "hidden units per layer")
  int units;

  @Option(names = "--device", description = "device, e.g. cpu (default: the best available)")
  String device;

  @Option(
      names = "--data",
      description =
          "folder of the IDX .gz files (default: $CATENA_DATASET_ROOT/fashion-mnist,"
              + " /usr/share/datasets/fashion-mnist, else download)")
  Path data;

  @Option(names = "--loop", defaultValue = "trainer", description = "trainer or plain")
  String loop;

  @Option(
      names = "--model",
      defaultValue = "mlp",
      description = "mlp (784-unit-unit-10) or cnn (two conv + pool blocks, two linear layers)")
  String model;

  @Option(names = "--out", defaultValue = "result", description = "output folder")
  Path out;

  @Option(names = "--resume", description = "resume from this snapshot")
  Path resume;

  @Option(
      names = "--frequency",
      defaultValue = "-1",
      description = "snapshot every this many epochs (-1: at the end)")
  int frequency;

  @Option(names = "--noplot", description = "do not write loss.png and accuracy.png")
  boolean noplot;

  @Option(names = "--seed", defaultValue = "0", description = "random seed")
  long seed;

  @Option(
      names = "--max-steps",
      defaultValue = "0",
      description = "stop after this many steps " + "(0: no limit; for smoke tests)")
  int maxSteps;

  @Option(
      names = "--communicator",
      description =
          "train on every MPI rank (under mpirun) with this ChainerMN communicator:"
              + " naive, flat, pure_nccl or dummy")
  String communicator;

  /** The final test accuracy, for tests that drive the command. */
  double lastTestAccuracy;

  /** Whether this command trains on MNIST rather than Fashion-MNIST. */
  boolean mnist() {
    return false;
  }

  /** The predictor chosen with {@code --model}. */
  Chain predictor() {
    return model.equals("cnn") ? new Cnn() : new Mlp(units, 10);
  }

  /** The trained model, for tests. */
  Classifier lastModel;

  /** {@code catena train-fashion-mnist ARGS}. */
  public static int run(String... args) throws Exception {
    return Main.picocli(new TrainFashionMnist(), args);
  }

  @Override
  public Integer call() throws Exception {
    check();
    switch (loop) {
      case "trainer":
        return TrainerLoop.run(this);
      case "plain":
        return plain();
      default:
        throw new UsageException("--loop", loop, "expected trainer or plain");
    }
  }

  /** Refuses options that cannot work before anything is loaded or written. */
  void check() {
    atLeast("--epoch", epochs, 1);
    atLeast("--batchsize", batchSize, 1);
    atLeast("--unit", units, 1);
    atLeast("--max-steps", maxSteps, 0);
    if (frequency != -1 && frequency < 1) {
      throw new UsageException("--frequency", frequency, "expected -1 (at the end) or at least 1");
    }
    if (!model.equals("mlp") && !model.equals("cnn")) {
      throw new UsageException("--model", model, "expected mlp or cnn");
    }
    if (!loop.equals("trainer") && !loop.equals("plain")) {
      throw new UsageException("--loop", loop, "expected trainer or plain");
    }
    if (mnist() && !loop.equals("trainer")) {
      throw new UsageException("--loop", loop, "train-mnist runs the trainer loop only");
    }
    if (data != null && !Files.isDirectory(data)) {
      throw new UsageException(
          "--data", data, Files.exists(data) ? "not a folder" : "no such folder");
    }
    if (resume != null && !Files.isRegularFile(resume)) {
      throw new UsageException(
          "--resume", resume, Files.exists(resume) ? "not a file" : "no such file");
    }
    if (loop.equals("trainer")) {
      checkOut();
    }
  }

  private static void atLeast(String option, int value, int min) {
    if (value < min) {
      throw new UsageException(option, value, "must be at least " + min);
    }
  }

  /** {@code --out} must be a folder that can be created and written. */
  private void checkOut() {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out", out, "is a file; expected a folder");
    }
    try {
      Files.createDirectories(out);
      Files.delete(AtomicFile.temporary(out.resolve("write-check")));
    } catch (IOException e) {
      // The reason only: the probe's own name would confuse.
      IOException why = e.getCause() instanceof IOException c ? c : e;
      throw new UsageException("--out", out, "cannot write there: " + AtomicFile.reason(why), e);
    }
    // Before anything is printed, so that a run that got as far as its first line has swept.
    sweep("--out", out);
    if (resume != null) {
      sweep("--resume", resume.toAbsolutePath().getParent());
    }
  }

  /** Removes what killed runs left in {@code dir} (Catena's temporaries only) and says so. */
  private static void sweep(String option, Path dir) {
    List<Path> removed;
    try {
      removed = AtomicFile.sweep(dir);
    } catch (IOException e) {
      throw new UsageException(option, dir, "cannot list the folder: " + AtomicFile.reason(e), e);
    }
    if (!removed.isEmpty()) {
      System.err.printf(
          "catena: removed %d temporary file(s) that an interrupted run left in %s%n",
          removed.size(), dir);
    }
  }

  /** The device of {@code --device} (default: the best available), checked to be usable. */
  Device device() {
    return Main.device(device);
  }

  /** {@code --batchsize} must fit the training set, or each step would span several epochs. */
  void checkBatchSize(int trainingExamples) {
    if (batchSize > trainingExamples) {
      throw new UsageException(
          "--batchsize",
          batchSize,
          "larger than the training set ("
              + trainingExamples
              + " examples); one step would span several epochs");
    }
  }

  private Integer plain() throws Exception {
    Rng.seed(seed);
    Path data = this.data == null ? FashionMnist.DEFAULT_DIR : this.data;
    Device dev = device();
    Backend b = Engine.get().backend(dev);
    FashionMnist.Split train;
    FashionMnist.Split test;
    try {
      train = FashionMnist.load(data, true);
      test = FashionMnist.load(data, false);
    } catch (IOException | RuntimeException e) {
      throw new UsageException("--data", data, Main.oneLine(e), e);
    }
    checkBatchSize(train.n());
    System.out.printf(
        "device %s, %d training and %d test images, MLP %d-%d-%d-10, batch %d%n",
        dev, train.n(), test.n(), train.pixels(), units, units, batchSize);

    Classifier model = new Classifier(predictor());
    lastModel = model;
    model.toDevice(dev);
    Adam optimizer = new Adam();
    optimizer.setup(model);
    Reporter reporter = new Reporter();
    reporter.addObserver("main", model);

    int steps = 0;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      int[] order = Batches.permutation(train.n());
      double lossSum = 0;
      double accSum = 0;
      int batches = 0;
      long t0 = System.nanoTime();
      for (int i = 0; i + batchSize <= train.n(); i += batchSize) {
        NdArray x = Batches.images(b, train, order, i, i + batchSize);
        NdArray t = Batches.labels(b, train, order, i, i + batchSize);
        Map<String, Object> obs = Reporter.newObservation();
        try (Scope s = reporter.scope(obs)) {
          optimizer.update(
              () -> model.call(new Variable(x, "x", false), new Variable(t, "t", false)));
        }
        lossSum += ((Variable) obs.get("main/loss")).item();
        accSum += ((Variable) obs.get("main/accuracy")).item();
        batches++;
        if (maxSteps > 0 && ++steps >= maxSteps) {
          break;
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      double[] eval = evaluate(model, b, test);
      lastTestAccuracy = eval[1];
      System.out.printf(
          "epoch %d: train loss %.4f, train accuracy %.4f, test loss %.4f,"
              + " test accuracy %.4f, %.0f examples/s (%.1f s)%n",
          epoch,
          lossSum / batches,
          accSum / batches,
          eval[0],
          eval[1],
          batches * batchSize / seconds,
          seconds);
      if (maxSteps > 0 && steps >= maxSteps) {
        break;
      }
    }
    return 0;
  }

  /** Mean loss and accuracy over the test split in test mode, without a graph. */
  static double[] evaluate(Classifier model, Backend b, FashionMnist.Split test) {
    double loss = 0;
    double acc = 0;
    int n = 0;
    try (Scope train = Config.testMode();
        Scope nograd = Config.noBackpropMode()) {
      for (int i = 0; i < test.n(); i += 1000) {
        int to = Math.min(test.n(), i + 1000);
        Variable x = new Variable(Batches.images(b, test, null, i, to), "x", false);
        Variable t = new Variable(Batches.labels(b, test, null, i, to), "t", false);
        Variable y = model.predictor.call(x);
        loss += F.softmaxCrossEntropy(y, t).item() * (to - i);
        acc += F.accuracy(y, t).item() * (to - i);
        n += to - i;
      }
    }
    return new double[] {loss / n, acc / n};
  }
}
