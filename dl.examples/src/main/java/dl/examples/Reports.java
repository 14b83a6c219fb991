package dl.examples;

import dl.training.Trainer;
import dl.training.Trigger;
import dl.training.extensions.LogReport;
import dl.training.extensions.PlotReport;
import dl.training.extensions.PrintReport;
import dl.training.extensions.ProgressBar;
import java.util.List;

/**
 * What {@code train_mnist.py}'s trainer loop and its ChainerMN version share: when the run stops,
 * how often it writes snapshots, and its report extensions (on rank 0 only in the multi-node run).
 */
final class Reports {
  private Reports() {}

  /** {@code --max-steps} steps when given, else {@code --epoch} epochs. */
  static Trigger stop(TrainFashionMnist o) {
    return o.maxSteps > 0 ? Trigger.of(o.maxSteps, "iteration") : Trigger.of(o.epochs, "epoch");
  }

  /**
   * Epochs between snapshots: {@code --frequency}, where −1 (the default) means once, at the end.
   */
  static int snapshotEpochs(TrainFashionMnist o) {
    return o.frequency == -1 ? o.epochs : Math.max(1, o.frequency);
  }

  /**
   * {@code LogReport}, the loss and accuracy {@code PlotReport}s (unless {@code --noplot}), {@code
   * PrintReport} and {@code ProgressBar}, in {@code train_mnist.py}'s order.
   */
  static void extend(Trainer trainer, TrainFashionMnist o) {
    trainer.extend(new LogReport());
    if (!o.noplot) {
      trainer.extend(
          new PlotReport(List.of("main/loss", "validation/main/loss"), "epoch", null, "loss.png"),
          "PlotReport",
          null);
      trainer.extend(
          new PlotReport(
              List.of("main/accuracy", "validation/main/accuracy"), "epoch", null, "accuracy.png"),
          "PlotReport",
          null);
    }
    trainer.extend(
        new PrintReport(
            List.of(
                "epoch",
                "main/loss",
                "validation/main/loss",
                "main/accuracy",
                "validation/main/accuracy",
                "elapsed_time")));
    trainer.extend(new ProgressBar());
  }
}
