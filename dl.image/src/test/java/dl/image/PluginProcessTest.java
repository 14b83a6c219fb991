package dl.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plugins as a user meets them: a real {@code java} process, a module path of jars, and a
 * program ({@code dl.plugins.demo}) that knows the plugins by name only.
 */
class PluginProcessTest {
  static final String DEMO = "dl.plugins.demo/dl.plugins.demo.PluginDemo";
  static final String NATIVES = System.getProperty("catena.natives");

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  @Test
  void everyPluginIsFoundUsedAndComputesTheRightValues() throws Exception {
    String mp = Proc.modulePath(n -> true);
    Proc p =
        Proc.java(
            List.of("--module-path", mp, "--add-modules", NATIVES, "-m", DEMO, "all", "java"));
    assertDemoRanAll(p);
  }

  /** The demo's {@code all java} run: every plugin's values, the java device, falling losses. */
  static void assertDemoRanAll(Proc p) {
    assertEquals(0, p.exit(), p.toString());
    double[] x = {-1, 0, 2};
    double[] mish = new double[3];
    for (int i = 0; i < 3; i++) {
      mish[i] = x[i] * Math.tanh(Math.log1p(Math.exp(x[i])));
    }
    assertArrayEquals(mish, p.values("mish"), 1e-12, p.toString());
    // GLU with W = 0.1, b = 0 on x = [1, 2, 3]: a = g = 0.6, y = 0.6·sigmoid(0.6).
    double glu = 0.6 * sigmoid(0.6);
    assertArrayEquals(new double[] {glu, glu}, p.values("glu"), 1e-6, p.toString());
    // Lion, one step, lr 0.1 on w = [1, -2] with g = [0.5, -0.5]: w - 0.1·sign(0.1·g).
    assertArrayEquals(new double[] {0.9, -1.9}, p.values("lion"), 1e-12, p.toString());
    assertTrue(p.out().contains("device: java"), p.toString());
    double[] losses = p.values("losses");
    for (int i = 1; i < losses.length; i++) {
      assertTrue(losses[i] < losses[i - 1], "loss rose at step " + i + "\n" + p);
    }
  }

  @Test
  void aMissingPluginIsReportedWithWhatIsAvailable() throws Exception {
    String mp = Proc.modulePath(n -> !Proc.isPlugin(n));
    Proc p = Proc.java(List.of("--module-path", mp, "--add-modules", NATIVES, "-m", DEMO, "mish"));
    assertEquals(2, p.exit(), p.toString());
    assertTrue(
        p.err().contains("no function named 'mish' on the module path; available: [")
            && p.err().contains("relu")
            && p.err().contains("softmax_cross_entropy"),
        p.toString());
    Proc q = Proc.java(List.of("--module-path", mp, "--add-modules", NATIVES, "-m", DEMO, "lion"));
    assertEquals(2, q.exit(), q.toString());
    assertTrue(
        q.err().contains("no optimizer named 'Lion'") && q.err().contains("Adam"), q.toString());
  }

  @Test
  void withoutOpenBlasNativesTheJavaBackendIsTheFallback() throws Exception {
    String mp = Proc.modulePath(n -> !Proc.isNative(n));
    Proc p = Proc.java(List.of("--module-path", mp, "-m", DEMO, "train", "default", "SGD"));
    assertEquals(0, p.exit(), p.toString());
    assertTrue(p.out().contains("device: java"), p.toString());
    double[] losses = p.values("losses");
    assertTrue(losses[losses.length - 1] < 0.6 * losses[0], p.toString());
  }
}
