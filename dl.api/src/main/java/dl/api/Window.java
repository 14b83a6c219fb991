package dl.api;

import java.util.Arrays;

/**
 * The geometry of an N-d sliding window for the optional convolution and pooling kernels of {@link
 * Backend}: kernel size, stride, padding and dilation per spatial axis, and Chainer's {@code
 * cover_all}. Output sizes follow Chainer's {@code get_conv_outsize}.
 *
 * <pre>{@code
 * Window w = Window.of(new int[] {3, 3}, new int[] {1, 1}, new int[] {1, 1}, null, false);
 * int[] out = w.outShape(new int[] {28, 28});   // [28, 28]
 * }</pre>
 */
public final class Window {
  private final int[] ksize;
  private final int[] stride;
  private final int[] pad;
  private final int[] dilate;
  private final boolean coverAll;

  private Window(int[] ksize, int[] stride, int[] pad, int[] dilate, boolean coverAll) {
    this.ksize = ksize;
    this.stride = stride;
    this.pad = pad;
    this.dilate = dilate;
    this.coverAll = coverAll;
  }

  /**
   * A window; {@code dilate} may be null (1 on every axis). All arrays have one entry per spatial
   * axis; sizes, strides and dilations are positive and pads non-negative.
   */
  public static Window of(int[] ksize, int[] stride, int[] pad, int[] dilate, boolean coverAll) {
    int nd = ksize.length;
    int[] d = dilate == null ? ones(nd) : dilate.clone();
    if (stride.length != nd || pad.length != nd || d.length != nd) {
      throw new IllegalArgumentException(
          "Window: ksize "
              + Arrays.toString(ksize)
              + ", stride "
              + Arrays.toString(stride)
              + ", pad "
              + Arrays.toString(pad)
              + " and dilate "
              + Arrays.toString(d)
              + " need one entry per spatial axis");
    }
    for (int i = 0; i < nd; i++) {
      if (ksize[i] <= 0 || stride[i] <= 0 || pad[i] < 0 || d[i] <= 0) {
        throw new IllegalArgumentException(
            "Window: on spatial axis "
                + i
                + " expected ksize, stride, dilate > 0 and pad >= 0, got "
                + ksize[i]
                + ", "
                + stride[i]
                + ", "
                + d[i]
                + " and "
                + pad[i]);
      }
    }
    return new Window(ksize.clone(), stride.clone(), pad.clone(), d, coverAll);
  }

  private static int[] ones(int n) {
    int[] a = new int[n];
    Arrays.fill(a, 1);
    return a;
  }

  /** Chainer's {@code get_conv_outsize(size, k, s, p, cover_all, d)}. */
  public static int outSize(int size, int k, int s, int p, boolean coverAll, int d) {
    int dk = k + (k - 1) * (d - 1);
    return coverAll ? (size + p * 2 - dk + s - 1) / s + 1 : (size + p * 2 - dk) / s + 1;
  }

  /** The output spatial shape over an input spatial shape. */
  public int[] outShape(int[] in) {
    int[] out = new int[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = outSize(in[i], ksize[i], stride[i], pad[i], coverAll, dilate[i]);
    }
    return out;
  }

  /** Number of spatial axes. */
  public int nd() {
    return ksize.length;
  }

  /** Kernel size per axis (a copy). */
  public int[] ksize() {
    return ksize.clone();
  }

  /** Stride per axis (a copy). */
  public int[] stride() {
    return stride.clone();
  }

  /** Padding per axis (a copy). */
  public int[] pad() {
    return pad.clone();
  }

  /** Dilation per axis (a copy). */
  public int[] dilate() {
    return dilate.clone();
  }

  /** Chainer's {@code cover_all}: extra output positions so that every input is covered. */
  public boolean coverAll() {
    return coverAll;
  }

  /** Product of the kernel sizes. */
  public int kernelSize() {
    return Shapes.size(ksize);
  }

  @Override
  public String toString() {
    return "Window(ksize="
        + Arrays.toString(ksize)
        + ", stride="
        + Arrays.toString(stride)
        + ", pad="
        + Arrays.toString(pad)
        + ", dilate="
        + Arrays.toString(dilate)
        + ", coverAll="
        + coverAll
        + ")";
  }
}
