package dl.functions;

import dl.api.ReduceOp;
import dl.api.Variable;
import dl.functions.math.Absolute;
import dl.functions.math.Add;
import dl.functions.math.AddConstant;
import dl.functions.math.Arccos;
import dl.functions.math.Arcsin;
import dl.functions.math.Arctan;
import dl.functions.math.Arctan2;
import dl.functions.math.Arctanh;
import dl.functions.math.Argmax;
import dl.functions.math.Average;
import dl.functions.math.Bias;
import dl.functions.math.Ceil;
import dl.functions.math.Clip;
import dl.functions.math.Cos;
import dl.functions.math.Cosh;
import dl.functions.math.Cumprod;
import dl.functions.math.Cumsum;
import dl.functions.math.Digamma;
import dl.functions.math.Div;
import dl.functions.math.Erf;
import dl.functions.math.Erfc;
import dl.functions.math.Exp;
import dl.functions.math.Expm1;
import dl.functions.math.Floor;
import dl.functions.math.Fmod;
import dl.functions.math.Identity;
import dl.functions.math.Lgamma;
import dl.functions.math.LinearInterpolate;
import dl.functions.math.Log;
import dl.functions.math.Log10;
import dl.functions.math.Log1p;
import dl.functions.math.Log2;
import dl.functions.math.LogSumExp;
import dl.functions.math.MatMul;
import dl.functions.math.Max;
import dl.functions.math.Maximum;
import dl.functions.math.Mean;
import dl.functions.math.Mul;
import dl.functions.math.MulConstant;
import dl.functions.math.Neg;
import dl.functions.math.Polygamma;
import dl.functions.math.Pow;
import dl.functions.math.PowConstant;
import dl.functions.math.Prod;
import dl.functions.math.Rsqrt;
import dl.functions.math.Scale;
import dl.functions.math.Sign;
import dl.functions.math.Sin;
import dl.functions.math.Sinh;
import dl.functions.math.Sqrt;
import dl.functions.math.Square;
import dl.functions.math.SquaredDifference;
import dl.functions.math.Sub;
import dl.functions.math.Sum;
import dl.functions.math.Tan;

/**
 * The arithmetic, reductions and products of {@link F}. Users call them as {@code F.name(...)}; the
 * facade is split into one class per category so that each stays small (the generated {@link F}
 * delegates to it).
 */
final class FMath {
  private FMath() {}

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

  /** Matrix product (2-d, batched 3-d, or 1-d vectors as in NumPy): {@code F.matmul(a, b)}. */
  public static Variable matmul(Variable a, Variable b) {
    return matmul(a, b, false, false);
  }

  /**
   * {@code op(a)·op(b)}, transposing the last two axes where asked; a 2-d operand next to a 3-d one
   * is treated as a batch of one; a 1-d operand is NumPy's vector ({@code (3) @ (3, 4)} is {@code
   * (4)}, vector·vector 0-d; its transpose flag ignored): {@code F.matmul(a, b, false, true)}.
   */
  public static Variable matmul(Variable a, Variable b, boolean transa, boolean transb) {
    if (a.ndim() == 1 || b.ndim() == 1) {
      return FLinalg.matmulVectors(a, b, transa, transb);
    }
    if (a.ndim() == 2 && b.ndim() == 3) {
      a = F.reshape(a, 1, a.shape()[0], a.shape()[1]);
    } else if (a.ndim() == 3 && b.ndim() == 2) {
      b = F.reshape(b, 1, b.shape()[0], b.shape()[1]);
    }
    return new MatMul(transa, transb).applyOne(a, b);
  }

  // ---- more elementwise functions ----

  /** Absolute value: {@code F.absolute(x)}. */
  public static Variable absolute(Variable x) {
    return new Absolute().applyOne(x);
  }

  /** Inverse cosine: {@code F.arccos(x)}. */
  public static Variable arccos(Variable x) {
    return new Arccos().applyOne(x);
  }

  /** Inverse sine: {@code F.arcsin(x)}. */
  public static Variable arcsin(Variable x) {
    return new Arcsin().applyOne(x);
  }

