package dl.functions.array;

import dl.api.DType;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Converts the element type (Chainer's {@code cast}); the gradient is cast back to the input's
 * dtype. {@link dl.functions.F#cast} returns {@code x} itself when the dtype already matches (an
 * identity either way; Chainer records a node there).
 *
 * <pre>{@code
 * Variable y = new Cast(DType.FLOAT64).applyOne(x);   // or F.cast(x, DType.FLOAT64)
 * }</pre>
 */
public final class Cast extends FunctionNode {
  private final DType type;
  private DType inType;

  public Cast(DType type) {
    if (type == null) {
      throw new IllegalArgumentException("cast: type must not be null");
    }
    this.type = type;
  }

  /**
   * Registered as {@code "cast"}; option {@code typ} (Chainer's keyword: a DType or its name such
   * as {@code "float64"}, required).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "cast",
        (o, in) -> {
          Object t = o.get("typ");
          if (t == null) {
            throw new IllegalArgumentException("cast: option 'typ' (the target dtype) is required");
          }
          DType d = t instanceof DType ? (DType) t : DType.of(t.toString());
          return new Variable[] {F.cast(in[0], d)};
        });
  }

  @Override
  public String label() {
    return "cast";
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    inType = in[0].dtype();
    return new NdArray[] {in[0].backend().astype(in[0], type)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.cast(gy[0], inType)};
  }
}
