package dl.distributed;

import dl.api.DType;
import dl.api.Link;
import dl.api.Parameter;
import dl.distributed.internal.Mpi;
import dl.distributed.internal.Packing;
import dl.distributed.internal.Transport;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/**
 * ChainerMN's {@code flat} communicator: all gradients of a dtype packed into one buffer, one
 * allreduce, the mean unpacked (one collective per step instead of one per parameter).
 */
class FlatCommunicator extends Communicator {
  private final GradPacker packer = new GradPacker();

  FlatCommunicator(Transport t) {
    this(t, "flat");
  }

  FlatCommunicator(Transport t, String name) {
    super(t, name);
  }

  /** Sums the packed buffer over the ranks, in place; the divisor of the mean. */
  int reduce(ByteBuffer buf, int count, int type) {
    long t0 = System.nanoTime();
    transport.allreduce(null, buf, count, type, Mpi.SUM);
    addCommunicationNanos(System.nanoTime() - t0);
    return size();
  }

  @Override
  Communicator withTransport(Transport t) {
    return new FlatCommunicator(t);
  }

  @Override
  public final void multiNodeMeanGrad(Link model, boolean zeroFill) {
    List<Parameter> params = sortedParams(model, !zeroFill);
    for (Map.Entry<DType, List<Parameter>> e : GradPacker.byDtype(params).entrySet()) {
      long p0 = System.nanoTime();
      ByteBuffer buf = packer.packGrads(e.getKey(), e.getValue());
      addPackingNanos(System.nanoTime() - p0);
      int divisor =
          reduce(buf, Math.toIntExact(GradPacker.count(e.getValue())), Packing.mpiType(e.getKey()));
      long u0 = System.nanoTime();
      GradPacker.unpackGrads(buf, e.getKey(), e.getValue(), divisor);
      addPackingNanos(System.nanoTime() - u0);
    }
  }
}
