package dl.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON codec for logs and snapshot strings: lists, objects (insertion-ordered), strings,
 * numbers, booleans and null; {@code NaN} and {@code Infinity} as Python's {@code json} writes
 * them. Kept in-module so that dl.training depends on dl.api only.
 *
 * <pre>{@code
 * String s = Json.write(List.of(Map.of("epoch", 1)));
 * List<?> back = (List<?>) Json.parse(s);
 * }</pre>
 */
public final class Json {
  private final String s;
  private int i;

  private Json(String s) {
    this.s = s;
  }

  /** Serialises with Python's {@code indent=4} layout when {@code indent}. */
  public static String write(Object o) {
    StringBuilder sb = new StringBuilder();
    write(sb, o, 0, true);
    return sb.toString();
  }

  /** Compact form (no newlines). */
  public static String writeCompact(Object o) {
    StringBuilder sb = new StringBuilder();
    write(sb, o, 0, false);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object o, int depth, boolean indent) {
    if (o == null) {
      sb.append("null");
    } else if (o instanceof String) {
      quote(sb, (String) o);
    } else if (o instanceof Boolean) {
      sb.append(o);
    } else if (o instanceof Integer || o instanceof Long) {
      sb.append(o);
    } else if (o instanceof Number) {
      double d = ((Number) o).doubleValue();
      sb.append(
          Double.isNaN(d)
              ? "NaN"
              : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity") : Double.toString(d));
    } else if (o instanceof Map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
        sb.append(first ? "" : ",");
        newline(sb, depth + 1, indent);
        quote(sb, e.getKey().toString());
        sb.append(": ");
        write(sb, e.getValue(), depth + 1, indent);
        first = false;
      }
      if (!first) {
        newline(sb, depth, indent);
      }
      sb.append('}');
    } else if (o instanceof List) {
      sb.append('[');
      boolean first = true;
      for (Object e : (List<?>) o) {
        sb.append(first ? "" : ",");
        newline(sb, depth + 1, indent);
        write(sb, e, depth + 1, indent);
        first = false;
      }
      if (!first) {
        newline(sb, depth, indent);
      }
      sb.append(']');
    } else {
      throw new IllegalArgumentException("Json: cannot write a " + o.getClass().getName());
    }
  }

  private static void newline(StringBuilder sb, int depth, boolean indent) {
    if (indent) {
      sb.append('\n').append("    ".repeat(depth));
    } else if (sb.charAt(sb.length() - 1) == ',') {
      sb.append(' ');
    }
  }

  private static void quote(StringBuilder sb, String v) {
    sb.append('"');
    for (int k = 0; k < v.length(); k++) {
      char c = v.charAt(k);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }

  /** Parses a document: List, Map, String, Double (or Long for integers), Boolean or null. */
  public static Object parse(String text) {
    Json p = new Json(text);
    Object v = p.value();
    p.ws();
    if (p.i != text.length()) {
      throw p.error("trailing characters");
    }
    return v;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("Json: " + what + " at offset " + i);
  }

  private void ws() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private Object value() {
    ws();
    if (i >= s.length()) {
      throw error("unexpected end");
    }
    char c = s.charAt(i);
    if (c == '{') {
      i++;
      Map<String, Object> m = new LinkedHashMap<>();
      ws();
      if (s.charAt(i) == '}') {
        i++;
        return m;
      }
      while (true) {
        ws();
        String k = string();
        ws();
        expect(':');
        m.put(k, value());
        ws();
        if (s.charAt(i) == ',') {
          i++;
        } else {
          expect('}');
          return m;
        }
      }
    }
    if (c == '[') {
      i++;
      List<Object> l = new ArrayList<>();
      ws();
      if (s.charAt(i) == ']') {
        i++;
        return l;
      }
      while (true) {
        l.add(value());
        ws();
        if (s.charAt(i) == ',') {
          i++;
        } else {
          expect(']');
          return l;
        }
      }
    }
    if (c == '"') {
      return string();
    }
    for (String lit : new String[] {"true", "false", "null", "NaN", "Infinity", "-Infinity"}) {
      if (s.startsWith(lit, i)) {
        i += lit.length();
        switch (lit) {
          case "true":
            return true;
          case "false":
            return false;
          case "null":
            return null;
          case "NaN":
            return Double.NaN;
          case "Infinity":
            return Double.POSITIVE_INFINITY;
          default:
            return Double.NEGATIVE_INFINITY;
        }
      }
    }
    int start = i;
    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    String num = s.substring(start, i);
    if (num.isEmpty()) {
      throw error("unexpected character '" + c + "'");
    }
    try {
      return num.matches("-?\\d+")
          ? (Object) Long.parseLong(num)
          : (Object) Double.parseDouble(num);
    } catch (NumberFormatException e) {
      throw error("bad number '" + num + "'");
    }
  }

  private void expect(char c) {
    if (i >= s.length() || s.charAt(i) != c) {
      throw error("expected '" + c + "'");
    }
    i++;
  }

  private String string() {
    expect('"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (i >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(i++);
      if (c == '"') {
        return sb.toString();
      }
      if (c == '\\') {
        char e = s.charAt(i++);
        switch (e) {
          case 'n':
            sb.append('\n');
            break;
          case 't':
            sb.append('\t');
            break;
          case 'r':
            sb.append('\r');
            break;
          case 'b':
            sb.append('\b');
            break;
          case 'f':
            sb.append('\f');
            break;
          case 'u':
            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
            break;
          default:
            sb.append(e);
        }
      } else {
        sb.append(c);
      }
    }
  }
}
