package dl.testing;

import dl.api.NdArray;
import dl.api.Shapes;
import java.util.Arrays;

/**
 * NumPy's {@code assert_allclose}: {@code |actual - expected| <= atol + rtol·|expected|} element by
 * element, with a report of the worst element on failure.
 *
 * <pre>{@code
 * Allclose.assertAllclose(new double[] {1, 2}, y.toDoubleArray(), 1e-5, 1e-4, "relu forward");
 * }</pre>
 */
public final class Allclose {
  private Allclose() {}

  /** Compares arrays of equal length. */
  public static void assertAllclose(
      double[] expected, double[] actual, double atol, double rtol, String what) {
    if (expected.length != actual.length) {
      throw new AssertionError(
          what + ": expected " + expected.length + " elements, got " + actual.length);
    }
    int worst = -1;
    double worstExcess = 0;
    int bad = 0;
    for (int i = 0; i < expected.length; i++) {
      double e = expected[i];
      double a = actual[i];
      if ((Double.isNaN(e) && Double.isNaN(a)) || e == a) {
        continue;
      }
      double excess = Math.abs(a - e) - (atol + rtol * Math.abs(e));
      if (!(excess <= 0)) {
        bad++;
        if (worst < 0 || !(excess <= worstExcess)) {
          worst = i;
          worstExcess = excess;
        }
      }
    }
    if (bad > 0) {
      throw new AssertionError(
          String.format(
              "%s: %d of %d elements differ (atol=%g, rtol=%g);"
                  + " worst at flat index %d: expected %.10g, actual %.10g%s",
              what,
              bad,
              expected.length,
              atol,
              rtol,
              worst,
              expected[worst],
              actual[worst],
              expected.length <= 24
                  ? "\nexpected: "
                      + Arrays.toString(expected)
                      + "\nactual:   "
                      + Arrays.toString(actual)
                  : ""));
    }
  }

  /** Compares an array with expected values and shape. */
  public static void assertAllclose(
      TestArray expected, NdArray actual, double atol, double rtol, String what) {
    if (!Arrays.equals(expected.shape(), actual.shape())) {
      throw new AssertionError(
          what
              + ": expected shape "
              + Shapes.str(expected.shape())
              + ", got "
              + Shapes.str(actual.shape()));
    }
    if (expected.dtype() != null && expected.dtype() != actual.dtype()) {
      throw new AssertionError(
          what + ": expected dtype " + expected.dtype() + ", got " + actual.dtype());
    }
    assertAllclose(expected.data(), actual.toDoubleArray(), atol, rtol, what);
  }
}
