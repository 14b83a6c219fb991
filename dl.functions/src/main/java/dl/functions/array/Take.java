package dl.functions.array;

import dl.api.DType;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.functions.internal.Check;

/**
 * Gathers along an axis with an int32 index array of any shape (NumPy's {@code take}); the building
 * block of integer-array indexing, {@code permutate}, {@code repeat} and {@code resize_images}. The
 * gradient adds into zeros at the indices ({@link TakeGrad}), whose own gradient is this gather, so
 * it differentiates twice. Not registered by name: Chainer has no {@code take}.
 *
 * <pre>{@code
 * Variable rows = new Take(idx, 0).applyOne(x);   // x[idx] along axis 0
 * }</pre>
 */
public final class Take extends FunctionNode {
  private final NdArray indices;
  private final int requested;
  private int axis;
  private int[] inShape;

  /** {@code indices}: int32, each in {@code [-n, n)} for the axis length n. */
  public Take(NdArray indices, int axis) {
    this.indices = indices;
    this.requested = axis;
  }

  @Override
  public String label() {
    return "take";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    int a = Check.axis(label(), "x", 0, requested, in[0].ndim());
    if (indices.dtype() != DType.INT32) {
      throw InvalidTypeException.of(
          label(), "indices", 1, "indices.dtype == int32", "indices.dtype == " + indices.dtype());
    }
    int n = in[0].shape()[a];
    for (int v : indices.toIntArray()) {
      if (v < -n || v >= n) {
        throw InvalidTypeException.of(
            label(),
            "indices",
            1,
            "-" + n + " <= index < " + n + " on axis " + a,
            "index " + v + " (x.shape == " + Shapes.str(in[0].shape()) + ")");
      }
    }
  }

  /** The indices with negative entries wrapped, on the device of {@code like}. */
  private NdArray wrapped(NdArray like) {
    int n = like.shape()[axis];
    int[] v = indices.toIntArray();
    for (int i = 0; i < v.length; i++) {
      v[i] = v[i] < 0 ? v[i] + n : v[i];
    }
    return like.backend().fromArray(v, indices.shape());
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    axis = Shapes.axis(label(), requested, in[0].ndim());
    inShape = in[0].shape();
    return new NdArray[] {in[0].backend().take(in[0], wrapped(in[0]), axis)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {new TakeGrad(inShape, indices, axis).applyOne(gy[0])};
  }

  /** The gradient of {@link Take}: zeros of the input's shape plus the values at the indices. */
  static final class TakeGrad extends FunctionNode {
    private final int[] shape;
    private final NdArray indices;
    private final int axis;

    TakeGrad(int[] shape, NdArray indices, int axis) {
      this.shape = shape;
      this.indices = indices;
      this.axis = axis;
    }

    @Override
    public String label() {
      return "take_grad";
    }

    @Override
    public NdArray[] forward(NdArray[] in) {
      var b = in[0].backend();
      NdArray g = b.zeros(shape, in[0].dtype());
      int n = shape[axis];
      int[] v = indices.toIntArray();
      for (int i = 0; i < v.length; i++) {
        v[i] = v[i] < 0 ? v[i] + n : v[i];
      }
      b.takeAddInto(g, b.fromArray(v, indices.shape()), axis, in[0]);
      return new NdArray[] {g};
    }

    @Override
    public Variable[] backward(int[] targets, Variable[] gy) {
      return new Variable[] {new Take(indices, axis).applyOne(gy[0])};
    }
  }
}
