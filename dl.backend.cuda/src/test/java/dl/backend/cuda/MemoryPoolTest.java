package dl.backend.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemoryPoolTest {
  /** A fake device with a capacity, recording live allocations. */
  static final class FakeDevice implements MemoryPool.Allocator {
    final long capacity;
    long used;
    long next = 0x1000;
    int mallocs;
    final Set<Long> live = new HashSet<>();
    final java.util.Map<Long, Long> sizes = new java.util.HashMap<>();

    FakeDevice(long capacity) {
      this.capacity = capacity;
    }

    @Override
    public long malloc(long bytes) {
      if (used + bytes > capacity) {
        throw new OutOfMemoryError("fake device full");
      }
      mallocs++;
      used += bytes;
      long p = next;
      next += bytes;
      live.add(p);
      sizes.put(p, bytes);
      return p;
    }

    @Override
    public void free(long pointer) {
      assertTrue(live.remove(pointer), "double free");
      used -= sizes.remove(pointer);
    }
  }

  @Test
  void sizesRoundUpTo512Bytes() {
    assertEquals(512, MemoryPool.roundSize(0));
    assertEquals(512, MemoryPool.roundSize(1));
    assertEquals(512, MemoryPool.roundSize(512));
    assertEquals(1024, MemoryPool.roundSize(513));
    assertThrows(IllegalArgumentException.class, () -> MemoryPool.roundSize(-1));
  }

  @Test
  void freedBlocksAreReusedByTheNextStep() {
    FakeDevice dev = new FakeDevice(1 << 20);
    MemoryPool pool = new MemoryPool(dev);
    for (int step = 0; step < 5; step++) {
      MemoryPool.Block a = pool.malloc(4000);
      MemoryPool.Block b = pool.malloc(100);
      assertEquals(4096 + 512, pool.usedBytes());
      pool.free(a);
      pool.free(b);
      assertEquals(0, pool.usedBytes());
      assertEquals(4096 + 512, pool.cachedBytes());
    }
    assertEquals(2, dev.mallocs, "a step's temporaries are recycled, not reallocated");
    assertEquals(4096 + 512, pool.totalBytes());
  }

  @Test
  void differentSizesDoNotShareBlocks() {
    MemoryPool pool = new MemoryPool(new FakeDevice(1 << 20));
    MemoryPool.Block a = pool.malloc(1000);
    pool.free(a);
    MemoryPool.Block b = pool.malloc(3000);
    assertNotEquals(a.pointer(), b.pointer());
    assertEquals(1024, pool.cachedBytes());
  }

  @Test
  void outOfMemoryFreesTheCacheAndRetriesOnce() {
    FakeDevice dev = new FakeDevice(8192);
    MemoryPool pool = new MemoryPool(dev);
    pool.free(pool.malloc(4096));
    pool.free(pool.malloc(2048));
    MemoryPool.Block big = pool.malloc(8000); // fits only after the cache is released
    assertEquals(8192, big.size());
    assertEquals(0, pool.cachedBytes());
    assertEquals(8192, dev.used);
  }

  @Test
  void outOfMemoryAfterRetryNamesTheRequestAndThePool() {
    MemoryPool pool = new MemoryPool(new FakeDevice(4096));
    pool.malloc(3000);
    OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> pool.malloc(2000));
    assertTrue(
        e.getMessage().contains("requested 2000 bytes (2048 rounded)")
            && e.getMessage().contains("3072 bytes in use in 1 blocks"),
        e.getMessage());
  }

  @Test
  void freeAllBlocksReturnsCachedMemoryToTheDevice() {
    FakeDevice dev = new FakeDevice(1 << 20);
    MemoryPool pool = new MemoryPool(dev);
    MemoryPool.Block kept = pool.malloc(512);
    pool.free(pool.malloc(10_000));
    pool.freeAllBlocks();
    assertEquals(512, dev.used);
    assertEquals(512, pool.totalBytes());
    pool.free(kept);
  }

  @Test
  void bestFitSplitsALargeBlockAndMergesFreeNeighbours() {
    FakeDevice dev = new FakeDevice(1 << 20);
    MemoryPool pool = new MemoryPool(dev);
    MemoryPool.Block big = pool.malloc(8192);
    pool.free(big);
    MemoryPool.Block a = pool.malloc(1000); // best fit: the 8192 block, split
    MemoryPool.Block b = pool.malloc(2000);
    assertEquals(big.pointer(), a.pointer());
    assertEquals(big.pointer() + 1024, b.pointer(), "the split remainder serves the next request");
    assertEquals(1, dev.mallocs);
    assertEquals(8192 - 1024 - 2048, pool.cachedBytes());
    pool.free(a);
    pool.free(b); // merges with a (before) and with the remainder (after)
    MemoryPool.Block whole = pool.malloc(8192);
    assertEquals(big.pointer(), whole.pointer(), "the merged block is whole again");
    assertEquals(1, dev.mallocs);
    pool.free(whole);
    assertEquals(8192, pool.freeAllBlocks());
    assertEquals(0, dev.used);
  }

  @Test
  void theSmallestFittingBlockIsChosen() {
    MemoryPool pool = new MemoryPool(new FakeDevice(1 << 20));
    MemoryPool.Block large = pool.malloc(8192);
    MemoryPool.Block small = pool.malloc(2048);
    pool.free(large);
    pool.free(small);
    assertEquals(small.pointer(), pool.malloc(1500).pointer());
  }

  @Test
  void blocksAreTiedToTheirStream() {
    FakeDevice dev = new FakeDevice(1 << 20);
    MemoryPool pool = new MemoryPool(dev);
    MemoryPool.Block a = pool.malloc(4096, 1);
    pool.free(a);
    MemoryPool.Block b = pool.malloc(4096, 2);
    assertNotEquals(a.pointer(), b.pointer(), "a block freed on stream 1 is not given to stream 2");
    assertEquals(a.pointer(), pool.malloc(4096, 1).pointer());
    assertEquals(2, dev.mallocs);
  }

  @Test
  void aBlockFreedTwiceIsAnError() {
    MemoryPool pool = new MemoryPool(new FakeDevice(1 << 20));
    MemoryPool.Block a = pool.malloc(100);
    pool.free(a);
    assertThrows(IllegalStateException.class, () -> pool.free(a));
  }
}
