package dev.catena.checks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md and docs/*.md compiles against the real modules (this
 * test's class path holds all of them). A block is split into its top-level type declarations
 * (lines from {@code class}/{@code interface}/{@code record} at column 0 to the closing brace at
 * column 0), which become types of their own, and the remaining statements, which become the body
 * of a method whose class declares the free names the prose talks about ({@code x}, {@code t},
 * {@code model}, {@code optimizer}); the common imports are given. A {@code module} declaration is
 * parsed only (its packages are the plugin's, not here). Nothing may be elided: {@code ...} in code
 * does not compile, so the docs show complete code.
 */
class SnippetsCompileTest {
  static final String IMPORTS =
      String.join(
          "\n",
          "import dl.api.*;",
          "import dl.api.spi.*;",
          "import dl.backend.cuda.*;",
          "import dl.distributed.*;",
          "import dl.functions.F;",
          "import dl.links.*;",
          "import dl.optimizers.*;",
          "import dl.testing.*;",
          "import dl.training.*;",
          "import dl.training.datasets.*;",
          "import dl.training.extensions.*;",
          "import dl.training.iterators.*;",
          "import dl.training.serializers.*;",
          "import dl.training.triggers.*;",
          "import dl.plugins.mish.*;",
          "import dl.plugins.glu.*;",
          "import dl.plugins.lion.*;",
          "import dl.spitest.Cube;",
          "import java.nio.file.*;",
          "import java.util.*;",
          "import org.junit.jupiter.api.Test;",
          "");

  /** The names the docs' prose gives a meaning to before a snippet uses them. */
  static final String FREE_NAMES =
      """
        Variable x, t;
        Classifier model;
        Optimizer optimizer;
      """;

  static final Pattern BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  static final Pattern TYPE =
      Pattern.compile("^(public |final |abstract )*(class|interface|record|enum) ");

  @TempDir Path out;

  record Source(String name, String where, String code) {}

  @Test
  void everyJavaSnippetInTheDocsCompiles() throws IOException {
    Path root = Tree.root();
    List<Path> docs = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> s = Files.list(root.resolve("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    List<Source> units = new ArrayList<>();
    List<Source> modules = new ArrayList<>();
    for (Path doc : docs) {
      String text = Files.readString(doc);
      Matcher m = BLOCK.matcher(text);
      while (m.find()) {
        int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        String where = root.relativize(doc) + ":" + line;
        String name = "Snippet" + units.size() + "_" + modules.size();
        String code = m.group(1);
        if (code.contains("module-info.java") || code.stripLeading().startsWith("module ")) {
          modules.add(new Source(name, where, code));
        } else {
          units.add(new Source(name, where, unit(name, code)));
        }
      }
    }
    assertTrue(units.size() >= 10, "snippets not found: " + units.size());
    List<String> errors = new ArrayList<>();
    compile(units, true, errors);
    compile(modules, false, errors);
    assertTrue(errors.isEmpty(), "snippets that do not compile:\n" + String.join("\n", errors));
  }

  /** The snippet as a compilation unit: its types, then a class holding its statements. */
  static String unit(String name, String code) {
    StringBuilder types = new StringBuilder();
    StringBuilder body = new StringBuilder();
    StringBuilder imports = new StringBuilder();
    String[] lines = code.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (l.startsWith("import ")) {
        imports.append(l).append('\n');
      } else if (TYPE.matcher(l).find()) {
        types.append(l.replaceFirst("^public ", "")).append('\n');
        while (!lines[i].startsWith("}") && i + 1 < lines.length) {
          i++;
          types.append(lines[i]).append('\n');
        }
      } else if (l.startsWith("@Test") || l.startsWith("@Override")) {
        types.append("class ").append(name).append("Methods {\n").append(l).append('\n');
        while (!lines[i].startsWith("}") && i + 1 < lines.length) {
          i++;
          types.append(lines[i]).append('\n');
        }
        types.append("}\n");
      } else {
        body.append("    ").append(l).append('\n');
      }
    }
    return imports
        + IMPORTS
        + types
        + "abstract class "
        + name
        + " {\n"
        + FREE_NAMES
        + "  @SuppressWarnings(\"unchecked\")\n  void run() throws Exception {\n"
        + body
        + "  }\n}\n";
  }

  void compile(List<Source> sources, boolean full, List<String> errors) throws IOException {
    if (sources.isEmpty()) {
      return;
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<JavaFileObject> files = new ArrayList<>();
    for (Source s : sources) {
      String file = full ? s.name() + ".java" : s.name() + "/module-info.java";
      files.add(
          new SimpleJavaFileObject(URI.create("string:///" + file), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return s.code();
            }
          });
    }
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    List<String> options =
        List.of(
            "-proc:none",
            "-d",
            out.toString(),
            "-classpath",
            System.getProperty("java.class.path"),
            "-Xlint:none");
    JavacTask task = (JavacTask) javac.getTask(null, null, diags, options, null, files);
    if (full) {
      task.call();
    } else {
      task.parse();
    }
    for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      String file = d.getSource() == null ? "?" : d.getSource().getName();
      String where = "?";
      for (Source s : sources) {
        if (file.contains(s.name() + ".java") || file.contains(s.name() + "/")) {
          where = s.where();
        }
      }
      errors.add(where + ": " + d.getMessage(Locale.ROOT) + "\n    at: " + snippetLine(d));
    }
  }

  static String snippetLine(Diagnostic<? extends JavaFileObject> d) {
    try {
      String[] lines = d.getSource().getCharContent(true).toString().split("\n", -1);
      long n = d.getLineNumber();
      return n >= 1 && n <= lines.length ? lines[(int) n - 1].trim() : "";
    } catch (IOException e) {
      return "";
    }
  }
}
