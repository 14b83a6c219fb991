package dl.training.extensions;

import dl.api.Optimizer;
import dl.api.Parameter;
import dl.training.Extension;
import dl.training.Trainer;
import java.util.Map;

/**
 * Stops training with an exception naming the parameter when a parameter holds NaN or infinity
 * (Chainer's {@code FailOnNonNumber}).
 *
 * <pre>{@code
 * trainer.extend(new FailOnNonNumber());
 * }</pre>
 */
public final class FailOnNonNumber implements Extension {
  @Override
  public String defaultName() {
    return "FailOnNonNumber";
  }

  @Override
  public void call(Trainer trainer) {
    for (Map.Entry<String, Optimizer> o : trainer.updater().optimizers().entrySet()) {
      for (Map.Entry<String, Parameter> p : o.getValue().target().namedParams(false).entrySet()) {
        for (double v : p.getValue().array().toDoubleArray()) {
          if (!Double.isFinite(v)) {
            throw new IllegalStateException(
                "FailOnNonNumber: the parameter "
                    + p.getKey()
                    + " of optimizer '"
                    + o.getKey()
                    + "' holds "
                    + v
                    + " at iteration "
                    + trainer.updater().iteration());
          }
        }
      }
    }
  }
}
