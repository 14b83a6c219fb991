package dl.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link F} is one flat class, generated from the category classes ({@code FMath}, {@code FArray},
 * ...), which hold the code in files that fit the size budget. Each method of F delegates to the
 * category method of the same signature and carries its javadoc, so F's javadoc page lists every
 * function and {@code F.relu} is a method of F itself. This test regenerates F and fails when the
 * committed file differs (formatting aside); {@code -Dcatena.generateF=true} writes it:
 *
 * <pre>
 *   mvn -o -pl dl.functions test -Dtest=FacadeTest -Dcatena.generateF=true
 *   mvn -o -q -pl dl.functions spotless:apply
 * </pre>
 */
class FacadeTest {
  /** The category classes in the order F lists them, with the heading of each. */
  static final Map<String, String> CATEGORIES = new LinkedHashMap<>();

  static {
    CATEGORIES.put("FMath", "Arithmetic, elementwise math and reductions");
    CATEGORIES.put("FLinalg", "Tensor products and linear algebra");
    CATEGORIES.put("FActivation", "Activations");
    CATEGORIES.put("FArray", "Array manipulation");
    CATEGORIES.put("FConnection", "Connections (linear, convolution, embedding)");
    CATEGORIES.put("FLoss", "Losses");
    CATEGORIES.put("FEvaluation", "Evaluation");
    CATEGORIES.put("FNoise", "Noise");
    CATEGORIES.put("FNormalization", "Normalization");
    CATEGORIES.put("FPooling", "Pooling");
    CATEGORIES.put("FRnn", "Recurrent networks");
    CATEGORIES.put("FUtil", "Utilities");
  }

  private static final Path DIR = Path.of("src/main/java/dl/functions");

  /** One public static method of a category class. */
  record Method(String category, String javadoc, String signature, String name, String call) {}

  @Test
  void theCommittedFacadeIsGeneratedFromTheCategoryClasses() throws IOException {
    String generated = generate();
    Path f = DIR.resolve("F.java");
    if (Boolean.getBoolean("catena.generateF")) {
      Files.writeString(f, generated);
    }
    List<String> want = normalized(generated);
    List<String> have = normalized(Files.readString(f));
    for (int i = 0; i < Math.min(want.size(), have.size()); i++) {
      if (!want.get(i).equals(have.get(i))) {
        fail(
            "F.java is out of date with the category classes (first difference at token line "
                + i
                + ": generated '"
                + want.get(i)
                + "', committed '"
                + have.get(i)
                + "'); regenerate it: mvn -o -pl dl.functions test -Dtest=FacadeTest"
                + " -Dcatena.generateF=true && mvn -o -q -pl dl.functions spotless:apply");
      }
    }
    assertEquals(want.size(), have.size(), "F.java is out of date: regenerate it (see FacadeTest)");
  }

  @Test
  void everyCategoryMethodIsReachableThroughF() throws IOException {
    // The facade is not inherited any more: a category class is a plain namespace.
    for (String c : CATEGORIES.keySet()) {
      String src = Files.readString(DIR.resolve(c + ".java"));
      assertTrue(src.contains("final class " + c + " {"), c + " must be a final namespace class");
    }
    int n = 0;
    for (Method m : methods()) {
      n++;
      assertTrue(m.call().contains(m.category() + "." + m.name() + "("), m.call());
    }
    // About 270 functions and overloads; a parser that lost most of them fails here.
    assertTrue(n > 250, "only " + n + " methods found");
  }

  static List<Method> methods() throws IOException {
    List<Method> all = new ArrayList<>();
    Set<String> signatures = new LinkedHashSet<>();
    for (String c : CATEGORIES.keySet()) {
      for (Method m : parse(c, Files.readString(DIR.resolve(c + ".java")))) {
        String key = m.signature().replaceAll("\\s+", " ");
        if (!signatures.add(key.replaceAll("\\b(\\w+)\\s*([,)])", "$2"))) {
          throw new IllegalStateException("two categories declare " + key);
        }
        all.add(m);
      }
    }
    return all;
  }

