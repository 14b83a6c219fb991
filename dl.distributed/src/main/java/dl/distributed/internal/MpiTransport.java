package dl.distributed.internal;

import java.nio.ByteBuffer;

/** A {@link Transport} on an MPI communicator handle. */
public final class MpiTransport implements Transport {
  private final int comm;
  private final int rank;
  private final int size;

  private MpiTransport(int comm) {
    this.comm = comm;
    this.rank = Mpi.rank(comm);
    this.size = Mpi.size(comm);
  }

  /** MPI's world communicator (initialising MPI on first use). */
  public static MpiTransport world() {
    Mpi.init();
    return new MpiTransport(Mpi.WORLD);
  }

  @Override
  public int rank() {
    return rank;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public String processorName() {
    return Mpi.processorName();
  }

  @Override
  public Transport split(int color, int key) {
    return new MpiTransport(Mpi.split(comm, color, key));
  }

  @Override
  public void barrier() {
    Mpi.barrier(comm);
  }

  @Override
  public void bcast(ByteBuffer buf, int count, int type, int root) {
    Mpi.bcast(buf, count, type, root, comm);
  }

  @Override
  public void allreduce(ByteBuffer send, ByteBuffer recv, int count, int type, int op) {
    Mpi.allreduce(send, recv, count, type, op, comm);
  }

  @Override
  public void allgather(ByteBuffer send, int count, ByteBuffer recv, int type) {
    Mpi.allgather(send, count, recv, type, comm);
  }

  @Override
  public void gather(ByteBuffer send, int count, ByteBuffer recv, int type, int root) {
    Mpi.gather(send, count, recv, type, root, comm);
  }

  @Override
  public void scatter(ByteBuffer send, int count, ByteBuffer recv, int type, int root) {
    Mpi.scatter(send, count, recv, type, root, comm);
  }

  @Override
  public void abort(Throwable cause) {
    Mpi.abort(cause);
  }

  @Override
  public void free() {
    if (comm != Mpi.WORLD) {
      Mpi.free(comm);
    }
  }
}
