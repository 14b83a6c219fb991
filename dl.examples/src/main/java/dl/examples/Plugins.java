package dl.examples;

import dl.api.spi.Availability;
import dl.api.spi.BackendProvider;
import dl.api.spi.Engine;
import dl.api.spi.Engine.Registration;
import dl.api.spi.FunctionProvider;
import dl.api.spi.LinkProvider;
import dl.api.spi.OptimizerProvider;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code catena plugins}: what the engine found on the module path (or class path) — every
 * function, link, optimizer and backend by name with the module or jar it comes from, the backends'
 * priority and availability, and providers that failed to load. Exit status 0, or 1 when a provider
 * failed to load or two share a name.
 */
public final class Plugins {
  private Plugins() {}

  /** Runs it from the command line (the class path needs no {@code Main}). */
  public static void main(String... args) {
    System.exit(run(args));
  }

  /** Prints the listing to standard output; returns the exit status. */
  public static int run(String... args) {
    if (args.length > 0) {
      boolean help = args[0].equals("-h") || args[0].equals("--help");
      (help ? System.out : System.err)
          .println(
              "Usage: catena plugins\n"
                  + "Lists the registered functions, links, optimizers and backends, where each"
                  + " comes from, and the backends' availability.");
      return help ? 0 : 2;
    }
    return print(Engine.get(), System.out, System.err);
  }

  static int print(Engine engine, PrintStream out, PrintStream err) {
    int failed = 0;
    try {
      failed += section(engine, out, "functions", FunctionProvider.class);
      failed += section(engine, out, "links", LinkProvider.class);
      failed += section(engine, out, "optimizers", OptimizerProvider.class);
      List<BackendProvider> backends = engine.backendProviders();
      List<Registration> regs = engine.registrations(BackendProvider.class);
      out.println("backends (" + backends.size() + ")");
      for (BackendProvider p : backends) {
        Availability a;
        try {
          a = p.availability();
        } catch (RuntimeException | LinkageError e) { // the contract says never; say so if it does
          a = Availability.unavailable(e.toString());
        }
        String origin =
            regs.stream().filter(r -> r.name().equals(p.name())).findFirst().get().origin();
        out.printf(
            Locale.ROOT,
            "  %-22s %s, priority %d: %s (%s)%n",
            p.name(),
            a.available() ? "available" : "unavailable",
            p.priority(),
            a.reason(),
            origin);
      }
      failed += failures(engine, out, BackendProvider.class);
    } catch (IllegalStateException e) { // two providers of one name
      err.println("error: " + e.getMessage());
      return 1;
    }
    return failed == 0 ? 0 : 1;
  }

  private static int section(Engine engine, PrintStream out, String title, Class<?> type) {
    List<Registration> regs = engine.registrations(type);
    out.println(title + " (" + regs.size() + ")");
    for (Registration r : regs) {
      out.printf(Locale.ROOT, "  %-28s %s%n", r.name(), r.origin());
    }
    return failures(engine, out, type);
  }

  private static int failures(Engine engine, PrintStream out, Class<?> type) {
    List<String> failures = engine.loadFailures(type);
    for (String f : failures) {
      out.println("  FAILED TO LOAD: " + f);
    }
    return failures.size();
  }
}
