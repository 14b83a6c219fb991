package dl.backend.cuda;

import java.lang.ref.Cleaner;

/**
 * Device memory of one or more {@link CudaArray}s (reshapes share it): a pool block released
 * deterministically when the {@link MemoryScope} that allocated it closes, or by the garbage
 * collector (a {@link Cleaner}) for memory allocated outside any scope. Using it after release is
 * an error that says so, never a read of reused memory.
 */
final class DeviceBuffer {
  private static final Cleaner CLEANER = Cleaner.create();

  /** The cleaning action; holds no reference to the buffer itself. */
  private static final class State implements Runnable {
    private final MemoryPool pool;
    private final MemoryPool.Block block;
    private volatile String released;

    State(MemoryPool pool, MemoryPool.Block block) {
      this.pool = pool;
      this.block = block;
    }

    @Override
    public void run() {
      if (released == null) {
        released = "its memory was returned to the pool";
        pool.free(block);
      }
    }
  }

  private final State state;
  private final Cleaner.Cleanable cleanable;
  final long bytes;

  DeviceBuffer(MemoryPool pool, MemoryPool.Block block, long bytes) {
    this.state = new State(pool, block);
    this.cleanable = CLEANER.register(this, state);
    this.bytes = bytes;
  }

  /** The device address; throws when the memory was released. */
  long pointer() {
    String r = state.released;
    if (r != null) {
      throw new IllegalStateException(
          "a cuda array was used after "
              + r
              + " (its memory scope closed; keep arrays that outlive a step reachable from the"
              + " model, or create them outside the scope)");
    }
    return state.block.pointer();
  }

  boolean released() {
    return state.released != null;
  }

  /** Returns the memory to the pool now (idempotent). */
  void release() {
    cleanable.clean();
  }
}
