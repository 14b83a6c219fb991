package dl.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Providers of one service type by name, loaded once. A provider that fails to load is recorded
 * with its reason and does not stop the others; a duplicate name is an error naming both modules,
 * because silently picking one would make a model mean different things.
 */
final class Registry<P> {
  private final String kind;
  private final Map<String, P> byName = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();

  Registry(String kind, ServiceLoader<P> loader, Function<P, String> name) {
    this.kind = kind;
    Iterator<ServiceLoader.Provider<P>> it = loader.stream().iterator();
    while (true) {
      ServiceLoader.Provider<P> provider;
      try {
        if (!it.hasNext()) {
          break;
        }
        provider = it.next();
      } catch (ServiceConfigurationError e) {
        failures.add(e.getMessage());
        continue;
      }
      P p;
      try {
        p = provider.get();
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        failures.add(
            provider.type().getName()
                + " in module "
                + provider.type().getModule().getName()
                + ": "
                + e);
        continue;
      }
      String n = name.apply(p);
      P old = byName.put(n, p);
      if (old != null) {
        throw new IllegalStateException(
            "two " + kind + "s are named '" + n + "': " + describe(old) + " and " + describe(p));
      }
    }
  }

  private static String describe(Object p) {
    return p.getClass().getName() + " (module " + p.getClass().getModule().getName() + ")";
  }

  P get(String name) {
    P p = byName.get(name);
    if (p == null) {
      throw new IllegalArgumentException(
          "no "
              + kind
              + " named '"
              + name
              + "' on the module path;"
              + " available: "
              + byName.keySet()
              + (failures.isEmpty() ? "" : "; providers that failed to load: " + failures));
    }
    return p;
  }

  List<String> names() {
    return new ArrayList<>(byName.keySet());
  }

  List<P> all() {
    return new ArrayList<>(byName.values());
  }

  List<String> failures() {
    return failures;
  }
}
