package dl.backend.cuda;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/**
 * A device memory pool in the spirit of CuPy's: sizes are rounded up to 512 bytes, freed blocks go
 * back to a free list of their size and are reused by the next request of that size, so a training
 * step's temporaries are recycled by the next step without touching the driver. Blocks are freed
 * explicitly (arrays release them deterministically), never by the garbage collector. When the
 * device is out of memory the pool returns its cached blocks to the device and retries once.
 *
 * <pre>{@code
 * MemoryPool pool = new MemoryPool(allocator);
 * MemoryPool.Block b = pool.malloc(4000);   // 4096 bytes held
 * pool.free(b);                             // cached, reused by the next 4096-byte request
 * }</pre>
 */
public final class MemoryPool {
  /** Rounding unit of block sizes, as CuPy's. */
  public static final long UNIT = 512;

  /** The device allocator behind the pool. */
  public interface Allocator {
    /** Allocates {@code bytes}; throws {@link OutOfMemoryError} when the device is full. */
    long malloc(long bytes);

    /** Frees a pointer returned by {@link #malloc}. */
    void free(long pointer);
  }

  /** A block of device memory owned by the pool. */
  public record Block(long pointer, long size) {}

  private final Allocator allocator;
  private final Map<Long, Deque<Block>> freeLists = new TreeMap<>();
  private long usedBytes;
  private long cachedBytes;
  private long usedBlocks;

  public MemoryPool(Allocator allocator) {
    this.allocator = allocator;
  }

  /** {@code bytes} rounded up to the pool's unit (at least one unit). */
  public static long roundSize(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("memory pool: negative size " + bytes);
    }
    return Math.max(UNIT, (bytes + UNIT - 1) / UNIT * UNIT);
  }

  /** A block of at least {@code bytes}, from the cache when one of that size is free. */
  public synchronized Block malloc(long bytes) {
    long size = roundSize(bytes);
    Deque<Block> list = freeLists.get(size);
    Block b = list == null ? null : list.poll();
    if (b != null) {
      cachedBytes -= size;
    } else {
      b = new Block(allocateWithRetry(size, bytes), size);
    }
    usedBytes += size;
    usedBlocks++;
    return b;
  }

  private long allocateWithRetry(long size, long requested) {
    try {
      return allocator.malloc(size);
    } catch (OutOfMemoryError first) {
      long released = cachedBytes;
      freeAllBlocks();
      try {
        return allocator.malloc(size);
      } catch (OutOfMemoryError second) {
        throw new OutOfMemoryError(
            "CUDA out of memory: requested "
                + requested
                + " bytes ("
                + size
                + " rounded) after returning "
                + released
                + " cached bytes to the device; pool: "
                + usedBytes
                + " bytes in use in "
                + usedBlocks
                + " blocks");
      }
    }
  }

  /** Returns a block to the pool's free list. */
  public synchronized void free(Block b) {
    usedBytes -= b.size();
    usedBlocks--;
    cachedBytes += b.size();
    freeLists.computeIfAbsent(b.size(), k -> new ArrayDeque<>()).push(b);
  }

  /** Frees every cached block on the device (CuPy's {@code free_all_blocks}). */
  public synchronized void freeAllBlocks() {
    for (Deque<Block> list : freeLists.values()) {
      for (Block b : list) {
        allocator.free(b.pointer());
      }
    }
    freeLists.clear();
    cachedBytes = 0;
  }

  /** Bytes in blocks handed out and not yet freed. */
  public synchronized long usedBytes() {
    return usedBytes;
  }

  /** Bytes held from the device: in use plus cached (CuPy's {@code total_bytes}). */
  public synchronized long totalBytes() {
    return usedBytes + cachedBytes;
  }

  /** Bytes cached in free lists, ready for reuse. */
  public synchronized long cachedBytes() {
    return cachedBytes;
  }
}
