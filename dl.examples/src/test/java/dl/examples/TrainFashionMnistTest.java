package dl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The first main job end to end: the MLP trained on the real Fashion-MNIST reaches 85% test
 * accuracy. Three epochs, not one: after one epoch the test accuracy of seeds 0-4 spreads over
 * 0.845-0.863 (mean 0.851), so a single seed sits on the bar and a last-bit change in a float32
 * product moves it to either side; after three it spreads over 0.859-0.875 (mean 0.869).
 */
class TrainFashionMnistTest {
  @org.junit.jupiter.api.io.TempDir java.nio.file.Path out;

  @Test
  void threeEpochsReachEightyFivePercentTestAccuracy() {
    assumeTrue(
        Files.exists(FashionMnist.DEFAULT_DIR.resolve("train-images-idx3-ubyte.gz")),
        "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist); .ci/run"
            + " installs it");
    TrainFashionMnist cmd = new TrainFashionMnist();
    int rc =
        new CommandLine(cmd)
            .execute("--epoch", "3", "--seed", "0", "--out", out.toString(), "--noplot");
    assertEquals(0, rc);
    assertTrue(
        cmd.lastTestAccuracy >= 0.85, "test accuracy after three epochs: " + cmd.lastTestAccuracy);
  }
}
