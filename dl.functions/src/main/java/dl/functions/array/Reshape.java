package dl.functions.array;

import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Gives an array a new shape of the same size (Chainer's {@code Reshape}); one dimension may be
 * {@code -1} and is inferred.
 *
 * <pre>{@code
 * Variable flat = new Reshape(-1, 784).applyOne(images);   // or F.reshape(images, -1, 784)
 * }</pre>
 */
public final class Reshape extends FunctionNode {
  private final int[] requested;
  private int[] inShape;

  public Reshape(int... shape) {
    this.requested = shape.clone();
  }

  /** Registered as {@code "reshape"}; option {@code shape} (int[], required, one -1 allowed). */
  public static FunctionProvider provider() {
    return Opts.provider("reshape", (o, in) -> new Reshape(Opts.ints(o, "shape")).apply(in));
  }

  @Override
  public String label() {
    return "reshape";
  }

  /** The shape with {@code -1} resolved, or an error. */
  static int[] resolve(String fn, int[] shape, int size) {
    int[] s = shape.clone();
    int infer = -1;
    long known = 1;
    for (int i = 0; i < s.length; i++) {
      if (s[i] == -1 && infer < 0) {
        infer = i;
      } else if (s[i] < 0) {
        throw InvalidTypeException.of(
            fn,
            "x",
            0,
            "one -1 at most and sizes >= 0 in " + Shapes.str(shape),
            "shape " + Shapes.str(shape));
      } else {
        known *= s[i];
      }
    }
    if (infer >= 0 && known != 0 && size % known == 0) {
      s[infer] = (int) (size / known);
    }
    if (Shapes.size(s) != size || (infer >= 0 && known == 0)) {
      throw InvalidTypeException.of(
          fn, "x", 0, "x.size == prod(shape) for shape " + Shapes.str(shape), "x.size == " + size);
    }
    return s;
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    resolve(label(), requested, in[0].size());
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    inShape = in[0].shape();
    return new NdArray[] {in[0].reshape(resolve(label(), requested, in[0].size()))};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.reshape(gy[0], inShape)};
  }
}
