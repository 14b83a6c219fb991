package dl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

  /** train-fashion-mnist's options for a job of one on tiny data: 30 images in batches of 7. */
  private String[] options(String communicator, Path out, String... more) throws IOException {
    String[] common = {
      "--communicator",
      communicator,
      "--data",
      TrainerLoopTest.data(dir).toString(),
      "--batchsize",
      "7",
      "--unit",
      "5",
      "--out",
      out.toString()
    };
    return TrainerLoopTest.concat(common, more);
  }

  @Test
  void trainsWritesTheLogAndTheSnapshotOnRankZero() throws Exception {
    Path out = dir.resolve("out");
    int rc =
        new CommandLine(new TrainFashionMnist())
            .execute(options("flat", out, "--epoch", "2", "--noplot"));
    assertEquals(0, rc);
    assertTrue(Files.exists(out.resolve("snapshot_iter_9")), "snapshot at the end of epoch 2");
    String log = Files.readString(out.resolve("log"));
    assertEquals(2, log.split("\"epoch\"").length - 1, log);
    assertTrue(log.contains("\"validation/main/accuracy\""), log);
  }

  @Test
  void rankZeroPlotsAndAResumedRunContinuesToTheLaterEpoch() throws Exception {
    Path out = dir.resolve("plots");
    String[] common =
        TrainerLoopTest.concat(new String[] {"train-fashion-mnist"}, options("naive", out));
    MainTest.Result first = MainTest.catena(TrainerLoopTest.concat(common, "--epoch", "1"));
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().contains("Using naive communicator"), first.out());
    // 30 examples in batches of 7: an epoch is 5 steps (the last one crossing into epoch 2).
    assertTrue(first.out().contains("rank 0: 5 steps in "), first.out());
    assertTrue(
        Files.size(out.resolve("loss.png")) > 0 && Files.size(out.resolve("accuracy.png")) > 0);
    Path snap = out.resolve("snapshot_iter_5");
    assertTrue(Files.exists(snap), "snapshot at the end of epoch 1");
    MainTest.Result resumed =
        MainTest.catena(
            TrainerLoopTest.concat(common, "--epoch", "2", "--resume", snap.toString()));
    assertEquals(0, resumed.exit(), resumed.err());
    assertTrue(resumed.out().contains("rank 0: 9 steps in "), resumed.out());
    assertTrue(Files.exists(out.resolve("snapshot_iter_9")), "snapshot at the end of epoch 2");
    String log = Files.readString(out.resolve("log"));
    assertEquals(2, log.split("\"epoch\"").length - 1, log);
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
