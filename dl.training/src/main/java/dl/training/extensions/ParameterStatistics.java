package dl.training.extensions;

import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.Reporter;
import dl.training.Extension;
import dl.training.Trainer;
import dl.training.Trigger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reports mean, std, min, max and the count of zeros of every parameter's data and gradient
 * (Chainer's {@code ParameterStatistics}; default every epoch), under {@code {prefix/}{link
 * name}{/param path}/{data|grad}/{statistic}}.
 *
 * <pre>{@code
 * trainer.extend(new ParameterStatistics(model, null));   // predictor/l1/W/data/mean, ...
 * }</pre>
 */
public final class ParameterStatistics implements Extension {
  private final Link link;
  private final String prefix;

  public ParameterStatistics(Link link, String prefix) {
    this.link = link;
    this.prefix = prefix;
  }

  @Override
  public String defaultName() {
    return "ParameterStatistics";
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
    Map<String, Double> out = new LinkedHashMap<>();
    String head =
        (prefix == null ? "" : prefix + "/") + (link.name() == null ? "" : link.name() + "/");
    for (Map.Entry<String, Parameter> e : link.namedParams(false).entrySet()) {
      String base = head + e.getKey().substring(1); // paths start with '/'

      stats(out, base + "/data/", e.getValue().array());
      if (e.getValue().grad() != null) {
        stats(out, base + "/grad/", e.getValue().grad());
      }
    }
    Reporter.report(out);
  }

  /** Adds mean, std, min, max and zeros of {@code a} under {@code key}. */
  static void stats(Map<String, Double> out, String key, NdArray a) {
    double[] v = a.toDoubleArray();
    double sum = 0;
    double sq = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    int zeros = 0;
    for (double x : v) {
      sum += x;
      sq += x * x;
      min = Math.min(min, x);
      max = Math.max(max, x);
      zeros += x == 0 ? 1 : 0;
    }
    double mean = sum / v.length;
    out.put(key + "mean", mean);
    out.put(key + "std", Math.sqrt(Math.max(0, sq / v.length - mean * mean)));
    out.put(key + "min", min);
    out.put(key + "max", max);
    out.put(key + "zeros", (double) zeros);
  }
}
