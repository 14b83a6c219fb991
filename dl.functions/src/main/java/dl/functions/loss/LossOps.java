package dl.functions.loss;

import dl.api.NdArray;
import dl.api.UnaryOp;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.internal.Check;

/**
 * Pieces shared by the composite losses: {@code |x|} and softplus written with differentiable
 * functions and constant signs (the kinks are measure zero), and option checks.
 *
 * <pre>{@code
 * Variable a = LossOps.abs(F.sub(x0, x1));
 * }</pre>
 */
final class LossOps {
  private LossOps() {}

  /** {@code |x|} as {@code x·sign(x)} with the sign a constant (its derivative is 0 a.e.). */
  static Variable abs(Variable x) {
    NdArray sign = x.array().backend().unary(UnaryOp.SIGN, x.array());
    return F.mul(x, Variable.constant(sign));
  }

  /** {@code log(1 + exp(x))} computed stably as {@code relu(x) + log(1 + exp(-|x|))}. */
  static Variable softplus(Variable x) {
    return F.add(F.relu(x), F.log(F.add(F.exp(F.neg(abs(x))), 1.0)));
  }

  /** The reduction is one of {@code allowed}, or an error naming the function. */
  static String reduce(String fn, String reduce, String... allowed) {
    for (String a : allowed) {
      if (a.equals(reduce)) {
        return reduce;
      }
    }
    throw new IllegalArgumentException(
        fn + ": reduce must be one of " + String.join(", ", allowed) + ", got \"" + reduce + "\"");
  }

  /** Two floating inputs of one dtype and shape. */
  static void same(String fn, String a, Variable x, String b, Variable y, int bIndex) {
    Check.floating(fn, a, 0, x.array());
    Check.sameDtype(fn, a, x.array(), b, bIndex, y.array());
    Check.sameShape(fn, a, x.array(), b, bIndex, y.array());
  }

  /** {@code sum} for "sum", {@code sum / size} for "mean", the elements for "no". */
  static Variable reduced(Variable loss, String reduce) {
    switch (reduce) {
      case "sum":
        return F.sum(loss);
      case "mean":
        return F.mean(loss);
      default:
        return loss;
    }
  }
}
