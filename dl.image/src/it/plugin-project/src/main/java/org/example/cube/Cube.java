package org.example.cube;

import dl.api.Backend;
import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;

/** {@code y = x³}, registered as {@code "example_cube"}. */
public final class Cube extends FunctionNode {
  /** Found as {@code Engine.get().function("example_cube")}. */
  public static FunctionProvider provider() {
    return FunctionProvider.of("example_cube", (o, in) -> new Cube().apply(in));
  }

  /** {@code x³}. */
  public static Variable cube(Variable x) {
    return new Cube().apply(x)[0];
  }

  @Override
  public String label() {
    return "example_cube";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    if (in.length != 1) {
      throw InvalidTypeException.of(label(), "x", 0, "1 input", in.length + " inputs");
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0);
    Backend b = in[0].backend();
    return new NdArray[] {b.binary(BinaryOp.MUL, in[0], b.binary(BinaryOp.MUL, in[0], in[0]))};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    return new Variable[] {F.mul(gy[0], F.mul(F.square(x), 3.0))};
  }
}
