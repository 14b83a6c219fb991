package dl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * train-fashion-mnist --communicator as a job of one (no mpirun): the multi-node path of the
 * example (scattered data, multi-node optimizer, evaluator and rank-0 snapshot) end to end. The
 * multi-rank behaviour is tested in dl.distributed under mpirun.
 */
class DistributedLoopTest {
  @TempDir Path dir;

  @Test
  void trainsWritesTheLogAndTheSnapshotOnRankZero() throws Exception {
    TrainerLoopTest files = new TrainerLoopTest();
    files.dir = dir;
    Path data = files.data();
    Path out = dir.resolve("out");
    TrainFashionMnist cmd = new TrainFashionMnist();
    int rc =
        new CommandLine(cmd)
            .execute(
                "--communicator",
                "flat",
                "--data",
                data.toString(),
                "--batchsize",
                "7",
                "--unit",
                "5",
                "--epoch",
                "2",
                "--out",
                out.toString(),
                "--noplot");
    assertEquals(0, rc);
    assertTrue(Files.exists(out.resolve("snapshot_iter_9")), "snapshot at the end of epoch 2");
    String log = Files.readString(out.resolve("log"));
    assertEquals(2, log.split("\"epoch\"").length - 1, log);
    assertTrue(log.contains("\"validation/main/accuracy\""), log);
  }

  @Test
  void anUnknownCommunicatorIsNamed() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cl = new CommandLine(new TrainFashionMnist());
    cl.setErr(new PrintWriter(err, true));
    int rc = cl.execute("--communicator", "nccl", "--max-steps", "1");
    assertNotEquals(0, rc);
    assertTrue(err.toString().contains("unknown communicator 'nccl'"), err.toString());
  }
}
