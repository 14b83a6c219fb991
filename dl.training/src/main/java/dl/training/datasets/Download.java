package dl.training.datasets;

import dl.training.serializers.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Downloads into the dataset cache (Chainer's {@code cached_download}): under an exclusive file
 * lock ({@code <file>.lock}), into a temporary file in the same folder ({@link AtomicFile}),
 * checking the length the server announced and the published MD5 checksum, then moved into place. A
 * truncated download or a checksum mismatch throws and caches nothing. Progress goes to {@code
 * progress} (null: silent).
 *
 * <pre>{@code
 * Path f = Download.cached(URI.create(url), "8d4fb7e6...", root.resolve("x.gz"), System.err);
 * }</pre>
 */
public final class Download {
  private Download() {}

  /** {@code target} if present; otherwise downloads {@code url} there (60 s read timeout). */
  public static Path cached(URI url, String md5, Path target, PrintStream progress)
      throws IOException {
    return cached(url, md5, target, progress, 60_000);
  }

  /** As above, with a read timeout: a server that stalls mid-file fails after it. */
  public static Path cached(
      URI url, String md5, Path target, PrintStream progress, int readTimeoutMillis)
      throws IOException {
    if (Files.isRegularFile(target)) {
      return target;
    }
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path lockFile = dir.resolve(target.getFileName() + ".lock");
    try (FileChannel ch =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = ch.lock()) {
      if (Files.isRegularFile(target)) {
        return target; // another process finished it while we waited
      }
      AtomicFile.sweep(dir); // partial downloads of killed processes (we hold the lock)
      Path tmp = AtomicFile.temporary(target);
      try {
        fetch(url, md5, tmp, progress, readTimeoutMillis);
        AtomicFile.commit(tmp, target);
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    return target;
  }

  private static void fetch(
      URI url, String md5, Path tmp, PrintStream progress, int readTimeoutMillis)
      throws IOException {
    HttpURLConnection c = (HttpURLConnection) url.toURL().openConnection();
    c.setConnectTimeout(30_000);
    c.setReadTimeout(readTimeoutMillis);
    int code = c.getResponseCode();
    if (code != 200) {
      throw new IOException("download " + url + ": HTTP " + code);
    }
    long expected = c.getContentLengthLong();
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IOException(e);
    }
    long got = 0;
    long nextReport = 0;
    long t0 = System.nanoTime();
    try (InputStream in = c.getInputStream();
        OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
      byte[] buf = new byte[1 << 16];
      for (int r; (r = in.read(buf)) >= 0; ) {
        out.write(buf, 0, r);
        digest.update(buf, 0, r);
        got += r;
        if (progress != null && got >= nextReport) {
          double secs = Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
          progress.printf(
              "downloading %s: %d%s bytes (%.1f MB/s)%n",
              url, got, expected > 0 ? String.format(" of %d", expected) : "", got / secs / 1e6);
          nextReport = got + Math.max(1 << 20, expected / 10);
        }
      }
    } catch (IOException e) {
      throw new IOException("download " + url + ": interrupted after " + got + " bytes: " + e, e);
    }
    if (expected >= 0 && got != expected) {
      throw new IOException(
          "download " + url + ": truncated, got " + got + " of " + expected + " bytes");
    }
    String actual = HexFormat.of().formatHex(digest.digest());
    if (md5 != null && !actual.equalsIgnoreCase(md5)) {
      throw new IOException(
          "download " + url + ": MD5 checksum mismatch, expected " + md5 + ", got " + actual);
    }
  }
}
