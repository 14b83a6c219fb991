package dl.distributed;

import dl.api.Link;
import dl.api.Parameter;
import dl.distributed.internal.Mpi;
import dl.distributed.internal.Packing;
import dl.distributed.internal.Transport;
import java.nio.ByteBuffer;
import java.util.IdentityHashMap;
import java.util.List;

/** ChainerMN's {@code naive} communicator: one allreduce per parameter. */
final class NaiveCommunicator extends Communicator {
  // One reusable direct buffer per parameter, keyed by identity (parameters are not values).
  private final IdentityHashMap<Parameter, ByteBuffer> buffers = new IdentityHashMap<>();

  NaiveCommunicator(Transport t) {
    super(t, "naive");
  }

  @Override
  Communicator withTransport(Transport t) {
    return new NaiveCommunicator(t);
  }

  @Override
  public void multiNodeMeanGrad(Link model, boolean zeroFill) {
    List<Parameter> params = sortedParams(model, !zeroFill);
    for (Parameter p : params) {
      ByteBuffer buf = Packing.direct(buffers.get(p), (long) p.size() * p.dtype().itemSize());
      buffers.put(p, buf);
      if (p.grad() != null) {
        Packing.put(buf, 0, p.grad());
      } else {
        Packing.zero(buf, 0, p.size(), p.dtype());
      }
      long t0 = System.nanoTime();
      transport.allreduce(null, buf, p.size(), Packing.mpiType(p.dtype()), Mpi.SUM);
      addCommunicationNanos(System.nanoTime() - t0);
      p.setGrad(Packing.get(buf, 0, p.array().backend(), p.dtype(), p.shape(), size()));
    }
  }
}
