package dl.functions.connection;

import dl.api.BinaryOp;
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
 * Fully connected layer {@code y = x·Wᵀ + b} on a 2-d {@code x} (Chainer's {@code LinearFunction};
 * {@link F#linear} flattens inputs with more axes first). Forward is one GEMM with {@code W}
 * transposed in place plus an in-place bias add; backward is {@code gx = gy·W}, {@code gW = gyᵀ·x},
 * {@code gb = Σ_rows gy}, all with differentiable functions.
 *
 * <pre>{@code
 * Variable y = new Linear().applyOne(x, W, b);   // or F.linear(x, W, b)
 * }</pre>
 */
public final class Linear extends FunctionNode {
  /**
   * Registered as {@code "linear"}: inputs {@code x, W[, b]}; option {@code n_batch_axes} (int,
   * default 1).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "linear",
        (o, in) ->
            new Variable[] {
              F.linear(
                  in[0], in[1], in.length > 2 ? in[2] : null, Opts.integer(o, "n_batch_axes", 1))
            });
  }

  @Override
  public String label() {
    return "linear";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    String fn = label();
    if (in.length < 2 || in.length > 3) {
      throw new InvalidTypeException(
          "linear: expects inputs x, W and optionally b, got " + in.length);
    }
    Check.floating(fn, "x", 0, in[0]);
    Check.ndim(fn, "x", 0, in[0], 2);
    Check.sameDtype(fn, "x", in[0], "W", 1, in[1]);
    Check.ndim(fn, "W", 1, in[1], 2);
    if (in[0].shape()[1] != in[1].shape()[1]) {
      throw InvalidTypeException.of(
          fn,
          "x",
          0,
          "x.shape[1] == W.shape[1] (" + in[1].shape()[1] + ")",
          Integer.toString(in[0].shape()[1]));
    }
    if (in.length == 3) {
      Check.sameDtype(fn, "x", in[0], "b", 2, in[2]);
      if (in[2].ndim() != 1 || in[2].shape()[0] != in[1].shape()[0]) {
        throw InvalidTypeException.of(
            fn,
            "b",
            2,
            "b.shape == (W.shape[0],) (" + in[1].shape()[0] + ",)",
            "b.shape == " + Shapes.str(in[2].shape()));
      }
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0, 1);
    var backend = in[0].backend();
    NdArray y = backend.matmul(in[0], in[1], false, true);
    if (in.length == 3) {
      backend.binaryInto(BinaryOp.ADD, y, in[2]); // y is fresh: add the bias in place
    }
    return new NdArray[] {y};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] xw = retainedInputs();
    Variable g = gy[0];
    Variable[] gx = new Variable[inputs().size()];
    for (int t : targets) {
      switch (t) {
        case 0:
          gx[0] = F.matmul(g, xw[1], false, false);
          break;
        case 1:
          gx[1] = F.matmul(g, xw[0], true, false);
          break;
        default:
          gx[2] = F.sum(g, new int[] {0}, false);
      }
    }
    return gx;
  }
}
