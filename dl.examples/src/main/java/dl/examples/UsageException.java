package dl.examples;

/**
 * A command-line argument that cannot work, reported by {@link Main} as one line naming the option
 * and exit status 2 (the stack trace only with {@code --debug}).
 *
 * <pre>{@code
 * if (epochs < 1) {
 *   throw new UsageException("--epoch", epochs, "must be at least 1");
 * }
 * }</pre>
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** {@code <option> <value>: <problem>}. */
  public UsageException(String option, Object value, String problem) {
    this(option, value, problem, null);
  }

  /** The same, keeping the exception that showed the problem (printed with {@code --debug}). */
  public UsageException(String option, Object value, String problem, Throwable cause) {
    super(option + " " + value + ": " + problem, cause);
  }
}
