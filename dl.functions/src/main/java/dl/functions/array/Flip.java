package dl.functions.array;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Reverses the order of elements along an axis (Chainer's {@code flip}); its gradient is the same
 * flip.
 *
 * <pre>{@code
 * Variable y = new Flip(1).applyOne(x);   // x[:, ::-1], or F.flip(x, 1)
 * }</pre>
 */
public final class Flip extends FunctionNode {
  private final int requested;

  public Flip(int axis) {
    this.requested = axis;
  }

  /** Registered as {@code "flip"}; option {@code axis} (int, required). */
  public static FunctionProvider provider() {
    return Opts.provider("flip", (o, in) -> new Flip(Opts.integer(o, "axis", 0)).apply(in));
  }

  @Override
  public String label() {
    return "flip";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.minNdim(label(), "x", 0, in[0], 1);
    Check.axis(label(), "x", 0, requested, in[0].ndim());
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    int[] s = in[0].shape();
    int a = requested < 0 ? requested + s.length : requested;
    int[] start = new int[s.length];
    int[] stop = s.clone();
    int[] step = new int[s.length];
    java.util.Arrays.fill(step, 1);
    start[a] = s[a] - 1;
    stop[a] = -1;
    step[a] = -1;
    return new NdArray[] {in[0].backend().slice(in[0], start, stop, step)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.flip(gy[0], requested)};
  }
}
