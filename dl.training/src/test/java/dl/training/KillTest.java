package dl.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.training.serializers.HostArray;
import dl.training.serializers.NpzFile;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing a process while it writes snapshots and logs leaves only complete files under their
 * names.
 */
class KillTest {
  @TempDir Path dir;

  @Test
  void aKilledWriterNeverLeavesAHalfWrittenSnapshotOrLog() throws Exception {
    String cp =
        String.join(
            File.pathSeparator,
            Path.of("target/test-classes").toAbsolutePath().toString(),
            Path.of("target/classes").toAbsolutePath().toString(),
            System.getProperty("jdk.module.path", ""),
            System.getProperty("java.class.path", ""));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    for (int round = 0; round < 3; round++) {
      Process p =
          new ProcessBuilder(java.toString(), "-cp", cp, "dl.training.KillTarget", dir.toString())
              .redirectErrorStream(true)
              .start();
      BufferedReader r =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      int seen = 0;
      String line;
      while (seen < 4 + round && (line = r.readLine()) != null) {
        assertTrue(line.startsWith("wrote"), line);
        seen++;
      }
      assertEquals(4 + round, seen, "the child wrote files");
      Thread.sleep(7L * round); // kill at different points of a write
      p.destroyForcibly();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      check();
    }
  }

  private void check() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
    }
    assertTrue(files.size() >= 3, files.toString());
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.equals("log")) {
        List<?> log = (List<?>) Json.parse(Files.readString(f));
        assertTrue(!log.isEmpty());
        assertEquals(
            (long) (log.size() - 1), ((Map<?, ?>) log.get(log.size() - 1)).get("iteration"));
      } else if (name.startsWith("snapshot_")) {
        HostArray w = NpzFile.read(f).get("w");
        float[] v = (float[]) w.data();
        assertEquals(1 << 20, v.length);
        assertEquals(v[0], v[v.length - 1], name + " is complete");
      } else {
        assertEquals("snapshot", name);
        assertTrue(NpzFile.read(f).containsKey("n"));
      }
    }
  }
}
