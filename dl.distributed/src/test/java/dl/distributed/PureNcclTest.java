package dl.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** pure_nccl on a GPU: one rank per GPU (the collectives and the equivalence scenario). */
class PureNcclTest {
  @Test
  void pureNcclAveragesLikeFlat() throws Exception {
    String mpi = MpiRun.unavailableReason();
    assumeTrue(mpi == null, () -> "skipped: " + mpi);
    String why = PureNcclCommunicator.unavailableReason();
    assumeTrue(why == null, () -> "skipped: pure_nccl unavailable: " + why);
    MpiRun.Result r =
        MpiRun.run(
            1,
            120,
            "equivalence",
            "pure_nccl",
            "float64",
            "adam",
            "3",
            "4",
            "1e-12",
            "float32",
            "sgd",
            "3",
            "4",
            "1e-6");
    assertEquals(0, r.exitCode(), r::output);
    assertTrue(r.output().contains("OK equivalence rank 0"), r::output);
  }
}
