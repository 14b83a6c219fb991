package dl.functions.loss;

import dl.api.BinaryOp;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Huber loss (Chainer's {@code huber_loss}): with {@code d = x - t}, {@code ½d²} where {@code |d|
 * <= delta} and {@code delta·(|d| - ½delta)} elsewhere; {@code reduce} is {@code
 * "sum_along_second_axis"} (Chainer's default: summed over axis 1) or {@code "no"}. A composite
 * with a constant region mask, so it differentiates twice (the second derivative is 0 outside).
 *
 * <pre>{@code
 * Variable loss = HuberLoss.apply(x, t, 1.0, "sum_along_second_axis");   // or F.huberLoss(x, t, 1)
 * }</pre>
 */
public final class HuberLoss {
  private HuberLoss() {}

  /**
   * Registered as {@code "huber_loss"}; options {@code delta} (double, required), {@code reduce}
   * ("sum_along_second_axis").
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "huber_loss",
        (o, in) ->
            new Variable[] {
              apply(
                  in[0],
                  in[1],
                  Opts.real(o, "delta", 1.0),
                  Opts.string(o, "reduce", "sum_along_second_axis"))
            });
  }

  public static Variable apply(Variable x, Variable t, double delta, String reduce) {
    LossOps.reduce("huber_loss", reduce, "sum_along_second_axis", "no");
    LossOps.same("huber_loss", "x", x, "t", t, 1);
    if (!(delta > 0)) {
      throw new IllegalArgumentException("huber_loss: delta must be > 0, got " + delta);
    }
    if ("sum_along_second_axis".equals(reduce) && x.ndim() < 2) {
      throw dl.api.InvalidTypeException.of(
          "huber_loss", "x", 0, "x.ndim >= 2 to sum along axis 1", "x.ndim == " + x.ndim());
    }
    Variable d = F.sub(x, t);
    Variable a = LossOps.abs(d);
    NdArray inside = a.array().backend().binaryScalar(BinaryOp.LE, a.array(), delta, false);
    Variable quad = F.mul(F.square(d), 0.5);
    Variable lin = F.mul(F.sub(a, 0.5 * delta), delta);
    Variable y = F.where(Variable.constant(inside.astype(dl.api.DType.INT32)), quad, lin);
    return "no".equals(reduce) ? y : F.sum(y, 1);
  }
}
