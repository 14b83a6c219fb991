package dl.training.serializers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads values from a flat map of {@code path/key → array} (the content of an {@code .npz}, read
 * fully into memory first). A dry run visits the object graph, validates every key (presence, kind,
 * shape) and records missing and visited keys without changing anything; {@link Npz} runs one
 * before the real load so that a bad file leaves the model and optimizer untouched.
 *
 * <pre>{@code
 * DictionaryDeserializer d = new DictionaryDeserializer(entries, "file.npz", "", true, false);
 * Serializers.of(model).serialize(d);
 * }</pre>
 */
public final class DictionaryDeserializer extends Serializer {
  private final Map<String, HostArray> source;
  private final String origin;
  private final String path;
  private final boolean strict;
  private final boolean dryRun;
  private final Set<String> visited;
  private final List<String> missing;
  private final boolean optional;
  private final Set<String> defaulted;

  /**
   * @param source the entries
   * @param origin the file name, for messages
   * @param path the prefix to read under, e.g. {@code "updater/model:main/"}
   * @param strict whether an absent key is an error (otherwise the value is kept)
   * @param dryRun validate only
   */
  public DictionaryDeserializer(
      Map<String, HostArray> source, String origin, String path, boolean strict, boolean dryRun) {
    this(
        source,
        origin,
        path,
        strict,
        dryRun,
        new LinkedHashSet<>(),
        new ArrayList<>(),
        false,
        new LinkedHashSet<>());
  }

  private DictionaryDeserializer(
      Map<String, HostArray> source,
      String origin,
      String path,
      boolean strict,
      boolean dryRun,
      Set<String> visited,
      List<String> missing,
      boolean optional,
      Set<String> defaulted) {
    this.source = source;
    this.origin = origin;
    this.path = path;
    this.strict = strict;
    this.dryRun = dryRun;
    this.visited = visited;
    this.missing = missing;
    this.optional = optional;
    this.defaulted = defaulted;
  }

  @Override
  public Serializer child(String key) {
    return new DictionaryDeserializer(
        source,
        origin,
        path + DictionarySerializer.strip(key) + "/",
        strict,
        dryRun,
        visited,
        missing,
        optional,
        defaulted);
  }

  @Override
  public Serializer optional() {
    return optional
        ? this
        : new DictionaryDeserializer(
            source, origin, path, strict, dryRun, visited, missing, true, defaulted);
  }

  @Override
  public boolean contains(String key) {
    return source.containsKey(path + DictionarySerializer.strip(key));
  }

  @Override
  public boolean isLoading() {
    return true;
  }

  @Override
  protected boolean dryRun() {
    return dryRun;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  protected SerializationException error(String key, String message) {
    return new SerializationException(
        origin + ": key '" + path + DictionarySerializer.strip(key) + "': " + message);
  }

  @Override
  protected HostArray raw(String key, HostArray value) {
    String full = path + DictionarySerializer.strip(key);
    visited.add(full);
    HostArray h = source.get(full);
    if (h == null && optional) {
      defaulted.add(full); // Catena-only state that a Chainer file lacks: keep the value
      return null;
    }
    if (h == null && strict) {
      if (dryRun) {
        missing.add(full);
        return null;
      }
      throw error(key, "not in the file");
    }
    return h;
  }

  @Override
  public Set<String> storedChildNames() {
    Set<String> out = new LinkedHashSet<>();
    for (String k : source.keySet()) {
      if (k.startsWith(path)) {
        String rest = k.substring(path.length());
        int slash = rest.indexOf('/');
        out.add(slash < 0 ? rest : rest.substring(0, slash));
      }
    }
    return out;
  }

  /** Catena-only keys that the file lacks and that kept their values. */
  public List<String> defaulted() {
    return new ArrayList<>(defaulted);
  }

  /** Keys that were asked for but are not in the file (dry run, strict). */
  public List<String> missing() {
    return missing;
  }

  /** Keys under {@code prefix} in the file that nothing asked for. */
  public List<String> unexpected(String prefix) {
    List<String> out = new ArrayList<>();
    for (String k : source.keySet()) {
      if (k.startsWith(prefix) && !visited.contains(k)) {
        out.add(k);
      }
    }
    return out;
  }
}
