package dl.training.serializers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * NumPy's {@code .npz}: a zip of {@code <key>.npy} entries. Reading goes through the zip's central
 * directory (so archives written to a non-seekable stream, without sizes in the local headers,
 * load) and reads every entry into memory before returning, so a truncated or corrupt file fails
 * before anything is assigned. Writing goes through {@link AtomicFile} (a temporary file in the
 * same folder, forced to disk and then moved over the target), so a killed process never leaves a
 * half-written file under the name.
 *
 * <pre>{@code
 * NpzFile.write(Path.of("a.npz"), Map.of("x", HostArray.scalar(1L)), true);
 * Map<String, HostArray> m = NpzFile.read(Path.of("a.npz"));
 * }</pre>
 */
public final class NpzFile {
  private NpzFile() {}

  /** All entries by key (the entry name without {@code .npy}), in archive order. */
  public static Map<String, HostArray> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": no such .npz file");
    }
    Map<String, HostArray> out = new LinkedHashMap<>();
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new IOException(file + ": not a readable .npz (zip) file: " + e.getMessage(), e);
    }
    try (zip) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        String name = e.getName();
        String key = name.endsWith(".npy") ? name.substring(0, name.length() - 4) : name;
        byte[] bytes;
        try (InputStream in = zip.getInputStream(e)) {
          bytes = in.readAllBytes();
        } catch (IOException ex) {
          throw new IOException(
              file + ": key '" + key + "': corrupt or truncated entry: " + ex.getMessage(), ex);
        }
        if (e.getSize() >= 0 && bytes.length != e.getSize()) {
          throw new IOException(file + ": key '" + key + "': truncated entry");
        }
        try {
          out.put(key, Npy.read(bytes, key));
        } catch (IOException ex) {
          throw new IOException(file + ": " + ex.getMessage(), ex);
        }
      }
    }
    return out;
  }

  /** Writes entries as {@code <key>.npy}, deflated or stored, atomically ({@link AtomicFile}). */
  public static void write(Path file, Map<String, HostArray> entries, boolean compress)
      throws IOException {
    AtomicFile.write(
        file,
        raw -> {
          try (ZipOutputStream zip =
              new ZipOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16))) {
            for (Map.Entry<String, HostArray> en : entries.entrySet()) {
              byte[] bytes = Npy.write(en.getValue());
              ZipEntry ze = new ZipEntry(en.getKey() + ".npy");
              if (compress) {
                ze.setMethod(ZipEntry.DEFLATED);
              } else {
                CRC32 crc = new CRC32();
                crc.update(bytes);
                ze.setMethod(ZipEntry.STORED);
                ze.setSize(bytes.length);
                ze.setCompressedSize(bytes.length);
                ze.setCrc(crc.getValue());
              }
              zip.putNextEntry(ze);
              zip.write(bytes);
              zip.closeEntry();
            }
            zip.finish();
          }
        });
  }
}
