package dl.api;

import java.util.EnumMap;
import java.util.Map;

/**
 * Chainer's configuration, typed: per-thread values over process-wide defaults, changed for a block
 * with try-with-resources. Entries: {@code train} (dropout and batch normalisation switch on it),
 * {@code enableBackprop}, {@code typeCheck}, {@code debug} (extra NaN and shape checks) and the
 * default {@code dtype}. Global defaults read {@code CATENA_DEBUG}, {@code CATENA_TYPE_CHECK} and
 * {@code CATENA_DTYPE} from the environment.
 *
 * <pre>{@code
 * try (Scope test = Config.using(Config.Key.TRAIN, false);
 *      Scope nograd = Config.noBackpropMode()) {
 *   Variable y = model.call(x);
 * }
 * assert Config.train();   // restored
 * }</pre>
 */
public final class Config {
  /** The configuration entries. */
  public enum Key {
    /** Training mode ({@code chainer.config.train}). */
    TRAIN,
    /** Whether functions record the graph for backprop. */
    ENABLE_BACKPROP,
    /** Whether functions check their input types. */
    TYPE_CHECK,
    /** Debug mode: extra checks such as NaN detection. */
    DEBUG,
    /** The default dtype of new arrays and parameters. */
    DTYPE,
    /**
     * Whether functions use a backend's optional whole kernels (convolution, pooling) where it
     * offers them, as Chainer's {@code use_cudnn}; false forces the composite of primitives.
     */
    USE_KERNELS
  }

  private static final Map<Key, Object> GLOBAL = new EnumMap<>(Key.class);
  private static final ThreadLocal<Map<Key, Object>> LOCAL =
      ThreadLocal.withInitial(() -> new EnumMap<>(Key.class));

  static {
    GLOBAL.put(Key.TRAIN, true);
    GLOBAL.put(Key.ENABLE_BACKPROP, true);
    GLOBAL.put(Key.TYPE_CHECK, !"0".equals(System.getenv("CATENA_TYPE_CHECK")));
    GLOBAL.put(Key.DEBUG, "1".equals(System.getenv("CATENA_DEBUG")));
    GLOBAL.put(Key.USE_KERNELS, !"0".equals(System.getenv("CATENA_USE_KERNELS")));
    String dt = System.getenv("CATENA_DTYPE");
    GLOBAL.put(Key.DTYPE, dt == null || dt.isEmpty() ? DType.FLOAT32 : DType.of(dt));
  }

  private Config() {}

  /** The value in force on this thread. */
  public static Object get(Key key) {
    Object v = LOCAL.get().get(key);
    return v != null ? v : GLOBAL.get(key);
  }

  /** Sets a process-wide default (threads without their own value see it). */
  public static synchronized void setGlobal(Key key, Object value) {
    GLOBAL.put(key, check(key, value));
  }

  /** Sets {@code key} on this thread until the returned scope is closed. */
  public static Scope using(Key key, Object value) {
    Map<Key, Object> local = LOCAL.get();
    Object previous = local.put(key, check(key, value));
    return () -> {
      if (previous == null) {
        local.remove(key);
      } else {
        local.put(key, previous);
      }
    };
  }

  private static Object check(Key key, Object value) {
    boolean ok = key == Key.DTYPE ? value instanceof DType : value instanceof Boolean;
    if (!ok) {
      throw new IllegalArgumentException(
          "config "
              + key
              + ": expected "
              + (key == Key.DTYPE ? "a DType" : "a Boolean")
              + ", got "
              + value);
    }
    return value;
  }

  /** Whether the code runs in training mode (Chainer's {@code config.train}). */
  public static boolean train() {
    return (Boolean) get(Key.TRAIN);
  }

  /** Whether functions record the graph for backprop. */
  public static boolean enableBackprop() {
    return (Boolean) get(Key.ENABLE_BACKPROP);
  }

  /** Whether functions check argument types and shapes before forward. */
  public static boolean typeCheck() {
    return (Boolean) get(Key.TYPE_CHECK);
  }

  /** Whether debug checks (NaN detection in forward and backward) are on. */
  public static boolean debug() {
    return (Boolean) get(Key.DEBUG);
  }

  /** Whether functions use the backend's optional whole kernels (Chainer's {@code use_cudnn}). */
  public static boolean useKernels() {
    return (Boolean) get(Key.USE_KERNELS);
  }

  /** The default floating dtype for parameters and created arrays. */
  public static DType dtype() {
    return (DType) get(Key.DTYPE);
  }

  /** Chainer's {@code no_backprop_mode()}. */
  public static Scope noBackpropMode() {
    return using(Key.ENABLE_BACKPROP, false);
  }

  /** Chainer's {@code force_backprop_mode()}. */
  public static Scope forceBackpropMode() {
    return using(Key.ENABLE_BACKPROP, true);
  }

  /** Test mode: {@code train=false} until closed. */
  public static Scope testMode() {
    return using(Key.TRAIN, false);
  }
}
