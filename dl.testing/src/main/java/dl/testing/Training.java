package dl.testing;

import dl.api.Backend;
import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.UnaryOp;

/**
 * A short training run on the backend's kernels alone (no engine, no function library): a 4-16-3
 * MLP with ReLU and softmax cross entropy, forward and backward written with the primitives,
 * trained by SGD on a separable toy problem. It exercises the kernels in the combinations training
 * uses.
 */
final class Training {
  private Training() {}

  /** The loss of each step. */
  static double[] run(Backend b, DType t, int steps) {
    int n = 32;
    NdArray x = b.randomNormal(new int[] {n, 4}, t, 0, 1, 1);
    // Labels: the arg max of a fixed linear map of x, so the problem is learnable.
    NdArray teacher = b.randomNormal(new int[] {4, 3}, t, 0, 1, 2);
    NdArray labels = b.argReduce(ReduceOp.MAX, b.matmul(x, teacher, false, false), 1);
    NdArray w1 = b.randomNormal(new int[] {4, 16}, t, 0, 0.5, 3);
    NdArray b1 = b.zeros(new int[] {16}, t);
    NdArray w2 = b.randomNormal(new int[] {16, 3}, t, 0, 0.25, 4);
    NdArray b2 = b.zeros(new int[] {3}, t);
    NdArray zero = b.zeros(new int[0], t);
    double[] losses = new double[steps];
    for (int s = 0; s < steps; s++) {
      NdArray h = b.unary(UnaryOp.RELU, b.binary(BinaryOp.ADD, b.matmul(x, w1, false, false), b1));
      NdArray logits = b.binary(BinaryOp.ADD, b.matmul(h, w2, false, false), b2);
      NdArray shifted =
          b.binary(BinaryOp.SUB, logits, b.reduce(ReduceOp.MAX, logits, new int[] {1}, true));
      NdArray e = b.unary(UnaryOp.EXP, shifted);
      NdArray sum = b.reduce(ReduceOp.SUM, e, new int[] {1}, true);
      NdArray logp = b.binary(BinaryOp.SUB, shifted, b.unary(UnaryOp.LOG, sum));
      NdArray picked = b.selectAlongAxis(logp, labels, 1);
      losses[s] = -b.reduceAll(ReduceOp.SUM, picked).getDouble(0) / n;
      // d loss / d logits = (softmax - onehot) / n
      NdArray g = b.binary(BinaryOp.DIV, e, sum);
      b.selectAddInto(g, labels, 1, b.full(new int[] {n}, -1, t));
      g = b.binaryScalar(BinaryOp.MUL, g, 1.0 / n, false);
      NdArray gw2 = b.matmul(h, g, true, false);
      NdArray gb2 = b.reduce(ReduceOp.SUM, g, new int[] {0}, false);
      NdArray gh = b.matmul(g, w2, false, true);
      gh = b.binary(BinaryOp.MUL, gh, b.binary(BinaryOp.GT, h, zero));
      NdArray gw1 = b.matmul(x, gh, true, false);
      NdArray gb1 = b.reduce(ReduceOp.SUM, gh, new int[] {0}, false);
      double lr = 0.5;
      b.axpyInto(w1, -lr, gw1);
      b.axpyInto(b1, -lr, gb1);
      b.axpyInto(w2, -lr, gw2);
      b.axpyInto(b2, -lr, gb2);
    }
    return losses;
  }
}
