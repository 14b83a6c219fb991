package dl.training.serializers;

import dl.api.Link;
import dl.api.Optimizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Chainer's {@code save_npz} and {@code load_npz}: an object's state as a NumPy {@code .npz}, keyed
 * by Chainer's paths ({@code predictor/l1/W}, {@code updater/optimizer:main/predictor/l1/W/m}).
 * Saving is atomic (temporary file, then move). Loading reads and validates the whole file first
 * and assigns only when every key is present and fits: a truncated file, a missing key or a shape
 * mismatch raises an exception naming the file and the key and leaves the object untouched.
 *
 * <pre>{@code
 * Npz.saveNpz(Path.of("model.npz"), model);
 * Npz.loadNpz(Path.of("snapshot_iter_600"), model, "updater/model:main/", true);
 * }</pre>
 */
public final class Npz {
  private Npz() {}

  /** Saves a link compressed (Chainer's default). */
  public static void saveNpz(Path file, Link link) {
    saveNpz(file, Serializers.of(link), true);
  }

  /** Saves an optimizer's state compressed. */
  public static void saveNpz(Path file, Optimizer optimizer) {
    saveNpz(file, Serializers.of(optimizer), true);
  }

  /** Saves any serializable object, deflated or stored. */
  public static void saveNpz(Path file, Serializable obj, boolean compression) {
    DictionarySerializer s = new DictionarySerializer();
    obj.serialize(s);
    try {
      NpzFile.write(file, s.target(), compression);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e); // names the file and the reason
    }
  }

  /** Loads a link strictly from the root of the file. */
  public static void loadNpz(Path file, Link link) {
    loadNpz(file, Serializers.of(link), "", true);
  }

  /** Loads a link from {@code path} in the file (e.g. out of a trainer snapshot). */
  public static void loadNpz(Path file, Link link, String path, boolean strict) {
    loadNpz(file, Serializers.of(link), path, strict);
  }

  /** Loads an optimizer's state strictly. */
  public static void loadNpz(Path file, Optimizer optimizer) {
    loadNpz(file, Serializers.of(optimizer), "", true);
  }

  /**
   * Loads {@code obj} from the entries under {@code path}; with {@code strict}, every key asked for
   * must be present.
   */
  public static void loadNpz(Path file, Serializable obj, String path, boolean strict) {
    Map<String, HostArray> entries;
    try {
      entries = NpzFile.read(file);
    } catch (IOException e) {
      throw new SerializationException(e.getMessage(), e);
    }
    load(entries, file.toString(), obj, path, strict);
  }

  /** Loads from entries already in memory (validate in a dry run, then assign). */
  public static void load(
      Map<String, HostArray> entries,
      String origin,
      Serializable obj,
      String path,
      boolean strict) {
    String prefix = path.isEmpty() || path.endsWith("/") ? path : path + "/";
    DictionaryDeserializer check =
        new DictionaryDeserializer(entries, origin, prefix, strict, true);
    obj.serialize(check);
    List<String> missing = check.missing();
    if (!missing.isEmpty()) {
      List<String> unexpected = check.unexpected(prefix);
      throw new SerializationException(
          origin
              + ": the file does not match the object; nothing was loaded. Missing keys: "
              + abbreviate(missing)
              + "; unexpected keys: "
              + abbreviate(unexpected));
    }
    obj.serialize(new DictionaryDeserializer(entries, origin, prefix, strict, false));
  }

  private static String abbreviate(List<String> keys) {
    if (keys.size() <= 20) {
      return keys.toString();
    }
    return keys.subList(0, 20) + " and " + (keys.size() - 20) + " more";
  }
}
