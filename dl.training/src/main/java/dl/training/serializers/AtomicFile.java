package dl.training.serializers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that its name only ever holds a complete version: the content goes to a
 * temporary file in the same folder, is forced to disk and is then renamed over the target. Every
 * writer of Catena (snapshots, {@code log}, plots, {@code cg.dot}, downloads) goes through here.
 *
 * <p>A temporary is named {@code .<target>.catena-<pid>-<start>-<random>.tmp}, after the process
 * that writes it (its id and start time), so that {@link #sweep} can tell the leftovers of a killed
 * process from a write in progress and never touches any other file. Temporaries are created like a
 * plain file (mode {@code 0666} less the umask, the folder's default ACL), and a file that is
 * replaced keeps its permissions, so the result has the mode NumPy's or a shell's write would give.
 * Failures name the target and the reason.
 *
 * <pre>{@code
 * AtomicFile.write(Path.of("result/log"), "[]".getBytes(StandardCharsets.UTF_8));
 * List<Path> removed = AtomicFile.sweep(Path.of("result"));   // leftovers of killed runs
 * }</pre>
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** What is written into the temporary file; it may close the stream. */
  @FunctionalInterface
  public interface Body {
    /** Writes the whole content to {@code out}. */
    void writeTo(OutputStream out) throws IOException;
  }

  private static final String MARK = ".catena-";
  private static final String SUFFIX = ".tmp";
  private static final Pattern TEMPORARY =
      Pattern.compile("\\..*\\.catena-(\\d+)-(\\d+)-[0-9a-f]{8}\\.tmp");

  /** Writes {@code bytes} to {@code target} atomically. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /** Writes what {@code body} produces to {@code target} atomically. */
  public static void write(Path target, Body body) throws IOException {
    Path tmp = temporary(target);
    try {
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
        body.writeTo(out);
      } catch (IOException e) {
        throw failure(target, e);
      }
      commit(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Creates an empty temporary file for {@code target} in its folder (creating the folder), for
   * callers that write it themselves and then {@link #commit} it; delete it if they fail.
   */
  public static Path temporary(Path target) throws IOException {
    Path dir = folder(target);
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw new IOException(
          "cannot write " + target + ": " + e.getFile() + " is a file, not a folder", e);
    } catch (IOException e) {
      throw failure(target, e);
    }
    String name = target.getFileName().toString();
    // Stay well below the usual 255-byte name limit for long target names.
    String stem = name.length() > 120 ? name.substring(0, 120) : name;
    ProcessHandle self = ProcessHandle.current();
    for (int attempt = 0; ; attempt++) {
      String random = String.format("%08x", ThreadLocalRandom.current().nextInt());
      Path tmp =
          dir.resolve(
              "." + stem + MARK + self.pid() + "-" + startMillis(self) + "-" + random + SUFFIX);
      try {
        // No file attributes: the mode is the one any new file gets here (0666 less the umask).
        Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return tmp;
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw failure(target, e);
        }
      } catch (IOException e) {
        throw failure(target, e);
      }
    }
  }

  /**
   * Forces the written temporary to disk, gives it the permissions of the file it replaces (if any)
   * and renames it over {@code target}, atomically where the file system allows.
   */
  public static void commit(Path tmp, Path target) throws IOException {
    if (Files.isDirectory(target)) {
      throw new IOException("cannot write " + target + ": a folder has that name");
    }
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
      if (old != null && Files.isRegularFile(target)) {
        Files.setPosixFilePermissions(tmp, old.readAttributes().permissions());
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw failure(target, e);
    }
    syncFolder(folder(target));
  }

  /** Whether {@code file}'s name is that of a Catena temporary. */
  public static boolean isTemporary(Path file) {
    return TEMPORARY.matcher(file.getFileName().toString()).matches();
  }

  /**
   * Deletes the temporaries in {@code dir} whose writing process is gone (killed mid-write) and
   * returns them; temporaries of live processes and every other file are left alone. A folder that
   * does not exist has none.
   */
  public static List<Path> sweep(Path dir) throws IOException {
    List<Path> removed = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return removed;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*" + SUFFIX)) {
      for (Path f : files) {
        Matcher m = TEMPORARY.matcher(f.getFileName().toString());
        if (m.matches()
            && !alive(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)))
            && Files.deleteIfExists(f)) {
          removed.add(f);
        }
      }
    }
    return removed;
  }

  /** Whether the process {@code pid} that started at {@code start} (0: unknown) still runs. */
  private static boolean alive(long pid, long start) {
    Optional<ProcessHandle> p = ProcessHandle.of(pid);
    if (p.isEmpty() || !p.get().isAlive()) {
      return false;
    }
    long now = startMillis(p.get());
    // A different start time means the id was reused (as in containers, where each run may get
    // the same small pid): the writer is gone.
    return start == 0 || now == 0 || now == start;
  }

  private static long startMillis(ProcessHandle p) {
    return p.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
  }

  private static Path folder(Path target) {
    return target.toAbsolutePath().getParent();
  }

  /** Makes the rename durable; not every platform can open a folder, which is fine. */
  private static void syncFolder(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // best effort: the data itself were forced before the rename
    }
  }

  /** {@code cannot write <target>: <reason>}, whatever the temporary's path in the cause. */
  static IOException failure(Path target, IOException e) {
    return new IOException("cannot write " + target + ": " + reason(e), e);
  }

  /** The reason of an I/O failure without the (temporary) path that the JDK puts first. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException a) {
      return "permission denied" + (a.getReason() != null ? " (" + a.getReason() + ")" : "");
    }
    if (e instanceof NoSuchFileException n) {
      return "no such file or folder" + (n.getReason() != null ? " (" + n.getReason() + ")" : "");
    }
    if (e instanceof FileAlreadyExistsException) {
      return "the name is taken";
    }
    if (e instanceof FileSystemException f) {
      return f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
