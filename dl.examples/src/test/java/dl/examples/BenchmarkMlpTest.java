package dl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The benchmark and the command-line entry point, run at toy sizes (no timing is asserted). */
class BenchmarkMlpTest {
  static String captured(Runnable r) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void benchmarkPrintsItsResultLine() {
    int[] rc = new int[1];
    String out =
        captured(
            () ->
                rc[0] =
                    new CommandLine(new BenchmarkMlp())
                        .execute(
                            "--batchsize", "4", "--unit", "8", "--warmup", "1", "--steps", "3"));
    assertEquals(0, rc[0], out);
    Matcher m =
        Pattern.compile(
                "RESULT catena mlp: train (\\d+) ex/s \\(median step [0-9.]+ ms over 3 steps after 1"
                    + " warm-up; .*\\), inference (\\d+) ex/s \\(batch 1000\\), device \\S+, (\\d+)"
                    + " cores")
            .matcher(out);
    assertTrue(m.find(), out);
    assertTrue(Long.parseLong(m.group(1)) > 0, out);
    assertTrue(Long.parseLong(m.group(2)) > 0, out);
    assertEquals(Runtime.getRuntime().availableProcessors(), Integer.parseInt(m.group(3)));
  }

  @Test
  void mainWithoutCommandPrintsUsageListingTheProgramsAndExitsTwo() {
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int[] rc = new int[1];
    String out =
        captured(
            () ->
                rc[0] =
                    Main.run(
                        System.out, new PrintStream(err, true, StandardCharsets.UTF_8), "--debug"));
    assertEquals(2, rc[0]);
    assertEquals("", out);
    String usage = err.toString(StandardCharsets.UTF_8);
    assertTrue(usage.startsWith("Usage: catena"), usage);
    assertTrue(usage.contains("train-fashion-mnist"), usage);
    assertTrue(usage.contains("benchmark-mlp"), usage);
    assertTrue(usage.endsWith("catena: no command given\n"), usage);
  }
}
