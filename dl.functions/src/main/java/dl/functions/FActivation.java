package dl.functions;

import dl.api.Variable;
import dl.functions.activation.ClippedRelu;
import dl.functions.activation.Crelu;
import dl.functions.activation.Elu;
import dl.functions.activation.Gelu;
import dl.functions.activation.HardSigmoid;
import dl.functions.activation.LeakyRelu;
import dl.functions.activation.LogSoftmax;
import dl.functions.activation.Maxout;
import dl.functions.activation.Prelu;
import dl.functions.activation.Relu;
import dl.functions.activation.Relu6;
import dl.functions.activation.Selu;
import dl.functions.activation.Sigmoid;
import dl.functions.activation.Softmax;
import dl.functions.activation.Softplus;
import dl.functions.activation.Swish;
import dl.functions.activation.Tanh;

/**
 * The activation functions of {@link F}. Users call them as {@code F.name(...)}; the facade is
 * split into one class per category so that each stays small (the generated {@link F} delegates to
 * it).
 */
final class FActivation {
  private FActivation() {}

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

  /** {@code min(max(0, x), 20)}: {@code F.clippedRelu(x)}. */
  public static Variable clippedRelu(Variable x) {
    return clippedRelu(x, 20.0);
  }

  /** {@code min(max(0, x), z)}: {@code F.clippedRelu(x, 6.0)}. */
  public static Variable clippedRelu(Variable x, double z) {
    return new ClippedRelu(z).applyOne(x);
  }

  /** {@code concat(relu(x), relu(-x))} along axis 1: {@code F.crelu(x)}. */
  public static Variable crelu(Variable x) {
    return crelu(x, 1);
  }

  /** {@code concat(relu(x), relu(-x))} along an axis: {@code F.crelu(x, -1)}. */
  public static Variable crelu(Variable x, int axis) {
    return Crelu.apply(x, axis);
  }

  /** ELU with alpha 1: {@code F.elu(x)}. */
  public static Variable elu(Variable x) {
    return elu(x, 1.0);
  }

  /** ELU: {@code F.elu(x, 0.5)}. */
  public static Variable elu(Variable x, double alpha) {
    return new Elu(alpha).applyOne(x);
  }

  /** {@code clip(0.2x + 0.5, 0, 1)}: {@code F.hardSigmoid(x)}. */
  public static Variable hardSigmoid(Variable x) {
    return new HardSigmoid().applyOne(x);
  }

  /** Maxout over groups of {@code poolSize} along axis 1: {@code F.maxout(x, 4)}. */
  public static Variable maxout(Variable x, int poolSize) {
    return maxout(x, poolSize, 1);
  }

  /** Maxout over groups along an axis: {@code F.maxout(x, 4, 2)}. */
  public static Variable maxout(Variable x, int poolSize, int axis) {
    return Maxout.apply(x, poolSize, axis);
  }

  /** Parametric ReLU, {@code W} broadcast from axis 1: {@code F.prelu(x, W)}. */
  public static Variable prelu(Variable x, Variable W) {
    return Prelu.apply(x, W);
  }

  /** {@code min(max(0, x), 6)}: {@code F.relu6(x)}. */
  public static Variable relu6(Variable x) {
    return Relu6.apply(x);
  }

  /** SELU with Chainer's constants: {@code F.selu(x)}. */
  public static Variable selu(Variable x) {
    return selu(x, Selu.ALPHA, Selu.SCALE);
  }

  /** {@code scale·elu(x, alpha)}: {@code F.selu(x, 1.67, 1.05)}. */
  public static Variable selu(Variable x, double alpha, double scale) {
    return Selu.apply(x, alpha, scale);
  }

  /** Softplus with beta 1: {@code F.softplus(x)}. */
  public static Variable softplus(Variable x) {
    return softplus(x, 1.0);
  }

  /** {@code log(1 + exp(beta·x)) / beta}: {@code F.softplus(x, 2.0)}. */
  public static Variable softplus(Variable x, double beta) {
    return new Softplus(beta).applyOne(x);
  }

  /** {@code x·sigmoid(beta·x)}, {@code beta} broadcast from axis 1: {@code F.swish(x, beta)}. */
  public static Variable swish(Variable x, Variable beta) {
    return Swish.apply(x, beta);
  }

  /** {@code 0.5·x·(1 + erf(x/√2))}: {@code F.gelu(x)}. */
  public static Variable gelu(Variable x) {
    return Gelu.apply(x);
  }
}
