package dl.backend.openblas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Backend;
import dl.api.Device;
import dl.api.spi.Availability;
import dl.api.spi.BackendProvider;
import org.junit.jupiter.api.Test;

class ProviderTest {
  @Test
  void nameAndPriorityAndDevices() {
    OpenBlasBackendProvider p = new OpenBlasBackendProvider();
    assertEquals("cpu", p.name());
    assertEquals(10, p.priority());
    assertEquals(1, p.deviceCount());
  }

  @Test
  void declaredAsService() {
    // ServiceLoader.load needs a `uses` in the caller's module, so check the descriptor (named
    // module) or the META-INF/services entry (class path) instead.
    Module m = OpenBlasBackendProvider.class.getModule();
    if (m.isNamed()) {
      assertTrue(
          m.getDescriptor().provides().stream()
              .anyMatch(
                  p ->
                      p.service().equals(BackendProvider.class.getName())
                          && p.providers().contains(OpenBlasBackendProvider.class.getName())));
    }
    assertTrue(
        OpenBlasBackendProvider.class
                    .getClassLoader()
                    .getResource("META-INF/services/" + BackendProvider.class.getName())
                != null
            || m.isNamed());
  }

  @Test
  void runsInTheNamedModule() {
    assertEquals(
        "dl.backend.openblas",
        ProviderTest.class.getModule().getName(),
        "tests should run on the module path, patched into the module");
  }

  @Test
  void availableWithTheBundledOpenBlas() {
    Availability a = new OpenBlasBackendProvider().availability();
    System.out.println("[cpu backend] " + a.reason());
    assertTrue(a.available(), a.reason());
    // The bytedeco library (extracted from the native jar into JavaCPP's cache), not a system
    // libopenblas, must be the one mapped into the process.
    assertTrue(a.reason().contains(".javacpp"), a.reason());
    assertTrue(!a.reason().contains("/usr/lib"), a.reason());
  }

  @Test
  void createsTheCpuBackend() {
    Backend b = new OpenBlasBackendProvider().create(0);
    assertEquals(Device.of("cpu", 0), b.device());
    assertSame(b, b.full(new int[] {2}, 1, dl.api.DType.FLOAT32).backend());
    assertThrows(IllegalArgumentException.class, () -> new OpenBlasBackendProvider().create(1));
  }
}
