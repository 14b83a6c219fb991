package dl.distributed.internal;

import java.nio.ByteBuffer;

/**
 * The collectives a communicator is built on, over direct buffers: {@link MpiTransport} on an MPI
 * communicator, {@link SelfTransport} for a single process without MPI. Counts are elements of
 * {@code type} (an {@link Mpi} datatype code); every buffer starts at its position 0.
 */
public interface Transport {
  /** This process's rank. */
  int rank();

  /** Number of processes. */
  int size();

  /** The host name MPI reports for this process. */
  String processorName();

  /** {@code MPI_Comm_split}. */
  Transport split(int color, int key);

  /** {@code MPI_Barrier}. */
  void barrier();

  /** {@code MPI_Bcast}. */
  void bcast(ByteBuffer buf, int count, int type, int root);

  /** {@code MPI_Allreduce}; a null {@code send} reduces {@code recv} in place. */
  void allreduce(ByteBuffer send, ByteBuffer recv, int count, int type, int op);

  /** {@code MPI_Allgather} of {@code count} elements per rank. */
  void allgather(ByteBuffer send, int count, ByteBuffer recv, int type);

  /** {@code MPI_Gather}; {@code recv} is used at the root only. */
  void gather(ByteBuffer send, int count, ByteBuffer recv, int type, int root);

  /** {@code MPI_Scatter}; {@code send} is used at the root only. */
  void scatter(ByteBuffer send, int count, ByteBuffer recv, int type, int root);

  /** Ends the whole job with status 1. */
  void abort(Throwable cause);

  /** Releases the communicator (not the world one). */
  void free();

  /** Bytes per element of an {@link Mpi} datatype code. */
  static int itemSize(int type) {
    switch (type) {
      case Mpi.BYTE:
        return 1;
      case Mpi.INT32:
      case Mpi.FLOAT32:
        return 4;
      default:
        return 8;
    }
  }
}
