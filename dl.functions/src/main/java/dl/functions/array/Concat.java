package dl.functions.array;

import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Joins arrays along an existing axis (Chainer's {@code Concat}, axis 1 by default); each input's
 * gradient is its slice of the output gradient.
 *
 * <pre>{@code
 * Variable y = new Concat(1).applyOne(a, b);   // (2, 3) and (2, 4) -> (2, 7), or F.concat(new Variable[] {a, b}, 1)
 * }</pre>
 */
public final class Concat extends FunctionNode {
  private final int requested;
  private int axis;
  private int[] offsets;

  public Concat(int axis) {
    this.requested = axis;
  }

  /** Registered as {@code "concat"}; option {@code axis} (int, default 1). */
  public static FunctionProvider provider() {
    return Opts.provider("concat", (o, in) -> new Concat(Opts.integer(o, "axis", 1)).apply(in));
  }

  @Override
  public String label() {
    return "concat";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    if (in.length == 0) {
      throw new InvalidTypeException("concat: needs at least one input");
    }
    int[] s0 = in[0].shape();
    int a = Check.axis(label(), "xs[0]", 0, requested, s0.length);
    for (int i = 1; i < in.length; i++) {
      Check.sameDtype(label(), "xs[0]", in[0], "xs[" + i + "]", i, in[i]);
      int[] s = in[i].shape();
      boolean ok = s.length == s0.length;
      for (int d = 0; ok && d < s.length; d++) {
        ok = d == a || s[d] == s0[d];
      }
      if (!ok) {
        throw InvalidTypeException.of(
            label(),
            "xs[" + i + "]",
            i,
            "the shape of xs[0] " + Shapes.str(s0) + " except along axis " + a,
            "xs[" + i + "].shape == " + Shapes.str(s));
      }
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    axis = Shapes.axis(label(), requested, in[0].ndim());
    offsets = new int[in.length + 1];
    for (int i = 0; i < in.length; i++) {
      offsets[i + 1] = offsets[i] + in[i].shape()[axis];
    }
    return new NdArray[] {in[0].backend().concat(in, axis)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] gx = new Variable[offsets.length - 1];
    for (int t : targets) {
      Index[] idx = new Index[axis + 1];
      for (int d = 0; d < axis; d++) {
        idx[d] = Index.all();
      }
      idx[axis] = Index.slice(offsets[t], offsets[t + 1]);
      gx[t] = F.getItem(gy[0], idx);
    }
    return gx;
  }
}
