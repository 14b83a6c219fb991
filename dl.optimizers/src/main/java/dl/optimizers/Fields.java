package dl.optimizers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The table behind an optimizer's options value: each hyperparameter's Chainer name, how to read it
 * from the options and how to set it on the builder. The by-name provider reads its map through the
 * same table, so the names a program passes to {@code Engine.get().optimizer(name)} are exactly the
 * fields of the options value; a name the optimizer does not know is an error that lists the known
 * ones with their defaults, because a misspelt hyperparameter silently left at its default is a
 * hard bug to find. Names may also be written in camel case ({@code weightDecayRate}); flags are
 * given as 0 or 1 (the provider's map holds numbers).
 *
 * @param <O> the options record
 * @param <B> its builder
 */
final class Fields<O, B> {
  private record Field<O, B>(
      String name, boolean flag, ToDoubleFunction<O> get, ObjDoubleConsumer<B> set) {}

  private final String optimizer;
  private final List<Field<O, B>> fields = new ArrayList<>();

  private Fields(String optimizer) {
    this.optimizer = optimizer;
  }

  static <O, B> Fields<O, B> of(String optimizer) {
    return new Fields<>(optimizer);
  }

  /** A real-valued hyperparameter. */
  Fields<O, B> real(String name, ToDoubleFunction<O> get, ObjDoubleConsumer<B> set) {
    fields.add(new Field<>(name, false, get, set));
    return this;
  }

  /** A flag. */
  Fields<O, B> flag(String name, Predicate<O> get, BiConsumer<B, Boolean> set) {
    fields.add(new Field<>(name, true, o -> get.test(o) ? 1 : 0, (b, v) -> set.accept(b, v != 0)));
    return this;
  }

  /** The same table restricted to {@code names} (an Adam variant's), named for {@code who}. */
  Fields<O, B> only(String who, String... names) {
    Fields<O, B> f = new Fields<>(who);
    for (String n : names) {
      f.fields.add(field(n));
    }
    return f;
  }

  private Field<O, B> field(String name) {
    for (Field<O, B> f : fields) {
      if (f.name().equals(name) || camel(f.name()).equals(name)) {
        return f;
      }
    }
    return null;
  }

  /** The values by Chainer's names, in declaration order (flags as 0 or 1). */
  Map<String, Double> asMap(O options) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (Field<O, B> f : fields) {
      m.put(f.name(), f.get().applyAsDouble(options));
    }
    return m;
  }

  /** Sets every value of {@code given} on {@code builder}; checks names, nulls and flags first. */
  B read(Map<String, Double> given, B builder, O defaults) {
    if (given == null) {
      return builder;
    }
    for (Map.Entry<String, Double> e : given.entrySet()) {
      Field<O, B> f = field(e.getKey());
      if (f == null) {
        throw new IllegalArgumentException(
            optimizer
                + ": unknown hyperparameter '"
                + e.getKey()
                + "'; known (with defaults): "
                + asMap(defaults));
      }
      Double v = e.getValue();
      if (v == null) {
        throw new IllegalArgumentException(
            optimizer + ": hyperparameter '" + e.getKey() + "' is null");
      }
      if (f.flag() && v != 0 && v != 1) {
        throw new IllegalArgumentException(
            optimizer + ": flag '" + e.getKey() + "' must be 0 or 1, got " + v);
      }
    }
    for (Map.Entry<String, Double> e : given.entrySet()) {
      field(e.getKey()).set().accept(builder, e.getValue());
    }
    return builder;
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
