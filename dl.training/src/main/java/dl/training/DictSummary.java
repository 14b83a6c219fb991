package dl.training;

import dl.api.NdArray;
import dl.api.Variable;
import dl.training.serializers.Serializer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Summaries per key of the scalar values in observations (Chainer's {@code DictSummary}): a
 * Variable, an array of size 1 or a number is added; other values are skipped. A {@code double[]
 * {value, weight}} adds with a weight.
 *
 * <pre>{@code
 * DictSummary d = new DictSummary();
 * d.add(Map.of("main/loss", 0.5));
 * double mean = d.computeMean().get("main/loss");
 * }</pre>
 */
public final class DictSummary {
  private final Map<String, Summary> summaries = new LinkedHashMap<>();

  /** Adds the scalar entries of an observation. */
  public void add(Map<String, ?> observation) {
    for (Map.Entry<String, ?> e : observation.entrySet()) {
      Object v = e.getValue();
      double w = 1;
      if (v instanceof double[] && ((double[]) v).length == 2) {
        w = ((double[]) v)[1];
        v = ((double[]) v)[0];
      }
      Double d = scalar(v);
      if (d != null) {
        summaries.computeIfAbsent(e.getKey(), k -> new Summary()).add(d, w);
      }
    }
  }

  /** The value of a scalar observation entry, or null when it is not a scalar. */
  public static Double scalar(Object v) {
    if (v instanceof Variable) {
      v = ((Variable) v).array();
    }
    if (v instanceof NdArray) {
      NdArray a = (NdArray) v;
      return a.size() == 1 ? a.getDouble(0) : null;
    }
    return v instanceof Number ? ((Number) v).doubleValue() : null;
  }

  /** Means by key. */
  public Map<String, Double> computeMean() {
    Map<String, Double> out = new LinkedHashMap<>();
    summaries.forEach((k, s) -> out.put(k, s.mean()));
    return out;
  }

  /** Means by key plus {@code key.std}. */
  public Map<String, Double> makeStatistics() {
    Map<String, Double> out = new LinkedHashMap<>();
    summaries.forEach(
        (k, s) -> {
          out.put(k, s.mean());
          out.put(k + ".std", s.std());
        });
    return out;
  }

  /** Chainer's layout: {@code _names} (JSON list) and {@code _summaries/<i>/{_x,_x2,_n}}. */
  public void serialize(Serializer s) {
    List<String> names = new ArrayList<>(summaries.keySet());
    String json = s.value("_names", Json.write(names));
    if (s.isDryRun()) {
      return; // the real pass rebuilds the summaries from the stored names
    }
    if (s.isLoading()) {
      summaries.clear();
      for (Object o : (List<?>) Json.parse(json)) {
        summaries.put((String) o, new Summary());
      }
      names = new ArrayList<>(summaries.keySet());
    }
    Serializer ss = s.child("_summaries");
    for (int i = 0; i < names.size(); i++) {
      summaries.get(names.get(i)).serialize(ss.child(Integer.toString(i)));
    }
  }
}
