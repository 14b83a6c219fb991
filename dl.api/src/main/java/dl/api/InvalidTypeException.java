package dl.api;

/**
 * Raised before a function runs when its inputs have the wrong dtype, shape or options. The message
 * names the function, the argument, what was expected and what came, in Chainer's style.
 *
 * <pre>{@code
 * throw InvalidTypeException.of("linear", "x", 1, "x.shape[1] == W.shape[1] (784)", "3");
 * }</pre>
 */
public class InvalidTypeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** An exception with the given message. */
  public InvalidTypeException(String message) {
    super(message);
  }

  /**
   * A message of the form {@code "linear: invalid argument x (input 0)\nExpect: ...\nActual: ..."}.
   */
  public static InvalidTypeException of(
      String function, String argument, int index, String expected, String actual) {
    return new InvalidTypeException(
        function
            + ": invalid argument "
            + argument
            + " (input "
            + index
            + ")\nExpect: "
            + expected
            + "\nActual: "
            + actual);
  }
}
