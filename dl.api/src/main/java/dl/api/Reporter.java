package dl.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects named values reported during a step into the current observation (Chainer's {@code
 * Reporter}). Observers are registered with a name, and their reports are prefixed with it: a
 * {@code Classifier} registered as {@code "main"} reports {@code main/loss}.
 *
 * <pre>{@code
 * Reporter reporter = new Reporter();
 * reporter.addObserver("main", model);
 * Map<String, Object> observation = new LinkedHashMap<>();
 * try (Scope s = reporter.scope(observation)) {
 *   model.call(x, t);            // calls Reporter.report(Map.of("loss", loss), this)
 * }
 * double loss = ((Variable) observation.get("main/loss")).item();
 * }</pre>
 */
public final class Reporter {
  private static final ThreadLocal<Deque<Reporter>> CURRENT =
      ThreadLocal.withInitial(ArrayDeque::new);
  private final IdentityHashMap<Object, String> observerNames = new IdentityHashMap<>();
  private Map<String, Object> observation;

  /** Registers an observer under a name. */
  public void addObserver(String name, Object observer) {
    observerNames.put(observer, name);
  }

  /** Registers a link's descendants as {@code prefix + path} ({@code "main/predictor"}). */
  public void addObservers(String prefix, Link link) {
    for (Map.Entry<String, Link> e : link.namedLinks(true).entrySet()) {
      observerNames.put(e.getValue(), prefix + e.getKey());
    }
  }

  /** Makes this reporter current and directs reports into {@code observation} until closed. */
  public Scope scope(Map<String, Object> target) {
    Map<String, Object> previous = observation;
    observation = target;
    CURRENT.get().push(this);
    return () -> {
      CURRENT.get().pop();
      observation = previous;
    };
  }

  /** Reports values into this reporter's observation, prefixed with the observer's name. */
  public void reportValues(Map<String, ?> values, Object observer) {
    if (observation == null) {
      return;
    }
    String prefix = "";
    if (observer != null) {
      String name = observerNames.get(observer);
      if (name == null) {
        throw new IllegalArgumentException(
            "report: the observer "
                + observer
                + " is not registered with the reporter; call reporter.addObserver(name, observer)");
      }
      prefix = name + "/";
    }
    for (Map.Entry<String, ?> e : values.entrySet()) {
      Object v = e.getValue();
      if (v instanceof Variable) {
        // Keep only the value: a reported loss must not hold the graph alive.
        v = Variable.constant(((Variable) v).array());
      }
      observation.put(prefix + e.getKey(), v);
    }
  }

  /** Reports to the current reporter, if any (a no-op otherwise). */
  public static void report(Map<String, ?> values, Object observer) {
    Reporter r = CURRENT.get().peek();
    if (r != null) {
      r.reportValues(values, observer);
    }
  }

  /** Reports without an observer prefix. */
  public static void report(Map<String, ?> values) {
    report(values, null);
  }

  /** The innermost current reporter, or null. */
  public static Reporter current() {
    return CURRENT.get().peek();
  }

  /** A new, empty observation map, in insertion order. */
  public static Map<String, Object> newObservation() {
    return new LinkedHashMap<>();
  }
}
