package dl.links;

import dl.api.Initializer;
import dl.api.Link;
import dl.api.Parameter;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.links.initializers.LeCunNormal;
import dl.links.initializers.Zero;

/**
 * A bilinear layer (Chainer's {@code L.Bilinear}; Socher et al., "Reasoning With Neural Tensor
 * Networks for Knowledge Base Completion", 2013): {@code y_k = e1ᵀ W_k e2 + V1_kᵀ e1 + V2_kᵀ e2 +
 * b_k} with {@code W (left, right, out)}, {@code V1 (left, out)}, {@code V2 (right, out)}, {@code b
 * (out)}.
 *
 * <p>Hyperparameters and defaults: {@code leftSize}, {@code rightSize}, {@code outSize} — required;
 * {@code nobias} — false (with it, only the {@code W} term); {@code initialW} — LeCunNormal; the
 * initial biases {@code (V1, V2, b)} — LeCunNormal, LeCunNormal and 0 (Chainer's {@code
 * initial_bias=None}).
 *
 * <pre>{@code
 * Bilinear bl = new Bilinear(3, 4, 2);
 * Variable y = bl.call(e1, e2);   // e1 (B, 3), e2 (B, 4) -> (B, 2)
 * }</pre>
 */
public class Bilinear extends Link {
  public final Parameter W;
  public final Parameter V1;
  public final Parameter V2;
  public final Parameter b;

  private final int left;
  private final int right;
  private final int out;
  private final boolean nobias;
  private final Initializer initialW;
  private final Initializer[] initialBias;

  public Bilinear(int leftSize, int rightSize, int outSize) {
    this(leftSize, rightSize, outSize, false, null, null);
  }

  /**
   * Every option; {@code initialBias} null or three initializers for {@code V1, V2, b} (a null
   * entry takes its default).
   */
  public Bilinear(
      int leftSize,
      int rightSize,
      int outSize,
      boolean nobias,
      Initializer initialW,
      Initializer[] initialBias) {
    if (leftSize <= 0 || rightSize <= 0 || outSize <= 0) {
      throw new IllegalArgumentException(
          "Bilinear: sizes must be positive, got " + leftSize + ", " + rightSize + ", " + outSize);
    }
    if (initialBias != null && initialBias.length != 3) {
      throw new IllegalArgumentException(
          "Bilinear: initial_bias must hold 3 initializers (V1, V2, b), got " + initialBias.length);
    }
    this.left = leftSize;
    this.right = rightSize;
    this.out = outSize;
    this.nobias = nobias;
    this.initialW = initialW;
    this.initialBias = initialBias == null ? new Initializer[3] : initialBias.clone();
    W =
        addParam(
            "W",
            new Parameter(
                initialW == null ? new LeCunNormal() : initialW, leftSize, rightSize, outSize));
    if (nobias) {
      V1 = V2 = b = null;
    } else {
      Initializer[] ib = this.initialBias;
      V1 = addParam("V1", new Parameter(or(ib[0], new LeCunNormal()), leftSize, outSize));
      V2 = addParam("V2", new Parameter(or(ib[1], new LeCunNormal()), rightSize, outSize));
      b = addParam("b", new Parameter(or(ib[2], new Zero()), outSize));
    }
  }

  private static Initializer or(Initializer a, Initializer def) {
    return a == null ? def : a;
  }

  @Override
  protected Link newLike() {
    return new Bilinear(left, right, out, nobias, initialW, initialBias);
  }

  @Override
  protected Variable forward(Variable... inputs) {
    if (inputs.length != 2) {
      throw new IllegalArgumentException(
          "Bilinear " + path() + ": expected two inputs (e1, e2), got " + inputs.length);
    }
    return nobias
        ? F.bilinear(inputs[0], inputs[1], W)
        : F.bilinear(inputs[0], inputs[1], W, V1, V2, b);
  }

  /**
   * The provider behind {@code Engine.get().link("Bilinear")}: options {@code left_size}, {@code
   * right_size}, {@code out_size}, {@code nobias}, {@code initialW}.
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "Bilinear",
        opts -> {
          Options o =
              Options.of(
                  "Bilinear", opts, "left_size", "right_size", "out_size", "nobias", "initialW");
          return new Bilinear(
              o.requiredInt("left_size"),
              o.requiredInt("right_size"),
              o.requiredInt("out_size"),
              o.bool("nobias", false),
              o.initializer("initialW"),
              null);
        });
  }
}
