package dl.functions.normalization;

import dl.api.NdArray;
import dl.api.Variable;
import dl.functions.F;

/**
 * {@code x̂ = (x − mean)/√(var + eps)} over some axes, in arrays (forward) and its gradient as
 * functions (backward, so that the normalizations are twice differentiable).
 */
final class Standardize {
  private Standardize() {}

  /** {@code x̂} of an array over {@code axes}. */
  static NdArray xhat(NdArray x, int[] axes, double eps) {
    int m = BnAxes.count(x.shape(), axes);
    NdArray xc = x.sub(x.sum(axes, true).div(m));
    NdArray var = xc.mul(xc).sum(axes, true).div(m);
    return xc.mul(var.add(eps).pow(-0.5));
  }

  /** {@code [x̂, 1/√(var + eps)]} as functions of {@code x}. */
  static Variable[] xhat(Variable x, int[] axes, double eps) {
    Variable xc = F.sub(x, F.mean(x, axes, true));
    Variable invstd = F.pow(F.add(F.mean(F.square(xc), axes, true), eps), -0.5);
    return new Variable[] {F.mul(xc, invstd), invstd};
  }

  /** {@code ∂L/∂x} from {@code g = ∂L/∂x̂}: {@code invstd·(g − mean(g) − x̂·mean(g·x̂))}. */
  static Variable grad(Variable x, Variable g, int[] axes, double eps) {
    Variable[] h = xhat(x, axes, eps);
    Variable proj = F.mul(h[0], F.mean(F.mul(g, h[0]), axes, true));
    return F.mul(h[1], F.sub(F.sub(g, F.mean(g, axes, true)), proj));
  }
}
