package dl.training.extensions;

import dl.api.Reporter;
import dl.training.DictSummary;
import dl.training.Extension;
import dl.training.Trainer;
import dl.training.Trigger;
import dl.training.serializers.Serializer;
import java.util.Map;

/**
 * Reports {@code Σ numerator / Σ denominator} over each interval as {@code resultKey} (Chainer's
 * {@code MicroAverage}): e.g. the accuracy over all examples from per-batch counts.
 *
 * <pre>{@code
 * trainer.extend(new MicroAverage("main/correct", "main/total", "main/accuracy",
 *     Trigger.of(1, "epoch")));
 * }</pre>
 */
public final class MicroAverage implements Extension {
  private final String numerator;
  private final String denominator;
  private final String result;
  private final Trigger trigger;
  private double num;
  private double den;

  public MicroAverage(String numerator, String denominator, String result, Trigger trigger) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.result = result;
    this.trigger = trigger == null ? Trigger.of(1, "epoch") : trigger;
  }

  @Override
  public String defaultName() {
    return "MicroAverage";
  }

  @Override
  public int defaultPriority() {
    return PRIORITY_EDITOR;
  }

  @Override
  public void call(Trainer trainer) {
    Map<String, Object> obs = trainer.observation();
    Double n = DictSummary.scalar(obs.get(numerator));
    Double d = DictSummary.scalar(obs.get(denominator));
    if (n != null && d != null) {
      num += n;
      den += d;
    }
    if (trigger.test(trainer)) {
      Reporter.report(Map.of(result, num / den));
      num = 0;
      den = 0;
    }
  }

  @Override
  public void serialize(Serializer s) {
    trigger.serialize(s.child("_trigger"));
    num = s.value("_numerator_sum", num);
    den = s.value("_denominator_sum", den);
  }
}
