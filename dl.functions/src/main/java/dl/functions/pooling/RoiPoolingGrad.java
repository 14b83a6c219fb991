package dl.functions.pooling;

import dl.api.Backend;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;

/**
 * The gradient of {@link RoiPooling2d}: {@code gy (R, C, outH, outW)} added at each bin's argmax
 * row of {@code x}. Linear in {@code gy}; its backward gathers at the same positions.
 *
 * <pre>{@code
 * Variable gx = new RoiPoolingGrad(table, len, argmax, xShape).applyOne(gy);
 * }</pre>
 */
public final class RoiPoolingGrad extends FunctionNode {
  private final int[] table;
  private final int len;
  private final NdArray argmax;
  private final int[] xShape;
  private int[] yShape;

  RoiPoolingGrad(int[] table, int len, NdArray argmax, int[] xShape) {
    this.table = table;
    this.len = len;
    this.argmax = argmax;
    this.xShape = xShape.clone();
  }

  @Override
  public String label() {
    return "roi_pooling_2d_grad";
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    Backend b = in[0].backend();
    int[] s = in[0].shape(); // (R, C, oh, ow)
    yShape = s;
    int c = s[1];
    int p = table.length / len;
    NdArray g = in[0].reshape(s[0], c, s[2] * s[3]).transpose(0, 2, 1).reshape(p, c);
    NdArray gcol = b.zeros(new int[] {p, len, c}, in[0].dtype());
    b.selectAddInto(gcol, argmax, 1, g);
    int rows = xShape[0] * xShape[2] * xShape[3];
    NdArray acc = b.zeros(new int[] {rows + 2, c}, in[0].dtype());
    b.takeAddInto(acc, b.fromArray(table, p, len), 0, gcol);
    NdArray body = b.slice(acc, new int[] {0, 0}, new int[] {rows, c}, new int[] {1, 1});
    NdArray gx = body.reshape(xShape[0], xShape[2] * xShape[3], c).transpose(0, 2, 1);
    return new NdArray[] {gx.reshape(xShape)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] ggx) {
    return new Variable[] {new Select(table, len, argmax, xShape, yShape).applyOne(ggx[0])};
  }

  /** The bins' values at fixed argmax rows, as a function of {@code x} (padding reads 0). */
  static final class Select extends FunctionNode {
    private final int[] table;
    private final int len;
    private final NdArray argmax;
    private final int[] xShape;
    private final int[] yShape;

    Select(int[] table, int len, NdArray argmax, int[] xShape, int[] yShape) {
      this.table = table;
      this.len = len;
      this.argmax = argmax;
      this.xShape = xShape;
      this.yShape = yShape;
    }

    @Override
    public NdArray[] forward(NdArray[] in) {
      Backend b = in[0].backend();
      int c = xShape[1];
      int p = table.length / len;
      int[] t = table.clone();
      int pad = xShape[0] * xShape[2] * xShape[3];
      for (int i = 0; i < t.length; i++) {
        t[i] = t[i] == pad ? pad + 1 : t[i]; // the −∞ row is never an argmax; read 0 instead
      }
      NdArray col = b.take(RoiPooling2d.rows(in[0]), b.fromArray(t, p, len), 0);
      NdArray y = b.selectAlongAxis(col, argmax, 1); // (P, C)
      NdArray out = y.reshape(yShape[0], yShape[2] * yShape[3], c).transpose(0, 2, 1);
      return new NdArray[] {out.reshape(yShape)};
    }

    @Override
    public Variable[] backward(int[] targets, Variable[] gy) {
      return new Variable[] {new RoiPoolingGrad(table, len, argmax, xShape).applyOne(gy[0])};
    }
  }
}
