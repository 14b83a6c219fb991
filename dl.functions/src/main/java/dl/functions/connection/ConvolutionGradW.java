package dl.functions.connection;

import dl.api.Config;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.Window;
import java.util.Arrays;

/**
 * The weight gradient of {@link ConvolutionNd}: {@code gW (OC, C, *k) = gyᵀ·im2col(x)} for inputs
 * {@code x (N, C, *S)} and {@code gy (N, OC, *Out)}. Its own backward is a deconvolution (for
 * {@code x}) and a convolution (for {@code gy}), so convolutions are twice differentiable.
 *
 * <pre>{@code
 * Variable gW = new ConvolutionGradW(ksize, stride, pad, dilate, false).applyOne(x, gy);
 * }</pre>
 */
public final class ConvolutionGradW extends FunctionNode {
  private final int[] ksize;
  private final int[] stride;
  private final int[] pad;
  private final int[] dilate;
  private final boolean coverAll;

  public ConvolutionGradW(int[] ksize, int[] stride, int[] pad, int[] dilate, boolean coverAll) {
    this.ksize = ksize.clone();
    this.stride = stride.clone();
    this.pad = pad.clone();
    this.dilate = dilate.clone();
    this.coverAll = coverAll;
  }

  @Override
  public String label() {
    return "convolution_nd_grad_w";
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0, 1);
    NdArray x = in[0];
    NdArray gy = in[1];
    int[] xs = x.shape();
    int n = xs[0];
    int c = xs[1];
    int oc = gy.shape()[1];
    ConvGeometry g =
        ConvGeometry.of(
            label(), Arrays.copyOfRange(xs, 2, xs.length), ksize, stride, pad, dilate, coverAll);
    int[] wShape = new int[2 + ksize.length];
    wShape[0] = oc;
    wShape[1] = c;
    System.arraycopy(ksize, 0, wShape, 2, ksize.length);
    NdArray whole =
        Config.useKernels()
            ? x.backend()
                .convolutionGradFilter(
                    x, gy, wShape, Window.of(ksize, stride, pad, dilate, coverAll))
            : null;
    if (whole != null) {
      return new NdArray[] {whole};
    }
    int no = g.outSize();
    int nk = g.kSize();
    NdArray col = Im2Col.gather(x, g, 0).reshape(n * no, nk * c);
    NdArray gyt = oc == 1 ? gy.reshape(n * no, 1) : gy.reshape(n, oc, no).transpose(0, 2, 1);
    NdArray gw = gyt.reshape(n * no, oc).matmul(col, true, false); // (OC, K·C)
    NdArray out = c == 1 ? gw : gw.reshape(oc, nk, c).transpose(0, 2, 1);
    return new NdArray[] {out.reshape(wShape)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] ggw) {
    Variable[] xg = retainedInputs();
    Variable x = xg[0];
    Variable gy = xg[1];
    int[] xs = x.shape();
    Variable[] out = new Variable[2];
    for (int t : targets) {
      if (t == 0) {
        int[] outsize = Arrays.copyOfRange(xs, 2, xs.length);
        out[0] = new DeconvolutionNd(stride, pad, dilate, outsize).applyOne(gy, ggw[0]);
      } else {
        out[1] = new ConvolutionNd(stride, pad, dilate, coverAll).applyOne(x, ggw[0]);
      }
    }
    return out;
  }
}
