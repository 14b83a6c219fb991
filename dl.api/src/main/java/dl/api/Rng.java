package dl.api;

import java.util.SplittableRandom;

/**
 * The source of seeds for initializers, dropout and shuffling: one seedable generator per thread,
 * like Chainer's {@code CHAINER_SEED}/{@code fix_random}. Backends draw their random arrays from a
 * seed taken here, so a fixed seed reproduces a run on every backend.
 *
 * <pre>{@code
 * Rng.seed(0);
 * long s = Rng.nextSeed();
 * NdArray noise = x.backend().randomNormal(x.shape(), x.dtype(), 0, 1, s);
 * }</pre>
 */
public final class Rng {
  private static final ThreadLocal<SplittableRandom> LOCAL =
      ThreadLocal.withInitial(
          () -> {
            String env = System.getenv("CATENA_SEED");
            return env == null ? new SplittableRandom() : new SplittableRandom(Long.parseLong(env));
          });

  private Rng() {}

  /** Reseeds this thread's generator. */
  public static void seed(long seed) {
    LOCAL.set(new SplittableRandom(seed));
  }

  /** A fresh seed for one random array. */
  public static long nextSeed() {
    return LOCAL.get().nextLong();
  }

  /** This thread's generator, for host-side sampling (shuffles, index choices). */
  public static SplittableRandom generator() {
    return LOCAL.get();
  }
}
