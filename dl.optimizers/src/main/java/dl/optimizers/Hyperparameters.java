package dl.optimizers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an optimizer's hyperparameters from the map given to its provider: each name may be written
 * as Chainer spells it ({@code weight_decay_rate}) or in camel case ({@code weightDecayRate}); a
 * name the optimizer does not know is an error that lists the ones it knows, because a misspelt
 * hyperparameter silently left at its default is a hard bug to find.
 */
final class Hyperparameters {
  private final String optimizer;
  private final Map<String, Double> given;
  private final Map<String, Double> defaults = new LinkedHashMap<>();

  private Hyperparameters(String optimizer, Map<String, Double> given) {
    this.optimizer = optimizer;
    this.given = given == null ? Map.of() : given;
  }

  /** Starts reading {@code given} for {@code optimizer}. */
  static Hyperparameters of(String optimizer, Map<String, Double> given) {
    return new Hyperparameters(optimizer, given);
  }

  /** Declares a hyperparameter and its default; returns this. */
  Hyperparameters declare(String chainerName, double defaultValue) {
    defaults.put(chainerName, defaultValue);
    return this;
  }

  /** The value given under either spelling, or the default; checks unknown names first. */
  double get(String chainerName) {
    checkNames();
    Double d = defaults.get(chainerName);
    if (d == null) {
      throw new IllegalStateException(optimizer + ": undeclared hyperparameter " + chainerName);
    }
    Double v = given.get(chainerName);
    if (v == null) {
      v = given.get(camel(chainerName));
    }
    return v == null ? d : v;
  }

  private void checkNames() {
    for (String k : given.keySet()) {
      boolean known = false;
      for (String n : defaults.keySet()) {
        if (n.equals(k) || camel(n).equals(k)) {
          known = true;
          break;
        }
      }
      if (!known) {
        throw new IllegalArgumentException(
            optimizer + ": unknown hyperparameter '" + k + "'; known (with defaults): " + defaults);
      }
      if (given.get(k) == null) {
        throw new IllegalArgumentException(optimizer + ": hyperparameter '" + k + "' is null");
      }
    }
  }

  static String camel(String snake) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }
}
