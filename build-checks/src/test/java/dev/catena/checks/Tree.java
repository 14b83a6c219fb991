package dev.catena.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The source tree these checks look at: the reactor root and its modules. */
final class Tree {
  private Tree() {}

  /** The reactor root, passed by surefire as {@code catena.root}. */
  static Path root() {
    String root = System.getProperty("catena.root");
    if (root == null) {
      throw new IllegalStateException("catena.root is not set: run the checks through mvn verify");
    }
    return Path.of(root);
  }

  /** The product modules: every dl.* folder of the root with a pom.xml, sorted by name. */
  static List<Path> modules() {
    try (Stream<Path> s = Files.list(root())) {
      return s.filter(p -> p.getFileName().toString().startsWith("dl."))
          .filter(p -> Files.isRegularFile(p.resolve("pom.xml")))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The hand-written main Java sources of a module (src/main/java), sorted by path. */
  static List<Path> mainSources(Path module) {
    Path dir = module.resolve("src/main/java");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return new ArrayList<>(
          s.filter(p -> p.toString().endsWith(".java"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of lines of a text file. */
  static int lines(Path file) {
    try (Stream<String> s = Files.lines(file)) {
      return (int) s.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
