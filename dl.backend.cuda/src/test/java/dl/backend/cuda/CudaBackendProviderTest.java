package dl.backend.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dl.api.spi.Availability;
import dl.api.spi.BackendProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CudaBackendProviderTest {
  private static boolean driverInstalled() {
    return CudaProbe.driverSearchPath().stream()
        .anyMatch(d -> Files.exists(d.resolve("libcuda.so.1")));
  }

  @Test
  void missingDriverIsReportedWithoutLoadingNativeCode() {
    long t0 = System.nanoTime();
    CudaProbe.Result r = CudaProbe.probe(List.of(Path.of("/nonexistent")));
    assertFalse(r.availability().available());
    assertTrue(
        r.availability().reason().startsWith("libcuda.so.1 not found"), r.availability().reason());
    assertEquals(0, r.deviceCount());
    assertTrue(System.nanoTime() - t0 < 100_000_000L, "the file check must be fast");
  }

  @Test
  void aFailingNativeLoadIsCaughtAndExplained(@TempDir Path dir) throws Exception {
    assumeFalse(driverInstalled(), "a real NVIDIA driver is installed here");
    // Stand-in library files make the probe try the native load, which must fail cleanly.
    Files.writeString(dir.resolve("libcuda.so.1"), "not a library");
    for (String[] lib : CudaProbe.LIBRARIES) {
      Files.writeString(dir.resolve(lib[0]), "not a library");
    }
    CudaProbe.Result r = CudaProbe.probe(List.of(dir));
    assertFalse(r.availability().available());
    assertTrue(
        r.availability().reason().startsWith("CUDA libraries failed to load"),
        r.availability().reason());
  }

  @Test
  void aMissingCudaLibraryIsNamedWithHowToProvideIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("libcuda.so.1"), "driver");
    for (String[] lib : CudaProbe.LIBRARIES) {
      if (!lib[0].startsWith("libcudnn")) {
        Files.writeString(dir.resolve(lib[0]), "library");
      }
    }
    String reason = CudaProbe.probe(List.of(dir)).availability().reason();
    assertTrue(reason.startsWith("libcudnn.so.9 not found on the library path"), reason);
    assertTrue(reason.contains("LD_LIBRARY_PATH") && reason.contains("nvidia-cudnn-cu13"), reason);
  }

  @Test
  void providerProbesOnceAndCachesTheAnswer() {
    CudaBackendProvider p = new CudaBackendProvider();
    assertEquals("cuda", p.name());
    assertEquals(20, p.priority());
    Availability a = p.availability();
    assertSame(CudaProbe.result(), CudaProbe.result());
    // Without a GPU the backend is unusable; the reason says why.
    assumeFalse(driverInstalled(), "a real NVIDIA driver is installed here");
    assertFalse(a.available());
    {
      assertTrue(a.reason().contains("libcuda.so.1"), a.reason());
      assertEquals(0, p.deviceCount());
    }
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.create(0));
    assertTrue(e.getMessage().startsWith("cuda:0 is unavailable"), e.getMessage());
  }

  @Test
  void declaredAsABackendProviderInTheModuleDescriptor() {
    boolean found =
        CudaBackendProvider.class.getModule().getDescriptor().provides().stream()
            .anyMatch(
                pr ->
                    pr.service().equals(BackendProvider.class.getName())
                        && pr.providers().contains(CudaBackendProvider.class.getName()));
    assertTrue(found);
  }
}
