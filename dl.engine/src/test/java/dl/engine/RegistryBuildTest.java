package dl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.spi.BackendProvider;
import dl.api.spi.ClassPathProviders;
import dl.api.spi.Engine;
import dl.api.spi.Engine.Registration;
import dl.api.spi.FunctionProvider;
import dl.api.spi.LinkProvider;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
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
            () ->
                new Registry<>(
                    "function",
                    c.iterator(),
                    FunctionProvider::name,
                    FunctionProvider::declaringClass));
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
    Registry<FunctionProvider> r =
        new Registry<>(
            "function", c.iterator(), FunctionProvider::name, FunctionProvider::declaringClass);
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

  static ServiceLoader.Provider<ClassPathProviders> list(ClassPathProviders l) {
    return new ServiceLoader.Provider<>() {
      @Override
      public Class<? extends ClassPathProviders> type() {
        return l.getClass();
      }

      @Override
      public ClassPathProviders get() {
        return l;
      }
    };
  }

  @Test
  void classPathListsContributeTheirEntriesOfTheServiceAndAFailingListIsRecorded() {
    ClassPathProviders good =
        () ->
            List.of(
                ClassPathProviders.entry(
                    FunctionProvider.class,
                    Other.class,
                    () -> FunctionProvider.of("listed", (o, in) -> in)),
                ClassPathProviders.entry(
                    LinkProvider.class, String.class, () -> LinkProvider.of("L", o -> null)));
    ClassPathProviders broken =
        () -> {
          throw new IllegalStateException("no list today");
        };
    List<ServiceLoader.Provider<ClassPathProviders>> lists = List.of(list(good), list(broken));
    Registry<FunctionProvider> r =
        new Registry<>(
            "function",
            Registry.candidates(FunctionProvider.class, lists.iterator(), t -> true),
            FunctionProvider::name,
            FunctionProvider::declaringClass);
    assertEquals(List.of("listed"), r.names());
    assertEquals("dl.engine.RegistryBuildTest$Other", r.registrations().get(0).type());
    assertEquals(1, r.failures().size());
    assertTrue(r.failures().get(0).contains("no list today"), r.failures().toString());
    // Lists from named modules are skipped: there module-info's provides counted already.
    Registry<FunctionProvider> named =
        new Registry<>(
            "function",
            Registry.candidates(FunctionProvider.class, lists.iterator(), t -> false),
            FunctionProvider::name,
            FunctionProvider::declaringClass);
    assertEquals(List.of(), named.names());
    assertThrows(
        java.util.NoSuchElementException.class,
        () ->
            Registry.candidates(
                    FunctionProvider.class,
                    List.<ServiceLoader.Provider<ClassPathProviders>>of().iterator(),
                    t -> true)
                .next());
  }

  @Test
  void aProviderMadeByAProviderMethodIsNamedByTheClassThatMadeIt() {
    // On the module path ServiceLoader's type for a provider() method is the service interface.
    List<Registry.Candidate<FunctionProvider>> c = List.of(candidate(FunctionProvider.class, "m"));
    Registry<FunctionProvider> r =
        new Registry<>(
            "function", c.iterator(), FunctionProvider::name, FunctionProvider::declaringClass);
    assertEquals(
        List.of(new Registration("m", "module dl.engine", "dl.engine.RegistryBuildTest")),
        r.registrations());
  }
}
