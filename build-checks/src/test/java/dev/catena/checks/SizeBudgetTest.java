package dev.catena.checks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The size budget: no hand-written main source file over {@code size.budget.lines} lines (500), so
 * that classes are split where they grow. Prints lines per module and the largest files; the full
 * per-file table goes to build-checks/target/size-report.txt.
 */
class SizeBudgetTest {
  private static final int BUDGET = Integer.getInteger("size.budget.lines", 500);

  /**
   * Generated files, exempt from the budget, each with the reason. {@code F} is Chainer's flat
   * {@code chainer.functions} namespace, one page that lists every function; it is generated from
   * the category classes (FMath, FArray, ...), which hold the code and stay within the budget, and
   * dl.functions' {@code FacadeTest} fails when it is out of date.
   */
  private static final List<Path> GENERATED =
      List.of(Path.of("dl.functions/src/main/java/dl/functions/F.java"));

  private record FileSize(Path file, int lines) {}

  @Test
  void noMainSourceFileIsOverBudget() throws IOException {
    Path root = Tree.root();
    List<FileSize> all = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    StringBuilder modules = new StringBuilder("Size budget: main source lines per module\n");
    for (Path module : Tree.modules()) {
      int total = 0;
      for (Path f : Tree.mainSources(module)) {
        FileSize s = new FileSize(root.relativize(f), Tree.lines(f));
        all.add(s);
        total += s.lines();
        report.append(String.format("%6d  %s%n", s.lines(), s.file()));
      }
      modules.append(String.format("%8d  %s%n", total, module.getFileName()));
    }
    all.sort(Comparator.comparingInt(FileSize::lines).reversed());
    modules.append("Largest main source files (budget ").append(BUDGET).append(" lines):\n");
    for (FileSize s : all.subList(0, Math.min(10, all.size()))) {
      modules.append(String.format("%8d  %s%n", s.lines(), s.file()));
    }
    System.out.print(modules);
    Path out = Path.of("target", "size-report.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, modules + "All main source files:\n" + report);

    List<String> over = new ArrayList<>();
    for (FileSize s : all) {
      if (s.lines() > BUDGET && !GENERATED.contains(s.file())) {
        over.add(s.file() + " has " + s.lines() + " lines");
      }
    }
    assertTrue(
        over.isEmpty(),
        "Size budget: main source files over "
            + BUDGET
            + " lines (split them into cohesive classes): "
            + over);
    assertTrue(all.size() > 50, "the size budget found too few sources: " + all.size());
  }
}
