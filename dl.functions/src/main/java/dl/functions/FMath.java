package dl.functions;

import dl.api.ReduceOp;
import dl.api.Variable;
import dl.functions.math.Add;
import dl.functions.math.AddConstant;
import dl.functions.math.Cos;
import dl.functions.math.Div;
import dl.functions.math.Exp;
import dl.functions.math.Log;
import dl.functions.math.LogSumExp;
import dl.functions.math.MatMul;
import dl.functions.math.Max;
import dl.functions.math.Mean;
import dl.functions.math.Mul;
import dl.functions.math.MulConstant;
import dl.functions.math.Neg;
import dl.functions.math.Pow;
import dl.functions.math.PowConstant;
import dl.functions.math.Sin;
import dl.functions.math.Sqrt;
import dl.functions.math.Square;
import dl.functions.math.Sub;
import dl.functions.math.Sum;
import dl.functions.math.Tan;

/**
 * The arithmetic, reductions and products of {@link F}. Users call them as {@code F.name(...)}; the
 * facade is split into one class per category so that each stays small (static methods are
 * inherited by {@code F}).
 */
public abstract class FMath {
  FMath() {}

  // ---- arithmetic ----

  /** {@code a + b} with broadcasting: {@code F.add(x, y)}. */
  public static Variable add(Variable a, Variable b) {
    return new Add().applyOne(a, b);
  }

  /** {@code x + c}: {@code F.add(x, 1.0)}. */
  public static Variable add(Variable x, double c) {
    return new AddConstant(c).applyOne(x);
  }

  /** {@code a - b} with broadcasting: {@code F.sub(x, y)}. */
  public static Variable sub(Variable a, Variable b) {
    return new Sub().applyOne(a, b);
  }

  /** {@code x - c}: {@code F.sub(x, 1.0)}. */
  public static Variable sub(Variable x, double c) {
    return new AddConstant(-c).applyOne(x);
  }

  /** {@code c - x}: {@code F.rsub(1.0, x)}. */
  public static Variable rsub(double c, Variable x) {
    return add(neg(x), c);
  }

  /** {@code a * b} with broadcasting: {@code F.mul(x, y)}. */
  public static Variable mul(Variable a, Variable b) {
    return new Mul().applyOne(a, b);
  }

  /** {@code x * c}: {@code F.mul(x, 0.5)}. */
  public static Variable mul(Variable x, double c) {
    return new MulConstant(c).applyOne(x);
  }

  /** {@code a / b} with broadcasting: {@code F.div(x, y)}. */
  public static Variable div(Variable a, Variable b) {
    return new Div().applyOne(a, b);
  }

  /** {@code x / c}: {@code F.div(x, 2.0)}. */
  public static Variable div(Variable x, double c) {
    return new MulConstant(1 / c).applyOne(x);
  }

  /** {@code c / x}: {@code F.rdiv(1.0, x)}. */
  public static Variable rdiv(double c, Variable x) {
    return mul(pow(x, -1.0), c);
  }

  /** {@code -x}: {@code F.neg(x)}. */
  public static Variable neg(Variable x) {
    return new Neg().applyOne(x);
  }

  /** {@code a ** b} elementwise with broadcasting: {@code F.pow(x, e)}. */
  public static Variable pow(Variable a, Variable b) {
    return new Pow().applyOne(a, b);
  }

  /** {@code x ** c}: {@code F.pow(x, 2.0)}. */
  public static Variable pow(Variable x, double c) {
    return new PowConstant(c).applyOne(x);
  }

  /** {@code x²}: {@code F.square(x)}. */
  public static Variable square(Variable x) {
    return new Square().applyOne(x);
  }

  /** Square root: {@code F.sqrt(x)}. */
  public static Variable sqrt(Variable x) {
    return new Sqrt().applyOne(x);
  }

  /** Exponential: {@code F.exp(x)}. */
  public static Variable exp(Variable x) {
    return new Exp().applyOne(x);
  }

  /** Natural logarithm: {@code F.log(x)}. */
  public static Variable log(Variable x) {
    return new Log().applyOne(x);
  }

  /** Sine: {@code F.sin(x)}. */
  public static Variable sin(Variable x) {
    return new Sin().applyOne(x);
  }

