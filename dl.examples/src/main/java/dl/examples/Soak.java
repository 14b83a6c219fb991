package dl.examples;

import dl.api.Device;
import dl.api.Rng;
import dl.api.spi.Engine;
import dl.links.Classifier;
import dl.optimizers.Adam;
import dl.training.StandardUpdater;
import dl.training.datasets.Converters;
import dl.training.datasets.Dataset;
import dl.training.datasets.StandardDatasets;
import dl.training.iterators.SerialIterator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code catena soak}: trains the MLP (784-1000-1000-10, Adam, batch 100) on Fashion-MNIST for many
 * steps through the trainer stack's iterator, converter and updater, printing the process's
 * resident set size (RSS, from {@code /proc/self/status}) every {@code --sample} steps, and a
 * verdict: after {@code --warmup} steps every sample must stay within ±5% of the first one then.
 * Exit status 0 when flat, 1 when not, 2 when it cannot measure.
 *
 * <pre>{@code
 * bin/catena soak --steps 10000 --sample 500 --warmup 2000
 * }</pre>
 */
public final class Soak {
  private Soak() {}

  /** Runs the soak with {@code --steps N --sample N --warmup N --unit N --data DIR}. */
  public static int run(String... args) {
    try {
      return soak(args);
    } catch (IOException e) {
      System.err.println("soak: " + e.getMessage());
      return 2;
    }
  }

  private static int soak(String... args) throws IOException {
    int steps = 10_000;
    int sample = 500;
    int warmup = 2_000;
    int units = 1000;
    Path data = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        System.err.println("soak: " + a + " needs a value");
        return 2;
      }
      String v = args[++i];
      switch (a) {
        case "--steps":
          steps = Integer.parseInt(v);
          break;
        case "--sample":
          sample = Integer.parseInt(v);
          break;
        case "--warmup":
          warmup = Integer.parseInt(v);
          break;
        case "--unit":
          units = Integer.parseInt(v);
          break;
        case "--data":
          data = Path.of(v);
          break;
        default:
          System.err.println(
              "soak: unknown option "
                  + a
                  + " (expected --steps, --sample, --warmup, --unit, --data)");
          return 2;
      }
    }
    if (rssKb() < 0) {
      System.err.println("soak: no /proc/self/status VmRSS on this system; cannot measure RSS");
      return 2;
    }
    Rng.seed(0);
    Device device = Engine.get().defaultDevice();
    @SuppressWarnings("unchecked")
    Dataset<Object[]> train =
        (Dataset<Object[]>)
            StandardDatasets.getFashionMnist(StandardDatasets.Options.defaults().dir(data)).get(0);
    Classifier model = new Classifier(new Mlp(units, 10));
    Adam optimizer = new Adam();
    optimizer.setup(model);
    StandardUpdater updater =
        new StandardUpdater(
            new SerialIterator<>(train, 100),
            optimizer,
            Converters.CONCAT_EXAMPLES,
            device,
            null,
            true);
    System.out.printf(
        "soak: MLP 784-%d-%d-10 on %s, %d steps, RSS every %d steps, flat after step %d%n",
        units, units, device, steps, sample, warmup);
    List<long[]> after = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int s = 1; s <= steps; s++) {
      updater.update();
      if (s % sample == 0) {
        long rss = rssKb();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
            "step %6d  RSS %7.1f MB  heap used %6.1f MB of %6.1f MB committed  %.1f s%n",
            s,
            rss / 1024.0,
            (rt.totalMemory() - rt.freeMemory()) / 1048576.0,
            rt.totalMemory() / 1048576.0,
            (System.nanoTime() - t0) / 1e9);
        if (s >= warmup) {
          after.add(new long[] {s, rss});
        }
      }
    }
    if (after.size() < 2) {
      System.out.println("soak: too few samples after the warm-up for a verdict");
      return 2;
    }
    long ref = after.get(0)[1];
    long min = Long.MAX_VALUE;
    long max = 0;
    for (long[] p : after) {
      min = Math.min(min, p[1]);
      max = Math.max(max, p[1]);
    }
    double up = 100.0 * (max - ref) / ref;
    double down = 100.0 * (min - ref) / ref;
    boolean flat = up <= 5 && down >= -5;
    System.out.printf(
        "soak: RSS after step %d: %.1f MB; range %.1f..%.1f MB (%+.1f%% / %+.1f%%): %s%n",
        after.get(0)[0],
        ref / 1024.0,
        min / 1024.0,
        max / 1024.0,
        down,
        up,
        flat ? "FLAT (within ±5%)" : "NOT FLAT (beyond ±5%)");
    return flat ? 0 : 1;
  }

  /** The resident set size in KiB, or −1 where {@code /proc} has none. */
  static long rssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
