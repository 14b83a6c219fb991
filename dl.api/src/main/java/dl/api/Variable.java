package dl.api;

import dl.api.spi.Engine;
import dl.api.spi.VariableMath;

/**
 * An array with autograd: its data, its gradient, an optional name, whether it requires a gradient,
 * and the function that created it. Applying functions to variables records the graph
 * (define-by-run); {@link #backward()} computes gradients in Chainer's order.
 *
 * <pre>{@code
 * Variable x = new Variable(NdArrays.of(new float[] {1, 2, 3}, 3));
 * Variable y = x.mul(x).sum();         // needs dl.functions on the module path
 * y.backward();
 * float[] g = x.grad().toFloatArray(); // [2, 4, 6]
 * }</pre>
 */
public class Variable {
  private NdArray data;
  private Variable gradVar;
  private String name;
  private VariableNode node;

  /** A leaf variable that requires a gradient. */
  public Variable(NdArray data) {
    this(data, null, true);
  }

  /** A named leaf variable that requires a gradient. */
  public Variable(NdArray data, String name) {
    this(data, name, true);
  }

  /** A leaf variable; {@code data} is null only in a {@link Parameter} not yet initialised. */
  public Variable(NdArray data, String name, boolean requiresGrad) {
    if (data == null && getClass() == Variable.class) {
      // Only a Parameter may start empty; a plain variable without data fails later, far away.
      throw new IllegalArgumentException(
          "Variable: data must be an NdArray, got null (a Parameter is the variable whose array"
              + " is initialised later)");
    }
    this.data = data;
    this.name = name;
    this.node =
        new VariableNode(
            this,
            data == null ? null : data.shape(),
            data == null ? null : data.dtype(),
            requiresGrad);
  }

  /** A variable over an existing node (used when a retained node outlives its variable). */
  Variable(VariableNode node, NdArray data) {
    this.node = node;
    this.data = data;
  }

  /** Wraps an array as a variable that does not require a gradient. */
  public static Variable constant(NdArray data) {
    return new Variable(data, null, false);
  }

  // ---- data ----

  /** The data array (Chainer's {@code .array}). */
  public NdArray array() {
    return data;
  }

  /** The same as {@link #array()} (Chainer's {@code .data}). */
  public NdArray data() {
    return data;
  }

  /**
   * Replaces the data. The graph keeps its recorded shape; use this for parameters and for in-place
   * updates, not to reshape a variable that is part of a graph.
   */
  public void setArray(NdArray array) {
    boolean sameMeta =
        data != null
            && array != null
            && java.util.Arrays.equals(array.shape(), data.shape())
            && array.dtype() == data.dtype();
    this.data = array;
    if (!sameMeta) {
      VariableNode old = node;
      node =
          new VariableNode(
              this,
              array == null ? null : array.shape(),
              array == null ? null : array.dtype(),
              old.requiresGrad());
      node.setCreator(old.creator());
    }
  }

  /** The shape of the data. */
  public int[] shape() {
    return data.shape();
  }

  /** The dtype of the data. */
  public DType dtype() {
    return data.dtype();
  }

  /** The number of axes. */
  public int ndim() {
    return data.ndim();
  }

  /** The number of elements. */
  public int size() {
    return data.size();
  }

  /** The device the data lives on. */
  public Device device() {
    return data.device();
  }

  /** The single value of a size-1 variable. */
  public double item() {
    return data.item();
  }

  /** The name, or null. */
  public String name() {
    return name;
  }

  /** Sets the name (shown in errors and graphs). */
  public void setName(String name) {
    this.name = name;
  }

  /** Whether gradients flow to this variable. */
  public boolean requiresGrad() {
    return node.requiresGrad();
  }

  // ---- graph ----

  /** The graph node. */
  public VariableNode node() {
    return node;
  }

  /** The function that created this variable, or null for a leaf. */
  public FunctionNode creator() {
    return node.creator();
  }

  /** Rank in the graph: 0 for leaves. */
  public int rank() {
    return node.rank();
  }

  /** Makes this variable a root: drops the reference to its creator. */
  public void unchain() {
    node.setCreator(null);
  }

  /** Unchains every function reachable backward from this variable (truncated BPTT). */
  public void unchainBackward() {
    java.util.ArrayDeque<FunctionNode> stack = new java.util.ArrayDeque<>();
    java.util.Set<FunctionNode> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    if (creator() != null) {
      stack.push(creator());
    }
    unchain();
    while (!stack.isEmpty()) {
      FunctionNode f = stack.pop();
      if (!seen.add(f)) {
        continue;
      }
      for (VariableNode in : f.inputs()) {
        if (in.creator() != null) {
          stack.push(in.creator());
        }
      }
      f.unchain();
    }
  }

  // ---- gradients ----

  /** The gradient array, or null. */
  public NdArray grad() {
    return gradVar == null ? null : gradVar.data;
  }

