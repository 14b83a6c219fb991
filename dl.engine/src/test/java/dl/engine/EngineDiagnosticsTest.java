package dl.engine;

import static dl.engine.TestNodes.scale;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Device;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.api.spi.Engine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's error messages and diagnostics: each names what was asked and what is allowed. */
class EngineDiagnosticsTest {
  private static DefaultEngine engine() {
    return (DefaultEngine) Engine.get();
  }

  @Test
  void describeBackendsListsEachProviderWithItsAvailability() {
    List<String> lines = List.of(engine().describeBackends().split("\n"));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("cpu: available")), lines.toString());
    // the CUDA placeholder is present but unavailable, with its reason after the dash
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("cuda: unavailable — ") && l.length() > 20),
        lines.toString());
    assertEquals(engine().backendProviders().size(), lines.size());
  }

  @Test
  void deviceIndexBeyondTheBackendsDevicesIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> engine().backend(Device.of("cpu:3")));
    assertEquals("device cpu:3: backend cpu has 1 device(s), index must be < 1", e.getMessage());
  }

  @Test
  void registeredNamesOfAnUnknownProviderTypeIsAnError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> engine().registeredNames(String.class));
    assertTrue(e.getMessage().contains("unknown provider type"), e.getMessage());
    assertEquals(
        List.of("cpu", "cuda"),
        engine().registeredNames(dl.api.spi.BackendProvider.class).stream().sorted().toList());
  }

  @Test
  void gradWithAWronglyShapedOutputGradientNamesBothShapes() {
    Variable x = new Variable(NdArrays.of(new double[] {1, 2, 3}, 3));
    Variable y = scale(x, 2);
    Variable badGy = new Variable(NdArrays.of(new double[] {1, 1}, 2));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                engine()
                    .grad(new Variable[] {y}, new Variable[] {x}, new Variable[] {badGy}, false));
    assertTrue(e.getMessage().contains("(3,)") && e.getMessage().contains("(2,)"), e.getMessage());
    // the same call with a well-shaped gradient works: d(2x)/dx = 2 times gy
    Variable gy = new Variable(NdArrays.of(new double[] {1, 10, 100}, 3));
    Variable[] gx =
        engine().grad(new Variable[] {y}, new Variable[] {x}, new Variable[] {gy}, false);
    assertArrayEquals(new double[] {2, 20, 200}, gx[0].array().toDoubleArray());
  }
}
