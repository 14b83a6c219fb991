package dl.functions.math;

import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Elementwise {@code lhs ** rhs} with a variable exponent and NumPy broadcasting (Chainer's {@code
 * PowVarVar}). The gradient of the exponent, {@code y·log(lhs)}, needs {@code lhs > 0}.
 *
 * <pre>{@code
 * Variable z = new Pow().applyOne(x, e);   // or F.pow(x, e), x.pow(e)
 * }</pre>
 */
public final class Pow extends FunctionNode {
  /**
   * Registered as {@code "pow"}: two inputs, or one input and option {@code exponent} (double) for
   * a constant exponent.
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "pow",
        (o, in) ->
            o.containsKey("exponent")
                ? new PowConstant(Opts.real(o, "exponent", 1)).apply(in)
                : new Pow().apply(in));
  }

  @Override
  public String label() {
    return "pow";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.binaryFloating(label(), in);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0, 1);
    retainOutputs(0);
    return new NdArray[] {in[0].backend().binary(BinaryOp.POW, in[0], in[1])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] x = retainedInputs();
    Variable y = retainedOutputs()[0];
    Variable[] gx = new Variable[2];
    for (int t : targets) {
      if (t == 0) { // b · a^(b-1)
        gx[0] = F.sumTo(F.mul(gy[0], F.mul(x[1], F.pow(x[0], F.sub(x[1], 1.0)))), x[0].shape());
      } else { // a^b · log(a)
        gx[1] = F.sumTo(F.mul(gy[0], F.mul(y, F.log(x[0]))), x[1].shape());
      }
    }
    return gx;
  }
}
