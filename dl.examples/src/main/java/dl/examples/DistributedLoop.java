package dl.examples;

import dl.api.Device;
import dl.api.Optimizer;
import dl.api.Rng;
import dl.distributed.Communicator;
import dl.distributed.Communicators;
import dl.distributed.MultiNodeDatasets;
import dl.distributed.MultiNodeExtensions;
import dl.distributed.MultiNodeOptimizer;
import dl.links.Classifier;
import dl.optimizers.Adam;
import dl.training.StandardUpdater;
import dl.training.Trainer;
import dl.training.Trigger;
import dl.training.datasets.Converters;
import dl.training.datasets.Dataset;
import dl.training.datasets.StandardDatasets;
import dl.training.extensions.Evaluator;
import dl.training.extensions.Snapshot;
import dl.training.iterators.SerialIterator;
import dl.training.serializers.Npz;
import java.util.List;

/**
 * ChainerMN's {@code train_mnist.py} ({@code --communicator NAME}, under {@code mpirun}): every
 * rank trains on its shard with batch {@code --batchsize}, gradients averaged by the communicator;
 * only rank 0 prints, logs, plots and writes snapshots. A rank that fails ends the whole job.
 */
final class DistributedLoop {
  private DistributedLoop() {}

  @SuppressWarnings("unchecked")
  static int run(TrainFashionMnist o) throws Exception {
    if (ModuleLayer.boot().findModule("dl.distributed").isEmpty()) {
      throw new IllegalStateException(
          "--communicator needs the module dl.distributed, which this runtime does not have"
              + " (run with --add-modules dl.distributed, as bin/catena does)");
    }
    Communicator comm = Communicators.create(o.communicator);
    try {
      return train(o, comm);
    } catch (Exception | Error e) {
      e.printStackTrace();
      comm.abort(e); // the other ranks would wait forever in the next allreduce
      throw e;
    }
  }

  @SuppressWarnings("unchecked")
  private static int train(TrainFashionMnist o, Communicator comm) throws Exception {
    boolean chief = comm.rank() == 0;
    Rng.seed(o.seed + comm.rank()); // rank 0's initial model is broadcast on the first update
    Device device = o.device();
    if (chief) {
      System.out.printf(
          "==========================================%nNum process (COMM_WORLD): %d%n"
              + "Using %s communicator%nDevice: %s%n# unit: %d%n# Minibatch-size: %d%n"
              + "# epoch: %d%n==========================================%n",
          comm.size(), comm.name(), device, o.units, o.batchSize, o.epochs);
    }
    Classifier model = new Classifier(o.predictor());
    o.lastModel = model;
    Optimizer optimizer = MultiNodeOptimizer.create(new Adam(), comm).setup(model);

    StandardDatasets.Options opts = StandardDatasets.Options.defaults().dir(o.data);
    List<Dataset<?>> tt =
        o.mnist() ? StandardDatasets.getMnist(opts) : StandardDatasets.getFashionMnist(opts);
    Dataset<Object[]> train =
        MultiNodeDatasets.scatterDataset((Dataset<Object[]>) tt.get(0), comm, true, o.seed);
    Dataset<Object[]> test =
        MultiNodeDatasets.scatterDataset((Dataset<Object[]>) tt.get(1), comm, false, null);

    SerialIterator<Object[]> trainIter = new SerialIterator<>(train, o.batchSize);
    SerialIterator<Object[]> testIter = new SerialIterator<>(test, o.batchSize, false, false);
    StandardUpdater updater =
        new StandardUpdater(trainIter, optimizer, Converters.CONCAT_EXAMPLES, device, null, true);
    Trainer trainer = new Trainer(updater, Reports.stop(o), o.out);
    trainer.extend(
        MultiNodeExtensions.evaluator(
            new Evaluator(testIter, model, Converters.CONCAT_EXAMPLES, device, null), comm));
    trainer.extend(
        MultiNodeExtensions.snapshot(
            Snapshot.snapshot("snapshot_iter_{.updater.iteration}", 1, false), comm),
        "snapshot",
        Trigger.of(Reports.snapshotEpochs(o), "epoch"));
    if (chief) {
      Reports.extend(trainer, o);
    }
    if (o.resume != null) {
      Npz.loadNpz(o.resume, trainer, "", true); // every rank resumes from rank 0's snapshot
    }
    trainer.run();
    if (chief) {
      System.out.printf(
          "rank 0: %d steps in %.2f s, of which allreduce %.2f s and packing %.2f s%n",
          updater.iteration(),
          trainer.elapsedTime(),
          comm.communicationSeconds(),
          comm.packingSeconds());
    }
    return 0;
  }
}
