package dl.engine;

import dl.api.spi.ClassPathProviders;
import dl.api.spi.Engine.Registration;
import java.lang.System.Logger.Level;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Providers of one service type by name, loaded once: those of the module path ({@code provides})
 * and those of the class path ({@code META-INF/services}, directly or through a jar's {@link
 * ClassPathProviders} list). A provider that fails to load is logged and recorded with its reason
 * and does not stop the others; a duplicate name is an error naming both providers' classes and
 * modules (or jars), raised while the registry is built, because silently picking one would make a
 * model mean different things.
 */
final class Registry<P> {
  static final System.Logger LOG = System.getLogger("dl.engine");

  private final String kind;
  private final Map<String, P> byName = new TreeMap<>();
  private final Map<String, Registration> registrations = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();

  /**
   * The providers of {@code service} found by {@link ServiceLoader}; {@code declaring} gives the
   * class that registers a provider made by a {@code provider()} method (whose ServiceLoader type
   * is only the service interface).
   */
  Registry(
      String kind, Class<P> service, Function<P, String> name, Function<P, Class<?>> declaring) {
    this(
        kind,
        candidates(
            service,
            ServiceLoader.load(ClassPathProviders.class).stream().iterator(),
            t -> !t.getModule().isNamed()),
        name,
        declaring);
  }

  /** A provider not yet instantiated: the class that registers it, and how to obtain it. */
  record Candidate<P>(Class<?> type, Supplier<? extends P> provider) {
    P get() {
      return provider.get();
    }
  }

  /** The providers of {@code candidates}, whose iteration may fail element by element. */
  Registry(
      String kind,
      Iterator<Candidate<P>> candidates,
      Function<P, String> name,
      Function<P, Class<?>> declaring) {
    this.kind = kind;
    while (true) {
      Candidate<P> provider;
      try {
        if (!candidates.hasNext()) {
          break;
        }
        provider = candidates.next();
      } catch (ServiceConfigurationError e) {
        fail(e.getMessage());
        continue;
      }
      P p;
      String n;
      try {
        p = provider.get();
        n = name.apply(p);
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        fail(provider.type().getName() + " (" + origin(provider.type()) + "): " + e);
        continue;
      }
      Class<?> type = provider.type();
      if (type.isInterface()) { // a provider() method: ServiceLoader knows only its return type
        type = declaring.apply(p);
      }
      Registration r = new Registration(n, origin(type), type.getName());
      Registration old = registrations.putIfAbsent(n, r);
      if (old != null) {
        String msg =
            "two " + kind + "s are named '" + n + "': " + describe(old) + " and " + describe(r);
        LOG.log(Level.ERROR, msg);
        throw new IllegalStateException(msg);
      }
      byName.put(n, p);
    }
  }

  private void fail(String why) {
    LOG.log(Level.WARNING, "a " + kind + " provider failed to load: " + why);
    failures.add(why);
  }

  private static String describe(Registration r) {
    return r.type() + " (" + r.origin() + ")";
  }

  /** {@code "module m"} for a named module, else the class-path entry the class came from. */
  static String origin(Class<?> type) {
    Module m = type.getModule();
    if (m.isNamed()) {
      return "module " + m.getName();
    }
    CodeSource cs = type.getProtectionDomain().getCodeSource();
    return "class path " + (cs == null || cs.getLocation() == null ? "?" : cs.getLocation());
  }

  /**
   * ServiceLoader's providers of {@code service}, then the entries for it of those {@code lists}
   * that come from the class path ({@code onClassPath}): in a named module {@code provides} already
   * counted.
   */
  static <P> Iterator<Candidate<P>> candidates(
      Class<P> service,
      Iterator<ServiceLoader.Provider<ClassPathProviders>> lists,
      Predicate<Class<?>> onClassPath) {
    Iterator<ServiceLoader.Provider<P>> direct = ServiceLoader.load(service).stream().iterator();
    return new Iterator<>() {
      private final List<Candidate<P>> pending = new ArrayList<>();

      @Override
      public boolean hasNext() {
        if (direct.hasNext() || !pending.isEmpty()) {
          return true;
        }
        while (lists.hasNext()) {
          ServiceLoader.Provider<ClassPathProviders> list = lists.next();
          if (!onClassPath.test(list.type())) {
            continue;
          }
          List<ClassPathProviders.Entry<?>> entries;
          try {
            entries = list.get().providers();
          } catch (RuntimeException | LinkageError e) {
            throw new ServiceConfigurationError(
                list.type().getName() + " (" + origin(list.type()) + "): " + e, e);
          }
          for (ClassPathProviders.Entry<?> e : entries) {
            if (e.service() == service) {
              pending.add(new Candidate<>(e.type(), () -> service.cast(e.provider().get())));
            }
          }
          if (!pending.isEmpty()) {
            return true;
          }
        }
        return false;
      }

      @Override
      public Candidate<P> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (direct.hasNext()) {
          ServiceLoader.Provider<P> p = direct.next();
          return new Candidate<>(p.type(), p::get);
        }
        return pending.remove(0);
      }
    };
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

  List<Registration> registrations() {
    return new ArrayList<>(registrations.values());
  }

  List<String> failures() {
    return failures;
  }
}
