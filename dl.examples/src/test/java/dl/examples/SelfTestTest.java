package dl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Backend;
import dl.api.Device;
import dl.testing.BackendConformanceKit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;

/** {@code SelfTest} in process on the CPU: its checks, its report lines and its exit status. */
class SelfTestTest {
  static MainTest.Result selftest(String... args) {
    return MainTest.capture((out, err) -> SelfTest.run(args));
  }

  /** The number of tests (leaves) the conformance kit has for {@code b}. */
  static long kitTests(Backend b) {
    BackendConformanceKit kit =
        new BackendConformanceKit() {
          @Override
          protected Backend backend() {
            return b;
          }
        };
    return kit.backendConformance().flatMap(SelfTestTest::leaves).count();
  }

  static Stream<DynamicNode> leaves(DynamicNode n) {
    return n instanceof DynamicContainer c
        ? c.getChildren().flatMap(SelfTestTest::leaves)
        : Stream.of(n);
  }

  static Matcher find(String regex, String out) {
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(out);
    assertTrue(m.find(), "no line matching " + regex + " in:\n" + out);
    return m;
  }

  @Test
  void onTheCpuEveryCheckPassesAndIsReported() {
    MainTest.Result r = selftest("--device", "cpu");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertEquals("", r.err());
    Device cpu = Device.of("cpu");
    List<String> lines = r.out().lines().toList();
    assertEquals("selftest on " + cpu + ": " + cpu.backend(), lines.get(0));
    Matcher kit = find("^  conformance kit: (\\d+) passed, (\\d+) failed$", r.out());
    assertEquals(kitTests(cpu.backend()), Long.parseLong(kit.group(1)));
    assertEquals(0, Integer.parseInt(kit.group(2)));
    for (String model : List.of("mlp", "cnn")) {
      Matcher m =
          find(
              "^  "
                  + model
                  + " forward and backward vs cpu: ok \\(loss ([0-9.]+) vs ([0-9.]+), worst error"
                  + " ([0-9.]+) of tolerance\\)$",
              r.out());
      double loss = Double.parseDouble(m.group(1));
      // The CPU against itself: the same loss; ten classes at initialisation: about ln 10.
      assertEquals(m.group(2), m.group(1));
      assertEquals(Math.log(10), loss, 1.0, model);
      assertTrue(Double.parseDouble(m.group(3)) <= 1, m.group());
    }
    Matcher train =
        find(
            "^  training \\(MLP, Adam, 30 steps\\): ok \\(loss ([0-9.]+) -> ([0-9.]+)\\)$",
            r.out());
    double first = Double.parseDouble(train.group(1));
    double last = Double.parseDouble(train.group(2));
    assertTrue(last < 0.5 * first, train.group());
    assertEquals("selftest PASSED", lines.get(lines.size() - 1));
    assertEquals(6, lines.size(), r.out());
  }

  @Test
  void badArgumentsAreUsageErrorsOfOneLine() {
    MainTest.Result unknown = selftest("--devcie", "cpu");
    assertEquals(2, unknown.exit());
    assertEquals(
        "selftest: unknown argument '--devcie' (usage: selftest [--device D])\n", unknown.err());
    assertEquals("", unknown.out());
    MainTest.Result missing = selftest("--device");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().startsWith("selftest: unknown argument '--device'"), missing.err());
    MainTest.Result nope = selftest("--device", "nope");
    assertEquals(2, nope.exit());
    assertEquals(1, nope.err().lines().count(), nope.err());
    assertTrue(
        nope.err().startsWith("selftest: --device nope: Device.of: invalid argument spec"),
        nope.err());
    MainTest.Result absent = selftest("--device", "cuda:7");
    assertEquals(2, absent.exit());
    assertTrue(absent.err().startsWith("selftest: --device cuda:7: "), absent.err());
    assertEquals("", absent.out());
  }
}