  /** The gradient as a variable (it carries a graph after double-backprop). */
  public Variable gradVar() {
    return gradVar;
  }

  /** Sets the gradient array (null clears it). */
  public void setGrad(NdArray grad) {
    if (grad != null) {
      checkGrad(grad);
    }
    gradVar = grad == null ? null : Variable.constant(grad);
  }

  /** Sets the gradient variable (null clears it). */
  public void setGradVar(Variable grad) {
    if (grad != null) {
      checkGrad(grad.array());
    }
    gradVar = grad;
  }

  private void checkGrad(NdArray g) {
    if (data != null
        && (!java.util.Arrays.equals(g.shape(), data.shape()) || g.dtype() != data.dtype())) {
      throw new IllegalArgumentException(
          "gradient of "
              + (name == null ? "variable" : name)
              + " must have shape "
              + Shapes.str(data.shape())
              + " and dtype "
              + data.dtype()
              + ", got "
              + Shapes.str(g.shape())
              + " "
              + g.dtype());
    }
  }

  /** Clears the gradient (Chainer's {@code cleargrad}). */
  public void cleargrad() {
    gradVar = null;
  }

  /** Adds another variable's gradient to this one's (across devices). */
  public void addgrad(Variable other) {
    NdArray g = other.grad();
    if (g == null) {
      return;
    }
    g = g.toDevice(data.device());
    setGrad(grad() == null ? g.copy() : grad().add(g));
  }

  /** Copies another variable's data into this one's array (across devices). */
  public void copydata(Variable other) {
    data.backend().copyInto(data, other.array().toDevice(data.device()));
  }

  /** Backward from this variable; a size-1 variable without a gradient starts from one. */
  public void backward() {
    backward(false, false);
  }

  /**
   * Backward from this variable.
   *
   * @param retainGrad keep gradients of intermediate variables
   * @param enableDoubleBackprop record the backward graph so gradients can be differentiated
   */
  public void backward(boolean retainGrad, boolean enableDoubleBackprop) {
    Engine.get().backward(new Variable[] {this}, null, retainGrad, enableDoubleBackprop);
  }

  // ---- arithmetic (implemented by the function library through VariableMath) ----

  /** {@code this + o}, differentiable. */
  public Variable add(Variable o) {
    return VariableMath.get().add(this, o);
  }

  /** {@code this + s}, differentiable. */
  public Variable add(double s) {
    return VariableMath.get().add(this, s);
  }

  /** {@code this - o}, differentiable. */
  public Variable sub(Variable o) {
    return VariableMath.get().sub(this, o);
  }

  /** {@code this - s}, differentiable. */
  public Variable sub(double s) {
    return VariableMath.get().sub(this, s);
  }

  /** {@code s - this}. */
  public Variable rsub(double s) {
    return VariableMath.get().rsub(s, this);
  }

  /** {@code this * o}, differentiable. */
  public Variable mul(Variable o) {
    return VariableMath.get().mul(this, o);
  }

  /** {@code this * s}, differentiable. */
  public Variable mul(double s) {
    return VariableMath.get().mul(this, s);
  }

  /** {@code this / o}, differentiable. */
  public Variable div(Variable o) {
    return VariableMath.get().div(this, o);
  }

  /** {@code this / s}, differentiable. */
  public Variable div(double s) {
    return VariableMath.get().div(this, s);
  }

  /** {@code s / this}. */
  public Variable rdiv(double s) {
    return VariableMath.get().rdiv(s, this);
  }

  /** {@code -this}, differentiable. */
  public Variable neg() {
    return VariableMath.get().neg(this);
  }

  /** {@code this ** exponent} with a constant exponent. */
  public Variable pow(double exponent) {
    return VariableMath.get().pow(this, exponent);
  }

  /** {@code this ** exponent} with a variable exponent. */
  public Variable pow(Variable exponent) {
    return VariableMath.get().pow(this, exponent);
  }

  /** Matrix product (Python's {@code @}). */
  public Variable matmul(Variable o) {
    return VariableMath.get().matmul(this, o);
  }

  /** Sum of all elements. */
  public Variable sum() {
    return VariableMath.get().sum(this);
  }

  /** Reshape. */
  public Variable reshape(int... shape) {
    return VariableMath.get().reshape(this, shape);
  }

  /** Transpose (axes reversed when none are given). */
  public Variable transpose(int... axes) {
    return VariableMath.get().transpose(this, axes);
  }

  /** The transpose with axes reversed (Chainer's {@code .T}). */
  public Variable T() {
    return transpose();
  }

  @Override
  public String toString() {
    return "variable"
        + (name == null ? "" : " " + name)
        + "("
        + (data == null ? "uninitialized" : Shapes.str(data.shape()) + ", " + data.dtype())
        + ")";
  }
}
