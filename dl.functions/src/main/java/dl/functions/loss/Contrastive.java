package dl.functions.loss;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Contrastive loss (Chainer's {@code contrastive}, Hadsell et al. 2006): with {@code d = ‖x0 -
 * x1‖₂} per row and int32 labels y (1 similar, 0 dissimilar), {@code (y·d² + (1 - y)·max(0, margin
 * - d)²)/2}; {@code reduce "mean"} sums and divides by N, {@code "no"} keeps one loss per row. A
 * composite (the square root is not differentiable where x0 == x1).
 *
 * <pre>{@code
 * Variable loss = Contrastive.apply(x0, x1, y, 1.0, "mean");   // or F.contrastive(x0, x1, y)
 * }</pre>
 */
public final class Contrastive {
  private Contrastive() {}

  /** Registered as {@code "contrastive"}; options {@code margin} (1.0), {@code reduce} ("mean"). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "contrastive",
        (o, in) ->
            new Variable[] {
              apply(
                  in[0], in[1], in[2], Opts.real(o, "margin", 1), Opts.string(o, "reduce", "mean"))
            });
  }

  public static Variable apply(Variable x0, Variable x1, Variable y, double margin, String reduce) {
    String fn = "contrastive";
    LossOps.reduce(fn, reduce, "mean", "no");
    if (!(margin > 0)) {
      throw new IllegalArgumentException(fn + ": margin must be > 0, got " + margin);
    }
    LossOps.same(fn, "x0", x0, "x1", x1, 1);
    Check.ndim(fn, "x0", 0, x0.array(), 2);
    Check.dtype(fn, "y", 2, y.array(), DType.INT32);
    if (y.ndim() != 1 || y.shape()[0] != x0.shape()[0]) {
      throw InvalidTypeException.of(
          fn,
          "y",
          2,
          "y.shape == (" + x0.shape()[0] + ",)",
          "y.shape == " + dl.api.Shapes.str(y.shape()));
    }
    Variable yf = Variable.constant(y.array().astype(x0.dtype()));
    Variable distSq = F.sum(F.square(F.sub(x0, x1)), 1);
    Variable dist = F.sqrt(distSq);
    Variable hinge = F.relu(F.rsub(margin, dist));
    Variable loss = F.mul(F.add(F.mul(yf, distSq), F.mul(F.rsub(1.0, yf), F.square(hinge))), 0.5);
    return "mean".equals(reduce) ? F.div(F.sum(loss), x0.shape()[0]) : loss;
  }
}
