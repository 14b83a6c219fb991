package dl.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dl.api.spi.ClassPathProviders;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks that a module registers its providers for both the module path and the class path, and
 * that the two registrations agree: every class of module-info's {@code provides} is listed for the
 * class path either in {@code META-INF/services/<service>} (a class that implements the service
 * with a public no-argument constructor) or in the module's {@link ClassPathProviders} list (a
 * class with a {@code provider()} method), and nothing else is. Call it from a test in the module
 * itself (on the module path):
 *
 * <pre>{@code
 * @Test
 * void registrationsAgree() {
 *   ServiceRegistrations.assertAgree(MyProviders.class.getModule(), new MyProviders());
 * }
 * }</pre>
 */
public final class ServiceRegistrations {
  private ServiceRegistrations() {}

  /** Fails, naming the missing or extra classes, where the registrations disagree. */
  public static void assertAgree(Module module, ClassPathProviders... lists) {
    ModuleDescriptor d = module.getDescriptor();
    assertNotNull(d, "ServiceRegistrations: " + module + " is not a named module");
    List<String> listed = services(module, ClassPathProviders.class.getName());
    List<String> given = new ArrayList<>();
    for (ClassPathProviders l : lists) {
      given.add(l.getClass().getName());
    }
    assertEquals(
        sorted(given),
        sorted(listed),
        module.getName() + ": META-INF/services/" + ClassPathProviders.class.getName());
    Map<String, List<String>> fromLists = new TreeMap<>();
    for (ClassPathProviders l : lists) {
      for (ClassPathProviders.Entry<?> e : l.providers()) {
        fromLists
            .computeIfAbsent(e.service().getName(), k -> new ArrayList<>())
            .add(e.type().getName());
        Object p = e.provider().get();
        assertTrue(
            e.service().isInstance(p),
            module.getName() + ": " + e.type().getName() + " gave " + p + ", not a " + e.service());
      }
    }
    for (ModuleDescriptor.Provides p : d.provides()) {
      if (p.service().equals(ClassPathProviders.class.getName())) {
        fail(module.getName() + ": lists of ClassPathProviders are for the class path only");
      }
      List<String> onClassPath = new ArrayList<>(services(module, p.service()));
      List<String> inLists = fromLists.remove(p.service());
      if (inLists != null) {
        onClassPath.addAll(inLists);
      }
      assertEquals(
          sorted(p.providers()),
          sorted(onClassPath),
          module.getName()
              + ": the class path's registrations of "
              + p.service()
              + " (META-INF/services and ClassPathProviders) differ from module-info's provides");
    }
    assertTrue(
        fromLists.isEmpty(),
        module.getName()
            + ": ClassPathProviders lists services module-info does not provide: "
            + fromLists);
  }

  /** The class names in the module's {@code META-INF/services/<service>}, without comments. */
  static List<String> services(Module module, String service) {
    List<String> out = new ArrayList<>();
    try (InputStream in = module.getResourceAsStream("META-INF/services/" + service)) {
      if (in == null) {
        return out;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        String s = (hash >= 0 ? line.substring(0, hash) : line).trim();
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String> sorted(List<String> in) {
    List<String> s = new ArrayList<>(in);
    s.sort(null);
    return s;
  }
}
