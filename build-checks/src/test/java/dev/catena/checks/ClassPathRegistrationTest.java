package dev.catena.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.spi.BackendProvider;
import dl.api.spi.ClassPathProviders;
import dl.api.spi.Engine;
import dl.api.spi.FunctionProvider;
import dl.api.spi.LinkProvider;
import dl.api.spi.OptimizerProvider;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * build-checks' tests run on the class path, with every Catena jar: the two registrations of each
 * module agree (module-info's {@code provides} against {@code META-INF/services}, directly or
 * through a {@link ClassPathProviders} list), and the engine finds everything by name here.
 */
class ClassPathRegistrationTest {
  static final String LISTS = ClassPathProviders.class.getName();

  @Test
  void everyProvidesClauseIsRegisteredForTheClassPathAndNothingElse() throws IOException {
    Set<String> provided = new TreeSet<>();
    Set<String> registered = new TreeSet<>();
    int modules = 0;
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      for (ModuleReference ref : ModuleFinder.of(Path.of(e)).findAll()) {
        ModuleDescriptor d = ref.descriptor();
        if (d.isAutomatic() || !d.name().startsWith("dl.")) {
          continue;
        }
        modules++;
        try (ModuleReader r = ref.open()) {
          for (ModuleDescriptor.Provides p : d.provides()) {
            for (String c : p.providers()) {
              provided.add(d.name() + ": " + p.service() + " <- " + c);
            }
            for (String c : lines(r, p.service())) {
              registered.add(d.name() + ": " + p.service() + " <- " + c);
            }
          }
          List<String> lists = lines(r, LISTS);
          for (ClassPathProviders l : ServiceLoader.load(ClassPathProviders.class)) {
            if (lists.contains(l.getClass().getName())) {
              for (ClassPathProviders.Entry<?> en : l.providers()) {
                registered.add(
                    d.name() + ": " + en.service().getName() + " <- " + en.type().getName());
              }
            }
          }
        }
      }
    }
    assertTrue(modules >= 10, "Catena's modules not found on the class path: " + modules);
    Set<String> missing = new TreeSet<>(provided);
    missing.removeAll(registered);
    Set<String> extra = new TreeSet<>(registered);
    extra.removeAll(provided);
    assertEquals(Set.of(), missing, "provided but not registered for the class path");
    assertEquals(Set.of(), extra, "registered for the class path but not provided");
  }

  private static List<String> lines(ModuleReader r, String service) throws IOException {
    List<String> out = new ArrayList<>();
    var in = r.open("META-INF/services/" + service);
    if (in.isPresent()) {
      try (InputStream s = in.get()) {
        for (String line : new String(s.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String t = line.replaceAll("#.*", "").trim();
          if (!t.isEmpty()) {
            out.add(t);
          }
        }
      }
    }
    return out;
  }

  @Test
  void onTheClassPathTheEngineFindsFunctionsLinksOptimizersAndBackendsByName() {
    Engine engine = Engine.get();
    assertFalse(engine.getClass().getModule().isNamed(), "this test runs on the class path");
    assertEquals("relu", engine.function("relu").name());
    assertEquals("mish", engine.function("mish").name());
    assertEquals("Linear", engine.link("Linear").name());
    assertEquals("GLU", engine.link("GLU").name());
    assertEquals("Adam", engine.optimizer("Adam").name());
    assertEquals("Lion", engine.optimizer("Lion").name());
    assertTrue(
        engine.registeredNames(BackendProvider.class).containsAll(List.of("cpu", "cuda", "java")),
        engine.registeredNames(BackendProvider.class).toString());
    for (Class<?> t :
        List.of(
            FunctionProvider.class,
            LinkProvider.class,
            OptimizerProvider.class,
            BackendProvider.class)) {
      assertEquals(List.of(), engine.loadFailures(t), t.getSimpleName());
    }
    assertTrue(
        engine.registrations(FunctionProvider.class).stream()
            .filter(r -> r.name().equals("relu"))
            .allMatch(
                r -> r.origin().startsWith("class path ") && r.origin().contains("dl.functions")),
        engine.registrations(FunctionProvider.class).toString());
  }
}
