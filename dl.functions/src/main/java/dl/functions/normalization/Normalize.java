package dl.functions.normalization;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * L2 normalization (Chainer's {@code normalize}): {@code y = x/(‖x‖₂ + eps)} with the norm over
 * {@code axis} (1), eps 1e-5. Backward: {@code gy/d − x·Σ(gy·x)/(‖x‖·d²)} with {@code d = ‖x‖ +
 * eps}, written with functions.
 *
 * <pre>{@code
 * Variable y = F.normalize(x);   // each row of x scaled to unit length
 * }</pre>
 */
public final class Normalize extends FunctionNode {
  private final double eps;
  private final int axis;
  private int[] axes;

  public Normalize(double eps, int axis) {
    this.eps = eps;
    this.axis = axis;
  }

  /**
   * Registered as {@code "normalize"}: input {@code x}; options {@code eps} (1e-5), {@code axis}
   * (1).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "normalize",
        (o, in) ->
            new Variable[] {
              new Normalize(Opts.real(o, "eps", 1e-5), Opts.integer(o, "axis", 1)).applyOne(in)
            });
  }

  @Override
  public String label() {
    return "normalize";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
    Check.axis(label(), "x", 0, axis, in[0].ndim());
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0);
    axes = new int[] {Check.axis(label(), "x", 0, axis, in[0].ndim())};
    NdArray x = in[0];
    return new NdArray[] {x.div(x.mul(x).sum(axes, true).pow(0.5).add(eps))};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    Variable n = F.sqrt(F.sum(F.square(x), axes, true));
    Variable d = F.add(n, eps);
    Variable dot = F.sum(F.mul(gy[0], x), axes, true);
    Variable corr = F.mul(x, F.div(dot, F.mul(n, F.square(d))));
    return new Variable[] {F.sub(F.div(gy[0], d), corr)};
  }
}
