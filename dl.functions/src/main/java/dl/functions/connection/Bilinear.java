package dl.functions.connection;

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
 * Bilinear function (Chainer's {@code bilinear}): {@code y[n, l] = Σ_jk e1[n, j]·e2[n, k]·W[j, k,
 * l] (+ e1·V1 + e2·V2 + b)} with {@code e1 (N, J)}, {@code e2 (N, K)}, {@code W (J, K, L)}, {@code
 * V1 (J, L)}, {@code V2 (K, L)}, {@code b (L)}: inputs {@code e1, e2, W} or all six. Forward and
 * backward are GEMMs on outer products, the backward written with functions.
 *
 * <pre>{@code
 * Variable y = F.bilinear(e1, e2, W, V1, V2, b);
 * }</pre>
 */
public final class Bilinear extends FunctionNode {
  /** Registered as {@code "bilinear"}: inputs {@code e1, e2, W[, V1, V2, b]}. */
  public static FunctionProvider provider() {
    return Opts.provider("bilinear", (o, in) -> new Variable[] {new Bilinear().applyOne(in)});
  }

  @Override
  public String label() {
    return "bilinear";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    String fn = label();
    if (in.length != 3 && in.length != 6) {
      throw new InvalidTypeException(
          fn + ": expects inputs e1, e2, W or e1, e2, W, V1, V2, b, got " + in.length);
    }
    Check.floating(fn, "e1", 0, in[0]);
    Check.ndim(fn, "e1", 0, in[0], 2);
    Check.ndim(fn, "e2", 1, in[1], 2);
    Check.ndim(fn, "W", 2, in[2], 3);
    int[] w = in[2].shape();
    int[][] expect = {
      {in[1].shape()[0], w[1]}, {w[0], w[1], w[2]}, {w[0], w[2]}, {w[1], w[2]}, {w[2]}
    };
    String[] names = {"e1", "e2", "W", "V1", "V2", "b"};
    if (in[0].shape()[1] != w[0]) {
      throw InvalidTypeException.of(
          fn,
          "e1",
          0,
          "e1.shape[1] == W.shape[0] (" + w[0] + ")",
          "e1.shape == " + Shapes.str(in[0].shape()));
    }
    for (int i = 1; i < in.length; i++) {
      Check.sameDtype(fn, "e1", in[0], names[i], i, in[i]);
      if (!java.util.Arrays.equals(expect[i - 1], in[i].shape())) {
        throw InvalidTypeException.of(
            fn,
            names[i],
            i,
            names[i] + ".shape == " + Shapes.str(expect[i - 1]),
            names[i] + ".shape == " + Shapes.str(in[i].shape()));
      }
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(in.length == 6 ? new int[] {0, 1, 2, 3, 4} : new int[] {0, 1, 2});
    int n = in[0].shape()[0];
    int[] w = in[2].shape();
    NdArray outer =
        in[0].reshape(n, w[0], 1).mul(in[1].reshape(n, 1, w[1])).reshape(n, w[0] * w[1]);
    NdArray y = outer.matmul(in[2].reshape(w[0] * w[1], w[2]), false, false);
    if (in.length == 6) {
      y =
          y.add(in[0].matmul(in[3], false, false))
              .add(in[1].matmul(in[4], false, false))
              .add(in[5]);
    }
    return new NdArray[] {y};
  }

  /** Row-wise outer product {@code (N, A)⊗(N, B)} flattened to {@code (N, A·B)}. */
  private static Variable outer(Variable a, Variable b) {
    int n = a.shape()[0];
    int p = a.shape()[1];
    int q = b.shape()[1];
    return F.reshape(F.mul(F.reshape(a, n, p, 1), F.reshape(b, n, 1, q)), n, p * q);
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] r = retainedInputs();
    Variable e1 = r[0];
    Variable e2 = r[1];
    Variable w = r[2];
    int[] ws = w.shape();
    Variable g = gy[0];
    Variable[] out = new Variable[inputs().size()];
    for (int t : targets) {
      switch (t) {
        case 0: // Σ_kl e2[k]·gy[l]·W[j, k, l]
          out[0] = F.matmul(outer(e2, g), F.reshape(w, ws[0], ws[1] * ws[2]), false, true);
          if (r.length == 5) {
            out[0] = F.add(out[0], F.matmul(g, r[3], false, true));
          }
          break;
        case 1: // Σ_jl e1[j]·gy[l]·W[j, k, l]
          Variable wk = F.reshape(F.transpose(w, 1, 0, 2), ws[1], ws[0] * ws[2]);
          out[1] = F.matmul(outer(e1, g), wk, false, true);
          if (r.length == 5) {
            out[1] = F.add(out[1], F.matmul(g, r[4], false, true));
          }
          break;
        case 2:
          out[2] = F.reshape(F.matmul(outer(e1, e2), g, true, false), ws);
          break;
        case 3:
          out[3] = F.matmul(e1, g, true, false);
          break;
        case 4:
          out[4] = F.matmul(e2, g, true, false);
          break;
        default:
          out[5] = F.sum(g, 0);
      }
    }
    return out;
  }
}
