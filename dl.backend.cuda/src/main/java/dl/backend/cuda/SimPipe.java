package dl.backend.cuda;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The pipe to the simulator's device process: little-endian 64-bit words out, replies with a status
 * word in, the process's stderr kept for the message when it dies. Every exchange holds the pipe's
 * lock; after a death every call fails with the same message, as a GPU after an illegal address.
 */
final class SimPipe {
  private final Process process;
  private final OutputStream out;
  private final DataInputStream in;
  private final StringBuilder stderr = new StringBuilder();
  private final ByteBuffer word = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
  private String dead;

  SimPipe(java.nio.file.Path helper, long memoryBytes) {
    try {
      process =
          new ProcessBuilder(helper.toString(), Long.toString(memoryBytes))
              .redirectErrorStream(false)
              .start();
    } catch (IOException e) {
      throw new CudaException("CUDA simulator: cannot start its device process", e);
    }
    out = new BufferedOutputStream(process.getOutputStream(), 1 << 16);
    in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
    Thread drain =
        new Thread(
            () -> {
              try (InputStream err = process.getErrorStream()) {
                byte[] b = new byte[4096];
                for (int n; (n = err.read(b)) > 0; ) {
                  synchronized (stderr) {
                    stderr.append(new String(b, 0, n, StandardCharsets.UTF_8));
                  }
                }
              } catch (IOException e) {
                // the process ended
              }
            },
            "catena-cudasim-stderr");
    drain.setDaemon(true);
    drain.start();
  }

  void flush() throws IOException {
    out.flush();
  }

  void write(byte[] b) throws IOException {
    out.write(b);
  }

  /** Writes {@code bytes} from the buffer's position, in chunks. */
  void writeFrom(ByteBuffer src, long bytes) throws IOException {
    ByteBuffer b = src.duplicate();
    byte[] chunk = new byte[(int) Math.min(bytes, 1 << 16)];
    for (long left = bytes; left > 0; ) {
      int n = (int) Math.min(left, chunk.length);
      b.get(chunk, 0, n);
      out.write(chunk, 0, n);
      left -= n;
    }
  }

  /** Reads {@code bytes} into the buffer from its position, in chunks. */
  void readInto(ByteBuffer dst, long bytes) throws IOException {
    ByteBuffer b = dst.duplicate();
    byte[] chunk = new byte[(int) Math.min(bytes, 1 << 16)];
    for (long left = bytes; left > 0; ) {
      int n = (int) Math.min(left, chunk.length);
      in.readFully(chunk, 0, n);
      b.put(chunk, 0, n);
      left -= n;
    }
  }

  void w(long v) throws IOException {
    word.clear();
    out.write(word.putLong(v).array(), 0, 8);
  }

  void wd(double v) throws IOException {
    w(Double.doubleToRawLongBits(v));
  }

  void ws(String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    w(b.length);
    out.write(b);
  }

  long r() throws IOException {
    return Long.reverseBytes(in.readLong());
  }

  /** Reads a status word; throws the device's error message when it is not 0. */
  void status(String op) throws IOException {
    long s = r();
    if (s != 0) {
      byte[] msg = new byte[(int) r()];
      in.readFully(msg);
      String m = new String(msg, StandardCharsets.UTF_8);
      if (s == 2) {
        throw new OutOfMemoryError("CUDA simulator: " + m);
      }
      throw new CudaException("CUDA simulator: " + m + " (reported at " + op + ")");
    }
  }

  private CudaException died(String op, IOException e) {
    try {
      process.waitFor(2, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
    }
    String err;
    synchronized (stderr) {
      err = stderr.toString().strip();
    }
    dead =
        "CUDA simulator: the device process "
            + (process.isAlive() ? "stopped answering" : "died (exit " + process.exitValue() + ")")
            + " during "
            + op
            + (err.isEmpty() ? "" : ": " + err)
            + " — an out-of-bounds device pointer in a kernel? The device is unusable now, as a"
            + " GPU after an illegal address";
    return new CudaException(dead, e);
  }

  interface Io {
    void run() throws IOException;
  }

  synchronized void send(String op, Io io) {
    if (dead != null) {
      throw new CudaException(dead);
    }
    try {
      io.run();
    } catch (IOException e) {
      throw died(op, e);
    }
  }

  synchronized void close(int quit) {
    if (dead == null) {
      try {
        w(quit);
        out.flush();
        out.close();
      } catch (IOException e) {
        // already gone
      }
      dead = "CUDA simulator: closed";
    }
    try {
      if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