  /** Inverse tangent: {@code F.arctan(x)}. */
  public static Variable arctan(Variable x) {
    return new Arctan().applyOne(x);
  }

  /** Inverse hyperbolic tangent: {@code F.arctanh(x)}. */
  public static Variable arctanh(Variable x) {
    return new Arctanh().applyOne(x);
  }

  /** Hyperbolic cosine: {@code F.cosh(x)}. */
  public static Variable cosh(Variable x) {
    return new Cosh().applyOne(x);
  }

  /** Hyperbolic sine: {@code F.sinh(x)}. */
  public static Variable sinh(Variable x) {
    return new Sinh().applyOne(x);
  }

  /** Error function: {@code F.erf(x)}. */
  public static Variable erf(Variable x) {
    return new Erf().applyOne(x);
  }

  /** Complementary error function: {@code F.erfc(x)}. */
  public static Variable erfc(Variable x) {
    return new Erfc().applyOne(x);
  }

  /** {@code exp(x) - 1}: {@code F.expm1(x)}. */
  public static Variable expm1(Variable x) {
    return new Expm1().applyOne(x);
  }

  /** {@code log(1 + x)}: {@code F.log1p(x)}. */
  public static Variable log1p(Variable x) {
    return new Log1p().applyOne(x);
  }

  /** Base-10 logarithm: {@code F.log10(x)}. */
  public static Variable log10(Variable x) {
    return new Log10().applyOne(x);
  }

  /** Base-2 logarithm: {@code F.log2(x)}. */
  public static Variable log2(Variable x) {
    return new Log2().applyOne(x);
  }

  /** {@code 1/√x}: {@code F.rsqrt(x)}. */
  public static Variable rsqrt(Variable x) {
    return new Rsqrt().applyOne(x);
  }

  /** {@code log|Γ(x)|}: {@code F.lgamma(x)}. */
  public static Variable lgamma(Variable x) {
    return new Lgamma().applyOne(x);
  }

  /** Digamma {@code ψ(x)}: {@code F.digamma(x)}. */
  public static Variable digamma(Variable x) {
    return new Digamma().applyOne(x);
  }

  /** Floor (no gradient): {@code F.floor(x)}. */
  public static Variable floor(Variable x) {
    return new Floor().applyOne(x);
  }

  /** Ceiling (no gradient): {@code F.ceil(x)}. */
  public static Variable ceil(Variable x) {
    return new Ceil().applyOne(x);
  }

  /** Sign (no gradient): {@code F.sign(x)}. */
  public static Variable sign(Variable x) {
    return new Sign().applyOne(x);
  }

  /** Polygamma {@code ψ⁽ⁿ⁾(x)}: {@code F.polygamma(1, x)}. */
  public static Variable polygamma(int n, Variable x) {
    return new Polygamma(n).applyOne(x);
  }

  /** {@code atan2(x1, x2)} with broadcasting: {@code F.arctan2(y, x)}. */
  public static Variable arctan2(Variable x1, Variable x2) {
    return new Arctan2().applyOne(x1, x2);
  }

  /** Remainder with the sign of {@code x}: {@code F.fmod(x, d)}. */
  public static Variable fmod(Variable x, Variable divisor) {
    return new Fmod().applyOne(x, divisor);
  }

  /** Elementwise maximum of two same-shaped arrays: {@code F.maximum(a, b)}. */
  public static Variable maximum(Variable x1, Variable x2) {
    return new Maximum(true).applyOne(x1, x2);
  }

  /** Elementwise minimum of two same-shaped arrays: {@code F.minimum(a, b)}. */
  public static Variable minimum(Variable x1, Variable x2) {
    return new Maximum(false).applyOne(x1, x2);
  }

  /** {@code (x1 - x2)²}: {@code F.squaredDifference(a, b)}. */
  public static Variable squaredDifference(Variable x1, Variable x2) {
    return SquaredDifference.apply(x1, x2);
  }

  /** Limits to {@code [xMin, xMax]}: {@code F.clip(x, -1.0, 1.0)}. */
  public static Variable clip(Variable x, double xMin, double xMax) {
    return new Clip(xMin, xMax).applyOne(x);
  }

