package dl.functions.util;

import dl.api.Config;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Scope;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Opts;
import java.util.function.Function;

/**
 * Calls a function without keeping its graph and recomputes it in backward (Chainer's {@code
 * forget}): forward runs {@code func} under no-backprop mode and keeps only the inputs; backward
 * runs it again with backprop on over the retained inputs and backpropagates through that graph.
 * Memory for the intermediate values is traded for a second forward. Unlike Chainer's, the
 * recomputed graph hangs off the real inputs, so double backprop works too. {@code func} must be
 * deterministic (no fresh random draws).
 *
 * <pre>{@code
 * Variable y = new Forget(xs -> new Variable[] {F.tanh(F.linear(xs[0], W))}).applyOne(x);
 * // or F.forget(v -> F.tanh(F.linear(v, W)), x)
 * }</pre>
 */
public final class Forget extends FunctionNode {
  private final Function<Variable[], Variable[]> func;

  public Forget(Function<Variable[], Variable[]> func) {
    if (func == null) {
      throw new IllegalArgumentException("forget: func must not be null");
    }
    this.func = func;
  }

  /**
   * Registered as {@code "forget"}; option {@code func} (a {@code Function<Variable[],
   * Variable[]>}).
   */
  @SuppressWarnings("unchecked")
  public static FunctionProvider provider() {
    return Opts.provider(
        "forget",
        (o, in) -> {
          Object f = o.get("func");
          if (!(f instanceof Function)) {
            throw new IllegalArgumentException(
                "forget: option func (Function<Variable[], Variable[]>) is required, got " + f);
          }
          return new Forget((Function<Variable[], Variable[]>) f).apply(in);
        });
  }

  @Override
  public String label() {
    return "forget";
  }

  @Override
  @SuppressWarnings("try")
  public NdArray[] forward(NdArray[] in) {
    int[] all = new int[in.length];
    Variable[] xs = new Variable[in.length];
    for (int i = 0; i < in.length; i++) {
      all[i] = i;
      xs[i] = new Variable(in[i], null, in[i].dtype().isFloating());
    }
    retainInputs(all);
    Variable[] ys;
    try (Scope s = Config.noBackpropMode()) {
      ys = func.apply(xs);
    }
    NdArray[] out = new NdArray[ys.length];
    for (int i = 0; i < ys.length; i++) {
      out[i] = ys[i].array();
    }
    return out;
  }

  @Override
  @SuppressWarnings("try")
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] xs = retainedInputs();
    boolean doubleBackprop = Config.enableBackprop();
    Variable[] ys;
    try (Scope s = Config.forceBackpropMode()) {
      ys = func.apply(xs);
    }
    Variable[] g = new Variable[ys.length];
    for (int i = 0; i < ys.length; i++) {
      NdArray y = ys[i].array();
      g[i] = gy[i] != null ? gy[i] : Variable.constant(y.backend().zeros(y.shape(), y.dtype()));
    }
    return Engine.get().grad(ys, xs, g, doubleBackprop);
  }
}
