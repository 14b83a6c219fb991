package dl.examples;

import dl.api.Device;
import dl.api.Rng;
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
import dl.training.extensions.Snapshot;
import dl.training.iterators.SerialIterator;
import dl.training.serializers.Npz;
import dl.training.serializers.Serializer;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** {@code train_mnist.py} line for line with dl.training. */
final class TrainerLoop {
  private TrainerLoop() {}

  @SuppressWarnings("unchecked")
  static int run(TrainFashionMnist o) throws Exception {
    if (o.communicator != null) {
      return DistributedLoop.run(o);
    }
    Rng.seed(o.seed);
    Device device = o.device();
    System.out.printf(
        "Device: %s%n# unit: %d%n# Minibatch-size: %d%n# epoch: %d%n%n",
        device, o.units, o.batchSize, o.epochs);

    Classifier model = new Classifier(o.predictor());
    o.lastModel = model;
    Adam optimizer = new Adam();
    optimizer.setup(model);

    StandardDatasets.Options opts = StandardDatasets.Options.defaults().dir(o.data);
    List<Dataset<?>> tt;
    try {
      tt = o.mnist() ? StandardDatasets.getMnist(opts) : StandardDatasets.getFashionMnist(opts);
    } catch (IOException | RuntimeException e) {
      if (o.data == null) {
        throw e; // found or downloaded by the library: not a usage error
      }
      throw new UsageException("--data", o.data, Main.oneLine(e), e);
    }
    Dataset<Object[]> train = (Dataset<Object[]>) tt.get(0);
    Dataset<Object[]> test = (Dataset<Object[]>) tt.get(1);
    o.checkBatchSize(train.size());

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
    Trainer trainer = new Trainer(updater, Reports.stop(o), o.out);

    trainer.extend(new Evaluator(testIter, model, Converters.CONCAT_EXAMPLES, device, null));
    trainer.extend(dump);
    trainer.extend(
        Snapshot.snapshot("snapshot_iter_{.updater.iteration}", 1, false),
        null, // Chainer's name, _Snapshot, so that Chainer's snapshots resume
        orAtStep(Trigger.of(Reports.snapshotEpochs(o), "epoch"), o.maxSteps));
    Reports.extend(trainer, o);
    if (o.resume != null) {
      try {
        Npz.loadNpz(o.resume, trainer, "", true);
      } catch (RuntimeException e) {
        String why = Main.oneLine(e);
        // The serializer's message starts with the file, which the usage error names already.
        throw new UsageException(
            "--resume",
            o.resume,
            why.startsWith(o.resume + ": ") ? why.substring(o.resume.toString().length() + 2) : why,
            e);
      }
    }
    trainer.run();

    List<Map<String, Object>> log = ((LogReport) trainer.getExtension("LogReport")).log();
    if (!log.isEmpty() && log.get(log.size() - 1).get("validation/main/accuracy") != null) {
      o.lastTestAccuracy = (Double) log.get(log.size() - 1).get("validation/main/accuracy");
    }
    return 0;
  }

  /**
   * {@code every}, and also step {@code step} (when positive): a {@code --max-steps} run that stops
   * inside an epoch still leaves a snapshot to resume from. The state is {@code every}'s, so the
   * snapshot's keys are those of a run without {@code --max-steps}.
   */
  static Trigger orAtStep(Trigger every, long step) {
    return new Trigger() {
      @Override
      public boolean test(Trainer t) {
        boolean fire = every.test(t); // always tested: it records the position it has seen
        return fire || (step > 0 && t.updater().iteration() == step);
      }

      @Override
      public void serialize(Serializer s) {
        every.serialize(s);
      }
    };
  }
}
