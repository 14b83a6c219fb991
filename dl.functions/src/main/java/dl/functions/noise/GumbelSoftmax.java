package dl.functions.noise;

import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Rng;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * A relaxed one-hot sample (Chainer's {@code gumbel_softmax}, Jang et al. 2017): {@code
 * softmax((log_beta + g) / tau, axis)} with Gumbel noise {@code g = -log(-log u)}, {@code u ~ U(0,
 * 1)}, drawn from {@link Rng#nextSeed()} or given. Defaults: {@code tau = 0.1}, {@code axis = 1}.
 * Composed of differentiable functions with {@code g} held fixed.
 *
 * <pre>{@code
 * Variable y = GumbelSoftmax.apply(logits, 0.5, 1, null);   // or F.gumbelSoftmax(logits, 0.5)
 * }</pre>
 */
public final class GumbelSoftmax {
  private GumbelSoftmax() {}

  /** Registered as {@code "gumbel_softmax"}; options {@code tau} (0.1), {@code axis} (1). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "gumbel_softmax",
        (o, in) ->
            new Variable[] {
              apply(in[0], Opts.real(o, "tau", 0.1), Opts.integer(o, "axis", 1), null)
            });
  }

  /** The sample; {@code g} null draws Gumbel noise, otherwise it is used as is. */
  public static Variable apply(Variable logBeta, double tau, int axis, NdArray g) {
    String fn = "gumbel_softmax";
    Check.floating(fn, "log_beta", 0, logBeta.array());
    if (logBeta.ndim() == 0) {
      // As Chainer: a softmax over no axis is the constant 1.
      return Variable.constant(logBeta.array().backend().full(new int[0], 1, logBeta.dtype()));
    }
    Check.axis(fn, "log_beta", 0, axis, logBeta.ndim());
    if (!(tau > 0)) {
      throw new IllegalArgumentException(fn + ": tau must be > 0, got " + tau);
    }
    if (g == null) {
      // u in [1e-20, 1): -log(-log u) stays finite.
      NdArray u =
          logBeta
              .array()
              .backend()
              .randomUniform(logBeta.shape(), logBeta.dtype(), 1e-20, 1, Rng.nextSeed());
      g = u.log().neg().log().neg();
    } else if (!Arrays.equals(g.shape(), logBeta.shape())) {
      throw InvalidTypeException.of(
          fn,
          "g",
          1,
          "g.shape == log_beta.shape " + Shapes.str(logBeta.shape()),
          "g.shape == " + Shapes.str(g.shape()));
    }
    Variable noisy = F.add(logBeta, Variable.constant(g.astype(logBeta.dtype())));
    return F.softmax(F.div(noisy, tau), axis);
  }
}
