package dl.distributed;

import dl.distributed.internal.Mpi;
import dl.distributed.internal.Packing;
import dl.distributed.internal.Transport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Object collectives by Java serialization (ChainerMN pickles): for small metadata such as shapes,
 * host names and evaluation results, never for gradients.
 */
final class ObjectCollectives {
  private ObjectCollectives() {}

  static <T extends Serializable> T bcast(Transport t, T obj, int root) {
    if (root < 0 || root >= t.size()) {
      throw new IllegalArgumentException(
          "bcastObj: root must be in [0, " + t.size() + "), got " + root);
    }
    byte[] mine = t.rank() == root ? serialize(obj) : new byte[0];
    ByteBuffer len = Packing.direct(null, 4);
    len.putInt(0, mine.length);
    t.bcast(len, 1, Mpi.INT32, root);
    int n = len.getInt(0);
    ByteBuffer buf = Packing.direct(null, n);
    if (t.rank() == root) {
      buf.put(0, mine);
    }
    t.bcast(buf, n, Mpi.BYTE, root);
    byte[] bytes = new byte[n];
    buf.get(0, bytes);
    return deserialize(bytes);
  }

  static <T extends Serializable> List<T> allgather(Transport t, T obj) {
    byte[] mine = serialize(obj);
    int size = t.size();
    ByteBuffer len = Packing.direct(null, 4);
    len.putInt(0, mine.length);
    ByteBuffer lens = Packing.direct(null, 4L * size);
    t.allgather(len, 1, lens, Mpi.INT32);
    int max = 0;
    for (int r = 0; r < size; r++) {
      max = Math.max(max, lens.getInt(4 * r));
    }
    ByteBuffer send = Packing.direct(null, max);
    send.put(0, mine);
    ByteBuffer recv = Packing.direct(null, (long) max * size);
    t.allgather(send, max, recv, Mpi.BYTE);
    List<T> out = new ArrayList<>(size);
    for (int r = 0; r < size; r++) {
      byte[] bytes = new byte[lens.getInt(4 * r)];
      recv.get(r * max, bytes);
      out.add(deserialize(bytes));
    }
    return out;
  }

  private static byte[] serialize(Object obj) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(obj);
    } catch (IOException e) {
      throw new UncheckedIOException("object collective: cannot serialize " + obj, e);
    }
    return bytes.toByteArray();
  }

  @SuppressWarnings("unchecked")
  private static <T> T deserialize(byte[] bytes) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return (T) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("object collective: cannot deserialize a received object", e);
    }
  }
}
