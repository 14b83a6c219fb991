package dl.functions.array;

import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * Permutes axes (Chainer's {@code Transpose}); with no axes they are reversed.
 *
 * <pre>{@code
 * Variable t = new Transpose(1, 0, 2).applyOne(x);   // or F.transpose(x, 1, 0, 2)
 * }</pre>
 */
public final class Transpose extends FunctionNode {
  private final int[] requested;
  private int[] axes;

  /** The permutation; none (or null) reverses the axes. */
  public Transpose(int... axes) {
    this.requested = axes == null || axes.length == 0 ? null : axes.clone();
  }

  /** Registered as {@code "transpose"}; option {@code axes} (int[], default reversed). */
  public static FunctionProvider provider() {
    return Opts.provider("transpose", (o, in) -> new Transpose(Opts.ints(o, "axes")).apply(in));
  }

  @Override
  public String label() {
    return "transpose";
  }

  private int[] permutation(int ndim) {
    int[] p = new int[ndim];
    for (int i = 0; i < ndim; i++) {
      p[i] =
          requested == null ? ndim - 1 - i : requested[i] < 0 ? requested[i] + ndim : requested[i];
    }
    return p;
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    int nd = in[0].ndim();
    boolean ok = requested == null || requested.length == nd;
    if (ok) {
      boolean[] seen = new boolean[nd];
      for (int a : permutation(nd)) {
        ok &= a >= 0 && a < nd && !seen[a];
        if (ok) {
          seen[a] = true;
        }
      }
    }
    if (!ok) {
      throw InvalidTypeException.of(
          label(),
          "x",
          0,
          "axes a permutation of x's " + nd + " axes",
          "axes == " + Arrays.toString(requested));
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    axes = permutation(in[0].ndim());
    return new NdArray[] {in[0].backend().transpose(in[0], axes)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    int[] inverse = new int[axes.length];
    for (int i = 0; i < axes.length; i++) {
      inverse[axes[i]] = i;
    }
    return new Variable[] {F.transpose(gy[0], inverse)};
  }
}
