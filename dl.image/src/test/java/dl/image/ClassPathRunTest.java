package dl.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catena on the class path, as an application server or a Spark executor hosts it: every jar on
 * {@code -cp}, no module path. The providers are found through META-INF/services (directly or
 * through each jar's ClassPathProviders list).
 */
class ClassPathRunTest {
  @TempDir static Path tmp;

  static String classPath() {
    return Proc.modulePath(n -> true);
  }

  @Test
  void thePluginsAreFoundByNameAndTrainOnTheClassPath() throws Exception {
    Proc p = Proc.java(List.of("-cp", classPath(), "dl.plugins.demo.PluginDemo", "all", "java"));
    PluginProcessTest.assertDemoRanAll(p);
  }

  @Test
  void everythingIsListedWithTheJarItComesFrom() throws Exception {
    Proc p = Proc.java(List.of("-cp", classPath(), "dl.examples.Plugins"));
    assertEquals(0, p.exit(), p.toString());
    String out = p.out();
    for (String line :
        List.of(
            "  relu ",
            "  softmax_cross_entropy ",
            "  mish ",
            "  Linear ",
            "  GLU ",
            "  Adam ",
            "  Lion ")) {
      assertTrue(out.contains(line), line + " missing\n" + p);
    }
    assertTrue(out.matches("(?s).*\n  relu +class path file:[^\n]*dl\\.functions[^\n]*\n.*"), out);
    assertTrue(out.matches("(?s).*\n  cpu +available, priority 10: .*"), out);
    assertTrue(out.matches("(?s).*\n  java +available, priority 1: .*"), out);
    assertTrue(!out.contains("FAILED TO LOAD"), out);
  }

  @Test
  void theTrainerRunsOnTheClassPathAndDrawsItsPlots() throws Exception {
    Path data = tmp.resolve("idx");
    Files.createDirectories(data);
    RuntimeImageTest.writeSplit(data, "train", 200, 1); // 4 steps of 50: one epoch
    RuntimeImageTest.writeSplit(data, "t10k", 50, 2);
    Path out = tmp.resolve("result");
    Proc p =
        Proc.java(
            List.of(
                "-cp",
                classPath(),
                "dl.examples.Main",
                "train-fashion-mnist",
                "--data",
                data.toString(),
                "--max-steps",
                "4",
                "--batchsize",
                "50",
                "--unit",
                "16",
                "--out",
                out.toString()));
    assertEquals(0, p.exit(), p.toString());
    assertTrue(Files.isRegularFile(out.resolve("log")), p.toString());
    assertTrue(Files.size(out.resolve("loss.png")) > 0, p.toString());
  }
}
