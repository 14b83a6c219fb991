package dl.links.hooks;

import dl.api.Link;
import dl.api.LinkHook;
import dl.api.Variable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the wall time of each link's forward (Chainer's {@code link_hooks.TimerHook}). Times are
 * inclusive: a chain's time contains its children's. Forward only; the times of lazily evaluated
 * backends include only what forward itself waited for.
 *
 * <pre>{@code
 * TimerHook timer = new TimerHook();
 * try (Scope s = LinkHook.enable(timer)) {
 *   model.call(x);
 * }
 * System.out.println(timer.summary());   // {Linear={elapsedTime=..., occurrence=2}, ...}
 * }</pre>
 */
public final class TimerHook implements LinkHook {
  /** One measured call: the link's class name and its forward time in seconds. */
  public record Call(String linkName, double seconds) {}

  private final Deque<Long> starts = new ArrayDeque<>();
  private final List<Call> history = new ArrayList<>();
  private double outermost;

  @Override
  public String name() {
    return "TimerHook";
  }

  @Override
  public void forwardPreprocess(Link link, Variable[] inputs) {
    starts.push(System.nanoTime());
  }

  @Override
  public void forwardPostprocess(Link link, Variable[] inputs, Variable output) {
    long t = System.nanoTime() - starts.pop();
    history.add(new Call(link.getClass().getSimpleName(), t * 1e-9));
    if (starts.isEmpty()) {
      outermost += t * 1e-9;
    }
  }

  /** Every call in completion order (Chainer's {@code call_history}). */
  public List<Call> callHistory() {
    return Collections.unmodifiableList(history);
  }

  /** The total of the outermost calls, so nested calls are not counted twice. */
  public double totalTime() {
    return outermost;
  }

  /** Per link class: {@code elapsedTime} (seconds, summed) and {@code occurrence}. */
  public Map<String, Map<String, Double>> summary() {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (Call c : history) {
      Map<String, Double> m =
          out.computeIfAbsent(
              c.linkName(),
              k -> {
                Map<String, Double> n = new LinkedHashMap<>();
                n.put("elapsedTime", 0.0);
                n.put("occurrence", 0.0);
                return n;
              });
      m.put("elapsedTime", m.get("elapsedTime") + c.seconds());
      m.put("occurrence", m.get("occurrence") + 1);
    }
    return out;
  }
}
