package dl.distributed;

import dl.api.Config;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Optimizer;
import dl.api.ReduceOp;
import dl.api.Scope;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The programs that the tests run under {@code mpirun}, one per scenario (first argument). Each
 * checks its results itself, prints {@code OK <scenario> rank R} and exits 0, or throws (which
 * aborts the job with status 1).
 */
public final class MpiChild {
  private MpiChild() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "collectives":
        collectives(Communicators.create(args.length > 1 ? args[1] : "flat"));
        break;
      case "equivalence":
        equivalence(args);
        break;
      case "throw":
        throwing();
        break;
      case "hosts":
        hosts();
        break;
      default:
        throw new IllegalArgumentException("unknown scenario " + args[0]);
    }
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }

  /** Every collective, every dtype, sizes 0, 1 and odd ones, checked against formulas. */
  static void collectives(Communicator comm) {
    int r = comm.rank();
    int n = comm.size();
    for (DType dt : DType.values()) {
      for (int len : new int[] {0, 1, 7, 1001}) {
        NdArray x = ramp(dt, len, r);
        double[] sum = comm.allreduce(x, ReduceOp.SUM).toDoubleArray();
        double[] max = comm.allreduce(x, ReduceOp.MAX).toDoubleArray();
        double[] min = comm.allreduce(x, ReduceOp.MIN).toDoubleArray();
        for (int i = 0; i < len; i++) {
          double expected = 0;
          for (int q = 0; q < n; q++) {
            expected += value(dt, i, q);
          }
          check(sum[i] == expected, dt + " allreduce sum[" + i + "] " + sum[i] + " != " + expected);
          check(max[i] == value(dt, i, n - 1), dt + " allreduce max[" + i + "]");
          check(min[i] == value(dt, i, 0), dt + " allreduce min[" + i + "]");
        }
        int root = n - 1;
        NdArray b = comm.bcast(r == root ? x : null, root);
        check(b.dtype() == dt && b.size() == len, dt + " bcast shape");
        check(Arrays.equals(b.toDoubleArray(), ramp(dt, len, root).toDoubleArray()), dt + " bcast");
        // Shapes differ by rank: rank q sends len + q elements.
        NdArray[] all = comm.allgather(ramp(dt, len + r, r));
        NdArray[] gathered = comm.gather(ramp(dt, len + r, r), 0);
        check((r == 0) == (gathered != null), "gather result only at the root");
        for (int q = 0; q < n; q++) {
          double[] want = ramp(dt, len + q, q).toDoubleArray();
          check(Arrays.equals(all[q].toDoubleArray(), want), dt + " allgather from " + q);
          if (gathered != null) {
            check(Arrays.equals(gathered[q].toDoubleArray(), want), dt + " gather from " + q);
          }
        }
        NdArray[] parts = new NdArray[n];
        for (int q = 0; q < n; q++) {
          parts[q] = ramp(dt, len, q + 10);
        }
        NdArray mine = comm.scatter(r == 0 ? parts : null, 0);
        check(
            Arrays.equals(mine.toDoubleArray(), ramp(dt, len, r + 10).toDoubleArray()),
            dt + " scatter");
      }
    }
    for (Datatype t : Datatype.values()) {
      for (int len : new int[] {0, 1, 5, 333}) {
        rawAllreduce(comm, t, len);
      }
    }
    check(comm.bcastObj(r == 0 ? "from zero" : null, 0).equals("from zero"), "bcastObj");
    List<Integer> ranks = comm.allgatherObj(r);
    for (int q = 0; q < n; q++) {
      check(ranks.get(q) == q, "allgatherObj " + ranks);
    }
    check(comm.allreduceObj((double) r) == n * (n - 1) / 2.0, "allreduceObj(double)");
    Map<String, Double> m = comm.allreduceObj(Map.of("a", 1.0, "b", (double) r));
    check(m.get("a") == n && m.get("b") == n * (n - 1) / 2.0, "allreduceObj(map) " + m);
    check(comm.intraSize() == n && comm.interSize() == 1 && comm.intraRank() == r, "one host");
    try (Communicator half = comm.split(r % 2, r)) {
      check(half.size() == (n + 1 - r % 2) / 2 && half.rank() == r / 2, "split");
      check(half.allreduceObj(1.0) == half.size(), "collective on the split communicator");
    }
    models(comm);
    comm.barrier();
    System.out.println("OK collectives " + comm.name() + " rank " + r + " of " + n);
  }

  /** BN statistics, the evaluator's mean and the rank-0 snapshot. */
  static void models(Communicator comm) {
    int r = comm.rank();
    int n = comm.size();
    dl.links.BatchNormalization bn = new dl.links.BatchNormalization(3);
    bn.setPersistent("avg_mean", NdArrays.of(new float[] {r, 2 * r, 1}, 3));
    MultiNodeExtensions.allreducePersistent(bn, comm).call(null);
    float mean = (n - 1) / 2f;
    check(
        Arrays.equals(bn.persistent("avg_mean").toFloatArray(), new float[] {mean, 2 * mean, 1}),
        "allreducePersistent " + Arrays.toString(bn.persistent("avg_mean").toFloatArray()));
    Map<String, Double> m =
        MultiNodeExtensions.mean(comm, Map.of("validation/main/loss", (double) r));
    check(m.get("validation/main/loss") == (n - 1) / 2.0, "evaluator mean " + m);
    // Gradients: the mean for naive and flat, untouched by dummy; a missing one counts as zero.
    for (String name : List.of("naive", "flat", "dummy")) {
      Communicator c = Communicators.of(name, comm.transport);
      dl.links.Linear lin = new dl.links.Linear(2, 1);
      lin.W.setGrad(NdArrays.of(new float[] {r, 1}, 1, 2));
      lin.b.setGrad(r == 0 ? null : NdArrays.of(new float[] {2 * r}, 1));
      c.multiNodeMeanGrad(lin, true);
      float[] w = lin.W.grad().toFloatArray();
      float b = lin.b.grad().toFloatArray()[0];
      boolean dummy = name.equals("dummy");
      check(w[0] == (dummy ? r : mean) && w[1] == 1, name + " W grad " + Arrays.toString(w));
      check(b == (dummy ? (r == 0 ? 0 : 2 * r) : 2 * mean), name + " b grad " + b);
    }
    int[] calls = {0};
    MultiNodeExtensions.snapshot(t -> calls[0]++, comm).call(null);
    check(calls[0] == (r == 0 ? 1 : 0), "snapshot runs on rank 0 only");
  }

  private static void rawAllreduce(Communicator comm, Datatype t, int len) {
    ByteBuffer buf =
        ByteBuffer.allocateDirect(len * t.itemSize() + 8).order(ByteOrder.nativeOrder());
    buf.position(8); // a view that does not start at the buffer's address
    ByteBuffer view = buf.slice().order(ByteOrder.nativeOrder());
    long big = 3_000_000_000L; // beyond int range for INT64
    for (int i = 0; i < len; i++) {
      long v = (long) i % 5 + comm.rank();
      switch (t) {
        case BYTE:
          view.put(i, (byte) v);
          break;
        case INT32:
          view.putInt(4 * i, (int) v);
          break;
        case INT64:
          view.putLong(8 * i, big + v);
          break;
        case FLOAT32:
          view.putFloat(4 * i, v + 0.5f);
          break;
        case FLOAT64:
          view.putDouble(8 * i, v + 0.25);
          break;
      }
    }
    comm.allreduce(view, t, ReduceOp.SUM);
    int n = comm.size();
    for (int i = 0; i < len; i++) {
      long base = (long) (i % 5) * n + (long) n * (n - 1) / 2;
      boolean ok;
      switch (t) {
        case BYTE:
          ok = view.get(i) == (byte) base;
          break;
        case INT32:
          ok = view.getInt(4 * i) == base;
          break;
        case INT64:
          ok = view.getLong(8 * i) == big * n + base;
          break;
        case FLOAT32:
          ok = view.getFloat(4 * i) == base + 0.5f * n;
          break;
        default:
          ok = view.getDouble(8 * i) == base + 0.25 * n;
      }
      check(ok, t + " raw allreduce element " + i + " of " + len);
    }
  }

  static double value(DType dt, int i, int rank) {
    return dt == DType.INT32 ? i * 3 + rank * 1000 : i * 0.5 + rank * 1000 + 0.25;
  }

  static NdArray ramp(DType dt, int len, int rank) {
    switch (dt) {
      case FLOAT32:
        {
          float[] f = new float[len];
          for (int i = 0; i < len; i++) {
            f[i] = (float) value(dt, i, rank);
          }
          return NdArrays.of(f, len);
        }
      case FLOAT64:
        {
          double[] d = new double[len];
          for (int i = 0; i < len; i++) {
            d[i] = value(dt, i, rank);
          }
          return NdArrays.of(d, len);
        }
      default:
        {
          int[] v = new int[len];
          for (int i = 0; i < len; i++) {
            v[i] = (int) value(dt, i, rank);
          }
          return NdArrays.of(v, len);
        }
    }
  }

  /** equivalence COMM then groups of DTYPE OPTIMIZER STEPS BATCH BOUND. */
  static void equivalence(String[] a) {
    Communicator comm = Communicators.create(a[1]);
    for (int g = 2; g + 4 < a.length; g += 5) {
      DType dt = DType.of(a[g]);
      try (Scope s = Config.using(Config.Key.DTYPE, dt)) {
        double diff =
            Equivalence.maxDifference(
                comm, a[g + 1], Integer.parseInt(a[g + 2]), Integer.parseInt(a[g + 3]), dt);
        double bound = Double.parseDouble(a[g + 4]);
        if (comm.rank() == 0) {
          System.out.println("MAXDIFF " + a[1] + " " + dt + " " + a[g + 1] + " " + diff);
          check(diff <= bound, "max difference " + diff + " above " + bound);
        }
      }
    }
    comm.barrier();
    System.out.println("OK equivalence rank " + comm.rank());
  }

  static Optimizer optimizer(String name) {
    return name.equals("adam") ? new dl.optimizers.Adam(0.01) : new dl.optimizers.SGD(0.1);
  }

  /** Rank 1 throws while rank 0 waits in a collective. */
  static void throwing() {
    Communicator comm = Communicators.create("flat");
    comm.barrier();
    if (comm.rank() == 1) {
      throw new IllegalStateException("rank 1 fails on purpose");
    }
    comm.allreduce(NdArrays.of(new float[] {1}, 1), ReduceOp.SUM); // never completes
    System.out.println("rank 0 passed the allreduce, which it must not");
  }

  /** Prints host names and intra/inter ranks (for the two-namespace test). */
  static void hosts() {
    Communicator comm = Communicators.create("flat");
    double sum = comm.allreduceObj(1.0);
    NdArray x = comm.allreduce(NdArrays.of(new double[] {comm.rank() + 1, 2}, 2), ReduceOp.SUM);
    check(sum == comm.size(), "allreduceObj over TCP");
    check(x.toDoubleArray()[0] == comm.size() * (comm.size() + 1) / 2.0, "allreduce over TCP");
    System.out.println(
        "HOST rank "
            + comm.rank()
            + " name "
            + comm.processorName()
            + " intra "
            + comm.intraRank()
            + "/"
            + comm.intraSize()
            + " inter "
            + comm.interRank()
            + "/"
            + comm.interSize());
  }
}
