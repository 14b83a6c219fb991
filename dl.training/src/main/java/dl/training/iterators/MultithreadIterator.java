package dl.training.iterators;

import dl.training.datasets.Dataset;
import dl.training.serializers.Serializer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@link SerialIterator}'s semantics with the examples of a batch loaded on worker threads and the
 * next batch prefetched while the current one is used (Chainer's {@code MultithreadIterator}). The
 * prefetch draws the next epoch's order early; serializing drops the prefetch, so the saved state
 * is the one after the last returned batch. {@link #close} stops the workers; the threads are
 * daemons, so a forgotten close does not keep the JVM alive.
 *
 * <pre>{@code
 * try (MultithreadIterator<Object[]> it = new MultithreadIterator<>(train, 100, true, null, 4)) {
 *   List<Object[]> batch = it.next();
 * }
 * }</pre>
 */
public final class MultithreadIterator<E> extends SerialIterator<E> {
  private final ExecutorService pool;
  private final int threads;
  private Step pending;
  private Future<List<E>> prefetched;

  public MultithreadIterator(
      Dataset<E> dataset, int batchSize, boolean repeat, Boolean shuffle, int nThreads) {
    this(dataset, batchSize, repeat, shuffle, null, nThreads);
  }

  /** With an order sampler, as {@link SerialIterator}'s full constructor. */
  public MultithreadIterator(
      Dataset<E> dataset,
      int batchSize,
      boolean repeat,
      Boolean shuffle,
      OrderSampler orderSampler,
      int nThreads) {
    super(dataset, batchSize, repeat, shuffle, orderSampler);
    if (nThreads <= 0) {
      throw new IllegalArgumentException("MultithreadIterator: nThreads must be positive");
    }
    this.threads = nThreads;
    this.pool =
        Executors.newFixedThreadPool(
            nThreads + 1,
            r -> {
              Thread t = new Thread(r, "catena-iterator");
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public List<E> next() {
    if (!hasNext()) {
      return super.next(); // throws
    }
    if (pending == null) {
      prefetch();
    }
    List<E> batch;
    try {
      batch = prefetched.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading a batch", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("loading a batch failed: " + e.getCause(), e.getCause());
    }
    previousEpochDetail = epochDetail();
    state = pending.next();
    pending = null;
    if (hasNext()) {
      prefetch();
    }
    return batch;
  }

  private void prefetch() {
    pending = step(state);
    int[] idx = pending.indices();
    prefetched = pool.submit(() -> load(idx));
  }

  private List<E> load(int[] idx) throws Exception {
    int chunk = (idx.length + threads - 1) / threads;
    List<Future<List<E>>> parts = new ArrayList<>();
    for (int from = 0; from < idx.length; from += chunk) {
      int f = from;
      int to = Math.min(idx.length, from + chunk);
      parts.add(
          pool.submit(
              () -> {
                List<E> out = new ArrayList<>(to - f);
                for (int k = f; k < to; k++) {
                  out.add(dataset.get(idx[k]));
                }
                return out;
              }));
    }
    List<E> out = new ArrayList<>(idx.length);
    for (Future<List<E>> p : parts) {
      out.addAll(p.get());
    }
    return out;
  }

  private void dropPrefetch() {
    if (prefetched != null) {
      prefetched.cancel(true);
    }
    prefetched = null;
    pending = null;
  }

  @Override
  public void reset() {
    dropPrefetch();
    super.reset();
  }

  @Override
  public void serialize(Serializer s) {
    // The prefetched step may have drawn the next epoch's order: drop it and redo it afterwards,
    // so the saved state is the one after the last returned batch.
    dropPrefetch();
    super.serialize(s);
  }

  @Override
  public void close() {
    dropPrefetch();
    pool.shutdownNow();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
