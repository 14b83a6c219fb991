package dl.distributed.internal;

import dl.api.ReduceOp;
import dl.distributed.Communicator;
import dl.distributed.Communicators;
import dl.distributed.Datatype;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The Java side of {@code bench/allreduce-vs-c.sh}: the {@code flat} communicator's in-place float
 * allreduce of a direct buffer, 4 KB to 64 MB, the same loop as {@code bench/allreduce.c}. Prints
 * {@code bytes median_us min_us} per size on rank 0. Run under mpirun; argument: seconds per size.
 */
public final class AllreduceBench {
  private AllreduceBench() {}

  public static void main(String[] args) {
    Communicator comm = Communicators.create("flat");
    double budget = args.length > 0 ? Double.parseDouble(args[0]) : 0.5;
    for (long bytes = 4096; bytes <= 64L << 20; bytes *= 4) {
      ByteBuffer buf = ByteBuffer.allocateDirect((int) bytes).order(ByteOrder.nativeOrder());
      for (int i = 0; i < bytes / 4; i++) {
        buf.putFloat(4 * i, i % 7);
      }
      comm.allreduce(buf, Datatype.FLOAT32, ReduceOp.SUM); // warm-up (and JIT)
      long t0 = System.nanoTime();
      comm.allreduce(buf, Datatype.FLOAT32, ReduceOp.SUM);
      double one = (System.nanoTime() - t0) / 1e9;
      int reps = one > 0 ? (int) Math.min(1000, Math.max(5, budget / one)) : 1000;
      reps = comm.bcastObj(reps, 0);
      double[] t = new double[reps];
      for (int r = 0; r < reps; r++) {
        comm.barrier();
        long s = System.nanoTime();
        comm.allreduce(buf, Datatype.FLOAT32, ReduceOp.SUM);
        t[r] = (System.nanoTime() - s) / 1e3;
      }
      Arrays.sort(t);
      if (comm.rank() == 0) {
        System.out.printf("%d %.1f %.1f%n", bytes, t[reps / 2], t[0]);
      }
    }
  }
}
