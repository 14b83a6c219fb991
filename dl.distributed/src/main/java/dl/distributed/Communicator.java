package dl.distributed;

import dl.api.DType;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Parameter;
import dl.api.ReduceOp;
import dl.distributed.internal.Mpi;
import dl.distributed.internal.Packing;
import dl.distributed.internal.Transport;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A group of processes that train one model together (ChainerMN's {@code CommunicatorBase}): ranks
 * and sizes, within a host ({@code intra}) and across hosts ({@code inter}), array collectives on
 * {@link NdArray}s and direct {@link ByteBuffer}s, object collectives for small metadata, and the
 * gradient averaging that {@link MultiNodeOptimizer} calls. Create one with {@link
 * Communicators#create}.
 *
 * <pre>{@code
 * Communicator comm = Communicators.create("flat");
 * NdArray total = comm.allreduce(NdArrays.of(new float[] {comm.rank()}, 1), ReduceOp.SUM);
 * }</pre>
 */
public abstract class Communicator implements AutoCloseable {
  final Transport transport;
  private final String name;
  private int[] hostInfo; // intraRank, intraSize, interRank, interSize
  private long communicationNanos;
  private long packingNanos;

  Communicator(Transport transport, String name) {
    this.transport = transport;
    this.name = name;
  }

  /** The communicator's name ({@code "flat"}, ...). */
  public final String name() {
    return name;
  }

  /** This process's rank in {@code [0, size)}. */
  public final int rank() {
    return transport.rank();
  }

  /** Number of processes. */
  public final int size() {
    return transport.size();
  }

  /** Rank among the processes on this host. */
  public final int intraRank() {
    return hostInfo()[0];
  }

  /** Number of processes on this host. */
  public final int intraSize() {
    return hostInfo()[1];
  }

  /** Index of this host among the hosts of the job (hosts sorted by name). */
  public final int interRank() {
    return hostInfo()[2];
  }

  /** Number of hosts. */
  public final int interSize() {
    return hostInfo()[3];
  }

  /** The host name MPI reports for this process. */
  public final String processorName() {
    return transport.processorName();
  }

  private int[] hostInfo() {
    if (hostInfo == null) {
      List<String> hosts = allgatherObj(transport.processorName());
      List<String> distinct = new ArrayList<>(new TreeSet<>(hosts));
      String mine = hosts.get(rank());
      int intraRank = 0;
      int intraSize = 0;
      for (int r = 0; r < hosts.size(); r++) {
        if (hosts.get(r).equals(mine)) {
          intraSize++;
          if (r < rank()) {
            intraRank++;
          }
        }
      }
      hostInfo = new int[] {intraRank, intraSize, distinct.indexOf(mine), distinct.size()};
    }
    return hostInfo;
  }

  /**
   * A communicator of the processes that pass the same {@code color}, ranked by {@code key} (then
   * by rank), of the same kind as this one ({@code MPI_Comm_split}; collective).
   */
  public final Communicator split(int color, int key) {
    return withTransport(transport.split(color, key));
  }

  abstract Communicator withTransport(Transport t);

  /** Waits until every process reaches it. */
  public final void barrier() {
    transport.barrier();
  }

  /** Ends the whole job (every rank) with status 1, saying which rank failed and why. */
  public final void abort(Throwable cause) {
    transport.abort(cause);
  }

  /** Frees a communicator made by {@link #split}; the world one stays. */
  @Override
  public void close() {
    transport.free();
  }

  /** Seconds spent in {@link #multiNodeMeanGrad}'s collectives so far (for profiling). */
  public final double communicationSeconds() {
    return communicationNanos / 1e9;
  }

  final void addCommunicationNanos(long nanos) {
    communicationNanos += nanos;
  }

  /**
   * Seconds spent in {@link #multiNodeMeanGrad} packing gradients into direct buffers and unpacking
   * the means (the copies around the collectives) so far.
   */
  public final double packingSeconds() {
    return packingNanos / 1e9;
  }

  final void addPackingNanos(long nanos) {
    packingNanos += nanos;
  }

  // ---- direct buffers ----

  /** Broadcasts {@code buf}'s elements from its position to its limit, in place, from root. */
  public final void bcast(ByteBuffer buf, Datatype type, int root) {
    checkRoot("bcast", root);
    transport.bcast(checkDirect("bcast", buf).slice(), count(buf, type), type.code, root);
  }

  /** Reduces {@code buf}'s elements from its position to its limit over all ranks, in place. */
  public final void allreduce(ByteBuffer buf, Datatype type, ReduceOp op) {
    transport.allreduce(
        null, checkDirect("allreduce", buf).slice(), count(buf, type), type.code, opCode(op));
  }

  /**
   * Gathers every rank's {@code send} (position to limit, the same length on every rank) into
   * {@code recv} in rank order, on every rank.
   */
  public final void allgather(ByteBuffer send, ByteBuffer recv, Datatype type) {
    int n = count(send, type);
    checkCapacity("allgather", recv, (long) n * size() * type.itemSize);
    transport.allgather(
        checkDirect("allgather", send).slice(),
        n,
        checkDirect("allgather", recv).slice(),
        type.code);
  }

  static int count(ByteBuffer buf, Datatype type) {
    if (buf.remaining() % type.itemSize != 0) {
      throw new IllegalArgumentException(
          "buffer of "
              + buf.remaining()
              + " bytes is not a whole number of "
              + type
              + " elements ("
              + type.itemSize
              + " bytes each)");
    }
    return buf.remaining() / type.itemSize;
  }

  static ByteBuffer checkDirect(String op, ByteBuffer buf) {
    if (!buf.isDirect()) {
      throw new IllegalArgumentException(
          op + ": expected a direct ByteBuffer (ByteBuffer.allocateDirect), got a heap buffer");
    }
    return buf;
  }

  private static void checkCapacity(String op, ByteBuffer buf, long bytes) {
    if (buf.remaining() < bytes) {
      throw new IllegalArgumentException(
          op + ": receive buffer has " + buf.remaining() + " bytes, needs " + bytes);
    }
  }

  final void checkRoot(String op, int root) {
    if (root < 0 || root >= size()) {
      throw new IllegalArgumentException(op + ": root must be in [0, " + size() + "), got " + root);
    }
  }

  static int opCode(ReduceOp op) {
    switch (op) {
      case SUM:
        return Mpi.SUM;
      case MAX:
        return Mpi.MAX;
      case MIN:
        return Mpi.MIN;
      case PROD:
        return Mpi.PROD;
    }
    throw new IllegalArgumentException("unsupported reduction " + op);
  }

  // ---- arrays ----

  /**
   * The root's array on every rank ({@code x} may be null elsewhere: the shape and dtype come from
   * the root).
   */
  public final NdArray bcast(NdArray x, int root) {
    checkRoot("bcast", root);
    if (rank() == root && x == null) {
      throw new IllegalArgumentException("bcast: the root's array must not be null");
    }
    int[] meta = bcastObj(rank() == root ? header(x) : null, root);
    DType dtype = DType.values()[meta[0]];
    int[] shape = java.util.Arrays.copyOfRange(meta, 1, meta.length);
    int n = product(shape);
    ByteBuffer buf = Packing.direct(null, (long) n * dtype.itemSize());
    if (rank() == root) {
      Packing.put(buf, 0, x);
    }
    transport.bcast(buf, n, Packing.mpiType(dtype), root);
    return Packing.get(buf, 0, x != null ? x.backend() : NdArrays.backend(), dtype, shape, 1);
  }

  /** The elementwise reduction of {@code x} over all ranks (same shape and dtype on every rank). */
  public final NdArray allreduce(NdArray x, ReduceOp op) {
    checkSameLayout("allreduce", x);
    int n = x.size();
    ByteBuffer buf = Packing.direct(null, (long) n * x.dtype().itemSize());
    Packing.put(buf, 0, x);
    transport.allreduce(null, buf, n, Packing.mpiType(x.dtype()), opCode(op));
    return Packing.get(buf, 0, x.backend(), x.dtype(), x.shape(), 1);
  }

  /** Every rank's array, in rank order, on every rank (shapes may differ, dtypes may not). */
  public final NdArray[] allgather(NdArray x) {
    List<int[]> headers = allgatherObj(header(x));
    return collect("allgather", x, headers, -1);
  }

  /** Every rank's array in rank order at the root; null on the other ranks. */
  public final NdArray[] gather(NdArray x, int root) {
    checkRoot("gather", root);
    List<int[]> headers = allgatherObj(header(x));
    return collect("gather", x, headers, root);
  }

  private NdArray[] collect(String op, NdArray x, List<int[]> headers, int root) {
    int max = 0;
    for (int r = 0; r < headers.size(); r++) {
      int[] h = headers.get(r);
      if (h[0] != x.dtype().ordinal()) {
        throw new IllegalArgumentException(
            op
                + ": rank "
                + r
                + " sends "
                + DType.values()[h[0]]
                + ", rank "
                + rank()
                + " sends "
                + x.dtype());
      }
      max = Math.max(max, product(java.util.Arrays.copyOfRange(h, 1, h.length)));
    }
    int item = x.dtype().itemSize();
    ByteBuffer send = Packing.direct(null, (long) max * item);
    Packing.put(send, 0, x);
    ByteBuffer recv = Packing.direct(null, (long) max * item * size());
    int type = Packing.mpiType(x.dtype());
    if (root < 0) {
      transport.allgather(send, max, recv, type);
    } else {
      transport.gather(send, max, recv, type, root);
      if (rank() != root) {
        return null;
      }
    }
    NdArray[] out = new NdArray[size()];
    for (int r = 0; r < size(); r++) {
      int[] h = headers.get(r);
      out[r] =
          Packing.get(
              recv,
              (long) r * max,
              x.backend(),
              x.dtype(),
              java.util.Arrays.copyOfRange(h, 1, h.length),
              1);
    }
    return out;
  }

  /**
   * Rank {@code r} receives {@code xs[r]} from the root ({@code xs}: one array per rank, the same
   * shape and dtype; ignored elsewhere).
   */
  public final NdArray scatter(NdArray[] xs, int root) {
    checkRoot("scatter", root);
    if (rank() == root && (xs == null || xs.length != size())) {
      throw new IllegalArgumentException(
          "scatter: expected one array per rank ("
              + size()
              + "), got "
              + (xs == null ? "null" : xs.length));
    }
    int[] meta = bcastObj(rank() == root ? header(xs[0]) : null, root);
    if (rank() == root) {
      for (NdArray a : xs) {
        if (!java.util.Arrays.equals(header(a), meta)) {
          throw new IllegalArgumentException(
              "scatter: every array must have the shape and dtype of the first");
        }
      }
    }
    DType dtype = DType.values()[meta[0]];
    int[] shape = java.util.Arrays.copyOfRange(meta, 1, meta.length);
    int n = product(shape);
    ByteBuffer send = null;
    if (rank() == root) {
      send = Packing.direct(null, (long) n * size() * dtype.itemSize());
      for (int r = 0; r < size(); r++) {
        Packing.put(send, (long) r * n, xs[r]);
      }
    }
    ByteBuffer recv = Packing.direct(null, (long) n * dtype.itemSize());
    transport.scatter(send, n, recv, Packing.mpiType(dtype), root);
    return Packing.get(
        recv, 0, rank() == root ? xs[0].backend() : NdArrays.backend(), dtype, shape, 1);
  }

  private void checkSameLayout(String op, NdArray x) {
    List<int[]> all = allgatherObj(header(x));
    for (int r = 0; r < all.size(); r++) {
      if (!java.util.Arrays.equals(all.get(r), all.get(rank()))) {
        throw new IllegalArgumentException(
            op
                + ": every rank must pass the same shape and dtype; rank "
                + r
                + " has "
                + describe(all.get(r))
                + ", rank "
                + rank()
                + " has "
                + describe(all.get(rank())));
      }
    }
  }

  private static String describe(int[] h) {
    return DType.values()[h[0]]
        + " "
        + java.util.Arrays.toString(java.util.Arrays.copyOfRange(h, 1, h.length));
  }

  private static int[] header(NdArray x) {
    int[] h = new int[x.ndim() + 1];
    h[0] = x.dtype().ordinal();
    System.arraycopy(x.shape(), 0, h, 1, x.ndim());
    return h;
  }

  static int product(int[] shape) {
    int n = 1;
    for (int d : shape) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }

  // ---- objects (small metadata, Java serialization) ----

  /** The root's object on every rank. */
  public final <T extends java.io.Serializable> T bcastObj(T obj, int root) {
    return ObjectCollectives.bcast(transport, obj, root);
  }

  /** Every rank's object in rank order, on every rank. */
  public final <T extends java.io.Serializable> List<T> allgatherObj(T obj) {
    return ObjectCollectives.allgather(transport, obj);
  }

  /** Every rank's object in rank order at the root; null elsewhere. */
  public final <T extends java.io.Serializable> List<T> gatherObj(T obj, int root) {
    checkRoot("gatherObj", root);
    List<T> all = allgatherObj(obj);
    return rank() == root ? all : null;
  }

  /** The sum of {@code x} over all ranks. */
  public final double allreduceObj(double x) {
    double s = 0;
    for (double v : allgatherObj(x)) {
      s += v;
    }
    return s;
  }

  /** The elementwise sum over all ranks of maps with the same keys (missing keys count as 0). */
  public final Map<String, Double> allreduceObj(Map<String, Double> x) {
    Map<String, Double> sum = new TreeMap<>();
    for (TreeMap<String, Double> m : allgatherObj(new TreeMap<>(x))) {
      for (Map.Entry<String, Double> e : m.entrySet()) {
        sum.merge(e.getKey(), e.getValue(), Double::sum);
      }
    }
    return sum;
  }

  // ---- models ----

  /** Copies the root's (rank 0's) initialised parameters into every rank's model. */
  public void bcastData(Link model) {
    for (List<Parameter> group : GradPacker.byDtype(sortedParams(model, false)).values()) {
      GradPacker.bcastData(transport, group, 0);
    }
  }

  /**
   * Replaces every initialised parameter's gradient by its mean over the ranks ({@code zeroFill}: a
   * missing gradient counts as zeros, so every rank sends the same layout; otherwise parameters
   * without a gradient are left out, which must then be the same on every rank).
   */
  public abstract void multiNodeMeanGrad(Link model, boolean zeroFill);

  /** Averages the floating persistent values (BN's running statistics) over the ranks. */
  public void allreducePersistent(Link model) {
    for (Map.Entry<String, Link> e : new TreeMap<>(model.namedLinks(false)).entrySet()) {
      Link l = e.getValue();
      for (String p : l.persistentNames()) {
        NdArray v = l.persistent(p);
        if (v != null && v.dtype().isFloating()) {
          l.setPersistent(p, allreduce(v, ReduceOp.SUM).div(size()));
        }
      }
    }
  }

  /** Initialised parameters (all when {@code withGradOnly} is false), sorted by path. */
  static List<Parameter> sortedParams(Link model, boolean withGradOnly) {
    List<Parameter> out = new ArrayList<>();
    for (Parameter p : new TreeMap<>(model.namedParams(false)).values()) {
      if (!withGradOnly || p.grad() != null) {
        out.add(p);
      }
    }
    return out;
  }
}
