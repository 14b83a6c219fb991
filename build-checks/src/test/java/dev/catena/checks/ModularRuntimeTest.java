package dev.catena.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Dependency hygiene the enforcer plugin has no rule for: the product's runtime graph (the module
 * path bin/catena runs, dl.examples/target/modules) holds only explicit modules. An automatic
 * module (a jar without module-info) would break jlink and leaks its whole class path.
 */
class ModularRuntimeTest {
  @Test
  void runtimeGraphHasNoAutomaticModules() throws Exception {
    Path modules = Tree.root().resolve("dl.examples/target/modules");
    assertTrue(
        Files.isDirectory(modules),
        modules + " is missing: build-checks runs after dl.examples is packaged (mvn verify)");
    long jars;
    try (var s = Files.list(modules)) {
      jars = s.filter(p -> p.toString().endsWith(".jar")).count();
    }
    List<ModuleReference> refs = new ArrayList<>(ModuleFinder.of(modules).findAll());
    refs.sort(Comparator.comparing(r -> r.descriptor().name()));
    assertEquals(jars, refs.size(), "every jar of the runtime graph must be one module");
    Set<String> automatic = new TreeSet<>();
    for (ModuleReference r : refs) {
      System.out.println(
          (r.descriptor().isAutomatic() ? "AUTOMATIC " : "module    ") + r.descriptor().name());
      if (r.descriptor().isAutomatic()) {
        automatic.add(r.descriptor().name() + " (" + r.location().orElse(null) + ")");
      }
    }
    assertTrue(
        automatic.isEmpty(),
        "automatic modules in the runtime graph (ask for a modular release, or keep the"
            + " dependency out of the product): "
            + automatic);
    assertTrue(
        refs.stream().anyMatch(r -> r.descriptor().name().equals("dl.api")),
        "dl.api must be on the runtime module path");
  }
}