  static String generate() throws IOException {
    Set<String> imports = new TreeSet<>();
    for (String c : CATEGORIES.keySet()) {
      for (String l : Files.readString(DIR.resolve(c + ".java")).split("\n")) {
        if (l.startsWith("import ")) {
          imports.add(l);
        }
      }
    }
    List<Method> methods = methods();
    StringBuilder b = new StringBuilder();
    b.append("package dl.functions;\n\n");
    for (String i : imports) {
      b.append(i).append('\n');
    }
    b.append("\n/**\n");
    b.append(
        " * The function library with Chainer's names ({@code chainer.functions as F}). Each\n");
    b.append(" * method applies one new function node; everything is differentiable as often as\n");
    b.append(" * Chainer's is. Chainer's {@code snake_case} names are camel case here\n");
    b.append(" * ({@code softmax_cross_entropy} is {@link #softmaxCrossEntropy}); by name\n");
    b.append(" * ({@code Engine.get().function(\"softmax_cross_entropy\")}) they keep Chainer's\n");
    b.append(" * spelling and keyword names.\n *\n");
    b.append(" * <pre>{@code\n");
    b.append(" * Variable h = F.relu(F.linear(x, W, b));\n");
    b.append(" * Variable loss = F.softmaxCrossEntropy(F.linear(h, W2, b2), t);\n");
    b.append(" * }</pre>\n");
    for (Map.Entry<String, String> c : CATEGORIES.entrySet()) {
      Set<String> names = new LinkedHashSet<>();
      for (Method m : methods) {
        if (m.category().equals(c.getKey())) {
          names.add(m.name());
        }
      }
      b.append(" *\n * <h2>").append(c.getValue()).append("</h2>\n *\n * <p>");
      List<String> links = new ArrayList<>();
      for (String n : names) {
        links.add("{@link #" + n + " " + n + "}");
      }
      b.append(String.join(", ", links)).append(".\n");
    }
    b.append(" *\n * <p>This class is generated from the category classes (");
    b.append(String.join(", ", CATEGORIES.keySet()));
    b.append(") by {@code FacadeTest} in the tests of {@code dl.functions}: edit those and\n");
    b.append(" * regenerate.\n */\n");
    b.append("public final class F {\n  private F() {}\n");
    String category = null;
    for (Method m : methods) {
      if (!m.category().equals(category)) {
        category = m.category();
        b.append("\n  // ---- ").append(CATEGORIES.get(category)).append(" (");
        b.append(category).append(") ----\n");
      }
      b.append('\n').append(m.javadoc()).append(m.signature()).append(" {\n");
      b.append("    ").append(m.call()).append('\n');
      b.append("  }\n");
    }
    b.append("}\n");
    return b.toString();
  }

  /** The public static methods of one category class, in source order. */
  static List<Method> parse(String category, String src) {
    String[] lines = src.split("\n", -1);
    List<Method> out = new ArrayList<>();
    String doc = "";
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (l.startsWith("  /**")) {
        StringBuilder d = new StringBuilder();
        while (true) {
          d.append(lines[i]).append('\n');
          if (lines[i].contains("*/")) {
            break;
          }
          i++;
        }
        doc = d.toString();
      } else if (l.startsWith("  public static ")) {
        StringBuilder sig = new StringBuilder();
        while (!lines[i].endsWith("{")) {
          sig.append(lines[i]).append('\n');
          i++;
        }
        String last = lines[i];
        sig.append(last, 0, last.length() - 1);
        while (!lines[i].equals("  }")) {
          i++;
        }
        if (doc.isEmpty()) {
          throw new IllegalStateException(category + ": no javadoc on " + sig.toString().trim());
        }
        out.add(method(category, doc, sig.toString().stripTrailing()));
        doc = "";
      } else if (l.startsWith("  ") && !l.startsWith("   ") && !l.isBlank()) {
        doc = "";
      }
    }
    return out;
  }

  private static Method method(String category, String doc, String signature) {
    String flat = signature.replaceAll("\\s+", " ").trim();
    int open = flat.indexOf('(');
    String head = flat.substring(0, open).trim();
    String name = head.substring(head.lastIndexOf(' ') + 1);
    boolean isVoid = head.matches(".*\\bvoid " + name);
    int depth = 0;
    int close = -1;
    for (int k = open; k < flat.length() && close < 0; k++) {
      char ch = flat.charAt(k);
      if (ch == '(' || ch == '<' || ch == '[') {
        depth++;
      } else if (ch == ')' || ch == '>' || ch == ']') {
        depth--;
        if (depth == 0) {
          close = k;
        }
      }
    }
    List<String> args = new ArrayList<>();
    String params = flat.substring(open + 1, close).trim();
    if (!params.isEmpty()) {
      depth = 0;
      int start = 0;
      for (int k = 0; k <= params.length(); k++) {
        char ch = k < params.length() ? params.charAt(k) : ',';
        if (ch == '<' || ch == '(' || ch == '[') {
          depth++;
        } else if (ch == '>' || ch == ')' || ch == ']') {
          depth--;
        } else if (ch == ',' && depth == 0) {
          String p = params.substring(start, k).trim();
          args.add(p.substring(p.lastIndexOf(' ') + 1));
          start = k + 1;
        }
      }
    }
    String call = category + "." + name + "(" + String.join(", ", args) + ");";
    return new Method(category, doc, signature, name, isVoid ? call : "return " + call);
  }

  /** Source lines without imports, javadoc leaders and whitespace, so formatting is ignored. */
  static List<String> normalized(String src) {
    StringBuilder b = new StringBuilder();
    for (String l : src.split("\n")) {
      String t = l.trim();
      if (t.startsWith("import ")) {
        continue;
      }
      if (t.startsWith("*") && !t.startsWith("*/")) {
        t = t.substring(1);
      }
      b.append(t.replaceAll("\\s+", ""));
    }
    // Split at statement and member ends so that a failure shows a readable neighbourhood.
    return List.of(b.toString().split("(?<=[;{}])"));
  }
}
