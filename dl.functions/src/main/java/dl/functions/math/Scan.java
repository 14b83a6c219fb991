package dl.functions.math;

import dl.api.Variable;
import dl.functions.F;
import dl.functions.array.Index;

/**
 * Inclusive scans and tree reductions along one axis, composed of slicing, concat, add and mul so
 * that they are differentiable any number of times and exact with zeros (no division). The scan is
 * Hillis–Steele: {@code log₂ n} steps of {@code y[i] ∘= y[i - 2ᵏ]}.
 */
final class Scan {
  private Scan() {}

  /** Cumulative sum ({@code product == false}) or product of {@code x} along {@code axis}. */
  static Variable scan(Variable x, int axis, boolean product) {
    int[] perm = lastAxisPerm(x.ndim(), axis);
    Variable xt = F.transpose(x, perm);
    int[] ts = xt.shape();
    int n = ts[ts.length - 1];
    int m = n == 0 ? 0 : x.size() / n;
    Variable y = F.reshape(xt, m, n);
    for (int s = 1; s < n; s *= 2) {
      Variable fill =
          Variable.constant(x.array().backend().full(new int[] {m, s}, product ? 1 : 0, x.dtype()));
      Variable shifted =
          F.concat(new Variable[] {fill, F.getItem(y, Index.all(), Index.slice(0, n - s))}, 1);
      y = product ? F.mul(y, shifted) : F.add(y, shifted);
    }
    return F.transpose(F.reshape(y, ts), inverse(perm));
  }

  /** The product over the last axis of a 2-d {@code (m, n)} variable, by pairwise halving. */
  static Variable prodLast(Variable y) {
    int m = y.shape()[0];
    int n = y.shape()[1];
    if (n == 0) {
      // The empty product is 1; summing the empty axis keeps it on the graph (zero gradient).
      return F.add(F.sum(y, 1), 1.0);
    }
    while (n > 1) {
      int h = n / 2;
      Variable p =
          F.mul(
              F.getItem(y, Index.all(), Index.slice(0, h)),
              F.getItem(y, Index.all(), Index.slice(h, 2 * h)));
      if (n % 2 == 1) {
        p = F.concat(new Variable[] {p, F.getItem(y, Index.all(), Index.slice(2 * h, n))}, 1);
      }
      y = p;
      n = (n + 1) / 2;
    }
    return F.reshape(y, m);
  }

  /** The permutation moving {@code axis} to the end, the others keeping their order. */
  static int[] lastAxisPerm(int ndim, int axis) {
    int[] perm = new int[ndim];
    for (int i = 0, j = 0; i < ndim; i++) {
      if (i != axis) {
        perm[j++] = i;
      }
    }
    perm[ndim - 1] = axis;
    return perm;
  }

  static int[] inverse(int[] perm) {
    int[] inv = new int[perm.length];
    for (int i = 0; i < perm.length; i++) {
      inv[perm[i]] = i;
    }
    return inv;
  }
}
