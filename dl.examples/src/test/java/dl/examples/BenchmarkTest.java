package dl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catena benchmark} on a tiny generated Fashion-MNIST (no timing is asserted). */
class BenchmarkTest {
  @TempDir Path dir;

  /** {@code n} images whose label is their mean brightness bucket, so they can be learnt. */
  private void split(String prefix, int n) throws IOException {
    byte[] px = new byte[n * 784];
    byte[] labels = new byte[n];
    for (int i = 0; i < n; i++) {
      labels[i] = (byte) (i % 10);
      for (int p = 0; p < 784; p++) {
        px[i * 784 + p] = (byte) (p % 10 == i % 10 ? 250 : 0);
      }
    }
    TrainerLoopTest.idx(
        dir.resolve(prefix + "-images-idx3-ubyte.gz"), 0x803, new int[] {n, 28, 28}, px);
    TrainerLoopTest.idx(
        dir.resolve(prefix + "-labels-idx1-ubyte.gz"), 0x801, new int[] {n}, labels);
  }

  private Matcher result(String model, int steps, int[] rc) throws IOException {
    split("train", 300);
    split("t10k", 50);
    String out =
        BenchmarkMlpTest.captured(
            () ->
                rc[0] =
                    Benchmark.run(
                        "--model", model, "--steps", "" + steps, "--data", dir.toString()));
    Matcher m =
        Pattern.compile(
                "RESULT "
                    + model
                    + ": train (\\d+) ex/s \\(median step [0-9.]+ ms over (\\d+) steps after"
                    + " warm-up; .*\\), inference (\\d+) ex/s, final test acc ([0-9.]+), first"
                    + " step done ([0-9.]+)s after launch, peak RSS (\\S+) MiB")
            .matcher(out);
    assertTrue(m.find(), out);
    return m;
  }

  @Test
  void smallMlpRunsEpochsOverTheSplitAndPrintsItsResultLine() throws IOException {
    int[] rc = new int[1];
    // 3 batches per epoch: 7 steps run over 3 epochs, the median over steps 5 and 6.
    Matcher m = result("small", 7, rc);
    assertEquals(0, rc[0]);
    assertTrue(Long.parseLong(m.group(1)) > 0);
    assertEquals(2, Integer.parseInt(m.group(2)));
    assertTrue(Long.parseLong(m.group(3)) > 0);
    double acc = Double.parseDouble(m.group(4));
    assertTrue(acc >= 0 && acc <= 1, "accuracy " + acc);
    assertTrue(Double.parseDouble(m.group(5)) > 0);
  }

  @Test
  void mlpRuns() throws IOException {
    int[] rc = new int[1];
    Matcher m = result("mlp", 2, rc);
    assertEquals(0, rc[0]);
    assertEquals(1, Integer.parseInt(m.group(2)));
  }

  @Test
  void cnnRuns() throws IOException {
    int[] rc = new int[1];
    result("cnn", 1, rc);
    assertEquals(0, rc[0]);
  }

  @Test
  void optionsAreParsedAndBadOnesNamed() {
    Benchmark.Options o = Benchmark.parse("--model=cnn", "--steps", "5", "--seed", "3");
    assertEquals("cnn", o.model);
    assertEquals(5, o.steps);
    assertEquals(3, o.seed);
    assertNull(Benchmark.parse("--help"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Benchmark.parse("--model", "rnn"));
    assertEquals("--model: expected mlp, small or cnn, got rnn", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Benchmark.parse("--steps", "0"));
    assertEquals("--steps: expected a positive integer, got 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Benchmark.parse("--steps"));
    assertEquals("--steps: missing value", e.getMessage());
    assertEquals(2, Benchmark.run("--bogus", "1"));
    assertEquals(0, Benchmark.run("-h"));
    assertEquals(1, Benchmark.run("--data", dir.resolve("absent").toString()));
  }

  @Test
  void medianIsNumpys() {
    assertEquals(2.0, Benchmark.median(new double[] {1, 2, 3}));
    assertEquals(2.5, Benchmark.median(new double[] {1, 2, 3, 4}));
  }
}
