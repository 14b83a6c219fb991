package dl.backend.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.spi.Availability;
import dl.api.spi.BackendProvider;
import org.junit.jupiter.api.Test;

class CudaBackendProviderTest {
  @Test
  void reportsUnavailableWithReason() {
    CudaBackendProvider p = new CudaBackendProvider();
    Availability a = p.availability();
    assertFalse(a.available());
    assertTrue(a.reason().contains("not implemented"), a.reason());
    assertEquals("cuda", p.name());
    assertEquals(0, p.deviceCount());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.create(0));
    assertTrue(e.getMessage().contains("cuda:0 is unavailable"), e.getMessage());
  }

  @Test
  void foundThroughServiceLoader() {
    // The descriptor is what ServiceLoader reads on the module path.
    boolean found =
        CudaBackendProvider.class.getModule().getDescriptor().provides().stream()
            .anyMatch(
                pr ->
                    pr.service().equals(BackendProvider.class.getName())
                        && pr.providers().contains(CudaBackendProvider.class.getName()));
    assertTrue(found, "module-info must provide BackendProvider with CudaBackendProvider");
  }
}
