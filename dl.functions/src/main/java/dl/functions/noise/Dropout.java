package dl.functions.noise;

import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Rng;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Drops elements with probability {@code ratio} and scales the rest by {@code 1/(1-ratio)}
 * (Chainer's {@code Dropout}). The mask is drawn on the array's device from {@link Rng#nextSeed()},
 * or given (Chainer's {@code mask=} argument, already scaled). This node always applies the mask;
 * {@link F#dropout} is the identity when {@code Config.train()} is off.
 *
 * <pre>{@code
 * Variable h = new Dropout(0.5, null).applyOne(x);   // or F.dropout(x, 0.5)
 * }</pre>
 */
public final class Dropout extends FunctionNode {
  private final double ratio;
  private NdArray mask;

  /** {@code mask} null draws a fresh one; otherwise it is used as is (values 0 or scale). */
  public Dropout(double ratio, NdArray mask) {
    if (!(ratio >= 0 && ratio < 1)) {
      throw new IllegalArgumentException("dropout: ratio must be >= 0 and < 1, got " + ratio);
    }
    this.ratio = ratio;
    this.mask = mask;
  }

  /** Registered as {@code "dropout"}; option {@code ratio} (double, default 0.5). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "dropout", (o, in) -> new Variable[] {F.dropout(in[0], Opts.real(o, "ratio", 0.5))});
  }

  @Override
  public String label() {
    return "dropout";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
    if (mask != null && !java.util.Arrays.equals(mask.shape(), in[0].shape())) {
      throw InvalidTypeException.of(
          label(),
          "x",
          0,
          "x.shape == mask.shape " + Shapes.str(mask.shape()),
          "x.shape == " + Shapes.str(in[0].shape()));
    }
  }

  /** The mask applied (after forward). */
  public NdArray mask() {
    return mask;
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray x = in[0];
    var b = x.backend();
    if (mask == null) {
      NdArray u = b.randomUniform(x.shape(), x.dtype(), 0, 1, Rng.nextSeed());
      mask = b.binaryScalar(BinaryOp.GE, u, ratio, false).mul(1 / (1 - ratio));
    } else {
      mask = mask.astype(x.dtype());
    }
    return new NdArray[] {b.binary(BinaryOp.MUL, x, mask)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.mul(gy[0], Variable.constant(mask))};
  }
}
