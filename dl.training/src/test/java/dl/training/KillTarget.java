package dl.training;

import dl.training.serializers.HostArray;
import dl.training.serializers.Npz;
import dl.training.serializers.NpzFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A child process for {@link KillTest}: writes snapshots and a log the way the trainer does, in an
 * endless loop, until it is killed. Each snapshot holds one large array filled with its number.
 */
public final class KillTarget {
  private KillTarget() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    List<Object> log = new ArrayList<>();
    float[] big = new float[1 << 20];
    for (int i = 0; ; i++) {
      java.util.Arrays.fill(big, i);
      HostArray a = HostArray.of(big, big.length);
      int n = i;
      Npz.saveNpz(
          out.resolve("snapshot"),
          s -> {
            s.array("dummy", null);
            s.value("n", (long) n);
          },
          false);
      NpzFile.write(out.resolve("snapshot_" + (i % 3) + ".npz"), Map.of("w", a), i % 2 == 0);
      log.add(Map.of("iteration", i, "text", "x".repeat(1000)));
      dl.training.serializers.AtomicFile.write(
          out.resolve("log"), Json.write(log).getBytes(StandardCharsets.UTF_8));
      System.out.println("wrote " + i);
      System.out.flush();
    }
  }
}
