package dl.api;

import dl.api.spi.Engine;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.List;

/**
 * A differentiable function (Chainer's {@code FunctionNode}). {@link #forward} maps input arrays to
 * output arrays through the backend contract; {@link #backward} maps output gradients to input
 * gradients using other functions, so every function is differentiable as often as its parts. A
 * node is applied once; create a new node for each call.
 *
 * <pre>{@code
 * final class Square extends FunctionNode {
 *   public NdArray[] forward(NdArray[] in) {
 *     retainInputs(0);
 *     return new NdArray[] {in[0].mul(in[0])};
 *   }
 *   public Variable[] backward(int[] targets, Variable[] gy) {
 *     Variable x = retainedInputs()[0];
 *     return new Variable[] {gy[0].mul(x).mul(2)};
 *   }
 * }
 * Variable y = new Square().apply(x)[0];
 * }</pre>
 */
public abstract class FunctionNode {
  private VariableNode[] inputs;
  private WeakReference<VariableNode>[] outputs;
  private int rank;
  private int[] retainedInputIndexes = new int[0];
  private int[] retainedOutputIndexes = new int[0];
  private NdArray[] retainedOutputData;
  private boolean applied;

  /** The function's name in messages and graphs; by default the simple class name. */
  public String label() {
    return getClass().getSimpleName();
  }

  /**
   * Checks dtypes, shapes and options of the inputs before forward (when {@link Config#typeCheck()}
   * is on). Throw {@link InvalidTypeException} naming the argument.
   */
  protected void checkTypeForward(NdArray[] inputs) {}

  /** Computes the outputs from input arrays. Call {@link #retainInputs} here if needed. */
  public abstract NdArray[] forward(NdArray[] inputs);

  /**
   * Computes gradients of the inputs from gradients of the outputs, with functions.
   *
   * @param targetInputIndexes the inputs whose gradients are needed, in increasing order
   * @param gradOutputs one gradient per output, null where none flows
   * @return one gradient per input (null where none), indexed like the inputs
   */
  public abstract Variable[] backward(int[] targetInputIndexes, Variable[] gradOutputs);

  /** Keeps the given inputs for backward; call inside {@link #forward}. */
  protected final void retainInputs(int... indexes) {
    retainedInputIndexes = indexes.clone();
  }

  /** Keeps the given outputs for backward; call inside {@link #forward}. */
  protected final void retainOutputs(int... indexes) {
    retainedOutputIndexes = indexes.clone();
  }

  /** The retained inputs, in the order they were retained, as graph-connected variables. */
  protected final Variable[] retainedInputs() {
    Variable[] vs = new Variable[retainedInputIndexes.length];
    for (int i = 0; i < vs.length; i++) {
      vs[i] = inputs[retainedInputIndexes[i]].variable();
    }
    return vs;
  }

  /** The retained outputs, in the order they were retained, as graph-connected variables. */
  protected final Variable[] retainedOutputs() {
    Variable[] vs = new Variable[retainedOutputIndexes.length];
    for (int i = 0; i < vs.length; i++) {
      int k = retainedOutputIndexes[i];
      VariableNode n = outputs[k].get();
      if (n == null) {
        // The output variable and its node are gone: rebuild a node over the kept data.
        Variable v = new Variable(retainedOutputData[i], null, true);
        v.node().setCreator(this);
        n = v.node();
        n.retainData(retainedOutputData[i]);
        outputs[k] = new WeakReference<>(n);
      }
      vs[i] = n.variable();
    }
    return vs;
  }

  /** Applies the function and returns its outputs. */
  public final Variable[] apply(Variable... in) {
    if (applied) {
      throw new IllegalStateException(
          label()
              + ": a FunctionNode can be applied only once;"
              + " create a new instance for each call");
    }
    applied = true;
    NdArray[] arrays = new NdArray[in.length];
    for (int i = 0; i < in.length; i++) {
      if (in[i] == null || in[i].array() == null) {
        throw new IllegalArgumentException(
            label()
                + ": input "
                + i
                + " is "
                + (in[i] == null ? "null" : "an uninitialised variable"));
      }
      arrays[i] = in[i].array();
    }
    Engine engine = Engine.get();
    if (Config.typeCheck()) {
      engine.checkDevices(this, arrays);
      checkTypeForward(arrays);
    }
    engine.forwardPreprocess(this, arrays);
    NdArray[] out = forward(arrays);
    engine.forwardPostprocess(this, arrays, out);
    boolean requiresGrad = false;
    for (Variable v : in) {
      requiresGrad |= v.requiresGrad();
    }
    Variable[] ys = new Variable[out.length];
    for (int i = 0; i < out.length; i++) {
      ys[i] = new Variable(out[i], null, requiresGrad);
    }
    if (requiresGrad && Config.enableBackprop()) {
      int r = 0;
      inputs = new VariableNode[in.length];
      for (int i = 0; i < in.length; i++) {
        inputs[i] = in[i].node();
        r = Math.max(r, inputs[i].rank());
      }
      rank = r;
      @SuppressWarnings("unchecked")
      WeakReference<VariableNode>[] refs = new WeakReference[out.length];
      for (int i = 0; i < out.length; i++) {
        ys[i].node().setCreator(this);
        refs[i] = new WeakReference<>(ys[i].node());
      }
      outputs = refs;
      for (int i : retainedInputIndexes) {
        inputs[i].retainData(arrays[i]);
      }
      retainedOutputData = new NdArray[retainedOutputIndexes.length];
      for (int i = 0; i < retainedOutputIndexes.length; i++) {
        retainedOutputData[i] = out[retainedOutputIndexes[i]];
        ys[retainedOutputIndexes[i]].node().retainData(out[retainedOutputIndexes[i]]);
      }
    } else {
      String reason =
          requiresGrad
              ? "it was computed by "
                  + label()
                  + " under noBackpropMode (Config.enableBackprop() was"
                  + " false), so no graph was recorded"
              : "none of the inputs of " + label() + " requires a gradient";
      for (Variable y : ys) {
        y.node().setNoGraphReason(reason);
      }
      retainedInputIndexes = new int[0];
      retainedOutputIndexes = new int[0];
    }
    return ys;
  }

  /** Applies a function with one output and returns it. */
  public final Variable applyOne(Variable... in) {
    Variable[] ys = apply(in);
    if (ys.length != 1) {
      throw new IllegalStateException(label() + " has " + ys.length + " outputs, not one");
    }
    return ys[0];
  }

  /** Input nodes, recorded when the graph was built (empty when it was not). */
  public final List<VariableNode> inputs() {
    return inputs == null ? List.of() : Arrays.asList(inputs);
  }

  /** Number of outputs recorded. */
  public final int outputCount() {
    return outputs == null ? 0 : outputs.length;
  }

  /** Output node {@code i} if still alive (outputs are held weakly). */
  public final VariableNode output(int i) {
    return outputs[i].get();
  }

  /** The maximum rank of the inputs. */
  public final int rank() {
    return rank;
  }

  /** Drops the references to inputs and outputs (Chainer's {@code unchain}). */
  public final void unchain() {
    if (outputs != null) {
      for (WeakReference<VariableNode> r : outputs) {
        VariableNode n = r.get();
        if (n != null && n.creator() == this) {
          n.setCreator(null);
        }
      }
    }
    inputs = new VariableNode[0];
    outputs = null;
  }

  @Override
  public String toString() {
    return label();
  }
}
