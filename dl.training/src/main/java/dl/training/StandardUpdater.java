package dl.training;

import dl.api.Device;
import dl.api.NdArray;
import dl.api.Optimizer;
import dl.api.Variable;
import dl.training.datasets.Converters;
import dl.training.iterators.DatasetIterator;
import dl.training.serializers.Serializer;
import dl.training.serializers.Serializers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Chainer's {@code StandardUpdater}: takes a batch from the {@code main} iterator, converts it to
 * arrays on the device, and calls {@code optimizer.update(lossFunction, arrays...)}; with {@code
 * autoNewEpoch} it calls {@code optimizer.newEpoch()} when the iterator finishes an epoch. It
 * serializes as {@code iteration}, {@code iterator:main/...}, {@code optimizer:main/...} and {@code
 * model:main/...}.
 *
 * <pre>{@code
 * StandardUpdater updater = new StandardUpdater(trainIter, optimizer);            // model(x, t)
 * StandardUpdater onGpu = new StandardUpdater(trainIter, optimizer, Converters.CONCAT_EXAMPLES,
 *     Device.of("cuda:0"), null, true);
 * }</pre>
 */
public class StandardUpdater implements Updater {
  private final Map<String, DatasetIterator<?>> iterators = new LinkedHashMap<>();
  private final Map<String, Optimizer> optimizers = new LinkedHashMap<>();
  private final Converters.Converter converter;
  private final Device device;
  private final Function<Variable[], Variable> lossFunction;
  private final boolean autoNewEpoch;
  private long iteration;

  public StandardUpdater(DatasetIterator<?> iterator, Optimizer optimizer) {
    this(iterator, optimizer, Converters.CONCAT_EXAMPLES, null, null, true);
  }

  /**
   * @param device where the model and batches go (null: leave the model, batches to the default)
   * @param lossFunction computes the loss from the converted arrays (null: the optimizer's target)
   */
  public StandardUpdater(
      DatasetIterator<?> iterator,
      Optimizer optimizer,
      Converters.Converter converter,
      Device device,
      Function<Variable[], Variable> lossFunction,
      boolean autoNewEpoch) {
    iterators.put("main", iterator);
    optimizers.put("main", optimizer);
    this.converter = converter;
    this.device = device;
    this.lossFunction = lossFunction;
    this.autoNewEpoch = autoNewEpoch;
    if (device != null) {
      optimizer.target().toDevice(device);
    }
  }

  @Override
  public void update() {
    updateCore();
    iteration++;
  }

  /** The step itself. */
  protected void updateCore() {
    DatasetIterator<?> it = iterators.get("main");
    List<?> batch = it.next();
    Variable[] in = toVariables(converter.convert(batch, device));
    Optimizer opt = optimizers.get("main");
    Function<Variable[], Variable> loss =
        lossFunction != null ? lossFunction : xs -> opt.target().call(xs);
    opt.update(() -> loss.apply(in));
    if (autoNewEpoch && it.isNewEpoch()) {
      opt.newEpoch();
    }
  }

  /**
   * Converted arrays as constant variables (also for evaluators): positional for arrays, values in
   * order for maps.
   */
  public static Variable[] toVariables(Object converted) {
    if (converted instanceof NdArray[]) {
      NdArray[] a = (NdArray[]) converted;
      Variable[] v = new Variable[a.length];
      for (int i = 0; i < a.length; i++) {
        v[i] = new Variable(a[i], null, false);
      }
      return v;
    }
    if (converted instanceof Map) {
      return ((Map<?, ?>) converted)
          .values().stream()
              .map(x -> new Variable((NdArray) x, null, false))
              .toArray(Variable[]::new);
    }
    return new Variable[] {new Variable((NdArray) converted, null, false)};
  }

  @Override
  public long iteration() {
    return iteration;
  }

  @Override
  public int epoch() {
    return iterators.get("main").epoch();
  }

  @Override
  public double epochDetail() {
    return iterators.get("main").epochDetail();
  }

  @Override
  public Double previousEpochDetail() {
    return iterators.get("main").previousEpochDetail();
  }

  @Override
  public boolean isNewEpoch() {
    return iterators.get("main").isNewEpoch();
  }

  @Override
  public Map<String, Optimizer> optimizers() {
    return optimizers;
  }

  @Override
  public Map<String, DatasetIterator<?>> iterators() {
    return iterators;
  }

  @Override
  public void serialize(Serializer s) {
    for (Map.Entry<String, DatasetIterator<?>> e : iterators.entrySet()) {
      e.getValue().serialize(s.child("iterator:" + e.getKey()));
    }
    for (Map.Entry<String, Optimizer> e : optimizers.entrySet()) {
      Serializers.optimizer(s.child("optimizer:" + e.getKey()), e.getValue());
      Serializers.link(s.child("model:" + e.getKey()), e.getValue().target());
    }
    iteration = s.value("iteration", iteration);
  }
}
