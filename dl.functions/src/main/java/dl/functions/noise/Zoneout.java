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
import java.util.Arrays;

/**
 * Zoneout (Chainer's {@code Zoneout}, Krueger et al. 2017): each element keeps the previous state
 * {@code h} with probability {@code ratio} and takes the new value {@code x} otherwise, without
 * rescaling. The flag is drawn from {@link Rng#nextSeed()} or given (1 where {@code x} is taken).
 * This node always zones out; {@link F#zoneout} returns {@code x} outside training.
 *
 * <pre>{@code
 * Variable hNext = new Zoneout(0.5, null).applyOne(h, hNew);   // or F.zoneout(h, hNew)
 * }</pre>
 */
public final class Zoneout extends FunctionNode {
  private final double ratio;
  private NdArray flagX;

  /** {@code flagX} null draws a flag; otherwise 1 where {@code x} is taken, 0 where {@code h}. */
  public Zoneout(double ratio, NdArray flagX) {
    if (!(ratio >= 0 && ratio <= 1)) {
      throw new IllegalArgumentException("zoneout: ratio must be in [0, 1], got " + ratio);
    }
    this.ratio = ratio;
    this.flagX = flagX;
  }

  /** Registered as {@code "zoneout"}: inputs {@code (h, x)}; option {@code ratio} (0.5). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "zoneout", (o, in) -> new Variable[] {F.zoneout(in[0], in[1], Opts.real(o, "ratio", 0.5))});
  }

  @Override
  public String label() {
    return "zoneout";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "h", 0, in[0]);
    Check.sameDtype(label(), "h", in[0], "x", 1, in[1]);
    Check.sameShape(label(), "h", in[0], "x", 1, in[1]);
    if (flagX != null && !Arrays.equals(flagX.shape(), in[1].shape())) {
      throw InvalidTypeException.of(
          label(),
          "x",
          1,
          "x.shape == flag.shape " + Shapes.str(flagX.shape()),
          "x.shape == " + Shapes.str(in[1].shape()));
    }
  }

  /** The flag applied (after forward): 1 where {@code x} was taken. */
  public NdArray flag() {
    return flagX;
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray x = in[1];
    var b = x.backend();
    if (flagX == null) {
      NdArray u = b.randomUniform(x.shape(), x.dtype(), 0, 1, Rng.nextSeed());
      flagX = b.binaryScalar(BinaryOp.GE, u, ratio, false);
    } else {
      flagX = flagX.astype(x.dtype());
    }
    NdArray flagH = flagX.neg().add(1);
    return new NdArray[] {b.binary(BinaryOp.ADD, in[0].mul(flagH), x.mul(flagX))};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable flagH = Variable.constant(flagX.neg().add(1));
    return new Variable[] {F.mul(gy[0], flagH), F.mul(gy[0], Variable.constant(flagX))};
  }
}
