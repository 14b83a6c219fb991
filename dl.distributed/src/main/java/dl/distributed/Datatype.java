package dl.distributed;

import dl.distributed.internal.Mpi;

/** Element types of the direct-buffer collectives of {@link Communicator}. */
public enum Datatype {
  /** Bytes. */
  BYTE(Mpi.BYTE, 1),
  /** 32-bit integers. */
  INT32(Mpi.INT32, 4),
  /** 64-bit integers. */
  INT64(Mpi.INT64, 8),
  /** 32-bit floats. */
  FLOAT32(Mpi.FLOAT32, 4),
  /** 64-bit floats. */
  FLOAT64(Mpi.FLOAT64, 8);

  final int code;
  final int itemSize;

  Datatype(int code, int itemSize) {
    this.code = code;
    this.itemSize = itemSize;
  }

  /** Bytes per element. */
  public int itemSize() {
    return itemSize;
  }
}
