package dl.examples;

import dl.api.Device;
import dl.api.spi.Engine;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * Entry point of {@code catena COMMAND [OPTIONS]}. A command is any {@code static int run(String...
 * args)} and takes one line in {@link #COMMANDS}. Exit status: 0 done, 1 the work failed, 2 a usage
 * error (a bad option, a missing file, an unknown command). Errors are one line ({@code catena
 * COMMAND: what and why}); {@code --debug} anywhere on the line (or {@code CATENA_DEBUG=1}) adds
 * the stack trace.
 *
 * <pre>{@code
 * int status = Main.run(System.out, System.err, "train-fashion-mnist", "--epoch", "2");
 * }</pre>
 */
public final class Main {
  private Main() {}

  /** A command: its arguments in, its exit status out. */
  @FunctionalInterface
  public interface Command {
    /** Runs the command; exceptions become one-line messages in {@link Main}. */
    int run(String... args) throws Exception;
  }

  /** A command's name, its line in the usage text, and its entry point. */
  record Entry(String name, String summary, Command command) {}

  // One line per command.
  static final List<Entry> COMMANDS =
      List.of(
          new Entry(
              "train-fashion-mnist",
              "train an MLP or CNN on Fashion-MNIST (Chainer's train_mnist.py)",
              TrainFashionMnist::run),
          new Entry("train-mnist", "the same on MNIST", TrainMnist::run),
          new Entry(
              "benchmark-mlp", "examples per second of the MLP's training step", BenchmarkMlp::run),
          new Entry(
              "benchmark",
              "training and inference speed of mlp, small or cnn (as train_torch.py)",
              Benchmark::run),
          new Entry(
              "plugins",
              "list the registered functions, links, optimizers and backends",
              Plugins::run),
          new Entry(
              "soak", "train the MLP for many steps and report whether RSS stays flat", Soak::run));

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs {@code args} as {@code catena} would and returns the exit status. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    List<String> rest = new ArrayList<>();
    boolean debug = "1".equals(System.getenv("CATENA_DEBUG"));
    boolean literal = false;
    for (String a : args) {
      if (!literal && a.equals("--debug")) {
        debug = true;
      } else {
        literal |= a.equals("--");
        rest.add(a);
      }
    }
    if (rest.isEmpty()) {
      err.print(usage());
      err.println("catena: no command given");
      return 2;
    }
    String name = rest.remove(0);
    if (name.equals("-h") || name.equals("--help") || name.equals("help")) {
      out.print(usage());
      return 0;
    }
    if (name.equals("-V") || name.equals("--version")) {
      out.println("Catena 0.1.0");
      return 0;
    }
    Entry entry = COMMANDS.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    if (entry == null) {
      err.println(
          "catena: unknown command '"
              + name
              + "'; commands: "
              + String.join(", ", COMMANDS.stream().map(Entry::name).toList())
              + " (catena --help)");
      return 2;
    }
    String prefix = "catena " + name + ": ";
    try {
      return entry.command().run(rest.toArray(String[]::new));
    } catch (UsageException | CommandLine.ParameterException e) {
      if (debug) {
        e.printStackTrace(err);
      }
      // picocli's own messages (unknown options, unparsable values) get the pointer to --help.
      String hint = e instanceof UsageException ? "" : " (catena " + name + " --help)";
      err.println(prefix + e.getMessage() + hint);
      return 2;
    } catch (Exception | Error e) { // an OutOfMemoryError, too, is better said in one line
      if (debug) {
        e.printStackTrace(err);
        err.println(prefix + oneLine(e));
      } else {
        err.println(prefix + oneLine(e) + " (--debug shows the stack trace)");
      }
      return 1;
    }
  }

  /**
   * The device of a command's {@code --device} option ({@code null}: the best available), checked
   * to be usable; one that cannot run is a {@link UsageException}, which {@link #run} reports as
   * exit status 2 with one line.
   */
  static Device device(String name) {
    try {
      Device dev = name == null ? Engine.get().defaultDevice() : Device.of(name);
      Engine.get().backend(dev);
      return dev;
    } catch (RuntimeException e) {
      String why = oneLine(e);
      String self = "device " + name + ": "; // the backend's message names the device again
      throw new UsageException(
          "--device", name, why.startsWith(self) ? why.substring(self.length()) : why, e);
    }
  }

  /** The usage text: the commands and the options every command takes. */
  static String usage() {
    StringBuilder b =
        new StringBuilder("Usage: catena COMMAND [OPTIONS]   (catena COMMAND --help)\n");
    b.append("Commands:\n");
    for (Entry e : COMMANDS) {
      b.append(String.format("  %-22s %s%n", e.name(), e.summary()));
    }
    b.append("Every command also takes --debug (stack traces with errors).\n");
    b.append("Exit status: 0 done, 1 the work failed, 2 usage error.\n");
    return b.toString();
  }

  /** An exception and its causes as one line: each message once, the type where there is none. */
  static String oneLine(Throwable t) {
    StringBuilder b = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      String m = c.getMessage();
      if (m == null || m.isBlank()) {
        m = c.getClass().getSimpleName();
      }
      m = m.replaceAll("\\s*\\R\\s*", " ");
      if (b.indexOf(m) < 0) {
        b.append(b.length() == 0 ? "" : ": ").append(m);
      }
    }
    return b.toString();
  }

  /**
   * Runs a picocli command: parses {@code args} (a bad option throws picocli's {@code
   * ParameterException}, which {@link #run} reports as a usage error), answers {@code --help} and
   * {@code --version}, then calls it.
   */
  static int picocli(Callable<Integer> command, String... args) throws Exception {
    CommandLine cl = new CommandLine(command);
    cl.setOverwrittenOptionsAllowed(true); // argparse's rule, as in train_mnist.py: the last wins
    if (CommandLine.printHelpIfRequested(cl.parseArgs(args))) {
      return 0;
    }
    return command.call();
  }
}
