package dl.distributed.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;

/**
 * A {@link Transport} of one process and no MPI: every collective is a copy (or nothing), so a
 * program written for N ranks runs unchanged as one.
 */
public final class SelfTransport implements Transport {
  @Override
  public int rank() {
    return 0;
  }

  @Override
  public int size() {
    return 1;
  }

  @Override
  public String processorName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  @Override
  public Transport split(int color, int key) {
    return new SelfTransport();
  }

  @Override
  public void barrier() {}

  @Override
  public void bcast(ByteBuffer buf, int count, int type, int root) {
    checkRoot(root);
  }

  @Override
  public void allreduce(ByteBuffer send, ByteBuffer recv, int count, int type, int op) {
    copy(send, recv, count, type);
  }

  @Override
  public void allgather(ByteBuffer send, int count, ByteBuffer recv, int type) {
    copy(send, recv, count, type);
  }

  @Override
  public void gather(ByteBuffer send, int count, ByteBuffer recv, int type, int root) {
    checkRoot(root);
    copy(send, recv, count, type);
  }

  @Override
  public void scatter(ByteBuffer send, int count, ByteBuffer recv, int type, int root) {
    checkRoot(root);
    copy(send, recv, count, type);
  }

  @Override
  public void abort(Throwable cause) {
    System.err.println("dl.distributed: the process failed (" + cause + "); exiting");
    Runtime.getRuntime().halt(1);
  }

  @Override
  public void free() {}

  private static void checkRoot(int root) {
    if (root != 0) {
      throw new IllegalArgumentException("root must be in [0, 1) for one process, got " + root);
    }
  }

  private static void copy(ByteBuffer send, ByteBuffer recv, int count, int type) {
    if (send == null) {
      return;
    }
    int bytes = count * Transport.itemSize(type);
    recv.put(0, send, 0, bytes);
  }
}
