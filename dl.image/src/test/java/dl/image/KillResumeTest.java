package dl.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.training.Json;
import dl.training.serializers.AtomicFile;
import dl.training.serializers.HostArray;
import dl.training.serializers.NpzFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catena train-fashion-mnist} killed (SIGKILL) at random points, again and again, each run
 * resuming from the newest snapshot: a small MLP with a snapshot, a log and two plots every epoch
 * of four steps, so that most kills land in a write. After every kill each file under its name is
 * complete, the only temporary is the killed run's own (the next run sweeps it), and the chain of
 * runs ends with the same weights as one uninterrupted run.
 */
class KillResumeTest {
  static final int KILLS = 55;
  @TempDir Path tmp;

  @Test
  void killedRunsLeaveCompleteFilesAndResumeToTheSameWeights() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("idx"));
    RuntimeImageTest.writeSplit(data, "train", 40, 1);
    RuntimeImageTest.writeSplit(data, "t10k", 20, 2);
    Path cache = tmp.resolve("javacpp-cache");
    Path out = tmp.resolve("killed");
    SplittableRandom rng = new SplittableRandom(16);
    Map<Path, Long> checked = new HashMap<>();
    long newest = 0;
    int killedInWrite = 0;
    long t0 = System.nanoTime();
    for (int k = 0; k < KILLS; k++) {
      List<String> args =
          new ArrayList<>(List.of(Catena.train(data, out, "--epoch", "1000", "--unit", "50")));
      Path resume = newest(out);
      if (resume != null) {
        args.addAll(List.of("--resume", resume.toString()));
      }
      // Mostly just after an epoch's row of PrintReport, when the plots and the snapshot are being
      // written; sometimes early, while the run starts, loads or resumes.
      boolean early = rng.nextInt(5) == 0;
      Process p = start(cache, args, early ? 0 : 1);
      long pid = p.pid();
      Thread.sleep(rng.nextInt(early ? 400 : 150));
      boolean writing = !temporaries(out).isEmpty();
      p.destroyForcibly();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      killedInWrite += writing ? 1 : 0;
      newest = Math.max(newest, check(out, pid, checked));
    }
    System.out.printf(
        "[dl.image] %d kills (%d seen during a write) in %.1f s, newest snapshot at step %d%n",
        KILLS, killedInWrite, (System.nanoTime() - t0) / 1e9, newest);
    assertTrue(newest >= 8, "the chain of resumed runs made progress: step " + newest);

    // Finish the chain and compare with one uninterrupted run to the same epoch (without plots or
    // snapshots on the way, which do not change the training, so that it is quick).
    long epochs = newest / 4 + 2;
    String e = Long.toString(epochs);
    List<String> finish =
        new ArrayList<>(List.of(Catena.train(data, out, "--epoch", e, "--unit", "50")));
    finish.addAll(List.of("--resume", newest(out).toString()));
    Proc done = Proc.run(Map.of(), Catena.command(cache, finish.toArray(String[]::new)));
    assertEquals(0, done.exit(), done.toString());
    Path straight = tmp.resolve("straight");
    Proc ref =
        Catena.run(
            cache,
            Catena.train(
                data, straight, "--epoch", e, "--unit", "50", "--noplot", "--frequency", "-1"));
    assertEquals(0, ref.exit(), ref.toString());
    String last = "snapshot_iter_" + epochs * 4;
    Map<String, HostArray> a = NpzFile.read(out.resolve(last));
    Map<String, HostArray> b = NpzFile.read(straight.resolve(last));
    for (String key : b.keySet()) {
      if (key.startsWith("updater/model:main/") || key.startsWith("updater/optimizer:main/")) {
        assertEquals(
            java.util.Arrays.toString(b.get(key).shape()),
            java.util.Arrays.toString(a.get(key).shape()),
            key);
        if (b.get(key).data() instanceof float[] fb) {
          assertArrayEquals(fb, (float[]) a.get(key).data(), key);
        }
      }
    }
    assertEquals(losses(straight), losses(out), "the resumed log holds the same losses");
    assertEquals(List.of(), temporaries(out), "a finished run leaves no temporary");
  }

  /**
   * Starts the command and returns once it printed its first line (it has swept its folder) and
   * then {@code rows} rows of PrintReport (the epoch's log is written, the plots and the snapshot
   * come next).
   */
  private static Process start(Path cache, List<String> args, int rows) throws Exception {
    Process p =
        new ProcessBuilder(Catena.command(cache, args.toArray(String[]::new)))
            .redirectErrorStream(true)
            .start();
    Semaphore lines = new Semaphore(0);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                boolean first = true;
                for (String line; (line = r.readLine()) != null; ) {
                  if (first || line.matches("\\d+\\s+\\d.*")) {
                    lines.release();
                  }
                  first = false;
                }
              } catch (IOException e) {
                // the process was killed
              }
              lines.release(100);
            });
    reader.setDaemon(true);
    reader.start();
    assertTrue(lines.tryAcquire(1 + rows, 120, TimeUnit.SECONDS), "the command printed nothing");
    assertTrue(p.isAlive(), () -> "the command ended before it was killed: " + p.exitValue());
    return p;
  }

  /** The snapshot with the highest step, or null. */
  private static Path newest(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return null;
    }
    try (Stream<Path> s = Files.list(out)) {
      return s.filter(f -> f.getFileName().toString().matches("snapshot_iter_\\d+"))
          .max(java.util.Comparator.comparingLong(KillResumeTest::step))
          .orElse(null);
    }
  }

  private static long step(Path snapshot) {
    return Long.parseLong(snapshot.getFileName().toString().substring("snapshot_iter_".length()));
  }

  /**
   * Every file under its name is whole; temporaries are only the killed process's own. Returns the
   * newest snapshot's step.
   */
  private static long check(Path out, long pid, Map<Path, Long> checked) throws Exception {
    long newest = 0;
    if (!Files.isDirectory(out)) {
      return 0;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(out)) {
      files = s.toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (AtomicFile.isTemporary(f)) {
        assertTrue(name.contains(".catena-" + pid + "-"), "an older run's temporary: " + name);
      } else if (name.startsWith("snapshot_iter_")) {
        long size = Files.size(f);
        if (!Long.valueOf(size).equals(checked.get(f))) { // files are replaced, never changed
          HostArray it = NpzFile.read(f).get("updater/iteration");
          long saved = it.data() instanceof long[] l ? l[0] : ((int[]) it.data())[0];
          assertEquals(step(f), saved, name);
          checked.put(f, size);
        }
        newest = Math.max(newest, step(f));
      } else if (name.equals("log")) {
        assertTrue(Json.parse(Files.readString(f)) instanceof List<?>, name);
      } else if (name.endsWith(".png")) {
        assertNotNull(ImageIO.read(f.toFile()), name + " is a whole PNG");
      } else if (name.equals("cg.dot")) {
        String dot = Files.readString(f);
        assertTrue(dot.startsWith("digraph") && dot.trim().endsWith("}"), "cg.dot is whole");
      } else {
        throw new AssertionError("unexpected file " + name);
      }
    }
    return newest;
  }

  private static List<Object> losses(Path out) throws IOException {
    List<Object> l = new ArrayList<>();
    for (Object entry : (List<?>) Json.parse(Files.readString(out.resolve("log")))) {
      l.add(((Map<?, ?>) entry).get("main/loss"));
    }
    return l;
  }

  private static List<Path> temporaries(Path dir) throws IOException {
    return Files.isDirectory(dir) ? CommandLineProcessTest.temporaries(dir) : List.of();
  }
}
