package dl.examples;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the example programs ({@code catena train-fashion-mnist}, {@code catena
 * benchmark-mlp}).
 */
@Command(
    name = "catena",
    mixinStandardHelpOptions = true,
    version = "Catena 0.1.0",
    description = "Catena example programs.",
    subcommands = {TrainFashionMnist.class, TrainMnist.class, BenchmarkMlp.class})
public final class Main implements Runnable {
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("soak"))
      System.exit(Soak.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
    System.exit(new CommandLine(new Main()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