  /** Cosine: {@code F.cos(x)}. */
  public static Variable cos(Variable x) {
    return new Cos().applyOne(x);
  }

  /** Tangent: {@code F.tan(x)}. */
  public static Variable tan(Variable x) {
    return new Tan().applyOne(x);
  }

  // ---- reductions ----

  /** Sum of all elements (0-d): {@code F.sum(x)}. */
  public static Variable sum(Variable x) {
    return new Sum(null, false).applyOne(x);
  }

  /** Sum over axes (none given: all): {@code F.sum(x, 1)}. */
  public static Variable sum(Variable x, int... axes) {
    return new Sum(axes.length == 0 ? null : axes, false).applyOne(x);
  }

  /** Sum over axes (null: all), optionally keeping them: {@code F.sum(x, new int[] {1}, true)}. */
  public static Variable sum(Variable x, int[] axes, boolean keepdims) {
    return new Sum(axes, keepdims).applyOne(x);
  }

  /** Mean of all elements (0-d): {@code F.mean(x)}. */
  public static Variable mean(Variable x) {
    return new Mean(null, false).applyOne(x);
  }

  /** Mean over axes (none given: all): {@code F.mean(x, 0)}. */
  public static Variable mean(Variable x, int... axes) {
    return new Mean(axes.length == 0 ? null : axes, false).applyOne(x);
  }

  /**
   * Mean over axes (null: all), optionally keeping them: {@code F.mean(x, new int[] {1}, true)}.
   */
  public static Variable mean(Variable x, int[] axes, boolean keepdims) {
    return new Mean(axes, keepdims).applyOne(x);
  }

  /** Maximum of all elements: {@code F.max(x)}. */
  public static Variable max(Variable x) {
    return new Max(ReduceOp.MAX, null, false).applyOne(x);
  }

  /** Maximum over axes (none given: all): {@code F.max(x, 1)}. */
  public static Variable max(Variable x, int... axes) {
    return new Max(ReduceOp.MAX, axes.length == 0 ? null : axes, false).applyOne(x);
  }

  /** Maximum over axes (null: all) with keepdims: {@code F.max(x, new int[] {1}, true)}. */
  public static Variable max(Variable x, int[] axes, boolean keepdims) {
    return new Max(ReduceOp.MAX, axes, keepdims).applyOne(x);
  }

  /** Minimum of all elements: {@code F.min(x)}. */
  public static Variable min(Variable x) {
    return new Max(ReduceOp.MIN, null, false).applyOne(x);
  }

  /** Minimum over axes (none given: all): {@code F.min(x, 1)}. */
  public static Variable min(Variable x, int... axes) {
    return new Max(ReduceOp.MIN, axes.length == 0 ? null : axes, false).applyOne(x);
  }

  /** Minimum over axes (null: all) with keepdims: {@code F.min(x, new int[] {1}, true)}. */
  public static Variable min(Variable x, int[] axes, boolean keepdims) {
    return new Max(ReduceOp.MIN, axes, keepdims).applyOne(x);
  }

  /** {@code log Σ exp(x)} over axes (none given: all): {@code F.logsumexp(x, 1)}. */
  public static Variable logsumexp(Variable x, int... axes) {
    return new LogSumExp(axes.length == 0 ? null : axes).applyOne(x);
  }

  // ---- products ----

  /** Matrix product (2-d or batched 3-d): {@code F.matmul(a, b)}. */
  public static Variable matmul(Variable a, Variable b) {
    return matmul(a, b, false, false);
  }

  /**
   * {@code op(a)·op(b)}, transposing the last two axes where asked; a 2-d operand next to a 3-d one
   * is treated as a batch of one: {@code F.matmul(a, b, false, true)}.
   */
  public static Variable matmul(Variable a, Variable b, boolean transa, boolean transb) {
    if (a.ndim() == 2 && b.ndim() == 3) {
      a = F.reshape(a, 1, a.shape()[0], a.shape()[1]);
    } else if (a.ndim() == 3 && b.ndim() == 2) {
      b = F.reshape(b, 1, b.shape()[0], b.shape()[1]);
    }
    return new MatMul(transa, transb).applyOne(a, b);
  }
}
