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
 * Removes axes of size 1 (Chainer's {@code Squeeze}): the given ones, or all when none are given.
 * Naming an axis whose size is not 1 is an error.
 *
 * <pre>{@code
 * Variable y = new Squeeze(0).applyOne(x);   // (1, 3) -> (3,), or F.squeeze(x, 0)
 * }</pre>
 */
public final class Squeeze extends FunctionNode {
  private final int[] requested;
  private int[] inShape;

  /** The axes to remove; none (or null) removes every axis of size 1. */
  public Squeeze(int... axes) {
    this.requested = axes == null || axes.length == 0 ? null : axes.clone();
  }

  /** Registered as {@code "squeeze"}; option {@code axis} (int or int[], default all size-1). */
  public static FunctionProvider provider() {
    return Opts.provider("squeeze", (o, in) -> new Squeeze(Opts.ints(o, "axis")).apply(in));
  }

  @Override
  public String label() {
    return "squeeze";
  }

  private int[] axes(int[] shape) {
    if (requested != null) {
      return Check.axes(label(), "x", 0, requested, shape.length);
    }
    int n = 0;
    int[] a = new int[shape.length];
    for (int i = 0; i < shape.length; i++) {
      if (shape[i] == 1) {
        a[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(a, n);
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    int[] s = in[0].shape();
    for (int a : axes(s)) {
      if (s[a] != 1) {
        throw InvalidTypeException.of(
            label(), "x", 0, "x.shape[" + a + "] == 1", "x.shape == " + Shapes.str(s));
      }
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    inShape = in[0].shape();
    return new NdArray[] {in[0].reshape(Shapes.reduced(inShape, axes(inShape), false))};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.reshape(gy[0], inShape)};
  }
}
