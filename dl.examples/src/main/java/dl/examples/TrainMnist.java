package dl.examples;

import picocli.CommandLine.Command;

/**
 * Chainer's {@code train_mnist.py} on MNIST itself: the same options as {@code
 * train-fashion-mnist}; the data come from {@code --data DIR}, the dataset root ({@code
 * CATENA_DATASET_ROOT}), or a verified download.
 */
@Command(
    name = "train-mnist",
    mixinStandardHelpOptions = true,
    description = "Train an MLP or CNN on MNIST (Chainer's train_mnist.py).")
public final class TrainMnist extends TrainFashionMnist {
  /** {@code catena train-mnist ARGS}. */
  public static int run(String... args) throws Exception {
    return Main.picocli(new TrainMnist(), args);
  }

  @Override
  boolean mnist() {
    return true;
  }
}
