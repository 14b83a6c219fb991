package dev.catena.checks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Line-coverage floors per module, on the merged coverage of every test in the reactor (a module's
 * code counts as covered when any module's tests run it). The floors come from build-checks'
 * pom.xml ({@code coverage.floors}, {@code coverage.floor.default}); the data is JaCoCo's
 * report-aggregate CSV, written just before the tests run.
 */
class CoverageFloorTest {
  private static final Path CSV = Path.of("target/site/jacoco-aggregate/jacoco.csv");

  @Test
  void everyModuleMeetsItsLineCoverageFloor() throws Exception {
    assertTrue(
        Files.isRegularFile(CSV), CSV.toAbsolutePath() + " is missing (JaCoCo report-aggregate)");
    double fallback = Double.parseDouble(System.getProperty("coverage.floor.default", "0.80"));
    Map<String, Double> floors = new HashMap<>();
    for (String kv : System.getProperty("coverage.floors", "").split(",")) {
      if (!kv.isBlank()) {
        String[] p = kv.split("=");
        floors.put(p[0].trim(), Double.parseDouble(p[1].trim()));
      }
    }
    // module -> {missed, covered} lines
    Map<String, long[]> lines = new TreeMap<>();
    List<String> rows = Files.readAllLines(CSV);
    List<String> header = List.of(rows.get(0).split(","));
    int group = header.indexOf("GROUP");
    int missed = header.indexOf("LINE_MISSED");
    int covered = header.indexOf("LINE_COVERED");
    for (String row : rows.subList(1, rows.size())) {
      String[] c = row.split(",");
      String module = c[group].substring(c[group].lastIndexOf('/') + 1);
      long[] m = lines.computeIfAbsent(module, k -> new long[2]);
      m[0] += Long.parseLong(c[missed]);
      m[1] += Long.parseLong(c[covered]);
    }
    List<String> below = new ArrayList<>();
    StringBuilder table = new StringBuilder("Line coverage per module (merged over all tests):\n");
    for (Path dir : Tree.modules()) {
      String module = dir.getFileName().toString();
      long[] m = lines.get(module);
      if (m == null || m[0] + m[1] == 0) {
        continue; // no classes (nothing to cover)
      }
      double ratio = (double) m[1] / (m[0] + m[1]);
      double floor = floors.getOrDefault(module, fallback);
      boolean ok = ratio >= floor;
      table.append(
          String.format(
              "  %-22s %6.1f%%  (%d of %d lines; floor %.0f%%)%s%n",
              module, 100 * ratio, m[1], m[0] + m[1], 100 * floor, ok ? "" : "  BELOW FLOOR"));
      if (!ok) {
        below.add(String.format("%s %.1f%% < %.0f%%", module, 100 * ratio, 100 * floor));
      }
    }
    System.out.print(table);
    assertTrue(lines.containsKey("dl.api"), "no coverage data for dl.api: " + lines.keySet());
    assertTrue(
        below.isEmpty(),
        "line coverage below the floor (add tests; never lower a floor), report in"
            + " build-checks/target/site/jacoco-aggregate/index.html: "
            + below);
  }
}
