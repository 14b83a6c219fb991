package dl.functions.math;

import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Limits elements to {@code [xMin, xMax]} (Chainer's {@code Clip}; {@code xMin < xMax}). The
 * gradient passes where {@code xMin < x < xMax}.
 *
 * <pre>{@code
 * Variable y = F.clip(x, -1.0, 1.0);
 * }</pre>
 */
public final class Clip extends FunctionNode {
  private final double xMin;
  private final double xMax;
  private NdArray inside;

  public Clip(double xMin, double xMax) {
    this.xMin = xMin;
    this.xMax = xMax;
  }

  /** Registered as {@code "clip"}; options {@code x_min}, {@code x_max} (double, required). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "clip",
        (o, in) ->
            new Clip(Opts.real(o, "x_min", Double.NaN), Opts.real(o, "x_max", Double.NaN))
                .apply(in));
  }

  @Override
  public String label() {
    return "clip";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
    if (!(xMin < xMax)) {
      throw InvalidTypeException.of(
          label(), "x_max", 0, "x_min < x_max", "x_min == " + xMin + ", x_max == " + xMax);
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    var b = in[0].backend();
    inside =
        b.binary(
            BinaryOp.MUL,
            b.binaryScalar(BinaryOp.GT, in[0], xMin, false),
            b.binaryScalar(BinaryOp.LT, in[0], xMax, false));
    NdArray lo = b.binaryScalar(BinaryOp.MAXIMUM, in[0], xMin, false);
    return new NdArray[] {b.binaryScalar(BinaryOp.MINIMUM, lo, xMax, false)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.mul(gy[0], Variable.constant(inside))};
  }
}
