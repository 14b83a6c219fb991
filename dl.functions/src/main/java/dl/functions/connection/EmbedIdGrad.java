package dl.functions.connection;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;

/**
 * The weight gradient of {@link EmbedId}: {@code gW[v] = Σ_{x = v} gy} (ignored ids masked out).
 * Linear in {@code gy}; its backward is the lookup again ({@link Gather}).
 *
 * <pre>{@code
 * Variable gW = new EmbedIdGrad(ids, mask, wShape).applyOne(gy);
 * }</pre>
 */
public final class EmbedIdGrad extends FunctionNode {
  private final NdArray ids;
  private final NdArray mask;
  private final int[] wShape;

  EmbedIdGrad(NdArray ids, NdArray mask, int[] wShape) {
    this.ids = ids;
    this.mask = mask;
    this.wShape = wShape.clone();
  }

  @Override
  public String label() {
    return "embed_id_grad";
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    var b = in[0].backend();
    NdArray gw = b.zeros(wShape, in[0].dtype());
    b.takeAddInto(gw, ids, 0, mask == null ? in[0] : in[0].mul(mask));
    return new NdArray[] {gw};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] ggw) {
    return new Variable[] {new Gather(ids, mask, wShape).applyOne(ggw[0])};
  }

  /** The lookup with fixed ids, as a function of {@code W} alone. */
  static final class Gather extends FunctionNode {
    private final NdArray ids;
    private final NdArray mask;
    private final int[] wShape;

    Gather(NdArray ids, NdArray mask, int[] wShape) {
      this.ids = ids;
      this.mask = mask;
      this.wShape = wShape;
    }

    @Override
    public String label() {
      return "embed_id";
    }

    @Override
    public NdArray[] forward(NdArray[] in) {
      return new NdArray[] {EmbedId.gather(in[0], ids, mask)};
    }

    @Override
    public Variable[] backward(int[] targets, Variable[] gy) {
      return new Variable[] {new EmbedIdGrad(ids, mask, wShape).applyOne(gy[0])};
    }
  }
}
