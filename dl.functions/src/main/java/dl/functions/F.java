package dl.functions;

import dl.api.Config;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.Variable;
import dl.functions.activation.LeakyRelu;
import dl.functions.activation.LogSoftmax;
import dl.functions.activation.Relu;
import dl.functions.activation.Sigmoid;
import dl.functions.activation.Softmax;
import dl.functions.activation.Tanh;
import dl.functions.array.BroadcastTo;
import dl.functions.array.Concat;
import dl.functions.array.ExpandDims;
import dl.functions.array.GetItem;
import dl.functions.array.Index;
import dl.functions.array.Reshape;
import dl.functions.array.Squeeze;
import dl.functions.array.SumTo;
import dl.functions.array.Transpose;
import dl.functions.connection.Linear;
import dl.functions.evaluation.Accuracy;
import dl.functions.loss.MeanSquaredError;
import dl.functions.loss.SoftmaxCrossEntropy;
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
import dl.functions.noise.Dropout;
import java.util.Arrays;

/**
 * The function library with Chainer's names ({@code chainer.functions as F}). Each method applies
 * one new function node; everything is differentiable as often as Chainer's is.
 *
 * <pre>{@code
 * Variable h = F.relu(F.linear(x, W, b));
 * Variable loss = F.softmaxCrossEntropy(F.linear(h, W2, b2), t);
 * }</pre>
 */
