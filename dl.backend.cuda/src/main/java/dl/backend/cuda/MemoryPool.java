package dl.backend.cuda;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * A device memory pool in the spirit of CuPy's and PyTorch's caching allocators: sizes are rounded
 * up to 512 bytes; a request takes the smallest cached free block that fits (best fit), splitting
 * off the rest as a new free block; a freed block merges with free neighbours of the same device
 * allocation ("chunk"). Blocks are tied to the stream they were allocated on and reused only there,
 * so a block is never handed to another stream while work queued on its own may still use it.
 * Blocks are freed explicitly (arrays release them deterministically), never by the garbage
 * collector. When the device is out of memory the pool returns every wholly free chunk to the
 * device and retries once; a second failure names the request and the pool's state.
 *
 * <pre>{@code
 * MemoryPool pool = new MemoryPool(allocator);
 * MemoryPool.Block b = pool.malloc(4000);   // 4096 bytes
 * pool.free(b);                             // cached, reused by the next request that fits
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

  /** A block of device memory owned by the pool: a range of one device allocation. */
  public static final class Block {
    private final long pointer;
    private long size;
    private final long stream;
    private boolean free;
    private Block prev;
    private Block next;

    private Block(long pointer, long size, long stream) {
      this.pointer = pointer;
      this.size = size;
      this.stream = stream;
    }

    /** The device address. */
    public long pointer() {
      return pointer;
    }

    /** The block's size in bytes (a multiple of {@link #UNIT}). */
    public long size() {
      return size;
    }

    /** The stream the block belongs to. */
    public long stream() {
      return stream;
    }

    @Override
    public String toString() {
      return "Block(0x" + Long.toHexString(pointer) + ", " + size + " bytes)";
    }
  }

  private static final Comparator<Block> BEST_FIT =
      Comparator.comparingLong(Block::size).thenComparingLong(Block::pointer);

  private final Allocator allocator;
  private final Map<Long, TreeSet<Block>> freeBlocks = new HashMap<>();
  private long usedBytes;
  private long heldBytes;
  private long usedBlocks;
  private long chunks;

  /** A pool over a device allocator. */
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

  /** A block of at least {@code bytes} on the default stream. */
  public Block malloc(long bytes) {
    return malloc(bytes, 0);
  }

  /** A block of at least {@code bytes} for {@code stream}, from the cache when one fits. */
  public synchronized Block malloc(long bytes, long stream) {
    long size = roundSize(bytes);
    TreeSet<Block> set = freeBlocks.get(stream);
    Block b = set == null ? null : set.ceiling(new Block(0, size, stream));
    if (b != null) {
      set.remove(b);
      if (b.size - size >= UNIT) { // split: the rest stays cached as a free block
        Block rest = new Block(b.pointer + size, b.size - size, stream);
        rest.free = true;
        rest.prev = b;
        rest.next = b.next;
        if (b.next != null) {
          b.next.prev = rest;
        }
        b.next = rest;
        b.size = size;
        set.add(rest);
      }
    } else {
      b = new Block(allocateWithRetry(size, bytes), size, stream);
      heldBytes += size;
      chunks++;
    }
    b.free = false;
    usedBytes += b.size;
    usedBlocks++;
    return b;
  }

  private long allocateWithRetry(long size, long requested) {
    try {
      return allocator.malloc(size);
    } catch (OutOfMemoryError first) {
      long released = freeAllBlocks();
      try {
        return allocator.malloc(size);
      } catch (OutOfMemoryError second) {
        throw new OutOfMemoryError(
            "CUDA out of memory: requested "
                + requested
                + " bytes ("
                + size
                + " rounded); returned "
                + released
                + " cached bytes to the device and retried; "
                + state()
                + "; device: "
                + second.getMessage());
      }
    }
  }

  /** Returns a block to the pool, merging it with free neighbours of its chunk. */
  public synchronized void free(Block b) {
    if (b.free) {
      throw new IllegalStateException("memory pool: " + b + " freed twice");
    }
    usedBytes -= b.size;
    usedBlocks--;
    TreeSet<Block> set = freeBlocks.computeIfAbsent(b.stream, k -> new TreeSet<>(BEST_FIT));
    b.free = true;
    if (b.prev != null && b.prev.free) {
      Block p = b.prev;
      set.remove(p);
      p.size += b.size;
      p.next = b.next;
      if (b.next != null) {
        b.next.prev = p;
      }
      b = p;
    }
    if (b.next != null && b.next.free) {
      Block n = b.next;
      set.remove(n);
      b.size += n.size;
      b.next = n.next;
      if (n.next != null) {
        n.next.prev = b;
      }
    }
    set.add(b);
  }

  /**
   * Returns every wholly free chunk to the device (CuPy's {@code free_all_blocks}); the bytes
   * released.
   */
  public synchronized long freeAllBlocks() {
    long released = 0;
    for (TreeSet<Block> set : freeBlocks.values()) {
      for (var it = set.iterator(); it.hasNext(); ) {
        Block b = it.next();
        if (b.prev == null && b.next == null) {
          allocator.free(b.pointer);
          released += b.size;
          heldBytes -= b.size;
          chunks--;
          it.remove();
        }
      }
    }
    return released;
  }

  /** Bytes in blocks handed out and not yet freed. */
  public synchronized long usedBytes() {
    return usedBytes;
  }

  /** Bytes held from the device: in use plus cached (CuPy's {@code total_bytes}). */
  public synchronized long totalBytes() {
    return heldBytes;
  }

  /** Bytes cached in free blocks, ready for reuse. */
  public synchronized long cachedBytes() {
    return heldBytes - usedBytes;
  }

  /** The pool's state in words: bytes in use and held, blocks, chunks, largest free block. */
  public synchronized String state() {
    long largest = 0;
    for (TreeSet<Block> set : freeBlocks.values()) {
      if (!set.isEmpty()) {
        largest = Math.max(largest, set.last().size);
      }
    }
    return "pool: "
        + usedBytes
        + " bytes in use in "
        + usedBlocks
        + " blocks, "
        + heldBytes
        + " bytes held in "
        + chunks
        + " device allocations, largest free block "
        + largest
        + " bytes";
  }
}