  /** {@code p·x + (1 - p)·y}: {@code F.linearInterpolate(p, x, y)}. */
  public static Variable linearInterpolate(Variable p, Variable x, Variable y) {
    return LinearInterpolate.apply(p, x, y);
  }

  /** {@code x + y}, {@code y} broadcast from axis 1: {@code F.bias(x, b)}. */
  public static Variable bias(Variable x, Variable y) {
    return bias(x, y, 1);
  }

  /** {@code x + y}, {@code y} broadcast from {@code axis}: {@code F.bias(x, b, 2)}. */
  public static Variable bias(Variable x, Variable y, int axis) {
    return Bias.apply(x, y, axis);
  }

  /** {@code x · y}, {@code y} broadcast from axis 1: {@code F.scale(x, gamma)}. */
  public static Variable scale(Variable x, Variable y) {
    return scale(x, y, 1);
  }

  /** {@code x · y}, {@code y} broadcast from {@code axis}: {@code F.scale(x, gamma, 2)}. */
  public static Variable scale(Variable x, Variable y, int axis) {
    return Scale.apply(x, y, axis);
  }

  /** The input as a new variable: {@code F.identity(x)}. */
  public static Variable identity(Variable x) {
    return new Identity().applyOne(x);
  }

  /** The inputs as new variables: {@code F.identity(a, b)}. */
  public static Variable[] identity(Variable... xs) {
    return new Identity().apply(xs);
  }

  // ---- more reductions and scans ----

  /** Index of the maximum of the flattened array (int32, 0-d): {@code F.argmax(x)}. */
  public static Variable argmax(Variable x) {
    return new Argmax(ReduceOp.MAX, null).applyOne(x);
  }

  /** Index of the maximum along an axis (int32): {@code F.argmax(x, 1)}. */
  public static Variable argmax(Variable x, int axis) {
    return new Argmax(ReduceOp.MAX, axis).applyOne(x);
  }

  /** Index of the minimum of the flattened array (int32, 0-d): {@code F.argmin(x)}. */
  public static Variable argmin(Variable x) {
    return new Argmax(ReduceOp.MIN, null).applyOne(x);
  }

  /** Index of the minimum along an axis (int32): {@code F.argmin(x, 1)}. */
  public static Variable argmin(Variable x, int axis) {
    return new Argmax(ReduceOp.MIN, axis).applyOne(x);
  }

  /** Mean of all elements: {@code F.average(x)}. */
  public static Variable average(Variable x) {
    return Average.apply(x, null, null, false);
  }

  /**
   * Weighted average over axes (null: all; weights may be null): {@code F.average(x, new int[] {1},
   * w, false)}.
   */
  public static Variable average(Variable x, int[] axes, Variable weights, boolean keepdims) {
    return Average.apply(x, axes, weights, keepdims);
  }

  /** Product of all elements: {@code F.prod(x)}. */
  public static Variable prod(Variable x) {
    return Prod.apply(x, null, false);
  }

  /** Product over axes (none given: all): {@code F.prod(x, 1)}. */
  public static Variable prod(Variable x, int... axes) {
    return Prod.apply(x, axes.length == 0 ? null : axes, false);
  }

  /** Product over axes (null: all) with keepdims: {@code F.prod(x, new int[] {1}, true)}. */
  public static Variable prod(Variable x, int[] axes, boolean keepdims) {
    return Prod.apply(x, axes, keepdims);
  }

  /** Cumulative sum of the flattened array: {@code F.cumsum(x)}. */
  public static Variable cumsum(Variable x) {
    return Cumsum.apply(x, null);
  }

  /** Cumulative sum along an axis: {@code F.cumsum(x, 1)}. */
  public static Variable cumsum(Variable x, int axis) {
    return Cumsum.apply(x, axis);
  }

  /** Cumulative product of the flattened array: {@code F.cumprod(x)}. */
  public static Variable cumprod(Variable x) {
    return Cumprod.apply(x, null);
  }

  /** Cumulative product along an axis: {@code F.cumprod(x, 1)}. */
  public static Variable cumprod(Variable x, int axis) {
    return Cumprod.apply(x, axis);
  }
}
