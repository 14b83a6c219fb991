package dl.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Collectives, equivalence and failure handling across real MPI processes started by mpirun. */
class MpiRunTest {
  @BeforeAll
  static void needMpi() {
    String why = MpiRun.unavailableReason();
    assumeTrue(why == null, () -> "skipped: " + why);
  }

  private static void assertOk(MpiRun.Result r, String marker, int np) {
    assertEquals(0, r.exitCode(), () -> "mpirun failed:\n" + r.output());
    for (int rank = 0; rank < np; rank++) {
      String want = marker + " rank " + rank;
      assertTrue(r.output().contains(want), () -> "no '" + want + "' in:\n" + r.output());
    }
  }

  @Test
  void collectivesOnTwoRanksFlat() throws Exception {
    assertOk(MpiRun.run(2, 120, "collectives", "flat"), "OK collectives flat", 2);
  }

  @Test
  void collectivesOnThreeRanksNaive() throws Exception {
    assertOk(MpiRun.run(3, 120, "collectives", "naive"), "OK collectives naive", 3);
  }

  // float64: rounding differences of the summation order only (1e-12). float32: the same
  // differences at float32's epsilon (1.2e-7), through a few steps on O(1) parameters: measured
  // 3.7e-9 (SGD) and 3.0e-8 (Adam) on 2 ranks; the bound 1e-6 leaves a factor of ~30.
  @Test
  void twoRanksEqualOneRankWithTheCombinedBatchFlat() throws Exception {
    MpiRun.Result r =
        MpiRun.run(
            2,
            120,
            "equivalence",
            "flat",
            "float64",
            "sgd",
            "4",
            "3",
            "1e-12",
            "float64",
            "adam",
            "4",
            "3",
            "1e-12",
            "float32",
            "sgd",
            "4",
            "3",
            "1e-6",
            "float32",
            "adam",
            "4",
            "3",
            "1e-6");
    assertOk(r, "OK equivalence", 2);
    System.out.print(r.output().lines().filter(l -> l.startsWith("MAXDIFF")).toList());
  }

  @Test
  void threeRanksEqualOneRankWithTheCombinedBatchNaive() throws Exception {
    MpiRun.Result r =
        MpiRun.run(
            3,
            120,
            "equivalence",
            "naive",
            "float64",
            "adam",
            "3",
            "2",
            "1e-12",
            "float32",
            "sgd",
            "3",
            "2",
            "1e-6");
    assertOk(r, "OK equivalence", 3);
  }

  @Test
  void aThrowingRankEndsTheJobWithItsError() throws Exception {
    MpiRun.Result r = MpiRun.run(2, 60, "throw");
    assertNotEquals(0, r.exitCode(), () -> "the job must fail:\n" + r.output());
    assertNotEquals(-1, r.exitCode(), () -> "the job hung until killed:\n" + r.output());
    assertTrue(r.output().contains("rank 1 fails on purpose"), r::output);
    assertTrue(r.output().contains("rank 1 failed"), r::output);
    assertTrue(!r.output().contains("passed the allreduce"), r::output);
    System.out.printf("throwing rank: the job ended after %.1f s%n", r.seconds());
  }
}
