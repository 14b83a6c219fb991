package dl.training.serializers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
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

  /**
   * All entries by key (the entry name without {@code .npy}), in archive order, each within the
   * default cap ({@code -Dcatena.npz.maxEntryBytes}, else 1 GiB or half the heap). Hostile archives
   * are refused with the file and entry named: {@code ..} or absolute entry names, duplicate keys,
   * an entry larger than the cap or than the zip declares, a negative dimension, a pickle other
   * than NumPy's {@code None}. Dtypes Catena cannot hold come back as {@link
   * HostArray.Kind#UNSUPPORTED}.
   */
  public static Map<String, HostArray> read(Path file) throws IOException {
    return read(file, NpzArchive.defaultCap());
  }

  /** As {@link #read(Path)}, with at most {@code maxEntryBytes} of data per entry. */
  public static Map<String, HostArray> read(Path file, long maxEntryBytes) throws IOException {
    return NpzArchive.readAll(file, maxEntryBytes);
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
