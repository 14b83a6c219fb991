package dl.distributed;

import dl.api.DType;
import dl.api.Link;
import dl.api.Parameter;
import dl.distributed.internal.Transport;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/**
 * ChainerMN's {@code dummy} communicator: packs and unpacks the gradients as {@code flat} does but
 * sends nothing, to measure the cost of everything except the network. The other collectives work
 * as usual.
 */
final class DummyCommunicator extends Communicator {
  private final GradPacker packer = new GradPacker();

  DummyCommunicator(Transport t) {
    super(t, "dummy");
  }

  @Override
  Communicator withTransport(Transport t) {
    return new DummyCommunicator(t);
  }

  @Override
  public void multiNodeMeanGrad(Link model, boolean zeroFill) {
    List<Parameter> params = sortedParams(model, !zeroFill);
    for (Map.Entry<DType, List<Parameter>> e : GradPacker.byDtype(params).entrySet()) {
      long p0 = System.nanoTime();
      ByteBuffer buf = packer.packGrads(e.getKey(), e.getValue());
      addPackingNanos(System.nanoTime() - p0);
      long u0 = System.nanoTime();
      GradPacker.unpackGrads(buf, e.getKey(), e.getValue(), 1);
      addPackingNanos(System.nanoTime() - u0);
    }
  }
}
