package dl.distributed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Parameter;
import dl.api.ReduceOp;
import dl.api.Rng;
import dl.api.Variable;
import dl.distributed.internal.SelfTransport;
import dl.links.Classifier;
import dl.optimizers.SGD;
import dl.training.datasets.Dataset;
import java.nio.ByteBuffer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The communicators on a job of one (no MPI), and the MPI-independent parts. */
class SingleProcessTest {
  @Test
  void shardsHaveEqualLengthAndOverlapLikeChainerMn() {
    // n = 10 over 4 ranks: ceil(10 / 4) = 3 each, beginning at 10 * r / 4.
    int[][] want = {{0, 3}, {2, 5}, {5, 8}, {7, 10}};
    for (int r = 0; r < 4; r++) {
      assertArrayEquals(want[r], MultiNodeDatasets.shardRange(10, 4, r));
    }
    for (int n : new int[] {0, 1, 2, 7, 99, 1000}) {
      for (int size = 1; size <= 5; size++) {
        int covered = 0;
        for (int r = 0; r < size; r++) {
          int[] range = MultiNodeDatasets.shardRange(n, size, r);
          assertEquals((n + size - 1) / size, range[1] - range[0]);
          assertTrue(range[1] <= n && range[0] <= covered, "no gap before rank " + r);
          covered = range[1];
        }
        assertEquals(n, covered);
      }
    }
    assertThrows(IllegalArgumentException.class, () -> MultiNodeDatasets.shardRange(5, 2, 2));
  }

  @Test
  void scatterDatasetOnOneRankIsTheShuffledDataset() {
    Communicator comm = Communicators.of("flat", new SelfTransport());
    Dataset<Integer> d =
        new Dataset<>() {
          @Override
          public int size() {
            return 5;
          }

          @Override
          public Integer get(int i) {
            return 10 + i;
          }
        };
    Dataset<Integer> mine = MultiNodeDatasets.scatterDataset(d, comm, true, 3L);
    assertEquals(5, mine.size());
    java.util.List<Integer> seen = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      seen.add(mine.get(i));
    }
    assertTrue(!seen.equals(java.util.List.of(10, 11, 12, 13, 14)), "shuffled: " + seen);
    java.util.Collections.sort(seen);
    assertEquals(java.util.List.of(10, 11, 12, 13, 14), seen);
    assertEquals(
        java.util.List.of(10, 11, 12, 13, 14),
        java.util.stream.IntStream.range(0, 5)
            .mapToObj(MultiNodeDatasets.scatterDataset(d, comm, false, null)::get)
            .toList());
  }

  @Test
  void collectivesOfOneProcessAreCopies() {
    for (String name : Communicators.NAMES) {
      if (name.equals("pure_nccl")) {
        continue;
      }
      Communicator comm = Communicators.of(name, new SelfTransport());
      assertEquals(name, comm.name());
      assertEquals(0, comm.rank());
      assertEquals(1, comm.size());
      assertEquals(1, comm.intraSize());
      assertEquals(1, comm.interSize());
      NdArray x = NdArrays.of(new double[] {1.5, -2}, 2);
      assertArrayEquals(x.toDoubleArray(), comm.allreduce(x, ReduceOp.SUM).toDoubleArray());
      assertArrayEquals(x.toDoubleArray(), comm.bcast(x, 0).toDoubleArray());
      assertArrayEquals(x.toDoubleArray(), comm.allgather(x)[0].toDoubleArray());
      assertArrayEquals(x.toDoubleArray(), comm.gather(x, 0)[0].toDoubleArray());
      assertArrayEquals(x.toDoubleArray(), comm.scatter(new NdArray[] {x}, 0).toDoubleArray());
      assertEquals(3.0, comm.allreduceObj(3.0));
      assertEquals(Map.of("a", 2.0), comm.allreduceObj(Map.of("a", 2.0)));
      assertEquals("x", comm.bcastObj("x", 0));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> comm.bcast(x, 1));
      assertTrue(e.getMessage().contains("root must be in [0, 1)"), e.getMessage());
      ByteBuffer heap = ByteBuffer.allocate(8);
      e =
          assertThrows(
              IllegalArgumentException.class,
              () -> comm.allreduce(heap, Datatype.FLOAT64, ReduceOp.SUM));
      assertTrue(e.getMessage().contains("direct ByteBuffer"), e.getMessage());
      ByteBuffer odd = ByteBuffer.allocateDirect(6);
      e =
          assertThrows(
              IllegalArgumentException.class,
              () -> comm.allreduce(odd, Datatype.FLOAT32, ReduceOp.SUM));
      assertTrue(e.getMessage().contains("not a whole number"), e.getMessage());
    }
  }

  @Test
  void unknownCommunicatorIsNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Communicators.create("nccl"));
    assertTrue(e.getMessage().contains("unknown communicator 'nccl'"), e.getMessage());
    assertTrue(e.getMessage().contains("pure_nccl"), e.getMessage());
  }

  @Test
  void multiNodeOptimizerOnOneRankSkipsTheFirstUpdateThenMatchesThePlainOne() {
    Classifier a = new Classifier(new Equivalence.Net());
    Classifier b = new Classifier(new Equivalence.Net());
    Communicator comm = Communicators.of("flat", new SelfTransport());
    MultiNodeOptimizer mo = MultiNodeOptimizer.create(new SGD(0.1), comm).setup(a);
    SGD plain = new SGD(0.1);
    plain.setup(b);
    Variable[] first = Equivalence.batch(DType.FLOAT32, Equivalence.rows(0, 4));
    Rng.seed(5); // the lazy links draw their initial values on the first forward
    mo.update(() -> a.call(first)); // initialises, broadcasts, skips
    assertEquals(0, mo.t());
    Rng.seed(5);
    Variable unused = b.call(first);
    Variable[] second = Equivalence.batch(DType.FLOAT32, Equivalence.rows(4, 4));
    mo.update(() -> a.call(second));
    plain.update(() -> b.call(second));
    assertEquals(1, mo.t());
    Map<String, Parameter> pa = a.namedParams();
    for (Map.Entry<String, Parameter> e : b.namedParams().entrySet()) {
      assertArrayEquals(
          e.getValue().array().toFloatArray(), pa.get(e.getKey()).array().toFloatArray(), 0f);
    }
    assertThrows(IllegalArgumentException.class, () -> MultiNodeOptimizer.create(mo, comm));
  }

  @Test
  void pureNcclReportsWhyItIsUnavailable() {
    String why = PureNcclCommunicator.unavailableReason();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        why != null, "a GPU with NCCL is present: covered by PureNcclTest");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Communicators.create("pure_nccl"));
    assertTrue(e.getMessage().contains(why), e.getMessage());
    System.out.println("pure_nccl unavailable here: " + why);
  }
}
