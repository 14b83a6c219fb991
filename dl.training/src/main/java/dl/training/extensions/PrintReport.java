package dl.training.extensions;

import dl.training.Extension;
import dl.training.Trainer;
import dl.training.serializers.Serializer;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/**
 * Chainer's {@code PrintReport}: prints the new entries of a {@link LogReport} as a table, one
 * column per entry name, numbers in Python's {@code {:g}} format.
 *
 * <pre>{@code
 * trainer.extend(new PrintReport(List.of("epoch", "main/loss", "validation/main/loss",
 *     "main/accuracy", "validation/main/accuracy", "elapsed_time")));
 * }</pre>
 */
public final class PrintReport implements Extension {
  private final List<String> entries;
  private final String logReport;
  private final PrintStream out;
  private int printed;
  private boolean headerDone;

  public PrintReport(List<String> entries) {
    this(entries, "LogReport", System.out);
  }

  public PrintReport(List<String> entries, String logReport, PrintStream out) {
    this.entries = List.copyOf(entries);
    this.logReport = logReport;
    this.out = out;
  }

  @Override
  public String defaultName() {
    return "PrintReport";
  }

  @Override
  public void call(Trainer trainer) {
    List<Map<String, Object>> log = ((LogReport) trainer.getExtension(logReport)).log();
    if (!headerDone) {
      StringBuilder h = new StringBuilder();
      for (String e : entries) {
        h.append(pad(e, Math.max(10, e.length()))).append("  ");
      }
      out.println(h.toString().stripTrailing());
      headerDone = true;
    }
    for (; printed < log.size(); printed++) {
      Map<String, Object> line = log.get(printed);
      StringBuilder sb = new StringBuilder();
      for (String e : entries) {
        int w = Math.max(10, e.length());
        Object v = line.get(e);
        sb.append(v == null ? " ".repeat(w) : pad(formatG(v), w)).append("  ");
      }
      out.println(sb.toString().stripTrailing());
    }
    out.flush();
  }

  private static String pad(String s, int w) {
    return s.length() >= w ? s : s + " ".repeat(w - s.length());
  }

  /** Python's {@code format(v, 'g')}: 6 significant digits, no trailing zeros. */
  static String formatG(Object v) {
    if (v instanceof Integer || v instanceof Long) {
      return v.toString();
    }
    double d = ((Number) v).doubleValue();
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return "0";
    }
    BigDecimal b = new BigDecimal(d).round(new MathContext(6));
    int exp = b.precision() - b.scale() - 1;
    if (exp < -4 || exp >= 6) {
      String m = b.movePointLeft(exp).stripTrailingZeros().toPlainString();
      return m + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }
    return b.stripTrailingZeros().toPlainString();
  }

  @Override
  public void serialize(Serializer s) {
    printed = s.optional().value("_printed", printed); // Catena-only: Chainer's has no state
  }
}
