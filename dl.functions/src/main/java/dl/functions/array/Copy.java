package dl.functions.array;

import dl.api.Device;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Copies an array to a device (Chainer's {@code copy}); the gradient is copied back to the input's
 * device. The output is always a new array, even on the same device.
 *
 * <pre>{@code
 * Variable y = new Copy(Device.of("cpu")).applyOne(x);   // or F.copy(x, Device.of("cpu"))
 * }</pre>
 */
public final class Copy extends FunctionNode {
  private final Device dst;
  private Device src;

  public Copy(Device dst) {
    if (dst == null) {
      throw new IllegalArgumentException("copy: dst device must not be null");
    }
    this.dst = dst;
  }

  /** Registered as {@code "copy"}; option {@code dst} (a Device or its name, required). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "copy",
        (o, in) -> {
          Object d = o.get("dst");
          return new Copy(d instanceof Device ? (Device) d : Device.of(String.valueOf(d)))
              .apply(in);
        });
  }

  @Override
  public String label() {
    return "copy";
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    src = in[0].device();
    NdArray y = dst.equals(src) ? in[0].copy() : dst.backend().transferFrom(in[0]);
    return new NdArray[] {y};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.copy(gy[0], src)};
  }
}
