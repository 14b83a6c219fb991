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
import java.nio.file.Path;
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

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

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

  @Override
  public Integer call() throws Exception {
    if (!model.equals("mlp") && !model.equals("cnn")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--model " + model + ": expected mlp or cnn");
    }
    if (mnist() && !loop.equals("trainer")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--loop " + loop + ": train-mnist runs the trainer loop only");
    }
    switch (loop) {
      case "trainer":
        return TrainerLoop.run(this);
      case "plain":
        return plain();
      default:
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--loop must be trainer or plain, got " + loop);
    }
  }

  private Integer plain() throws Exception {
    Rng.seed(seed);
    Path data = this.data == null ? FashionMnist.DEFAULT_DIR : this.data;
    Device dev = device == null ? Engine.get().defaultDevice() : Device.of(device);
    Backend b = Engine.get().backend(dev);
    FashionMnist.Split train = FashionMnist.load(data, true);
    FashionMnist.Split test = FashionMnist.load(data, false);
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
