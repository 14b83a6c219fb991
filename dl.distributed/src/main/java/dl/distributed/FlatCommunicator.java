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
final class FlatCommunicator extends Communicator {
  private final GradPacker packer = new GradPacker();

  FlatCommunicator(Transport t) {
    super(t, "flat");
  }

  @Override
  Communicator withTransport(Transport t) {
    return new FlatCommunicator(t);
  }

  @Override
  public void multiNodeMeanGrad(Link model, boolean zeroFill) {
    List<Parameter> params = sortedParams(model, !zeroFill);
    for (Map.Entry<DType, List<Parameter>> e : GradPacker.byDtype(params).entrySet()) {
      long p0 = System.nanoTime();
      ByteBuffer buf = packer.packGrads(e.getKey(), e.getValue());
      addPackingNanos(System.nanoTime() - p0);
      long t0 = System.nanoTime();
      transport.allreduce(
          null,
          buf,
          Math.toIntExact(GradPacker.count(e.getValue())),
          Packing.mpiType(e.getKey()),
          Mpi.SUM);
      addCommunicationNanos(System.nanoTime() - t0);
      long u0 = System.nanoTime();
      GradPacker.unpackGrads(buf, e.getKey(), e.getValue(), size());
      addPackingNanos(System.nanoTime() - u0);
    }
  }
}
