package dl.engine;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;

/**
 * Minimal differentiable functions for testing the engine on its own, without dl.functions. Their
 * backwards are built from each other, so double backprop works through them.
 */
final class TestNodes {
  private TestNodes() {}

  static Variable mul(Variable a, Variable b) {
    return new Mul().applyOne(a, b);
  }

  static Variable scale(Variable a, double c) {
    return new Scale(c).applyOne(a);
  }

  static Variable sumAll(Variable a) {
    return new SumAll().applyOne(a);
  }

  static final class Mul extends FunctionNode {
    @Override
    public NdArray[] forward(NdArray[] in) {
      retainInputs(0, 1);
      return new NdArray[] {in[0].mul(in[1])};
    }

    @Override
    public Variable[] backward(int[] targets, Variable[] gy) {
      Variable[] x = retainedInputs();
      return new Variable[] {mul(gy[0], x[1]), mul(gy[0], x[0])};
    }
  }

  static final class Scale extends FunctionNode {
    private final double c;

    Scale(double c) {
      this.c = c;
    }

    @Override
    public NdArray[] forward(NdArray[] in) {
      return new NdArray[] {in[0].mul(c)};
    }

    @Override
    public Variable[] backward(int[] targets, Variable[] gy) {
      return new Variable[] {scale(gy[0], c)};
    }
  }

  static final class SumAll extends FunctionNode {
    private int[] shape;

    @Override
    public NdArray[] forward(NdArray[] in) {
      shape = in[0].shape();
      return new NdArray[] {in[0].sum()};
    }

    @Override
    public Variable[] backward(int[] targets, Variable[] gy) {
      return new Variable[] {new Fill(shape).applyOne(gy[0])};
    }
  }

  /** Broadcasts a 0-d array to a shape; the backward of SumAll. */
  static final class Fill extends FunctionNode {
    private final int[] shape;

    Fill(int[] shape) {
      this.shape = shape;
    }

    @Override
    public NdArray[] forward(NdArray[] in) {
      return new NdArray[] {in[0].broadcastTo(shape).copy()};
    }

    @Override
    public Variable[] backward(int[] targets, Variable[] gy) {
      return new Variable[] {sumAll(gy[0])};
    }
  }
}
