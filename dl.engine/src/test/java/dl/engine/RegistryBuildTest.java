package dl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.spi.BackendProvider;
import dl.api.spi.Engine;
import dl.api.spi.Engine.Registration;
import dl.api.spi.FunctionProvider;
import dl.api.spi.LinkProvider;
import java.util.List;
import java.util.ServiceConfigurationError;
import org.junit.jupiter.api.Test;

/** How a registry is built from candidates: duplicates, failures, origins. */
class RegistryBuildTest {
  static final class Other {}

  static Registry.Candidate<FunctionProvider> candidate(Class<?> type, String name) {
    return new Registry.Candidate<>(type, () -> FunctionProvider.of(name, (o, in) -> in));
  }

  @Test
  void twoProvidersOfOneNameAreReportedWhenBuiltWithTheirRealClassesAndModules() {
    List<Registry.Candidate<FunctionProvider>> c =
        List.of(candidate(DefaultEngine.class, "cube"), candidate(String.class, "cube"));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> new Registry<>("function", c.iterator(), FunctionProvider::name));
    assertEquals(
        "two functions are named 'cube': dl.engine.DefaultEngine (module dl.engine) and"
            + " java.lang.String (module java.base)",
        e.getMessage());
  }

  @Test
  void aProviderThatFailsIsRecordedAndTheOthersStillLoad() {
    List<Registry.Candidate<FunctionProvider>> c =
        List.of(
            new Registry.Candidate<>(
                Other.class,
                () -> {
                  throw new ServiceConfigurationError("broken on purpose");
                }),
            candidate(String.class, "ok"));
    Registry<FunctionProvider> r = new Registry<>("function", c.iterator(), FunctionProvider::name);
    assertEquals(List.of("ok"), r.names());
    assertEquals(1, r.failures().size());
    String f = r.failures().get(0);
    assertTrue(
        f.startsWith("dl.engine.RegistryBuildTest$Other (module dl.engine): ")
            && f.contains("broken on purpose"),
        f);
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> r.get("nope"));
    assertTrue(
        missing.getMessage().contains("available: [ok]")
            && missing.getMessage().contains("failed to load: [" + f),
        missing.getMessage());
    assertEquals(
        List.of(new Registration("ok", "module java.base", "java.lang.String")), r.registrations());
  }

  @Test
  void theEngineListsWhatIsRegisteredWithItsOrigin() {
    List<Registration> backends = Engine.get().registrations(BackendProvider.class);
    assertEquals(
        List.of("cpu", "cuda"), backends.stream().map(Registration::name).sorted().toList());
    Registration cpu = backends.stream().filter(r -> r.name().equals("cpu")).findFirst().get();
    assertEquals("module dl.backend.openblas", cpu.origin());
    assertEquals("dl.backend.openblas.OpenBlasBackendProvider", cpu.type());
    assertEquals(List.of(), Engine.get().loadFailures(BackendProvider.class));
    assertEquals(List.of(), Engine.get().registrations(LinkProvider.class));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Engine.get().registrations(Object.class));
    assertTrue(e.getMessage().startsWith("registrations: unknown provider type"), e.getMessage());
  }
}
