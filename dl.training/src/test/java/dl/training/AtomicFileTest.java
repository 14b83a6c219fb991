package dl.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.training.serializers.AtomicFile;
import dl.training.serializers.HostArray;
import dl.training.serializers.Npz;
import dl.training.serializers.NpzFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one atomic writer: modes, failures that name the target, sweeping of temporaries. */
class AtomicFileTest {
  @TempDir Path dir;

  private Set<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void aNewFileGetsTheModeOfAPlainFileCreatedThere() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain")); // 0666 less the umask, like NumPy's
    Path log = dir.resolve("log");
    AtomicFile.write(log, "[]".getBytes(StandardCharsets.UTF_8));
    NpzFile.write(dir.resolve("snapshot_iter_1"), Map.of("n", HostArray.scalar(1L)), true);
    assertEquals(mode(plain), mode(log));
    assertEquals(mode(plain), mode(dir.resolve("snapshot_iter_1")));
    assertFalse(mode(log).equals("rw-------") && !mode(plain).equals("rw-------"));
    assertEquals(Set.of("plain", "log", "snapshot_iter_1"), names(), "no temporary is left");
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws IOException {
    Path log = dir.resolve("log");
    AtomicFile.write(log, "[1]".getBytes(StandardCharsets.UTF_8));
    Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r-----"));
    AtomicFile.write(log, "[1, 2]".getBytes(StandardCharsets.UTF_8));
    assertEquals("rw-r-----", mode(log));
    assertEquals("[1, 2]", Files.readString(log));
  }

  @Test
  void aFailedWriteKeepsThePreviousFileAndLeavesNoTemporary() throws IOException {
    Path f = dir.resolve("snapshot");
    AtomicFile.write(f, new byte[] {1, 2, 3});
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                AtomicFile.write(
                    f,
                    out -> {
                      out.write(new byte[1000]);
                      throw new IOException("No space left on device");
                    }));
    assertEquals("cannot write " + f + ": No space left on device", e.getMessage());
    assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), bytes(f));
    assertEquals(Set.of("snapshot"), names());
  }

  private static List<Byte> bytes(Path f) throws IOException {
    byte[] b = Files.readAllBytes(f);
    return List.of(b[0], b[1], b[2]);
  }

  @Test
  void writingUnderAFileNamesTheTargetAndTheReason() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () ->
                Npz.saveNpz(
                    file.resolve("model.npz"), s -> s.value("n", 1L), true)); // parent is a file
    assertEquals(
        "cannot write " + file.resolve("model.npz") + ": " + file + " is a file, not a folder",
        e.getMessage());
    IOException folder =
        assertThrows(IOException.class, () -> AtomicFile.write(dir, new byte[] {1}));
    assertEquals("cannot write " + dir + ": a folder has that name", folder.getMessage());
  }

  @Test
  void anUnwritableFolderIsNamedWithTheReasonAndThePreviousSnapshotStays() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path snap = out.resolve("snapshot_iter_1");
    NpzFile.write(snap, Map.of("n", HostArray.scalar(1L)), true);
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // root (as in CI) writes anyway; the read-only mount variant is in dl.image's process tests
      Assumptions.assumeFalse(
          Files.isWritable(out), "this user may write into read-only folders (root)");
      UncheckedIOException e =
          assertThrows(
              UncheckedIOException.class,
              () -> Npz.saveNpz(out.resolve("snapshot_iter_2"), s -> s.value("n", 2L), true));
      assertEquals(
          "cannot write " + out.resolve("snapshot_iter_2") + ": permission denied", e.getMessage());
      assertEquals(1L, NpzFile.read(snap).get("n").data() instanceof long[] l ? l[0] : -1);
    } finally {
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private static int sh(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor();
  }

  @Test
  void aReadOnlyFileSystemIsNamedWithTheReasonAndThePreviousSnapshotStays() throws Exception {
    // What root meets where permissions do not stop it: a tmpfs mounted here, then made read-only.
    Path out = Files.createDirectories(dir.resolve("ro"));
    Assumptions.assumeTrue(
        sh("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", out.toString()) == 0,
        "mounting a tmpfs was refused (not root?)");
    try {
      Path snap = out.resolve("snapshot_iter_1");
      Npz.saveNpz(snap, s -> s.value("n", 1L), true);
      assertEquals(0, sh("mount", "-o", "remount,ro", out.toString()));
      UncheckedIOException e =
          assertThrows(
              UncheckedIOException.class,
              () -> Npz.saveNpz(out.resolve("snapshot_iter_2"), s -> s.value("n", 2L), true));
      assertEquals(
          "cannot write " + out.resolve("snapshot_iter_2") + ": Read-only file system",
          e.getMessage());
      assertTrue(NpzFile.read(snap).containsKey("n"));
      try (Stream<Path> left = Files.list(out)) {
        assertEquals(List.of(snap), left.toList());
      }
    } finally {
      assertEquals(0, sh("umount", out.toString()));
    }
  }

  @Test
  void sweepRemovesOnlyTemporariesOfProcessesThatAreGone() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    assertTrue(gone.waitFor(30, TimeUnit.SECONDS));
    ProcessHandle self = ProcessHandle.current();
    long start = self.info().startInstant().orElseThrow().toEpochMilli();
    String dead = ".snapshot_iter_5.catena-" + gone.pid() + "-" + start + "-0123abcd.tmp";
    String reused = ".log.catena-" + self.pid() + "-" + (start - 60_000) + "-89abcdef.tmp";
    String live = ".log.catena-" + self.pid() + "-" + start + "-00000000.tmp";
    List<String> others =
        List.of(
            "snapshot_iter_5",
            ".hidden.tmp",
            ".log.catena-12-x-00000000.tmp",
            "log.catena-1-2-00000000.tmp",
            ".log.catena-1-2-00000000.tmp.keep",
            "notes.tmp");
    for (String n : List.of(dead, reused, live)) {
      Files.write(dir.resolve(n), new byte[10]);
    }
    for (String n : others) {
      Files.write(dir.resolve(n), new byte[10]);
    }
    Assumptions.assumeTrue(
        ProcessHandle.of(gone.pid()).isEmpty(), "the finished process's id was reused at once");
    assertTrue(AtomicFile.isTemporary(dir.resolve(dead)));
    assertFalse(AtomicFile.isTemporary(dir.resolve(".hidden.tmp")));
    List<Path> removed = AtomicFile.sweep(dir);
    assertEquals(Set.of(dir.resolve(dead), dir.resolve(reused)), Set.copyOf(removed));
    Set<String> left = new java.util.HashSet<>(others);
    left.add(live);
    assertEquals(left, names());
    assertEquals(List.of(), AtomicFile.sweep(dir.resolve("missing")));
  }

  @Test
  void aTrainerRunSweepsItsOutputFolder() throws IOException {
    String stale = ".snapshot_iter_3.catena-999999999-1-0123abcd.tmp"; // no such process
    Files.write(dir.resolve(stale), new byte[10]);
    Files.write(dir.resolve("keep.tmp"), new byte[10]);
    TrainerTest.build(dir, 1, Trigger.of(1, "iteration")).run();
    assertEquals(Set.of("keep.tmp"), names());
  }
}
