package dl.distributed;

import dl.distributed.internal.Transport;
import java.nio.ByteBuffer;

/**
 * ChainerMN's {@code dummy} communicator: packs and unpacks the gradients as {@code flat} does but
 * sends nothing, to measure the cost of everything except the network. The other collectives work
 * as usual.
 */
final class DummyCommunicator extends FlatCommunicator {
  DummyCommunicator(Transport t) {
    super(t, "dummy");
  }

  @Override
  Communicator withTransport(Transport t) {
    return new DummyCommunicator(t);
  }

  @Override
  int reduce(ByteBuffer buf, int count, int type) {
    return 1; // no communication: each rank keeps its own gradients
  }
}
