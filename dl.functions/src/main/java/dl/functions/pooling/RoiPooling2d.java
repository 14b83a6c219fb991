package dl.functions.pooling;

import dl.api.Backend;
import dl.api.DType;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Region-of-interest max pooling (Girshick, 2015; Chainer's {@code roi_pooling_2d}): each ROI
 * {@code (y_min, x_min, y_max, x_max)} of image {@code roi_indices[r]}, scaled by {@code
 * spatial_scale} and rounded half to even, is split into an {@code outH × outW} grid of bins
 * ({@code floor(i·h/outH) .. ceil((i+1)·h/outH)}) whose channel-wise maxima form {@code y (R, C,
 * outH, outW)}; empty bins give 0. The bins are gathered as rows of the channels-last input (an
 * index table built on the host from the ROIs); backward scatters {@code gy} to the argmax rows.
 *
 * <pre>{@code
 * Variable y = F.roiPooling2d(x, rois, roiIndices, 7, 7, 0.0625);
 * }</pre>
 */
public final class RoiPooling2d extends FunctionNode {
  private final int outH;
  private final int outW;
  private final double scale;
  private int[] table; // (R·outH·outW, L) rows of (N·H·W + 2, C); N·H·W = −∞, N·H·W + 1 = 0
  private int len;
  private NdArray argmax;
  private int[] xShape;

  public RoiPooling2d(int outH, int outW, double spatialScale) {
    this.outH = outH;
    this.outW = outW;
    this.scale = spatialScale;
  }

  /**
   * Registered as {@code "roi_pooling_2d"} with Chainer's call: inputs {@code x, rois} with {@code
   * rois (R, 5) = (batch_index, x_min, y_min, x_max, y_max)}; options {@code outh}, {@code outw}
   * ({@code outsize}, one or two ints, also), {@code spatial_scale} (1). Three inputs {@code x,
   * rois (R, 4), roi_indices} take the boxes as {@code (y_min, x_min, y_max, x_max)}.
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "roi_pooling_2d",
        (o, in) -> {
          int[] out = Opts.ints(o, "outsize");
          Integer oh = Opts.optInteger(o, "outh");
          Integer ow = Opts.optInteger(o, "outw");
          double scale = Opts.real(o, "spatial_scale", 1);
          if (out == null && (oh == null || ow == null)) {
            throw new IllegalArgumentException(
                "roi_pooling_2d: options 'outh' and 'outw' (or 'outsize') are required");
          }
          int h = oh != null ? oh : out[0];
          int w = ow != null ? ow : out[out.length - 1];
          // Chainer's rois (R, 5); three inputs are the (R, 4) boxes with separate indices.
          return new Variable[] {
            in.length == 2
                ? F.roiPooling2d(in[0], in[1], h, w, scale)
                : F.roiPooling2d(in[0], in[1], in[2], h, w, scale)
          };
        });
  }

  @Override
  public String label() {
    return "roi_pooling_2d";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    String fn = label();
    Check.floating(fn, "x", 0, in[0]);
    Check.ndim(fn, "x", 0, in[0], 4);
    Check.ndim(fn, "rois", 1, in[1], 2);
    Check.dtype(fn, "roi_indices", 2, in[2], DType.INT32);
    int r = in[1].shape()[0];
    if (in[1].shape()[1] != 4 || in[2].ndim() != 1 || in[2].shape()[0] != r) {
      throw InvalidTypeException.of(
          fn,
          "rois",
          1,
          "rois (R, 4) and roi_indices (R,)",
          "rois " + Shapes.str(in[1].shape()) + ", roi_indices " + Shapes.str(in[2].shape()));
    }
    if (outH <= 0 || outW <= 0) {
      throw InvalidTypeException.of(fn, "outsize", 0, "outsize > 0", outH + ", " + outW);
    }
  }

  private static int[] bin(int i, double stride, int max, int offset) {
    int start = (int) Math.floor(i * stride);
    int end = (int) Math.ceil((i + 1) * stride);
    return new int[] {
      Math.min(Math.max(start + offset, 0), max), Math.min(Math.max(end + offset, 0), max)
    };
  }

  private void buildTable(double[] rois, int[] idx) {
    int h = xShape[2];
    int w = xShape[3];
    int pad = xShape[0] * h * w;
    int nr = idx.length;
    int[][][] bins = new int[nr * outH * outW][][];
    len = 1;
    for (int r = 0; r < nr; r++) {
      int y0 = (int) Math.rint(rois[r * 4] * scale);
      int x0 = (int) Math.rint(rois[r * 4 + 1] * scale);
      int y1 = (int) Math.rint(rois[r * 4 + 2] * scale);
      int x1 = (int) Math.rint(rois[r * 4 + 3] * scale);
      double sh = Math.max(y1 - y0 + 1, 1) / (double) outH;
      double sw = Math.max(x1 - x0 + 1, 1) / (double) outW;
      for (int i = 0; i < outH; i++) {
        for (int j = 0; j < outW; j++) {
          int[][] b = {bin(i, sh, h, y0), bin(j, sw, w, x0)};
          bins[(r * outH + i) * outW + j] = b;
          len = Math.max(len, Math.max(0, b[0][1] - b[0][0]) * Math.max(0, b[1][1] - b[1][0]));
        }
      }
    }
    table = new int[bins.length * len];
    for (int p = 0; p < bins.length; p++) {
      int[][] b = bins[p];
      int base = idx[p / (outH * outW)] * h * w;
      int k = 0;
      boolean empty = b[0][1] <= b[0][0] || b[1][1] <= b[1][0];
      for (int y = b[0][0]; y < b[0][1] && !empty; y++) {
        for (int x = b[1][0]; x < b[1][1]; x++) {
          table[p * len + k++] = base + y * w + x;
        }
      }
      while (k < len) {
        table[p * len + k++] = empty ? pad + 1 : pad;
      }
    }
  }

  /** {@code x (N, C, H, W)} as rows {@code (N·H·W + 2, C)} with a −∞ and a zero row appended. */
  static NdArray rows(NdArray x) {
    Backend b = x.backend();
    int[] s = x.shape();
    NdArray t =
        x.reshape(s[0], s[1], s[2] * s[3]).transpose(0, 2, 1).reshape(s[0] * s[2] * s[3], s[1]);
    NdArray extra =
        b.concat(
            new NdArray[] {
              b.full(new int[] {1, s[1]}, Double.NEGATIVE_INFINITY, x.dtype()),
              b.zeros(new int[] {1, s[1]}, x.dtype())
            },
            0);
    return b.concat(new NdArray[] {t, extra}, 0);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    xShape = in[0].shape();
    buildTable(in[1].toDoubleArray(), in[2].toIntArray());
    Backend b = in[0].backend();
    int p = table.length / len;
    NdArray col = b.take(rows(in[0]), b.fromArray(table, p, len), 0); // (P, L, C)
    argmax = b.argReduce(ReduceOp.MAX, col, 1);
    NdArray y = b.selectAlongAxis(col, argmax, 1); // (P, C)
    int c = xShape[1];
    NdArray out = y.reshape(p / (outH * outW), outH * outW, c).transpose(0, 2, 1);
    return new NdArray[] {out.reshape(p / (outH * outW), c, outH, outW)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] out = new Variable[3];
    out[0] = new RoiPoolingGrad(table, len, argmax, xShape).applyOne(gy[0]);
    return out;
  }
}
