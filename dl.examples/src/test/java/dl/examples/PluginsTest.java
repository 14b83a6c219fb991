package dl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.spi.Engine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code catena plugins} on this module path: the listing and its exit status. */
class PluginsTest {
  @Test
  void listsEveryKindWithItsModuleAndTheBackendsAvailability() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Plugins.print(
            Engine.get(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String s = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, s + err);
    assertTrue(s.matches("(?s)functions \\(\\d+\\)\n.*"), s);
    assertTrue(s.matches("(?s).*\n  relu +module dl\\.functions\n.*"), s);
    assertTrue(s.matches("(?s).*\nlinks \\(\\d+\\)\n.*\n  Linear +module dl\\.links\n.*"), s);
    assertTrue(
        s.matches("(?s).*\noptimizers \\(\\d+\\)\n.*\n  Adam +module dl\\.optimizers\n.*"), s);
    assertTrue(
        s.matches(
            "(?s).*\nbackends \\(\\d+\\)\n  cpu +available, priority 10: .*\\(module"
                + " dl\\.backend\\.openblas\\)\n.*"),
        s);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpAndBadArguments() {
    assertEquals(0, Plugins.run("--help"));
    assertEquals(2, Plugins.run("--bogus"));
  }
}
