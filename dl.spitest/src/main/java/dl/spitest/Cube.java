package dl.spitest;

import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;

/**
 * {@code y = x³}, written as a plugin would write it: forward through the array contract, backward
 * with {@link Variable} arithmetic so it is twice differentiable.
 *
 * <pre>{@code
 * Variable y = Engine.get().function("cube").apply(Map.of(), x)[0];
 * }</pre>
 */
public final class Cube extends FunctionNode {
  /** The service descriptor: ServiceLoader calls this static method. */
  public static FunctionProvider provider() {
    return FunctionProvider.of("cube", (options, in) -> new Cube().apply(in));
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    if (in.length != 1) {
      throw new InvalidTypeException("cube: expected 1 input, got " + in.length);
    }
    if (!in[0].dtype().isFloating()) {
      throw InvalidTypeException.of("cube", "x", 0, "a floating dtype", in[0].dtype().label());
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0);
    return new NdArray[] {in[0].mul(in[0]).mul(in[0])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    return new Variable[] {gy[0].mul(x.mul(x).mul(3))};
  }
}
