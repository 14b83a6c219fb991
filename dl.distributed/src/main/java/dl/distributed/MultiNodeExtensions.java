package dl.distributed;

import dl.api.Link;
import dl.api.Reporter;
import dl.training.Extension;
import dl.training.Trainer;
import dl.training.Trigger;
import dl.training.extensions.Evaluator;
import dl.training.serializers.Serializer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ChainerMN's multi-node extensions: an evaluator that reports the mean over the ranks, snapshots
 * written by rank 0 only, and the averaging of persistent values (BN's running statistics).
 *
 * <pre>{@code
 * trainer.extend(MultiNodeExtensions.evaluator(new Evaluator(testIter, model), comm));
 * if (comm.rank() == 0) { trainer.extend(new LogReport()); }
 * trainer.extend(MultiNodeExtensions.snapshot(Snapshot.snapshot(), comm));
 * }</pre>
 */
public final class MultiNodeExtensions {
  private MultiNodeExtensions() {}

  /**
   * ChainerMN's {@code create_multi_node_evaluator}: every rank evaluates its own part of the data
   * (see {@link MultiNodeDatasets#scatterDataset}) and every rank reports the mean of the ranks'
   * means.
   */
  public static Extension evaluator(Evaluator actual, Communicator comm) {
    return new Extension() {
      @Override
      public void call(Trainer trainer) {
        String name = actual.defaultName();
        for (Map.Entry<String, Trainer.Entry> e : trainer.extensions().entrySet()) {
          if (e.getValue().extension() == this) {
            name = e.getKey();
          }
        }
        Reporter.report(mean(comm, actual.evaluate(name)));
      }

      @Override
      public String defaultName() {
        return actual.defaultName();
      }

      @Override
      public Trigger defaultTrigger() {
        return actual.defaultTrigger();
      }

      @Override
      public int defaultPriority() {
        return actual.defaultPriority();
      }
    };
  }

  /** The mean over the ranks of each value (every rank must report the same keys). */
  static Map<String, Double> mean(Communicator comm, Map<String, Double> local) {
    Map<String, Double> out = new LinkedHashMap<>();
    Map<String, Double> sum = comm.allreduceObj(local);
    for (String k : local.keySet()) {
      out.put(k, sum.get(k) / comm.size());
    }
    return out;
  }

  /**
   * Runs {@code snapshot} on rank 0 only; its {@code initialize} (autoload) runs on every rank, so
   * all ranks resume from the same file (which must be on a file system they share).
   */
  public static Extension snapshot(Extension snapshot, Communicator comm) {
    return new Extension() {
      @Override
      public void call(Trainer trainer) {
        if (comm.rank() == 0) {
          snapshot.call(trainer);
        }
      }

      @Override
      public void initialize(Trainer trainer) {
        snapshot.initialize(trainer);
      }

      @Override
      public String defaultName() {
        return snapshot.defaultName();
      }

      @Override
      public Trigger defaultTrigger() {
        return snapshot.defaultTrigger();
      }

      @Override
      public int defaultPriority() {
        return snapshot.defaultPriority();
      }

      @Override
      public void serialize(Serializer s) {
        snapshot.serialize(s);
      }
    };
  }

  /**
   * ChainerMN's {@code AllreducePersistent}: averages the model's floating persistent values (BN's
   * {@code avg_mean}, {@code avg_var}) over the ranks every epoch, just before the evaluator.
   */
  public static Extension allreducePersistent(Link model, Communicator comm) {
    return new Extension() {
      @Override
      public void call(Trainer trainer) {
        comm.allreducePersistent(model);
      }

      @Override
      public String defaultName() {
        return "AllreducePersistent";
      }

      @Override
      public Trigger defaultTrigger() {
        return Trigger.of(1, "epoch");
      }

      @Override
      public int defaultPriority() {
        return PRIORITY_WRITER + 1;
      }
    };
  }
}
