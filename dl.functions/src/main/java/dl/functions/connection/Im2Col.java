package dl.functions.connection;

import dl.api.Backend;
import dl.api.DType;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;

/**
 * im2col as a differentiable function: {@code x (N, C, *S)} to the window columns {@code col (N,
 * Out, K, C)} (output position, kernel offset, channel: the channel innermost, so that the gather
 * copies whole channel rows and the result is one GEMM operand without a transpose). Padding reads
 * {@code padValue}. The gather is one backend {@code take} with the cached index table of the
 * {@link ConvGeometry}; its backward is {@link Col2Im} and vice versa, so double backprop is free.
 *
 * <pre>{@code
 * Variable col = new Im2Col(geometry).applyOne(x);   // (N, Out, K, C)
 * }</pre>
 */
public final class Im2Col extends FunctionNode {
  private final ConvGeometry g;
  private int[] xShape;

  public Im2Col(ConvGeometry g) {
    this.g = g;
  }

  @Override
  public String label() {
    return "im2col";
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    xShape = in[0].shape();
    return new NdArray[] {gather(in[0], g, 0)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {new Col2Im(g, xShape).applyOne(gy[0])};
  }

  /** The index table as an int32 array {@code (Out, K)} on {@code b}. */
  static NdArray indices(Backend b, ConvGeometry g) {
    return b.fromArray(g.table(), g.outSize(), g.kSize());
  }

  /** {@code x (N, C, *S)} to {@code (N, Out, K, C)}, padding reading {@code padValue}. */
  public static NdArray gather(NdArray x, ConvGeometry g, double padValue) {
    Backend b = x.backend();
    int n = x.shape()[0];
    int c = x.shape()[1];
    int s = g.inSize();
    NdArray xt = x.reshape(n, c, s);
    xt = c == 1 ? xt.reshape(n, s, 1) : xt.transpose(0, 2, 1);
    NdArray padRow = b.full(new int[] {n, 1, c}, padValue, x.dtype());
    NdArray padded = b.concat(new NdArray[] {xt, padRow}, 1);
    return b.take(padded, indices(b, g), 1);
  }

  /**
   * The adjoint of {@link #gather}: sums columns {@code (N, Out, K, C)} back into {@code (N, C,
   * *S)}.
   */
  public static NdArray scatter(NdArray col, ConvGeometry g, int[] xShape) {
    Backend b = col.backend();
    int n = xShape[0];
    int c = xShape[1];
    int s = g.inSize();
    DType t = col.dtype();
    NdArray acc = b.zeros(new int[] {n, s + 1, c}, t);
    b.takeAddInto(acc, indices(b, g), 1, col);
    NdArray body = b.slice(acc, new int[] {0, 0, 0}, new int[] {n, s, c}, new int[] {1, 1, 1});
    body = c == 1 ? body.reshape(n, 1, s) : body.transpose(0, 2, 1);
    return body.reshape(xShape);
  }
}
