package dl.functions.activation;

import dl.api.BinaryOp;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Parametric ReLU (Chainer's {@code prelu}; He et al., 2015): {@code x} where {@code x >= 0},
 * {@code W·x} elsewhere. {@code W}'s shape must equal {@code x.shape[1 : 1 + W.ndim]}; it is
 * broadcast over the batch axis and the trailing axes. A composite of mul with a constant mask, so
 * both {@code x} and {@code W} get gradients.
 *
 * <pre>{@code
 * Variable h = F.prelu(x, W);   // x (N, C, H, W), W (C)
 * }</pre>
 */
public final class Prelu {
  private Prelu() {}

  /** Registered as {@code "prelu"}; inputs {@code x, W}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("prelu", (o, in) -> new Variable[] {apply(in[0], in[1])});
  }

  /** {@code where(x >= 0, x, W·x)} with {@code W} broadcast from axis 1. */
  public static Variable apply(Variable x, Variable w) {
    Variable wb = broadcastParam("prelu", "W", x, w);
    NdArray nonneg = x.array().backend().binaryScalar(BinaryOp.GE, x.array(), 0, false);
    // factor = 1 where x >= 0, W elsewhere.
    Variable notNonneg = Variable.constant(nonneg.mul(-1).add(1));
    Variable factor = F.add(F.mul(wb, notNonneg), Variable.constant(nonneg));
    return F.mul(x, factor);
  }

  /**
   * {@code p} reshaped to {@code (1,) + p.shape + (1,)*rest} for broadcasting against {@code x}, as
   * Chainer's prelu and swish do, after checking dtypes and shapes.
   */
  static Variable broadcastParam(String fn, String name, Variable x, Variable p) {
    Check.floating(fn, "x", 0, x.array());
    Check.sameDtype(fn, "x", x.array(), name, 1, p.array());
    int[] xs = x.shape();
    int[] ps = p.shape();
    boolean ok = xs.length >= ps.length + 1;
    for (int i = 0; ok && i < ps.length; i++) {
      ok = xs[1 + i] == ps[i];
    }
    if (!ok) {
      throw InvalidTypeException.of(
          fn,
          name,
          1,
          name + ".shape == x.shape[1:1+" + name + ".ndim] with x.shape " + Shapes.str(xs),
          name + ".shape == " + Shapes.str(ps));
    }
    int[] shape = new int[xs.length];
    java.util.Arrays.fill(shape, 1);
    System.arraycopy(ps, 0, shape, 1, ps.length);
    return F.reshape(p, shape);
  }
}
