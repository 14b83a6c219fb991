package dl.training.serializers;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An {@code .npz} opened for reading, treated as untrusted input (a model file is something users
 * download). Opening refuses entry names with a {@code ..} segment or an absolute path and
 * duplicate keys. Each entry is read on demand: its {@code .npy} header is inflated first and its
 * declared size (shape × itemsize) is checked against the zip's declared size and against a limit
 * (the target parameter's size, else a cap) before any data is inflated; the data is then streamed
 * into its typed array, and an entry that inflates beyond its declaration is refused.
 */
final class NpzArchive implements Closeable {
  /** The cap's system property, in bytes. */
  static final String CAP_PROPERTY = "catena.npz.maxEntryBytes";

  private final Path file;
  private final ZipFile zip;
  private final Map<String, ZipEntry> entries = new LinkedHashMap<>();

  private NpzArchive(Path file, ZipFile zip) {
    this.file = file;
    this.zip = zip;
  }

  /** The default cap: {@value #CAP_PROPERTY} if set, else 1 GiB or half the heap if smaller. */
  static long defaultCap() {
    String p = System.getProperty(CAP_PROPERTY);
    if (p != null && !p.isBlank()) {
      try {
        return Long.parseLong(p.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            CAP_PROPERTY + ": expected a number of bytes, got '" + p + "'", e);
      }
    }
    return Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 2);
  }

  /** Opens {@code file} and checks its entry names. */
  static NpzArchive open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": no such .npz file");
    }
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new IOException(file + ": not a readable .npz (zip) file: " + e.getMessage(), e);
    }
    NpzArchive a = new NpzArchive(file, zip);
    try {
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        ZipEntry e = all.nextElement();
        String name = e.getName();
        if (e.isDirectory()) {
          continue;
        }
        checkName(file, name);
        String key = name.endsWith(".npy") ? name.substring(0, name.length() - 4) : name;
        if (a.entries.put(key, e) != null) {
          throw new IOException(
              file
                  + ": key '"
                  + key
                  + "': the archive holds it twice (a second entry would silently replace the"
                  + " first); refused");
        }
      }
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
    return a;
  }

  private static void checkName(Path file, String name) throws IOException {
    boolean absolute =
        name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*");
    boolean dotdot = false;
    for (String seg : name.split("[/\\\\]", -1)) {
      dotdot |= seg.equals("..");
    }
    if (absolute || dotdot) {
      throw new IOException(
          file
              + ": entry '"
              + name
              + "': "
              + (absolute ? "an absolute path" : "a '..' segment")
              + " in an entry name; refused");
    }
  }

  /** Keys in archive order. */
  Set<String> keys() {
    return Collections.unmodifiableSet(entries.keySet());
  }

  /**
   * Reads entry {@code key}, or null when absent. {@code maxElements} ≥ 0 is the size the caller
   * expects (an entry declaring more is refused before inflating); {@code cap} bounds the bytes of
   * any entry.
   */
  HostArray read(String key, long maxElements, long cap) throws IOException {
    ZipEntry e = entries.get(key);
    if (e == null) {
      return null;
    }
    String where = file + ": key '" + key + "'";
    try (InputStream in = zip.getInputStream(e)) {
      Npy.Header h;
      try {
        h = Npy.readHeader(in, key);
      } catch (IOException ex) {
        throw new IOException(file + ": " + ex.getMessage(), ex);
      }
      long declared = e.getSize();
      long need = h.headerBytes() + h.dataBytes();
      if (h.kind() != null && h.kind() != HostArray.Kind.NONE && declared >= 0) {
        if (declared < need) {
          throw new IOException(
              where
                  + ": truncated entry: the zip declares "
                  + declared
                  + " bytes, its .npy header "
                  + need);
        }
        if (declared > need) {
          throw new IOException(
              where
                  + ": the zip declares "
                  + declared
                  + " bytes, "
                  + (declared - need)
                  + " more than its .npy header ("
                  + need
                  + "); refused");
        }
      }
      if (h.kind() != null && maxElements >= 0 && h.count() > maxElements) {
        throw new IOException(
            where
                + ": declares shape "
                + dl.api.Shapes.str(h.shape())
                + " ("
                + h.count()
                + " elements), the target holds "
                + maxElements
                + "; refused before inflating");
      }
      if (h.kind() != null && h.dataBytes() > cap) {
        throw new IOException(
            where
                + ": declares shape "
                + dl.api.Shapes.str(h.shape())
                + " of "
                + h.descr()
                + ", "
                + h.dataBytes()
                + " bytes, over the limit of "
                + cap
                + " bytes (system property "
                + CAP_PROPERTY
                + "); refused before inflating");
      }
      HostArray a;
      try {
        a = Npy.readData(h, in, key);
      } catch (IOException ex) {
        throw new IOException(file + ": " + ex.getMessage(), ex);
      }
      if (h.kind() != null && h.kind() != HostArray.Kind.NONE && in.read() >= 0) {
        throw new IOException(where + ": more data than its .npy header declares; refused");
      }
      return a;
    } catch (ZipException ex) {
      throw new IOException(where + ": corrupt or truncated entry: " + ex.getMessage(), ex);
    } catch (java.io.EOFException ex) {
      throw new IOException(where + ": truncated entry: " + ex.getMessage(), ex);
    }
  }

  /** Every entry, read now, each within {@code cap} bytes. */
  static Map<String, HostArray> readAll(Path file, long cap) throws IOException {
    try (NpzArchive a = open(file)) {
      Map<String, HostArray> out = new LinkedHashMap<>();
      for (String k : a.keys()) {
        out.put(k, a.read(k, -1, cap));
      }
      return out;
    }
  }

  /**
   * The entries as a map that reads each on first {@code get} (and keeps it), so that entries
   * nobody asks for are never inflated; {@code limit} gives the expected element count of a key (or
   * −1). Read errors are {@link SerializationException}s naming the file and key. The archive stays
   * open until {@link #close}.
   */
  Map<String, HostArray> lazy(ToLongFunction<String> limit, long cap) {
    Map<String, HostArray> cache = new HashMap<>();
    Set<String> keys = new LinkedHashSet<>(entries.keySet());
    return new AbstractMap<>() {
      @Override
      public HostArray get(Object key) {
        if (!(key instanceof String) || !keys.contains(key)) {
          return null;
        }
        String k = (String) key;
        HostArray h = cache.get(k);
        if (h == null) {
          try {
            h = read(k, limit.applyAsLong(k), cap);
          } catch (IOException e) {
            throw new SerializationException(e.getMessage(), e);
          }
          cache.put(k, h);
        }
        return h;
      }

      @Override
      public boolean containsKey(Object key) {
        return keys.contains(key);
      }

      @Override
      public Set<String> keySet() {
        return Collections.unmodifiableSet(keys);
      }

      @Override
      public Set<Map.Entry<String, HostArray>> entrySet() {
        Map<String, HostArray> all = new LinkedHashMap<>();
        for (String k : keys) {
          all.put(k, get(k));
        }
        return all.entrySet();
      }
    };
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
