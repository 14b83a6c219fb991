package dl.distributed.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.bytedeco.javacpp.Loader;

/**
 * MPI for the communicators: loads the native binding once, initialises MPI once per process, turns
 * error codes into exceptions naming the call, and arranges that a failing process ends the whole
 * job (an uncaught exception calls {@code MPI_Abort}; a process that exits without a clean finalize
 * within {@link #FINALIZE_TIMEOUT_SECONDS} halts with status 1, which makes {@code mpirun} kill the
 * other ranks).
 */
public final class Mpi {
  /** MPI datatype codes, shared with {@code catena_mpi.h}. */
  public static final int BYTE = 0;

  /** {@code MPI_INT}. */
  public static final int INT32 = 1;

  /** {@code MPI_LONG_LONG}. */
  public static final int INT64 = 2;

  /** {@code MPI_FLOAT}. */
  public static final int FLOAT32 = 3;

  /** {@code MPI_DOUBLE}. */
  public static final int FLOAT64 = 4;

  /** Reduction codes. */
  public static final int SUM = 0;

  /** {@code MPI_MAX}. */
  public static final int MAX = 1;

  /** {@code MPI_MIN}. */
  public static final int MIN = 2;

  /** {@code MPI_PROD}. */
  public static final int PROD = 3;

  /** The world communicator's handle. */
  public static final int WORLD = 0;

  /** How long a shutdown waits for {@code MPI_Finalize} before halting with status 1. */
  public static final int FINALIZE_TIMEOUT_SECONDS = 10;

  private static String loadError;
  private static boolean loaded;
  private static boolean initialized;
  private static volatile boolean failed;

  private Mpi() {}

  /** Null when the native binding loads, else why it does not. */
  public static synchronized String unavailableReason() {
    if (!loaded && loadError == null) {
      try {
        Loader.load(MpiNative.class);
        loaded = true;
      } catch (UnsatisfiedLinkError | RuntimeException e) {
        loadError =
            "dl.distributed: the MPI binding (libjniCatenaMpi) is not available: "
                + e.getMessage()
                + ". It is built only where mpi.h and mpicxx are installed (Debian: apt-get install"
                + " libopenmpi-dev openmpi-bin) — rebuild dl.distributed there";
      }
    }
    return loaded ? null : loadError;
  }

  /** Initialises MPI once (thread level serialized) and installs the abort-on-failure hooks. */
  public static synchronized void init() {
    if (initialized) {
      return;
    }
    String why = unavailableReason();
    if (why != null) {
      throw new IllegalStateException(why);
    }
    int rc = MpiNative.cmpi_init();
    if (rc < 0) {
      throw new IllegalStateException("MPI_Init_thread failed: " + errorString(-rc - 1));
    }
    initialized = true;
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler(
        (t, e) -> {
          if (previous != null) {
            previous.uncaughtException(t, e);
          } else {
            System.err.print("Exception in thread \"" + t.getName() + "\" ");
            e.printStackTrace();
          }
          abort(e);
        });
    Runtime.getRuntime().addShutdownHook(new Thread(Mpi::finalizeOrHalt, "mpi-finalize"));
  }

  /**
   * Ends the whole job: prints which rank failed and why, then {@code MPI_Abort} on the world
   * communicator with status 1 (ChainerMN's global except hook).
   */
  public static void abort(Throwable cause) {
    failed = true;
    int rank = initialized ? MpiNative.cmpi_rank(WORLD) : -1;
    System.err.println(
        "dl.distributed: rank " + rank + " failed (" + cause + "); aborting the MPI job");
    System.err.flush();
    System.out.flush();
    if (initialized) {
      MpiNative.cmpi_abort(WORLD, 1);
    }
    Runtime.getRuntime().halt(1);
  }

  /** Marks this process as failed: its exit then ends the job instead of finalizing. */
  public static void markFailed() {
    failed = true;
  }

