package dl.distributed;

import dl.api.DType;
import dl.api.Parameter;
import dl.distributed.internal.Packing;
import dl.distributed.internal.Transport;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Packs the gradients (or data) of parameters of one dtype into one direct buffer and back
 * (ChainerMN's {@code _memory_utility.pack_params}). The buffer is kept between steps.
 */
final class GradPacker {
  private final Map<DType, ByteBuffer> buffers = new EnumMap<>(DType.class);

  /** Parameters grouped by dtype, each group in the given order. */
  static Map<DType, List<Parameter>> byDtype(List<Parameter> params) {
    Map<DType, List<Parameter>> out = new EnumMap<>(DType.class);
    for (Parameter p : params) {
      out.computeIfAbsent(p.dtype(), d -> new ArrayList<>()).add(p);
    }
    return out;
  }

  static long count(List<Parameter> group) {
    long n = 0;
    for (Parameter p : group) {
      n += p.size();
    }
    return n;
  }

  /** The group's gradients in one buffer (zeros for a missing gradient). */
  ByteBuffer packGrads(DType dtype, List<Parameter> group) {
    long n = count(group);
    ByteBuffer buf = Packing.direct(buffers.get(dtype), n * dtype.itemSize());
    buffers.put(dtype, buf);
    long off = 0;
    for (Parameter p : group) {
      if (p.grad() != null) {
        Packing.put(buf, off, p.grad());
      } else {
        Packing.zero(buf, off, p.size(), dtype);
      }
      off += p.size();
    }
    return buf;
  }

  /** Sets each gradient from the buffer, divided by {@code divisor}. */
  static void unpackGrads(ByteBuffer buf, DType dtype, List<Parameter> group, double divisor) {
    long off = 0;
    for (Parameter p : group) {
      p.setGrad(Packing.get(buf, off, p.array().backend(), dtype, p.shape(), divisor));
      off += p.size();
    }
  }

  /** Broadcasts the group's data from {@code root}. */
  static void bcastData(Transport t, List<Parameter> group, int root) {
    if (group.isEmpty()) {
      return;
    }
    DType dtype = group.get(0).dtype();
    long n = count(group);
    ByteBuffer buf = Packing.direct(null, n * dtype.itemSize());
    long off = 0;
    for (Parameter p : group) {
      Packing.put(buf, off, p.array());
      off += p.size();
    }
    t.bcast(buf, Math.toIntExact(n), Packing.mpiType(dtype), root);
    off = 0;
    for (Parameter p : group) {
      p.setArray(Packing.get(buf, off, p.array().backend(), dtype, p.shape(), 1));
      off += p.size();
    }
  }
}
