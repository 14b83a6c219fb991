package dl.training.serializers;

import dl.api.Config;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Shapes;
import java.util.Arrays;
import java.util.Set;

/**
 * A visitor that saves or loads named values (Chainer's {@code Serializer} and {@code Deserializer}
 * in one type). {@link #child} descends into {@code path + key + "/"}; each typed method saves the
 * given value and returns it, or loads the stored value and returns it (the given one when the key
 * is absent in non-strict mode, or in a validating dry run).
 *
 * <pre>{@code
 * public void serialize(Serializer s) {
 *   iteration = s.value("iteration", iteration);
 *   iterator.serialize(s.child("iterator:main"));
 * }
 * }</pre>
 */
public abstract class Serializer {
  /** The serializer of the child object {@code key}. */
  public abstract Serializer child(String key);

  /** Whether this serializer loads (a deserializer). */
  public abstract boolean isLoading();

  /** This serializer's path, e.g. {@code "updater/model:main/"}. */
  public abstract String path();

  /**
   * The primitive: saving stores {@code value} and returns it; loading returns the stored entry, or
   * null when absent (and allowed to be).
   */
  protected abstract HostArray raw(String key, HostArray value);

  /**
   * Whether a load only validates: typed methods then return the given values, and objects whose
   * layout depends on loaded content must not change anything.
   */
  public boolean isDryRun() {
    return dryRun();
  }

  /** Whether a load only validates (returned values must not be assigned). */
  protected boolean dryRun() {
    return false;
  }

  /**
   * This serializer for Catena-only state (Chainer's files lack it): a strict load then defaults an
   * absent key (keeps the given value, and the loader names it) instead of refusing the file.
   * Saving is unchanged.
   */
  public Serializer optional() {
    return this;
  }

  /** Whether a load finds {@code key} under this path (always true when saving). */
  public boolean contains(String key) {
    return !isLoading();
  }

  /** Names stored directly under this path (loading only; empty when saving). */
  public Set<String> storedChildNames() {
    return Set.of();
  }

  /** The error for a key, naming the source and the full key. */
  protected SerializationException error(String key, String message) {
    return new SerializationException(path() + key + ": " + message);
  }

  /**
   * Saves or loads an array. Loading into an existing array converts to its dtype and device and
   * checks the shape; loading into null makes an array on the default device. A stored {@code None}
   * loads as {@code value}.
   */
  public NdArray array(String key, NdArray value) {
    if (!isLoading()) {
      raw(key, value == null ? HostArray.none() : HostArray.of(value));
      return value;
    }
    HostArray h = raw(key, null);
    if (h == null || h.kind() == HostArray.Kind.NONE) {
      return value;
    }
    if (!h.isNumeric()) {
      throw error(key, "expected a numeric array, found " + h);
    }
    NdArray out;
    try {
      if (value != null) {
        if (!Arrays.equals(value.shape(), h.shape())) {
          throw error(
              key,
              "shape mismatch: the target has shape "
                  + Shapes.str(value.shape())
                  + ", the file has "
                  + Shapes.str(h.shape()));
        }
        out = h.toNdArray(value.backend(), value.dtype(), path() + key);
      } else {
        DType dt =
            h.kind() == HostArray.Kind.FLOAT32
                    || h.kind() == HostArray.Kind.FLOAT64
                    || h.kind() == HostArray.Kind.FLOAT16
                ? (h.kind() == HostArray.Kind.FLOAT64 ? DType.FLOAT64 : Config.dtype())
                : DType.INT32;
        out = h.toNdArray(NdArrays.backend(), dt, path() + key);
      }
    } catch (IllegalArgumentException e) {
      throw error(key, e.getMessage());
    }
    return dryRun() ? value : out;
  }

  /** Saves or loads an integer (a 0-d int64, Python's int). */
  public long value(String key, long value) {
    HostArray h = raw(key, HostArray.scalar(value));
    if (isLoading() && h != null && !dryRun()) {
      scalar(key, h); // validates
      return h.getLong(0); // exact: a double would round seeds above 2^53
    }
    return checkScalar(key, h, value);
  }

  /** Saves or loads an int (stored as int64). */
  public int value(String key, int value) {
    return (int) value(key, (long) value);
  }

  /** Saves or loads a float (a 0-d float64). */
  public double value(String key, double value) {
    HostArray h = raw(key, HostArray.scalar(value));
    return isLoading() && h != null && !dryRun() ? scalar(key, h) : checkScalar(key, h, value);
  }

  /** Saves or loads a boolean (a 0-d bool). */
  public boolean value(String key, boolean value) {
    HostArray h = raw(key, HostArray.scalar(value));
    return (isLoading() && h != null && !dryRun())
        ? scalar(key, h) != 0
        : checkScalar(key, h, value ? 1 : 0) != 0;
  }

  /** Saves or loads a string (a 0-d unicode array). */
  public String value(String key, String value) {
    HostArray h = raw(key, HostArray.string(value == null ? "" : value));
    if (!isLoading() || h == null) {
      return value;
    }
    if (h.kind() == HostArray.Kind.BYTES && h.shape().length == 0) {
      byte[] b = ((byte[][]) h.data())[0];
      return dryRun() ? value : new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }
    if (h.kind() != HostArray.Kind.UNICODE || h.shape().length != 0) {
      throw error(key, "expected a string (a 0-d unicode array), found " + h);
    }
    return dryRun() ? value : (String) h.data();
  }

  /** Saves or loads a 1-d integer array (e.g. an iterator's order), stored as int64. */
  public int[] ints(String key, int[] value) {
    HostArray save =
        value == null
            ? HostArray.none()
            : new HostArray(
                HostArray.Kind.INT64,
                new int[] {value.length},
                Arrays.stream(value).asLongStream().toArray());
    HostArray h = raw(key, save);
    if (!isLoading() || h == null || h.kind() == HostArray.Kind.NONE) {
      return value;
    }
    if (!h.isNumeric() || h.shape().length != 1) {
      throw error(key, "expected a 1-d integer array, found " + h);
    }
    int[] out = new int[h.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) h.getDouble(i);
    }
    return dryRun() ? value : out;
  }

  private double scalar(String key, HostArray h) {
    if (!h.isNumeric() || h.size() != 1) {
      throw error(key, "expected a scalar, found " + h);
    }
    return h.getDouble(0);
  }

  private long checkScalar(String key, HostArray h, long fallback) {
    if (isLoading() && h != null) {
      scalar(key, h);
    }
    return fallback;
  }

  private double checkScalar(String key, HostArray h, double fallback) {
    if (isLoading() && h != null) {
      scalar(key, h);
    }
    return fallback;
  }
}
