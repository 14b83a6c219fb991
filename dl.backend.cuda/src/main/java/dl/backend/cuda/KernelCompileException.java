package dl.backend.cuda;

/**
 * A kernel that failed to compile: the message has the compiler's log and the offending source
 * lines, numbered.
 *
 * <pre>{@code
 * try { rt.compile("__global__ void k(int* y) { y[0] = x; }", "bad", List.of("k")); }
 * catch (KernelCompileException e) { System.err.println(e.log()); }
 * }</pre>
 */
public final class KernelCompileException extends CudaException {
  private static final long serialVersionUID = 1L;
  private final String log;

  /** The failure of program {@code name} with the compiler's {@code log} and the source. */
  public KernelCompileException(String name, String compiler, String log, String source) {
    super(
        "CUDA kernel "
            + name
            + " failed to compile with "
            + compiler
            + ":\n"
            + log.strip()
            + "\n"
            + offendingLines(log, source));
    this.log = log;
  }

  /** The compiler's log. */
  public String log() {
    return log;
  }

  /** The source lines that the log names ({@code file(12): error} or {@code file:12:5: error}). */
  static String offendingLines(String log, String source) {
    String[] lines = source.split("\n", -1);
    StringBuilder out = new StringBuilder();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?:\\((\\d+)\\)|:(\\d+):\\d+:)\\s*(?:fatal )?error")
            .matcher(log);
    java.util.Set<Integer> seen = new java.util.TreeSet<>();
    while (m.find()) {
      seen.add(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
    }
    for (int n : seen) {
      if (n >= 1 && n <= lines.length) {
        out.append("  at line ").append(n).append(": ").append(lines[n - 1].strip()).append('\n');
      }
    }
    return out.toString();
  }
}