public final class F {
  private F() {}

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
      a = reshape(a, 1, a.shape()[0], a.shape()[1]);
    } else if (a.ndim() == 3 && b.ndim() == 2) {
      b = reshape(b, 1, b.shape()[0], b.shape()[1]);
    }
    return new MatMul(transa, transb).applyOne(a, b);
  }

  /** {@code x·Wᵀ}: {@code F.linear(x, W)}. */
  public static Variable linear(Variable x, Variable w) {
    return linear(x, w, null, 1);
  }

  /** {@code x·Wᵀ + b} ({@code b} may be null): {@code F.linear(x, W, b)}. */
  public static Variable linear(Variable x, Variable w, Variable b) {
    return linear(x, w, b, 1);
  }

  /**
   * {@code x·Wᵀ + b}, with the first {@code nBatchAxes} axes of {@code x} as batch axes and the
   * rest flattened (Chainer's {@code n_batch_axes}): {@code F.linear(images, W, b, 1)}.
   */
  public static Variable linear(Variable x, Variable w, Variable b, int nBatchAxes) {
    int[] s = x.shape();
    if (nBatchAxes < 1 || nBatchAxes >= s.length) {
      throw new IllegalArgumentException(
          "linear: n_batch_axes must be in [1, x.ndim) = [1, " + s.length + "), got " + nBatchAxes);
    }
    boolean flat = s.length == nBatchAxes + 1 && nBatchAxes == 1;
    int rows = 1;
    for (int i = 0; i < nBatchAxes; i++) {
      rows *= s[i];
    }
    Variable x2 = flat ? x : reshape(x, rows, x.size() / Math.max(1, rows));
    Variable y = b == null ? new Linear().applyOne(x2, w) : new Linear().applyOne(x2, w, b);
    if (flat) {
      return y;
    }
    int[] out = Arrays.copyOf(s, nBatchAxes + 1);
    out[nBatchAxes] = w.shape()[0];
    return reshape(y, out);
  }

  // ---- activations ----

  /** {@code max(0, x)}: {@code F.relu(x)}. */
  public static Variable relu(Variable x) {
    return new Relu().applyOne(x);
  }

  /** Leaky ReLU with slope 0.2: {@code F.leakyRelu(x)}. */
  public static Variable leakyRelu(Variable x) {
    return leakyRelu(x, 0.2);
  }

  /** Leaky ReLU: {@code F.leakyRelu(x, 0.1)}. */
  public static Variable leakyRelu(Variable x, double slope) {
    return new LeakyRelu(slope).applyOne(x);
  }

  /** Logistic sigmoid: {@code F.sigmoid(x)}. */
  public static Variable sigmoid(Variable x) {
    return new Sigmoid().applyOne(x);
  }

  /** Hyperbolic tangent: {@code F.tanh(x)}. */
  public static Variable tanh(Variable x) {
    return new Tanh().applyOne(x);
  }

  /** Softmax over axis 1: {@code F.softmax(logits)}. */
  public static Variable softmax(Variable x) {
    return softmax(x, 1);
  }

  /** Softmax over an axis: {@code F.softmax(x, -1)}. */
  public static Variable softmax(Variable x, int axis) {
    return new Softmax(axis).applyOne(x);
  }

  /** Log-softmax over axis 1: {@code F.logSoftmax(logits)}. */
  public static Variable logSoftmax(Variable x) {
    return logSoftmax(x, 1);
  }

  /** Log-softmax over an axis: {@code F.logSoftmax(x, -1)}. */
  public static Variable logSoftmax(Variable x, int axis) {
    return new LogSoftmax(axis).applyOne(x);
  }

  // ---- array manipulation ----

  /** Broadcast to a shape (itself when already that shape): {@code F.broadcastTo(b, 3, 4)}. */
  public static Variable broadcastTo(Variable x, int... shape) {
    return Arrays.equals(x.shape(), shape) ? x : new BroadcastTo(shape).applyOne(x);
  }

  /** Sum down to a shape (itself when already that shape): {@code F.sumTo(g, 4)}. */
  public static Variable sumTo(Variable x, int... shape) {
    return Arrays.equals(x.shape(), shape) ? x : new SumTo(shape).applyOne(x);
  }

  /** New shape, one {@code -1} inferred (itself when unchanged): {@code F.reshape(x, -1, 784)}. */
  public static Variable reshape(Variable x, int... shape) {
    return Arrays.equals(x.shape(), shape) ? x : new Reshape(shape).applyOne(x);
  }

  /** Permuted axes (reversed when none): {@code F.transpose(x, 1, 0)}. */
  public static Variable transpose(Variable x, int... axes) {
    return new Transpose(axes).applyOne(x);
  }

  /** Inserts an axis of size 1: {@code F.expandDims(x, 0)}. */
  public static Variable expandDims(Variable x, int axis) {
    return new ExpandDims(axis).applyOne(x);
  }

  /** Removes axes of size 1 (all when none are given): {@code F.squeeze(x, 0)}. */
  public static Variable squeeze(Variable x, int... axes) {
    return new Squeeze(axes).applyOne(x);
  }

  /** Joins along axis 1: {@code F.concat(new Variable[] {a, b})}. */
  public static Variable concat(Variable[] xs) {
    return concat(xs, 1);
  }

  /** Joins along an axis: {@code F.concat(new Variable[] {a, b}, 0)}. */
  public static Variable concat(Variable[] xs, int axis) {
    return new Concat(axis).applyOne(xs);
  }

  /** Basic indexing, {@code x[0:2, 1]}: {@code F.getItem(x, Index.slice(0, 2), Index.at(1))}. */
  public static Variable getItem(Variable x, Index... index) {
    return new GetItem(index).applyOne(x);
  }

  // ---- losses, evaluation, noise ----

  /** Mean cross entropy, ignore label -1: {@code F.softmaxCrossEntropy(logits, t)}. */
  public static Variable softmaxCrossEntropy(Variable x, Variable t) {
    return softmaxCrossEntropy(x, t, -1, true, "mean");
  }

  /**
   * Cross entropy with Chainer's options ({@code reduce} is "mean" or "no"): {@code
   * F.softmaxCrossEntropy(x, t, -1, false, "mean")}.
   */
  public static Variable softmaxCrossEntropy(
      Variable x, Variable t, int ignoreLabel, boolean normalize, String reduce) {
    return new SoftmaxCrossEntropy(ignoreLabel, normalize, reduce).applyOne(x, t);
  }

  /** Mean of squared differences: {@code F.meanSquaredError(y, t)}. */
  public static Variable meanSquaredError(Variable x0, Variable x1) {
    return new MeanSquaredError().applyOne(x0, x1);
  }

  /** Fraction of correct argmax predictions: {@code F.accuracy(y, t).item()}. */
  public static Variable accuracy(Variable y, Variable t) {
    return accuracy(y, t, null);
  }

  /** Accuracy not counting {@code ignoreLabel} (null: none): {@code F.accuracy(y, t, -1)}. */
  public static Variable accuracy(Variable y, Variable t, Integer ignoreLabel) {
    return new Accuracy(ignoreLabel).applyOne(y, t);
  }

  /** Dropout with ratio 0.5 in training, identity otherwise: {@code F.dropout(h)}. */
  public static Variable dropout(Variable x) {
    return dropout(x, 0.5);
  }

  /**
   * Dropout in training ({@code Config.train()}), identity otherwise: {@code F.dropout(h, 0.2)}.
   */
  public static Variable dropout(Variable x, double ratio) {
    return dropout(x, ratio, null);
  }

  /**
   * Dropout with a given mask (values 0 or {@code 1/(1-ratio)}; null draws one): {@code
   * F.dropout(h, 0.5, mask)}.
   */
  public static Variable dropout(Variable x, double ratio, NdArray mask) {
    if (!Config.train()) {
      return x;
    }
    return new Dropout(ratio, mask).applyOne(x);
  }
}
