package dl.examples;

import dl.api.Backend;
import dl.api.Device;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.Rng;
import dl.api.Variable;
import dl.links.Classifier;
import dl.optimizers.Adam;
import dl.testing.BackendConformanceKit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * {@code catena selftest [--device D]}: checks that a device computes what the CPU does — the
 * backend conformance kit on the device's backend, the MLP's and the CNN's forward and backward
 * passes (every parameter gradient) against the CPU, and a short training run — and prints one line
 * per part. Useful after installing a GPU; on a machine without one it runs against the CUDA
 * simulator with {@code -Dcatena.cuda.simulator=true --device cuda:0}.
 */
public final class SelfTest {
  private SelfTest() {}

  /**
   * {@code java --add-modules dl.testing -m dl.examples/dl.examples.SelfTest --device cuda:0}: its
   * own entry point, not a line of {@link Main}, because it needs the optional dl.testing module.
   */
  public static void main(String... args) {
    System.exit(run(args));
  }

  /**
   * Runs the self-test; returns 0 when every check passed, 1 otherwise, 2 for bad arguments (an
   * unknown argument or a device that cannot run, said in one line).
   */
  public static int run(String... args) {
    String name = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--device") && i + 1 < args.length) {
        name = args[++i];
      } else {
        System.err.println(
            "selftest: unknown argument '" + args[i] + "' (usage: selftest [--device D])");
        return 2;
      }
    }
    Device dev;
    try {
      dev = Main.device(name);
    } catch (UsageException e) {
      System.err.println("selftest: " + e.getMessage());
      return 2;
    }
    Backend b = dev.backend();
    System.out.println("selftest on " + dev + ": " + b);
    int failed = kit(b);
    failed += compare("mlp", () -> new Classifier(new Mlp(100, 10)), dev, new int[] {8, 784});
    failed += compare("cnn", () -> new Classifier(new Cnn()), dev, new int[] {2, 1, 28, 28});
    failed += train(dev);
    System.out.println("selftest " + (failed == 0 ? "PASSED" : "FAILED: " + failed + " check(s)"));
    return failed == 0 ? 0 : 1;
  }

  private static int kit(Backend b) {
    BackendConformanceKit kit =
        new BackendConformanceKit() {
          @Override
          protected Backend backend() {
            return b;
          }
        };
    List<String> failures = new ArrayList<>();
    int[] passed = new int[1];
    kit.backendConformance().forEach(n -> execute("", n, passed, failures));
    System.out.println(
        "  conformance kit: " + passed[0] + " passed, " + failures.size() + " failed");
    for (String f : failures) {
      System.out.println("    FAILED " + f);
    }
    return failures.size();
  }

  private static void execute(String prefix, DynamicNode n, int[] passed, List<String> failures) {
    String name = prefix + n.getDisplayName();
    if (n instanceof DynamicContainer) {
      ((DynamicContainer) n).getChildren().forEach(c -> execute(name + " / ", c, passed, failures));
      return;
    }
    try {
      ((DynamicTest) n).getExecutable().execute();
      passed[0]++;
    } catch (Throwable t) { // a failed check, whatever its type, is reported and counted
      String m = String.valueOf(t.getMessage());
      failures.add(name + ": " + m.lines().findFirst().orElse(m));
    }
  }

  /** Loss and every parameter gradient of one forward/backward on {@code dev} against the CPU. */
  private static int compare(String what, Supplier<Classifier> make, Device dev, int[] shape) {
    Device cpu = Device.cpu();
    int n = shape[0];
    NdArray x = cpu.backend().randomUniform(shape, dl.api.DType.FLOAT32, 0, 1, 7);
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 10;
    }
    NdArray t = cpu.backend().fromArray(labels, n);
    Rng.seed(3);
    Classifier a = make.get();
    a.call(new Variable(x), new Variable(t));
    Rng.seed(3);
    Classifier c = make.get();
    c.call(new Variable(x), new Variable(t));
    c.toDevice(dev);
    double[] la = backward(a, x, t);
    double[] lc = backward(c, x.toDevice(dev), t.toDevice(dev));
    double worst = Math.abs(la[0] - lc[0]) / (1e-4 + 1e-3 * Math.abs(la[0]));
    List<Parameter> pa = a.params();
    List<Parameter> pc = c.params();
    for (int i = 0; i < pa.size(); i++) {
      float[] e = pa.get(i).grad().toFloatArray();
      float[] g = pc.get(i).grad().toFloatArray();
      for (int k = 0; k < e.length; k++) {
        worst = Math.max(worst, Math.abs(e[k] - g[k]) / (1e-4 + 1e-3 * Math.abs(e[k])));
      }
    }
    boolean ok = worst <= 1;
    System.out.printf(
        "  %s forward and backward vs cpu: %s (loss %.6f vs %.6f, worst error %.2f of tolerance)%n",
        what, ok ? "ok" : "FAILED", lc[0], la[0], worst);
    return ok ? 0 : 1;
  }

  private static double[] backward(Link model, NdArray x, NdArray t) {
    model.cleargrads();
    Variable loss = model.call(new Variable(x), new Variable(t));
    loss.backward();
    return new double[] {loss.array().item()};
  }

  private static int train(Device dev) {
    Rng.seed(5);
    Classifier m = new Classifier(new Mlp(50, 10));
    m.toDevice(dev);
    Adam opt = new Adam();
    opt.setup(m);
    NdArray x = dev.backend().randomUniform(new int[] {32, 784}, dl.api.DType.FLOAT32, 0, 1, 11);
    int[] labels = new int[32];
    for (int i = 0; i < 32; i++) {
      labels[i] = (i * 7) % 10;
    }
    NdArray t = dev.backend().fromArray(labels, 32);
    double first = 0;
    double last = 0;
    for (int s = 0; s < 30; s++) {
      opt.update(() -> m.call(new Variable(x), new Variable(t)));
      last = m.loss.array().item();
      first = s == 0 ? last : first;
    }
    boolean ok = last < 0.5 * first;
    System.out.printf(
        "  training (MLP, Adam, 30 steps): %s (loss %.4f -> %.4f)%n",
        ok ? "ok" : "FAILED", first, last);
    return ok ? 0 : 1;
  }
}
