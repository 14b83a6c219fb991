package dl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The first main job end to end: one epoch of the MLP on the real Fashion-MNIST. */
class TrainFashionMnistTest {
  @org.junit.jupiter.api.io.TempDir java.nio.file.Path out;

  @Test
  void oneEpochReachesEightyFivePercentTestAccuracy() {
    assumeTrue(
        Files.exists(FashionMnist.DEFAULT_DIR.resolve("train-images-idx3-ubyte.gz")),
        "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist); .ci/run"
            + " installs it");
    TrainFashionMnist cmd = new TrainFashionMnist();
    int rc =
        new CommandLine(cmd)
            .execute("--epoch", "1", "--seed", "0", "--out", out.toString(), "--noplot");
    assertEquals(0, rc);
    assertTrue(
        cmd.lastTestAccuracy >= 0.85, "test accuracy after one epoch: " + cmd.lastTestAccuracy);
  }
}
