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
   * must be present, except Catena-only state that a Chainer file lacks, which keeps its value and
   * is named on standard error. Entries are read on demand: one nobody asks for is never inflated
   * (so an unsupported dtype there does not matter), and one the object asks for must not declare
   * more elements than the target holds. Returns the keys that were defaulted.
   */
  public static List<String> loadNpz(Path file, Serializable obj, String path, boolean strict) {
    String prefix = prefix(path);
    // The target's sizes, to refuse an entry that declares more before inflating it.
    DictionarySerializer sizes = new DictionarySerializer();
    obj.serialize(sizes);
    Map<String, Long> expected = new java.util.HashMap<>();
    sizes.target().forEach((k, h) -> expected.put(prefix + k, h.isNumeric() ? h.size() : -1L));
    try (NpzArchive archive = NpzArchive.open(file)) {
      Map<String, HostArray> entries =
          archive.lazy(k -> expected.getOrDefault(k, -1L), NpzArchive.defaultCap());
      return load(entries, file.toString(), obj, path, strict);
    } catch (IOException e) {
      throw new SerializationException(e.getMessage(), e);
    }
  }

  private static String prefix(String path) {
    return path.isEmpty() || path.endsWith("/") ? path : path + "/";
  }

  /**
   * Loads from entries already in memory (validate in a dry run, then assign); returns the
   * Catena-only keys the entries lack, which kept their values.
   */
  public static List<String> load(
      Map<String, HostArray> entries,
      String origin,
      Serializable obj,
      String path,
      boolean strict) {
    String prefix = prefix(path);
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
    List<String> defaulted = check.defaulted();
    if (!defaulted.isEmpty()) {
      System.err.println(
          origin
              + ": Catena-only state not in the file (e.g. written by Chainer), kept at its"
              + " current or default value: "
              + abbreviate(defaulted));
    }
    return defaulted;
  }

  private static String abbreviate(List<String> keys) {
    if (keys.size() <= 20) {
      return keys.toString();
    }
    return keys.subList(0, 20) + " and " + (keys.size() - 20) + " more";
  }
}
