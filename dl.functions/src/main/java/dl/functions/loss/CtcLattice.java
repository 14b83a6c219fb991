package dl.functions.loss;

/**
 * The CTC forward-backward recursions in log space (Graves et al. 2006) for one sequence: {@code
 * alpha} over the blank-extended label, the log-likelihood, and the gradient of {@code -log p} with
 * respect to the logits, {@code softmax - γ} with {@code γ_t(k)} the posterior occupancy of symbol
 * k at time t. Plain host arithmetic in double: the recursion is sequential in time.
 *
 * <pre>{@code
 * double[] grad = new double[len * v];
 * double nll = CtcLattice.run(logy, len, v, labels, 0, grad);
 * }</pre>
 */
final class CtcLattice {
  private CtcLattice() {}

  static double lse(double a, double b) {
    if (a == Double.NEGATIVE_INFINITY) {
      return b;
    }
    if (b == Double.NEGATIVE_INFINITY) {
      return a;
    }
    double m = Math.max(a, b);
    return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
  }

  /**
   * Negative log-likelihood of {@code labels} given log-probabilities {@code logy[t·v + k]} for
   * {@code t < len}; writes {@code ∂(-log p)/∂logits} into {@code grad} (same layout). An
   * impossible alignment gives +∞ and a zero gradient.
   */
  static double run(double[] logy, int len, int v, int[] labels, int blank, double[] grad) {
    int s = 2 * labels.length + 1;
    int[] ext = new int[s];
    for (int i = 0; i < s; i++) {
      ext[i] = i % 2 == 0 ? blank : labels[i / 2];
    }
    double ninf = Double.NEGATIVE_INFINITY;
    double[][] alpha = new double[len][s];
    double[][] beta = new double[len][s]; // suffix probability after t, excluding y_t
    for (double[] row : alpha) {
      java.util.Arrays.fill(row, ninf);
    }
    for (double[] row : beta) {
      java.util.Arrays.fill(row, ninf);
    }
    alpha[0][0] = logy[blank];
    if (s > 1) {
      alpha[0][1] = logy[ext[1]];
    }
    for (int t = 1; t < len; t++) {
      for (int i = 0; i < s; i++) {
        double a = alpha[t - 1][i];
        if (i >= 1) {
          a = lse(a, alpha[t - 1][i - 1]);
        }
        if (i >= 2 && ext[i] != blank && ext[i] != ext[i - 2]) {
          a = lse(a, alpha[t - 1][i - 2]);
        }
        alpha[t][i] = a == ninf ? ninf : a + logy[t * v + ext[i]];
      }
    }
    beta[len - 1][s - 1] = 0;
    if (s > 1) {
      beta[len - 1][s - 2] = 0;
    }
    for (int t = len - 2; t >= 0; t--) {
      for (int i = 0; i < s; i++) {
        double b = beta[t + 1][i] + logy[(t + 1) * v + ext[i]];
        if (i + 1 < s) {
          b = lse(b, beta[t + 1][i + 1] + logy[(t + 1) * v + ext[i + 1]]);
        }
        if (i + 2 < s && ext[i + 2] != blank && ext[i + 2] != ext[i]) {
          b = lse(b, beta[t + 1][i + 2] + logy[(t + 1) * v + ext[i + 2]]);
        }
        beta[t][i] = b;
      }
    }
    double logp = alpha[len - 1][s - 1];
    if (s > 1) {
      logp = lse(logp, alpha[len - 1][s - 2]);
    }
    java.util.Arrays.fill(grad, 0, len * v, 0);
    if (logp == ninf) {
      return Double.POSITIVE_INFINITY;
    }
    for (int t = 0; t < len; t++) {
      for (int k = 0; k < v; k++) {
        grad[t * v + k] = Math.exp(logy[t * v + k]);
      }
      for (int i = 0; i < s; i++) {
        double occ = alpha[t][i] + beta[t][i] - logp;
        if (occ != ninf) {
          grad[t * v + ext[i]] -= Math.exp(occ);
        }
      }
    }
    return -logp;
  }

  /**
   * Per-sequence losses of a batch: {@code logy[t]} is (B, V) row-major, {@code labels} (B, L);
   * lengths null mean full. Fills {@code grad[t]} (B, V), zero past each input length.
   */
  static double[] batch(
      double[][] logy,
      int b,
      int v,
      int[] labels,
      int l,
      int[] inputLength,
      int[] labelLength,
      int blank,
      double[][] grad) {
    double[] loss = new double[b];
    for (int i = 0; i < b; i++) {
      int il = inputLength == null ? logy.length : inputLength[i];
      int ll = labelLength == null ? l : labelLength[i];
      double[] seq = new double[il * v];
      for (int s = 0; s < il; s++) {
        System.arraycopy(logy[s], i * v, seq, s * v, v);
      }
      double[] g = new double[il * v];
      int[] lab = java.util.Arrays.copyOfRange(labels, i * l, i * l + ll);
      loss[i] = run(seq, il, v, lab, blank, g);
      for (int s = 0; s < il; s++) {
        System.arraycopy(g, s * v, grad[s], i * v, v);
      }
    }
    return loss;
  }
}
