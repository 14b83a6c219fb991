package dl.engine;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;

/**
 * Sums the gradients that reach one variable. It is a function node, not a bare array sum, so that
 * accumulation is itself differentiable under double backprop (Chainer sums with F.add).
 */
final class GradSum extends FunctionNode {
  static Variable of(java.util.List<Variable> grads) {
    if (grads == null || grads.isEmpty()) {
      return null;
    }
    if (grads.size() == 1) {
      return grads.get(0);
    }
    return new GradSum().applyOne(grads.toArray(new Variable[0]));
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray acc = in[0].add(in[1]);
    for (int i = 2; i < in.length; i++) {
      acc.backend().binaryInto(dl.api.BinaryOp.ADD, acc, in[i]);
    }
    return new NdArray[] {acc};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] gx = new Variable[inputs().size()];
    for (int t : targets) {
      gx[t] = gy[0];
    }
    return gx;
  }
}
