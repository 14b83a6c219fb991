package dl.functions.math;

import dl.api.DType;
import dl.api.NdArray;
import java.util.function.DoubleUnaryOperator;

/**
 * Double-precision special functions computed on the host, for functions that have no backend
 * kernel (lgamma, digamma, polygamma, an erfc accurate in the tail). {@link #map} is the documented
 * host fallback: it copies the array to the host, applies the function in double and copies the
 * result back in the input's dtype. A backend kernel would remove the two copies; until one exists
 * these stay correct on every backend.
 */
final class Special {
  private Special() {}

  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  /** Bernoulli numbers B2, B4, ..., B14 for the asymptotic series. */
  private static final double[] BERNOULLI = {
    1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730, 7.0 / 6
  };

  /** {@code f} applied elementwise on the host, returned on {@code x}'s backend in its dtype. */
  static NdArray map(NdArray x, DoubleUnaryOperator f) {
    double[] d = x.toDoubleArray();
    for (int i = 0; i < d.length; i++) {
      d[i] = f.applyAsDouble(d[i]);
    }
    NdArray y = x.backend().fromArray(d, x.shape());
    return x.dtype() == DType.FLOAT64 ? y : x.backend().astype(y, x.dtype());
  }

  /** {@code log|Γ(x)|}: Lanczos (g = 7, n = 9) for x ≥ 0.5, the reflection formula below. */
  static double lgamma(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (x <= 0 && x == Math.rint(x)) {
      return Double.POSITIVE_INFINITY; // the poles of Γ
    }
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
    }
    double z = x - 1;
    double a = LANCZOS[0];
    double t = z + 7.5;
    for (int i = 1; i < LANCZOS.length; i++) {
      a += LANCZOS[i] / (z + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
  }

  /** {@code ψ(x) = d/dx log Γ(x)}: reflection for x < 0, recurrence up to 10, asymptotic series. */
  static double digamma(double x) {
    if (Double.isNaN(x) || (x <= 0 && x == Math.rint(x))) {
      return Double.NaN;
    }
    if (x < 0) {
      return digamma(1 - x) - Math.PI / Math.tan(Math.PI * x);
    }
    double acc = 0;
    while (x < 10) {
      acc -= 1 / x;
      x += 1;
    }
    double inv2 = 1 / (x * x);
    double series = 0;
    double pow = inv2;
    for (int k = 1; k <= BERNOULLI.length; k++) {
      series += BERNOULLI[k - 1] / (2 * k) * pow;
      pow *= inv2;
    }
    return acc + Math.log(x) - 0.5 / x - series;
  }

  /**
   * {@code ψ⁽ⁿ⁾(x)}, the n-th derivative of digamma (n ≥ 1): the recurrence {@code ψ⁽ⁿ⁾(x) =
   * ψ⁽ⁿ⁾(x+1) + (-1)ⁿ⁺¹ n! / xⁿ⁺¹} up to {@code x ≥ 15 + n}, then the asymptotic series; {@code n =
   * 0} is {@link #digamma}.
   */
  static double polygamma(int n, double x) {
    if (n == 0) {
      return digamma(x);
    }
    if (Double.isNaN(x) || (x <= 0 && x == Math.rint(x))) {
      return Double.NaN;
    }
    double nFact = 1;
    for (int i = 2; i <= n; i++) {
      nFact *= i;
    }
    double acc = 0;
    while (x < 15 + n) {
      acc += Math.pow(x, -(n + 1));
      x += 1;
    }
    // (n-1)!/xⁿ + n!/(2xⁿ⁺¹) + Σ B₂ₖ (2k+n-1)! / ((2k)! x^(2k+n))
    double tail = nFact / n * Math.pow(x, -n) + nFact / 2 * Math.pow(x, -(n + 1));
    double ratio = nFact * (n + 1) / 2.0; // (2k+n-1)! / (2k)! at k = 1
    for (int k = 1; k <= BERNOULLI.length; k++) {
      tail += BERNOULLI[k - 1] * ratio * Math.pow(x, -(2 * k + n));
      // next: (2k+n+1)! / (2k+2)! = ratio · (2k+n)(2k+n+1) / ((2k+1)(2k+2))
      ratio *= (2.0 * k + n) * (2.0 * k + n + 1) / ((2.0 * k + 1) * (2.0 * k + 2));
    }
    double sign = (n % 2 == 1) ? 1 : -1;
    return sign * (nFact * acc + tail);
  }

  /**
   * {@code erfc(x) = 1 - erf(x)} with relative accuracy in the tail: the Maclaurin series of erf
   * for {@code |x| < 2}, the Laplace continued fraction (modified Lentz) for {@code x ≥ 2}, and
   * {@code erfc(-x) = 2 - erfc(x)}.
   */
  static double erfc(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (x < 0) {
      return 2 - erfc(-x);
    }
    if (x < 2) {
      double sum = 0;
      double term = x; // (-1)^n x^(2n+1) / n!
      for (int n = 0; n < 60; n++) {
        sum += term / (2 * n + 1);
        term *= -x * x / (n + 1);
      }
      return 1 - 2 / Math.sqrt(Math.PI) * sum;
    }
    if (x > 27) {
      return 0; // below the smallest double
    }
    // erfc(x) = exp(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), by modified Lentz.
    double tiny = 1e-300;
    double f = x;
    double c = x;
    double d = 0;
    for (int k = 1; k < 500; k++) {
      double a = k / 2.0;
      d = x + a * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = x + a / c;
      c = Math.abs(c) < tiny ? tiny : c;
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
  }
}
