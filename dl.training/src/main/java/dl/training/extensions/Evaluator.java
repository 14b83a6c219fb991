package dl.training.extensions;

import dl.api.Config;
import dl.api.Device;
import dl.api.Link;
import dl.api.Reporter;
import dl.api.Scope;
import dl.api.Variable;
import dl.training.DictSummary;
import dl.training.Extension;
import dl.training.StandardUpdater;
import dl.training.Trainer;
import dl.training.Trigger;
import dl.training.datasets.Converters;
import dl.training.iterators.DatasetIterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Chainer's {@code Evaluator}: at each trigger (every epoch), resets the iterator and runs the
 * target over one pass of it with {@code train=false} and backprop off, and reports the means of
 * what the target reported under the extension's name: {@code validation/main/loss}, {@code
 * validation/main/accuracy}.
 *
 * <pre>{@code
 * trainer.extend(new Evaluator(new SerialIterator<>(test, 100, false, false), model));
 * }</pre>
 */
public class Evaluator implements Extension {
  private final DatasetIterator<?> iterator;
  private final Link target;
  private final Converters.Converter converter;
  private final Device device;
  private final Function<Variable[], Variable> evalFunction;

  public Evaluator(DatasetIterator<?> iterator, Link target) {
    this(iterator, target, Converters.CONCAT_EXAMPLES, null, null);
  }

  /**
   * @param evalFunction what to run on the converted arrays (null: the target)
   */
  public Evaluator(
      DatasetIterator<?> iterator,
      Link target,
      Converters.Converter converter,
      Device device,
      Function<Variable[], Variable> evalFunction) {
    if (iterator.repeat()) {
      throw new IllegalArgumentException(
          "Evaluator: the iterator must not repeat (repeat=false), or evaluation never ends");
    }
    this.iterator = iterator;
    this.target = target;
    this.converter = converter;
    this.device = device;
    this.evalFunction = evalFunction;
  }

  @Override
  public String defaultName() {
    return "validation";
  }

  @Override
  public Trigger defaultTrigger() {
    return Trigger.of(1, "epoch");
  }

  @Override
  public int defaultPriority() {
    return PRIORITY_WRITER;
  }

  @Override
  public void call(Trainer trainer) {
    String name = null;
    for (Map.Entry<String, Trainer.Entry> e : trainer.extensions().entrySet()) {
      if (e.getValue().extension() == this) {
        name = e.getKey();
      }
    }
    Reporter.report(evaluate(name == null ? defaultName() : name));
  }

  /** One pass over the iterator; the means by key, prefixed with {@code prefix + "/main"}. */
  public Map<String, Double> evaluate(String prefix) {
    Reporter reporter = new Reporter();
    String p = prefix == null || prefix.isEmpty() ? "main" : prefix + "/main";
    reporter.addObserver(p, target);
    reporter.addObservers(p, target);
    iterator.reset();
    DictSummary summary = new DictSummary();
    Function<Variable[], Variable> f = evalFunction != null ? evalFunction : target::call;
    try (Scope train = Config.testMode()) {
      while (iterator.hasNext()) {
        List<?> batch = iterator.next();
        Map<String, Object> obs = new LinkedHashMap<>();
        try (Scope s = reporter.scope(obs);
            Scope nograd = Config.noBackpropMode()) {
          Variable[] in = StandardUpdater.toVariables(converter.convert(batch, device));
          Variable unused = f.apply(in); // the loss is reported into obs
        }
        summary.add(obs);
      }
    }
    return summary.computeMean();
  }
}
