package dl.functions.math;

import dl.api.DType;
import dl.api.Shapes;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/**
 * Inputs and reference values for the math and activation tests, computed in plain Java double by
 * methods independent of the implementations under test (series and Stirling's formula instead of
 * Lanczos, recurrences and the backend's kernels).
 */
@SuppressWarnings("exports")
public final class Gen {
  private Gen() {}

  /** Values drawn uniformly from randomly chosen intervals {@code {lo, hi}} (to avoid kinks). */
  public static TestArray intervals(
      SplittableRandom rng, DType dtype, double[][] iv, int... shape) {
    double[] d = new double[Shapes.size(shape)];
    for (int i = 0; i < d.length; i++) {
      double[] r = iv[rng.nextInt(iv.length)];
      d[i] = r[0] + (r[1] - r[0]) * rng.nextDouble();
    }
    return of(dtype, d, shape);
  }

  /** An array of the given values, rounded to what {@code dtype} holds. */
  public static TestArray of(DType dtype, double[] d, int... shape) {
    double[] r = d.clone();
    if (dtype == DType.FLOAT32) {
      for (int i = 0; i < r.length; i++) {
        r[i] = (float) r[i];
      }
    }
    return new TestArray(r, shape, dtype);
  }

  /** erf by its Maclaurin series (accurate to ~1e-15 for |x| ≤ 3). */
  public static double erf(double x) {
    double sum = 0;
    double term = x; // (-1)^n x^(2n+1) / n!
    for (int n = 0; n < 200; n++) {
      sum += term / (2 * n + 1);
      term *= -x * x / (n + 1);
    }
    return 2 / Math.sqrt(Math.PI) * sum;
  }

  /** log Γ(x) for x > 0 by Stirling's series after shifting x above 20 with Γ(x+1) = xΓ(x). */
  public static double lgamma(double x) {
    double shift = 0;
    while (x < 20) {
      shift -= Math.log(x);
      x += 1;
    }
    double inv = 1 / x;
    double inv2 = inv * inv;
    double series = inv / 12 - inv * inv2 / 360 + inv * inv2 * inv2 / 1260;
    return shift + (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series;
  }

  /** ψ(x) as a central difference of {@link #lgamma} (error ~1e-9). */
  public static double digamma(double x) {
    double h = 1e-4;
    return (lgamma(x + h) - lgamma(x - h)) / (2 * h);
  }

  /** ψ⁽ⁿ⁾(x), n ≥ 1, by its series (-1)ⁿ⁺¹ n! Σ 1/(x+k)ⁿ⁺¹ with a midpoint-integral tail. */
  public static double polygamma(int n, double x) {
    int terms = 20000;
    double s = 0;
    for (int k = terms - 1; k >= 0; k--) {
      s += Math.pow(x + k, -(n + 1));
    }
    s += Math.pow(x + terms - 0.5, -n) / n;
    double fact = 1;
    for (int i = 2; i <= n; i++) {
      fact *= i;
    }
    return (n % 2 == 1 ? 1 : -1) * fact * s;
  }
}
