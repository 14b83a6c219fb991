package dl.functions;

import dl.api.Variable;
import dl.functions.activation.LeakyRelu;
import dl.functions.activation.LogSoftmax;
import dl.functions.activation.Relu;
import dl.functions.activation.Sigmoid;
import dl.functions.activation.Softmax;
import dl.functions.activation.Tanh;

/**
 * The activation functions of {@link F}. Users call them as {@code F.name(...)}; the facade is
 * split into one class per category so that each stays small (static methods are inherited by
 * {@code F}).
 */
public abstract class FActivation extends FMath {
  FActivation() {}

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
}
