package dl.plugins.glu;

import dl.api.Initializer;
import dl.api.InvalidTypeException;
import dl.api.Link;
import dl.api.Parameter;
import dl.api.Rng;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.functions.array.Index;
import java.util.Map;

/**
 * A gated linear unit layer (Dauphin et al., "Language Modeling with Gated Convolutional Networks",
 * 2017): one linear map to {@code 2·outSize} features {@code [a, g]}, then {@code a ⊙ sigmoid(g)}.
 *
 * <p>Hyperparameters: {@code inSize} (required), {@code outSize} (required); parameters {@code W}
 * of shape {@code (2·outSize, inSize)}, LeCun-normal (σ = √(1/inSize)), and {@code b} of shape
 * {@code (2·outSize)}, zero.
 *
 * <pre>{@code
 * Glu glu = new Glu(784, 256);
 * Variable h = glu.call(x);                                     // (N, 256)
 * Link same = Engine.get().link("GLU").create(Map.of("inSize", 784, "outSize", 256));
 * }</pre>
 */
public class Glu extends Link {
  private final int outSize;

  /**
   * The weight, {@code (2·outSize, inSize)}: rows {@code [0, outSize)} give a, the rest the gate.
   */
  public final Parameter W;

  /** The bias, {@code (2·outSize)}. */
  public final Parameter b;

  /** A layer from {@code inSize} to {@code outSize} features. */
  public Glu(int inSize, int outSize) {
    if (inSize <= 0 || outSize <= 0) {
      throw new IllegalArgumentException(
          "GLU: inSize and outSize must be positive, got " + inSize + " and " + outSize);
    }
    this.outSize = outSize;
    double std = Math.sqrt(1.0 / inSize);
    Initializer lecun = (shape, dtype, be) -> be.randomNormal(shape, dtype, 0, std, Rng.nextSeed());
    W = addParam("W", new Parameter(lecun, 2 * outSize, inSize));
    b = addParam("b", new Parameter(Initializer.constant(0), 2 * outSize));
  }

  /** Registered as {@code "GLU"} with the options {@code inSize} and {@code outSize}. */
  public static LinkProvider provider() {
    return LinkProvider.of("GLU", o -> new Glu(size(o, "inSize"), size(o, "outSize")));
  }

  private static int size(Map<String, Object> o, String key) {
    Object v = o.get(key);
    if (!(v instanceof Number)) {
      throw new IllegalArgumentException(
          "GLU: option " + key + " must be a positive integer, got " + v + "; options: " + o);
    }
    return ((Number) v).intValue();
  }

  /** Number of output features. */
  public int outSize() {
    return outSize;
  }

  @Override
  protected Variable forward(Variable... inputs) {
    Variable x = inputs[0];
    int in = W.shape()[1];
    if (inputs.length != 1 || x.ndim() != 2 || x.shape()[1] != in) {
      throw new InvalidTypeException(
          "GLU "
              + path()
              + ": invalid input\nExpect: one input of shape (N, "
              + in
              + ")\nActual: "
              + inputs.length
              + " input(s), the first of shape "
              + Shapes.str(x.shape()));
    }
    Variable h = F.linear(x, W, b);
    Variable a = F.getItem(h, Index.all(), Index.slice(0, outSize));
    Variable gate = F.getItem(h, Index.all(), Index.slice(outSize, 2 * outSize));
    return F.mul(a, F.sigmoid(gate));
  }

  @Override
  public String toString() {
    return "GLU(in_size=" + W.shape()[1] + ", out_size=" + outSize + ")";
  }
}
