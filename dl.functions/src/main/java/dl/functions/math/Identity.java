package dl.functions.math;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Opts;

/**
 * Returns its inputs unchanged as new variables (Chainer's {@code Identity}); gradients pass
 * through. Useful to give values a node of their own in the graph.
 *
 * <pre>{@code
 * Variable[] ys = new Identity().apply(a, b);   // or F.identity(a)
 * }</pre>
 */
public final class Identity extends FunctionNode {
  /** Registered as {@code "identity"}; any number of inputs; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("identity", (o, in) -> new Identity().apply(in));
  }

  @Override
  public String label() {
    return "identity";
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    return in.clone();
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return gy.clone();
  }
}
