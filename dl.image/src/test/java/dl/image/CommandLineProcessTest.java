package dl.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.training.serializers.AtomicFile;
import dl.training.serializers.NpzFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catena} as a user runs it, in real processes: exit codes and one-line errors, the modes of
 * the files it writes, and a full or read-only disk under the output folder (small tmpfs mounts, as
 * root; skipped with the reason where mounting is refused).
 */
class CommandLineProcessTest {
  @TempDir static Path tmp;
  static Path data;
  static Path cache;

  @BeforeAll
  static void setUp() throws IOException {
    data = Files.createDirectories(tmp.resolve("idx"));
    RuntimeImageTest.writeSplit(data, "train", 40, 1);
    RuntimeImageTest.writeSplit(data, "t10k", 20, 2);
    cache = tmp.resolve("javacpp-cache");
  }

  static String[] train(Path out, String... more) {
    return Catena.train(data, out, more);
  }

  private static List<String> lines(String s) {
    return s.isEmpty() ? List.of() : List.of(s.split("\n"));
  }

  @Test
  void usageErrorsAreOneLineWithExitTwoAndTracesOnlyWithDebug() throws Exception {
    Path out = tmp.resolve("usage");
    String[][] cases = {
      {"--epoch", "-1"}, {"--device", "nope"}, {"--data", "/nonexistent"}, {"--frequency", "0"}
    };
    for (String[] c : cases) {
      Proc p = Catena.run(cache, train(out, c));
      assertEquals(2, p.exit(), p.toString());
      assertEquals(1, lines(p.err()).size(), p.toString());
      assertTrue(p.err().startsWith("catena train-fashion-mnist: " + c[0] + " " + c[1]), p.err());
      assertEquals("", p.out(), "refused before anything runs");
    }
    Proc none = Catena.run(cache);
    assertEquals(2, none.exit(), none.toString());
    assertTrue(none.err().contains("train-fashion-mnist"), none.toString());
    Proc debug = Catena.run(cache, train(out, "--epoch", "0", "--debug"));
    assertEquals(2, debug.exit(), debug.toString());
    assertTrue(debug.err().contains("\tat dl.examples"), debug.toString());
    Proc help = Catena.run(cache, "--help");
    assertEquals(0, help.exit(), help.toString());
    assertTrue(help.out().contains("Exit status: 0 done, 1 the work failed, 2 usage error"));
  }

  @Test
  void everyOutputFileGetsTheModeOfAPlainFileCreatedThere() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("modes"));
    Path plain = Files.createFile(out.resolve("plain")); // the child inherits our umask
    Proc p = Catena.run(cache, train(out, "--epoch", "1"));
    assertEquals(0, p.exit(), p.toString());
    String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(plain));
    for (String f : List.of("snapshot_iter_4", "log", "loss.png", "accuracy.png", "cg.dot")) {
      assertEquals(
          expected,
          PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(f))),
          f + " has the mode a plain file gets here");
    }
  }

  /** Mounts a tmpfs of {@code kib} KiB at {@code at}, or skips the test with the reason. */
  static void mount(Path at, long kib, String... options) throws Exception {
    Files.createDirectories(at);
    String opts = String.join(",", List.of(options));
    List<String> c = new ArrayList<>(List.of("mount", "-t", "tmpfs", "-o"));
    c.add("size=" + kib + "k" + (opts.isEmpty() ? "" : "," + opts));
    c.addAll(List.of("tmpfs", at.toString()));
    Proc m;
    try {
      m = Proc.run(Map.of(), c);
    } catch (IOException e) {
      Assumptions.abort("cannot run mount: " + e.getMessage());
      return;
    }
    Assumptions.assumeTrue(
        m.exit() == 0, "mounting a tmpfs was refused (not root?): " + m.err().trim());
  }

  static void umount(Path at) throws Exception {
    Proc.run(Map.of(), List.of("umount", at.toString()));
  }

  @Test
  void aFullDiskFailsTheRunNamingThePathAndKeepsThePreviousSnapshot() throws Exception {
    Path probe = tmp.resolve("size-probe");
    assertEquals(0, Catena.run(cache, train(probe, "--epoch", "1")).exit());
    long snapshot = Files.size(probe.resolve("snapshot_iter_4"));
    long rest = 0;
    for (String f : List.of("log", "loss.png", "accuracy.png", "cg.dot")) {
      rest += Files.size(probe.resolve(f));
    }
    // Room for one snapshot and the small files, not for the second snapshot beside the first.
    Path disk = tmp.resolve("full");
    mount(disk, (snapshot * 3 / 2 + 2 * rest) / 1024 + 16);
    try {
      Proc p = Catena.run(cache, train(disk, "--epoch", "3"));
      assertEquals(1, p.exit(), p.toString());
      List<String> err = lines(p.err());
      String last = err.get(err.size() - 1);
      assertTrue(
          last.startsWith(
              "catena train-fashion-mnist: cannot write "
                  + disk.resolve("snapshot_iter_8")
                  + ": No space left on device"),
          p.toString());
      assertTrue(last.endsWith("(--debug shows the stack trace)"), last);
      assertTrue(NpzFile.read(disk.resolve("snapshot_iter_4")).containsKey("updater/iteration"));
      assertEquals(List.of(), temporaries(disk), "the failed write left no temporary");
    } finally {
      umount(disk);
    }
  }

  @Test
  void aReadOnlyOutputFolderIsAUsageErrorAndItsSnapshotStays() throws Exception {
    Path disk = tmp.resolve("readonly");
    mount(disk, 4096);
    try {
      assertEquals(0, Catena.run(cache, train(disk, "--epoch", "1")).exit());
      Proc remount = Proc.run(Map.of(), List.of("mount", "-o", "remount,ro", disk.toString()));
      assertEquals(0, remount.exit(), remount.toString());
      Path snap = disk.resolve("snapshot_iter_4");
      Proc p = Catena.run(cache, train(disk, "--epoch", "2", "--resume", snap.toString()));
      assertEquals(2, p.exit(), p.toString());
      assertEquals(
          "catena train-fashion-mnist: --out "
              + disk
              + ": cannot write there: Read-only file system",
          p.err().trim());
      assertTrue(NpzFile.read(snap).containsKey("updater/iteration"));
    } finally {
      umount(disk);
    }
  }

  static List<Path> temporaries(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(AtomicFile::isTemporary).toList();
    }
  }
}
