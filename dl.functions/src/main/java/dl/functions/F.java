package dl.functions;

/**
 * The function library with Chainer's names ({@code chainer.functions as F}). Each method applies
 * one new function node; everything is differentiable as often as Chainer's is.
 *
 * <pre>{@code
 * Variable h = F.relu(F.linear(x, W, b));
 * Variable loss = F.softmaxCrossEntropy(F.linear(h, W2, b2), t);
 * }</pre>
 */
public final class F extends FUtil {
  private F() {}
}
