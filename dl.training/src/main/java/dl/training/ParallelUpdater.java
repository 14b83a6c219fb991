package dl.training;

import dl.api.Config;
import dl.api.Device;
import dl.api.Link;
import dl.api.Optimizer;
import dl.api.Scope;
import dl.api.Variable;
import dl.training.datasets.Converters;
import dl.training.iterators.DatasetIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Chainer's {@code ParallelUpdater}: each batch is split as {@code batch[i::n]} over n replicas of
 * the model, one per device; each replica computes its loss and gradients, the gradients are added
 * into the main model ({@code addgrads}), the optimizer updates it, and the replicas copy its
 * parameters back. As in Chainer the gradients are summed, not averaged, over replicas. Replicas
 * are given by the caller (Java has no generic deep copy) and are registered as reporter observers
 * under their names ({@code second/loss}).
 *
 * <pre>{@code
 * ParallelUpdater u = new ParallelUpdater(it, opt,
 *     Map.of("second", new Classifier(new Mlp(100, 10))),
 *     Map.of("main", Device.of("cuda:0"), "second", Device.of("cuda:1")));
 * }</pre>
 */
public final class ParallelUpdater extends StandardUpdater {
  private final Map<String, Link> models = new LinkedHashMap<>();
  private final Map<String, Device> devices;
  private final Converters.Converter converter = Converters.CONCAT_EXAMPLES;

  /**
   * @param replicas models other than the optimizer's target, by name (same structure)
   * @param devices a device per name, including {@code main}
   */
  public ParallelUpdater(
      DatasetIterator<?> iterator,
      Optimizer optimizer,
      Map<String, Link> replicas,
      Map<String, Device> devices) {
    super(iterator, optimizer, Converters.CONCAT_EXAMPLES, devices.get("main"), null, true);
    this.devices = new LinkedHashMap<>(devices);
    models.put("main", optimizer.target());
    replicas.forEach(
        (name, m) -> {
          if (!devices.containsKey(name)) {
            throw new IllegalArgumentException(
                "ParallelUpdater: no device for model '"
                    + name
                    + "'; devices: "
                    + devices.keySet());
          }
          m.toDevice(devices.get(name));
          models.put(name, m);
        });
  }

  @Override
  public void connectTrainer(Trainer trainer) {
    models.forEach(
        (name, m) -> {
          if (!name.equals("main")) {
            trainer.reporter().addObserver(name, m);
            trainer.reporter().addObservers(name, m);
          }
        });
  }

  @Override
  protected void updateCore() {
    DatasetIterator<?> it = iterators().get("main");
    Optimizer opt = optimizers().get("main");
    Link main = opt.target();
    List<?> batch = it.next();
    int n = models.size();
    List<Variable> losses = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, Link> e : models.entrySet()) {
      List<Object> part = new ArrayList<>();
      for (int k = i; k < batch.size(); k += n) {
        part.add(batch.get(k));
      }
      i++;
      if (part.isEmpty()) {
        continue;
      }
      Variable[] in = toVariables(converter.convert(part, devices.get(e.getKey())));
      Function<Variable[], Variable> f = e.getValue()::call;
      try (Scope s = Config.forceBackpropMode()) {
        losses.add(f.apply(in));
      }
    }
    for (Link m : models.values()) {
      m.cleargrads();
    }
    for (Variable loss : losses) {
      loss.backward();
      loss.unchainBackward();
    }
    for (Map.Entry<String, Link> e : models.entrySet()) {
      if (e.getValue() != main) {
        main.addgrads(e.getValue());
      }
    }
    opt.update();
    for (Link m : models.values()) {
      if (m != main) {
        m.copyparams(main);
      }
    }
    if (it.isNewEpoch()) {
      opt.newEpoch();
    }
  }
}
