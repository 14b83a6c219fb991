package dl.testing;

import dl.api.DType;
import dl.api.Device;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * Names the harnesses' dynamic tests by check, backend and dtype ({@code "backward [cpu,
 * float64]"}) and puts the same words in front of a failure's message, so that a report read
 * without the test tree (surefire's XML, a CI summary, {@code functionTests()[1][2]}) still says
 * what failed.
 */
final class CaseNames {
  private CaseNames() {}

  /** The leaf's display name: the check, then where it ran. */
  static String name(String check, Device device, DType dtype) {
    return check + " [" + device + ", " + dtype.name().toLowerCase(java.util.Locale.ROOT) + "]";
  }

  /** A dynamic test whose failure message starts with the test class and the leaf's name. */
  static DynamicTest test(
      Object testCase, String check, Device device, DType dtype, Executable body) {
    String name = name(check, device, dtype);
    String where = testCase.getClass().getSimpleName() + " " + name;
    return DynamicTest.dynamicTest(
        name,
        () -> {
          try {
            body.execute();
          } catch (AssertionError e) {
            AssertionError named = new AssertionError(where + ": " + e.getMessage(), e);
            named.setStackTrace(e.getStackTrace());
            throw named;
          } catch (RuntimeException e) {
            throw new AssertionError(where + ": " + e, e);
          }
        });
  }
}