  private static void finalizeOrHalt() {
    if (failed) {
      System.out.flush();
      Runtime.getRuntime().halt(1);
    }
    // MPI_Finalize waits for the other ranks; when one of them is stuck in a collective that
    // this process left (it threw, and System.exit ran), waiting forever would hang the job.
    Thread fin = new Thread(MpiNative::cmpi_finalize, "mpi-finalize-call");
    fin.setDaemon(true);
    fin.start();
    try {
      fin.join(FINALIZE_TIMEOUT_SECONDS * 1000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (fin.isAlive()) {
      System.err.println(
          "dl.distributed: MPI_Finalize did not complete within "
              + FINALIZE_TIMEOUT_SECONDS
              + " s (another rank failed or left a collective); ending this rank with status 1");
      Runtime.getRuntime().halt(1);
    }
  }

  static String errorString(int code) {
    ByteBuffer b = ByteBuffer.allocateDirect(1024);
    int len = MpiNative.cmpi_error_string(code, b, 1024);
    byte[] s = new byte[Math.max(0, len)];
    b.get(s);
    return new String(s, StandardCharsets.UTF_8) + " (MPI error " + code + ")";
  }

  private static int check(String call, int rc) {
    if (rc != 0) {
      throw new IllegalStateException(call + " failed: " + errorString(rc));
    }
    return rc;
  }

  private static int checkHandle(String call, int rc) {
    if (rc < 0) {
      throw new IllegalStateException(call + " failed: " + errorString(-rc - 1));
    }
    return rc;
  }

  /** {@code MPI_Comm_rank}. */
  public static int rank(int comm) {
    return checkHandle("MPI_Comm_rank", MpiNative.cmpi_rank(comm));
  }

  /** {@code MPI_Comm_size}. */
  public static int size(int comm) {
    return checkHandle("MPI_Comm_size", MpiNative.cmpi_size(comm));
  }

  /** {@code MPI_Get_processor_name}. */
  public static String processorName() {
    int cap = MpiNative.cmpi_max_processor_name() + 1;
    ByteBuffer b = ByteBuffer.allocateDirect(cap);
    int len = checkHandle("MPI_Get_processor_name", MpiNative.cmpi_processor_name(b, cap));
    byte[] s = new byte[len];
    b.get(s);
    return new String(s, StandardCharsets.UTF_8);
  }

  /** {@code MPI_Comm_split}: the new communicator's handle. */
  public static int split(int comm, int color, int key) {
    return checkHandle("MPI_Comm_split", MpiNative.cmpi_split(comm, color, key));
  }

  /** {@code MPI_Comm_free}. */
  public static void free(int comm) {
    check("MPI_Comm_free", MpiNative.cmpi_free(comm));
  }

  /** {@code MPI_Barrier}. */
  public static void barrier(int comm) {
    check("MPI_Barrier", MpiNative.cmpi_barrier(comm));
  }

  /** {@code MPI_Bcast} of {@code count} elements at the buffer's start. */
  public static void bcast(ByteBuffer buf, int count, int type, int root, int comm) {
    check("MPI_Bcast", MpiNative.cmpi_bcast(buf, count, type, root, comm));
  }

  /** {@code MPI_Allreduce}; a null {@code send} reduces {@code recv} in place. */
  public static void allreduce(
      ByteBuffer send, ByteBuffer recv, int count, int type, int op, int comm) {
    check("MPI_Allreduce", MpiNative.cmpi_allreduce(send, recv, count, type, op, comm));
  }

  /** {@code MPI_Iallreduce}: a request handle for {@link #await}. */
  public static int iallreduce(
      ByteBuffer send, ByteBuffer recv, int count, int type, int op, int comm) {
    return checkHandle(
        "MPI_Iallreduce", MpiNative.cmpi_iallreduce(send, recv, count, type, op, comm));
  }

  /** {@code MPI_Wait} on a request from {@link #iallreduce}. */
  public static void await(int request) {
    check("MPI_Wait", MpiNative.cmpi_wait(request));
  }

  /** {@code MPI_Allgather} of {@code count} elements per rank. */
  public static void allgather(ByteBuffer send, int count, ByteBuffer recv, int type, int comm) {
    check("MPI_Allgather", MpiNative.cmpi_allgather(send, count, recv, type, comm));
  }

  /** {@code MPI_Gather} of {@code count} elements per rank ({@code recv} used at the root). */
  public static void gather(
      ByteBuffer send, int count, ByteBuffer recv, int type, int root, int comm) {
    check("MPI_Gather", MpiNative.cmpi_gather(send, count, recv, type, root, comm));
  }

  /** {@code MPI_Scatter} of {@code count} elements per rank ({@code send} used at the root). */
  public static void scatter(
      ByteBuffer send, int count, ByteBuffer recv, int type, int root, int comm) {
    check("MPI_Scatter", MpiNative.cmpi_scatter(send, count, recv, type, root, comm));
  }

  /** {@code MPI_Wtime}. */
  public static double wtime() {
    return MpiNative.cmpi_wtime();
  }
}
