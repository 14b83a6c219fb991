package dl.examples;

import dl.api.Device;
import dl.api.Rng;
import dl.api.spi.Engine;
import dl.links.Classifier;
import dl.optimizers.Adam;
import dl.training.StandardUpdater;
import dl.training.Trainer;
import dl.training.Trigger;
import dl.training.datasets.Converters;
import dl.training.datasets.Dataset;
import dl.training.datasets.StandardDatasets;
import dl.training.extensions.DumpGraph;
import dl.training.extensions.Evaluator;
import dl.training.extensions.LogReport;
import dl.training.extensions.PlotReport;
import dl.training.extensions.PrintReport;
import dl.training.extensions.ProgressBar;
import dl.training.extensions.Snapshot;
import dl.training.iterators.SerialIterator;
import dl.training.serializers.Npz;
import java.util.List;
import java.util.Map;

/** {@code train_mnist.py} line for line with dl.training. */
final class TrainerLoop {
  private TrainerLoop() {}

  @SuppressWarnings("unchecked")
  static int run(TrainFashionMnist o) throws Exception {
    Rng.seed(o.seed);
    Device device = o.device == null ? Engine.get().defaultDevice() : Device.of(o.device);
    System.out.printf(
        "Device: %s%n# unit: %d%n# Minibatch-size: %d%n# epoch: %d%n%n",
        device, o.units, o.batchSize, o.epochs);

    Classifier model = new Classifier(o.predictor());
    o.lastModel = model;
    Adam optimizer = new Adam();
    optimizer.setup(model);

    StandardDatasets.Options opts = StandardDatasets.Options.defaults().dir(o.data);
    List<Dataset<?>> tt =
        o.mnist() ? StandardDatasets.getMnist(opts) : StandardDatasets.getFashionMnist(opts);
    Dataset<Object[]> train = (Dataset<Object[]>) tt.get(0);
    Dataset<Object[]> test = (Dataset<Object[]>) tt.get(1);

    SerialIterator<Object[]> trainIter = new SerialIterator<>(train, o.batchSize);
    SerialIterator<Object[]> testIter = new SerialIterator<>(test, o.batchSize, false, false);
    DumpGraph dump = new DumpGraph("cg.dot"); // train_mnist's DumpGraph('main/loss')
    StandardUpdater updater =
        new StandardUpdater(
            trainIter,
            optimizer,
            Converters.CONCAT_EXAMPLES,
            device,
            dump.around(xs -> model.call(xs)),
            true);
    Trigger stop =
        o.maxSteps > 0 ? Trigger.of(o.maxSteps, "iteration") : Trigger.of(o.epochs, "epoch");
    Trainer trainer = new Trainer(updater, stop, o.out);

    trainer.extend(new Evaluator(testIter, model, Converters.CONCAT_EXAMPLES, device, null));
    trainer.extend(dump);
    int frequency = o.frequency == -1 ? o.epochs : Math.max(1, o.frequency);
    trainer.extend(
        Snapshot.snapshot("snapshot_iter_{.updater.iteration}", 1, false),
        null, // Chainer's name, _Snapshot, so that Chainer's snapshots resume
        Trigger.of(frequency, "epoch"));
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
    if (o.resume != null) {
      Npz.loadNpz(o.resume, trainer, "", true);
    }
    trainer.run();

    List<Map<String, Object>> log = ((LogReport) trainer.getExtension("LogReport")).log();
    if (!log.isEmpty() && log.get(log.size() - 1).get("validation/main/accuracy") != null) {
      o.lastTestAccuracy = (Double) log.get(log.size() - 1).get("validation/main/accuracy");
    }
    return 0;
  }
}
