package dl.functions.names;

import dl.api.InvalidTypeException;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import java.util.Map;

/**
 * A Chainer name for an N-d function restricted to {@code nd} spatial axes: {@code x} must be
 * {@code (N, C, *S)} with {@code nd} axes in {@code S}; the options are the N-d function's, checked
 * by it.
 */
abstract class Spatial implements FunctionProvider {
  private final String name;
  private final int nd;
  private final FunctionProvider general;

  Spatial(String name, int nd, FunctionProvider general) {
    this.name = name;
    this.nd = nd;
    this.general = general;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Variable[] apply(Map<String, Object> options, Variable... inputs) {
    check(name, nd, inputs);
    return general.apply(options, inputs);
  }

  /**
   * Rejects an {@code x} (the first input) without {@code nd} spatial axes, naming the function.
   */
  static void check(String name, int nd, Variable... inputs) {
    if (inputs.length == 0) {
      throw new IllegalArgumentException(name + ": expects x as the first input, got no inputs");
    }
    Variable x = inputs[0];
    if (x.ndim() != nd + 2) {
      throw new InvalidTypeException(
          name
              + ": x must be (N, C"
              + ", S".repeat(nd)
              + ")\nExpect: x.ndim == "
              + (nd + 2)
              + "\nActual: x.shape == "
              + Shapes.str(x.shape()));
    }
  }

  @Override
  public String toString() {
    return "function " + name;
  }
}
