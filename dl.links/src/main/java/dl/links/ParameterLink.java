package dl.links;

import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.Variable;
import dl.api.spi.LinkProvider;

/**
 * A link that holds one array as its parameter {@code W} and returns it when called with no input
 * (Chainer's {@code L.Parameter}; named ParameterLink here because {@link Parameter} is the
 * variable type). Useful to make a free learnable tensor part of a model.
 *
 * <p>Hyperparameters: {@code array} — the initial value (required).
 *
 * <pre>{@code
 * ParameterLink p = new ParameterLink(NdArrays.of(new float[] {1, 2}, 2));
 * Variable w = p.call();   // the parameter itself
 * }</pre>
 */
public class ParameterLink extends Link {
  public final Parameter W;

  /** Holds {@code array} (not copied) as the parameter {@code W}. */
  public ParameterLink(NdArray array) {
    if (array == null) {
      throw new IllegalArgumentException("Parameter link: the array is null");
    }
    W = addParam("W", new Parameter(array));
  }

  @Override
  protected Link newLike() {
    return new ParameterLink(W.array().copy());
  }

  @Override
  protected Variable forward(Variable... inputs) {
    if (inputs.length != 0) {
      throw new IllegalArgumentException(
          "Parameter " + path() + ": takes no input, got " + inputs.length);
    }
    return W;
  }

  /** The provider behind {@code Engine.get().link("Parameter")}: option {@code array}. */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "Parameter",
        opts -> {
          Options o = Options.of("Parameter", opts, "array");
          Object a = o.raw("array");
          if (!(a instanceof NdArray)) {
            throw new IllegalArgumentException(
                "Parameter: option 'array' must be an NdArray, got "
                    + (a == null ? "nothing" : a.getClass().getName()));
          }
          return new ParameterLink((NdArray) a);
        });
  }
}
