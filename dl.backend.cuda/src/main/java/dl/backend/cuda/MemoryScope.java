package dl.backend.cuda;

import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * A training step's device memory, returned to the pool deterministically when the scope closes
 * instead of waiting for the garbage collector: every cuda array allocated on this thread inside
 * the scope is released at {@link #close()}, except those still reachable from the kept roots (a
 * model's parameters, their gradients, their update rules' state and the model's persistent values)
 * and those passed to {@link #keep}. A released array that is used again fails with a message,
 * never reads reused memory.
 *
 * <pre>{@code
 * for (int step = 0; step < steps; step++) {
 *   try (MemoryScope s = MemoryScope.open(model)) {
 *     optimizer.update(() -> model.call(x, t));
 *     loss = model.loss().item();            // read inside the scope
 *   }
 * }
 * }</pre>
 */
public final class MemoryScope implements Scope {
  private static final ThreadLocal<MemoryScope> CURRENT = new ThreadLocal<>();

  /**
   * Buffers that survived a scope because a root reached them (a step's new gradients, optimizer
   * state), per root: the next scope with that root adopts them and releases those its roots no
   * longer reach (last step's gradients), so memory stays flat without the garbage collector.
   */
  private static final Map<Link, List<DeviceBuffer>> SURVIVORS = new WeakHashMap<>();

  private final MemoryScope outer;
  private final Link[] roots;
  private final List<DeviceBuffer> allocated = new ArrayList<>();
  private final Set<DeviceBuffer> kept = new HashSet<>(); // identity: no equals
  private boolean closed;

  private final Set<DeviceBuffer> reachable = new HashSet<>();

  private MemoryScope(Link[] roots) {
    this.outer = CURRENT.get();
    this.roots = roots;
    synchronized (SURVIVORS) {
      for (Link r : roots) {
        List<DeviceBuffer> s = SURVIVORS.remove(r);
        if (s != null) {
          allocated.addAll(s);
        }
      }
    }
    CURRENT.set(this);
  }

  /** Opens a scope on this thread whose arrays reachable from {@code roots} survive it. */
  public static MemoryScope open(Link... roots) {
    return new MemoryScope(roots.clone());
  }

  /** Registers a buffer allocated on this thread with the innermost open scope, if any. */
  static void track(DeviceBuffer b) {
    MemoryScope s = CURRENT.get();
    if (s != null) {
      s.allocated.add(b);
    }
  }

  /** Keeps {@code array} alive past this scope (it joins the enclosing scope, if any). */
  public NdArray keep(NdArray array) {
    if (array instanceof CudaArray) {
      kept.add(((CudaArray) array).buffer());
    }
    return array;
  }

  /** Bytes allocated in this scope so far. */
  public long allocatedBytes() {
    long n = 0;
    for (DeviceBuffer b : allocated) {
      n += b.bytes;
    }
    return n;
  }

  private void reach(NdArray a) {
    if (a instanceof CudaArray) {
      reachable.add(((CudaArray) a).buffer());
    }
  }

  private void keepReachable() {
    for (Link root : roots) {
      for (Parameter p : root.params()) {
        reach(p.array());
        reach(p.grad());
        if (p.updateRule() != null) {
          for (NdArray s : p.updateRule().state().values()) {
            reach(s);
          }
        }
      }
      for (NdArray v : root.namedPersistents().values()) {
        reach(v);
      }
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (CURRENT.get() != this) {
      throw new IllegalStateException("MemoryScope closed out of order (scopes nest)");
    }
    CURRENT.set(outer);
    keepReachable();
    List<DeviceBuffer> survivors = new ArrayList<>();
    for (DeviceBuffer b : allocated) {
      if (reachable.contains(b) && roots.length > 0) {
        survivors.add(b);
      } else if (kept.contains(b)) {
        if (outer != null) {
          outer.allocated.add(b);
        }
      } else {
        b.release();
      }
    }
    allocated.clear();
    if (!survivors.isEmpty()) {
      synchronized (SURVIVORS) {
        SURVIVORS.computeIfAbsent(roots[0], k -> new ArrayList<>()).addAll(survivors);
      }
    }
  }
}
