package dl.api;

import java.lang.ref.WeakReference;

/**
 * The graph node of a {@link Variable}: shape, dtype, rank, creator and, only when a function
 * retained it for backward, the data. It refers to its variable weakly, so the graph does not keep
 * activations alive that backward does not need (Chainer's {@code VariableNode}).
 *
 * <pre>{@code
 * Variable y = F.relu(x);
 * VariableNode n = y.node();
 * assert n.creator() != null && n.rank() == 1;
 * }</pre>
 */
public final class VariableNode {
  private WeakReference<Variable> variable;
  private final int[] shape;
  private final DType dtype;
  private final boolean requiresGrad;
  private FunctionNode creator;
  private int rank;
  private NdArray retainedData;
  private String noGraphReason;

  VariableNode(Variable variable, int[] shape, DType dtype, boolean requiresGrad) {
    this.variable = new WeakReference<>(variable);
    this.shape = shape;
    this.dtype = dtype;
    this.requiresGrad = requiresGrad;
  }

  /** The live variable of this node, or a new one over the retained data (null if none). */
  public Variable variable() {
    Variable v = variable.get();
    if (v == null && retainedData != null) {
      v = new Variable(this, retainedData);
      variable = new WeakReference<>(v);
    }
    return v;
  }

  /** The live variable if it is still referenced; never re-creates one. */
  public Variable liveVariable() {
    return variable.get();
  }

  void rebind(Variable v) {
    variable = new WeakReference<>(v);
  }

  /** The shape of the variable's data. */
  public int[] shape() {
    return shape;
  }

  /** The dtype of the variable's data. */
  public DType dtype() {
    return dtype;
  }

  /** Whether gradients flow to the variable. */
  public boolean requiresGrad() {
    return requiresGrad;
  }

  /** The function that produced this node, or null for a leaf. */
  public FunctionNode creator() {
    return creator;
  }

  /** Distance from the leaves: creator's rank + 1, 0 for leaves. */
  public int rank() {
    return rank;
  }

  void setCreator(FunctionNode f) {
    creator = f;
    rank = f == null ? 0 : f.rank() + 1;
  }

  /**
   * Why this node has no creator although a function produced it (computed under {@code
   * noBackpropMode}, or from inputs that need no gradient); null otherwise.
   */
  public String noGraphReason() {
    return noGraphReason;
  }

  void setNoGraphReason(String reason) {
    noGraphReason = reason;
  }

  void retainData(NdArray data) {
    retainedData = data;
  }

  NdArray retainedData() {
    return retainedData;
  }

  @Override
  public String toString() {
    Variable v = variable.get();
    String name = v == null ? null : v.name();
    return "VariableNode("
        + (name == null ? "" : name + ", ")
        + Shapes.str(shape)
        + ", "
        + dtype
        + ")";
  }
}
