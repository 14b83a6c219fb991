package dl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catena soak} in process, a few steps on tiny generated Fashion-MNIST files: the samples it
 * prints, a verdict that follows from them, and its usage errors. Whether the RSS stays flat is the
 * machine's business; that the verdict and the exit status agree with the printed figures is not.
 */
class SoakTest {
  @TempDir Path dir;

  static final Pattern SAMPLE =
      Pattern.compile(
          "^step +(\\d+)  RSS +([0-9.]+) MB  heap used +([0-9.]+) MB of +([0-9.]+) MB committed"
              + "  ([0-9.]+) s$",
          Pattern.MULTILINE);
  static final Pattern VERDICT =
      Pattern.compile(
          "^soak: RSS after step (\\d+): ([0-9.]+) MB; range ([0-9.]+)\\.\\.([0-9.]+) MB"
              + " \\(([-+][0-9.]+)% / ([-+][0-9.]+)%\\): (FLAT \\(within ±5%\\)|NOT FLAT \\(beyond"
              + " ±5%\\))$",
          Pattern.MULTILINE);

  MainTest.Result soak(String... more) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("soak", "--data", TrainerLoopTest.data(dir).toString()));
    args.addAll(List.of(more));
    return MainTest.catena(args.toArray(String[]::new));
  }

  @Test
  void samplesTheRssAndGivesAVerdictThatFollowsFromTheSamples() throws IOException {
    MainTest.Result r = soak("--steps", "6", "--sample", "2", "--warmup", "4", "--unit", "5");
    assertEquals("", r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(
        lines
            .get(0)
            .matches("soak: MLP 784-5-5-10 on \\S+, 6 steps, RSS every 2 steps, flat after step 4"),
        lines.get(0));
    Matcher m = SAMPLE.matcher(r.out());
    List<Integer> steps = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    double seconds = 0;
    while (m.find()) {
      steps.add(Integer.parseInt(m.group(1)));
      rss.add(Double.parseDouble(m.group(2)));
      assertTrue(Double.parseDouble(m.group(3)) <= Double.parseDouble(m.group(4)), m.group());
      double s = Double.parseDouble(m.group(5));
      assertTrue(s >= seconds, "the clock runs forward: " + m.group());
      seconds = s;
    }
    assertEquals(List.of(2, 4, 6), steps, r.out());
    for (double mb : rss) {
      // This JVM's own resident set is tens of megabytes at least, and not terabytes.
      assertTrue(mb > 10 && mb < 1e6, r.out());
    }
    Matcher v = VERDICT.matcher(r.out());
    assertTrue(v.find(), r.out());
    assertEquals(4, Integer.parseInt(v.group(1)));
    List<Double> after = rss.subList(1, 3); // steps 4 and 6
    double ref = after.get(0);
    double min = Math.min(after.get(0), after.get(1));
    double max = Math.max(after.get(0), after.get(1));
    assertEquals(ref, Double.parseDouble(v.group(2)));
    assertEquals(min, Double.parseDouble(v.group(3)));
    assertEquals(max, Double.parseDouble(v.group(4)));
    double down = Double.parseDouble(v.group(5));
    double up = Double.parseDouble(v.group(6));
    // The percentages again from the printed megabytes: those are rounded to 0.1 MB (an error of
    // up to 10 / ref points) and the percentages to 0.1 point.
    assertEquals(100 * (min - ref) / ref, down, 0.05 + 10 / ref);
    assertEquals(100 * (max - ref) / ref, up, 0.05 + 10 / ref);
    boolean flat = v.group(7).startsWith("FLAT");
    assertEquals(up <= 5 && down >= -5, flat, v.group());
    assertEquals(flat ? 0 : 1, r.exit(), r.out());
    assertEquals(lines.get(lines.size() - 1), v.group());
    assertEquals(5, lines.size(), r.out());
  }

  @Test
  void tooFewSamplesAfterTheWarmupGiveNoVerdict() throws IOException {
    MainTest.Result r = soak("--steps", "2", "--sample", "1", "--warmup", "2", "--unit", "3");
    assertEquals(2, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("step      1  RSS"), r.out());
    assertTrue(
        r.out().endsWith("soak: too few samples after the warm-up for a verdict\n"), r.out());
  }

  @Test
  void badOptionsAndMissingDataAreUsageErrors() throws IOException {
    MainTest.Result missing = soak("--steps");
    assertEquals(2, missing.exit());
    assertEquals("soak: --steps needs a value\n", missing.err());
    MainTest.Result unknown = soak("--batch", "7");
    assertEquals(2, unknown.exit());
    assertEquals(
        "soak: unknown option --batch (expected --steps, --sample, --warmup, --unit, --data)\n",
        unknown.err());
    Path empty = Files.createDirectories(dir.resolve("empty"));
    MainTest.Result none = MainTest.catena("soak", "--data", empty.toString(), "--steps", "1");
    assertEquals(2, none.exit(), none.err());
    assertEquals(1, none.err().lines().count(), none.err());
    assertTrue(
        none.err().startsWith("soak: ") && none.err().contains(empty.toString()), none.err());
    assertEquals("", none.out());
  }
}
