package dl.functions;

import dl.api.Variable;
import dl.functions.array.Index;
import java.util.Arrays;

/**
 * ONNX's convolution, pooling and normalization operators run with Chainer's functions. ONNX's
 * {@code pads} ({@code [b1..bn, e1..en]}, or derived from {@code auto_pad}) may differ between
 * begin and end; Chainer's pad is symmetric, so a convolution pads zeros first and a transposed
 * convolution crops its output, both exact; pooling with asymmetric pads is not mapped.
 */
final class OnnxNnOps {
  private OnnxNnOps() {}

  private static Variable[] one(Variable y) {
    return new Variable[] {y};
  }

  private static int[] attr(OnnxNodeRun c, String name, int n, int dflt) {
    int[] a = c.ints(name);
    if (a == null) {
      a = new int[n];
      Arrays.fill(a, dflt);
    }
    return a;
  }

  /**
   * Begin and end pads ({@code [b1..bn, e1..en]}) of a convolution or pooling: explicit, or ONNX's
   * SAME_UPPER / SAME_LOWER (output {@code ceil(in / stride)}, the odd pad at the end / begin), or
   * VALID.
   */
  private static int[] pads(OnnxNodeRun c, int[] in, int[] k, int[] s, int[] d) {
    int n = in.length;
    String auto = c.node.stringAttr("auto_pad", "NOTSET");
    int[] p = new int[2 * n];
    if (auto.equals("SAME_UPPER") || auto.equals("SAME_LOWER")) {
      for (int i = 0; i < n; i++) {
        int out = (in[i] + s[i] - 1) / s[i];
        int total = Math.max(0, (out - 1) * s[i] + (k[i] - 1) * d[i] + 1 - in[i]);
        int small = total / 2;
        p[i] = auto.equals("SAME_UPPER") ? small : total - small;
        p[n + i] = total - p[i];
      }
    } else if (!auto.equals("VALID")) {
      int[] a = c.ints("pads");
      if (a != null) {
        p = a.clone();
      }
    }
    return p;
  }

  private static boolean symmetric(int[] p) {
    int n = p.length / 2;
    return Arrays.equals(Arrays.copyOf(p, n), Arrays.copyOfRange(p, n, 2 * n));
  }

  private static int[] spatial(Variable x) {
    return Arrays.copyOfRange(x.shape(), 2, x.ndim());
  }

  /** Conv: Chainer's convolution_nd; asymmetric pads become an explicit zero pad first. */
  static Variable[] conv(OnnxNodeRun c) {
    Variable x = c.x(0);
    Variable w = c.x(1);
    int n = x.ndim() - 2;
    int[] k = Arrays.copyOfRange(w.shape(), 2, w.ndim());
    int[] s = attr(c, "strides", n, 1);
    int[] d = attr(c, "dilations", n, 1);
    int[] p = pads(c, spatial(x), k, s, d);
    if (!symmetric(p)) {
      int[] width = new int[2 * (n + 2)];
      for (int i = 0; i < n; i++) {
        width[2 * (i + 2)] = p[i];
        width[2 * (i + 2) + 1] = p[n + i];
      }
      x = F.pad(x, width, "constant", 0);
      p = new int[2 * n];
    }
    Variable b = c.has(2) ? c.x(2) : null;
    int groups = (int) c.i("group", 1);
    return one(F.convolutionNd(x, w, b, s, Arrays.copyOf(p, n), false, d, groups));
  }

  /**
   * ConvTranspose: Chainer's deconvolution_nd at the full size {@code s(in-1) + (k-1)d + 1 +
   * output_padding} (its {@code outsize}), then ONNX's pads cropped off.
   */
  static Variable[] convTranspose(OnnxNodeRun c) {
    Variable x = c.x(0);
    Variable w = c.x(1);
    int n = x.ndim() - 2;
    int[] in = spatial(x);
    int[] k = Arrays.copyOfRange(w.shape(), 2, w.ndim());
    int[] s = attr(c, "strides", n, 1);
    int[] d = attr(c, "dilations", n, 1);
    int[] op = attr(c, "output_padding", n, 0);
    int[] full = new int[n];
    for (int i = 0; i < n; i++) {
      full[i] = s[i] * (in[i] - 1) + (k[i] - 1) * d[i] + 1 + op[i];
    }
    String auto = c.node.stringAttr("auto_pad", "NOTSET");
    int[] outShape = c.ints("output_shape");
    int[] p;
    if (outShape != null || auto.startsWith("SAME")) {
      p = new int[2 * n];
      for (int i = 0; i < n; i++) {
        int want = outShape != null ? outShape[i] : in[i] * s[i];
        int total = full[i] - want;
        // ONNX's pads from the total (floor division): a negative end pad extends the output.
        p[i] =
            auto.equals("SAME_UPPER") ? Math.floorDiv(total, 2) : total - Math.floorDiv(total, 2);
        p[n + i] = total - p[i];
        c.require(p[i] >= 0, "negative begin pad");
        if (p[n + i] < 0) {
          c.require(op[i] - p[n + i] < s[i], "output_shape beyond the stride");
          full[i] -= p[n + i];
          p[n + i] = 0;
        }
      }
    } else {
      p = auto.equals("VALID") ? new int[2 * n] : pads(c, in, k, s, d);
    }
    Variable b = c.has(2) ? c.x(2) : null;
    int groups = (int) c.i("group", 1);
    boolean plain = symmetric(p) && outShape == null && Arrays.stream(op).allMatch(v -> v == 0);
    if (plain) {
      return one(F.deconvolutionNd(x, w, b, s, Arrays.copyOf(p, n), null, d, groups));
    }
    Variable y = F.deconvolutionNd(x, w, b, s, new int[n], full, d, groups);
    Index[] idx = new Index[n + 2];
    Arrays.fill(idx, Index.all());
    for (int i = 0; i < n; i++) {
      idx[i + 2] = Index.slice(p[i], full[i] - p[n + i]);
    }
    return one(F.getItem(y, idx));
  }

  /** ONNX's pooled size: floor, or ceil without a window that starts past the input and pad. */
  private static int onnxOut(int in, int pb, int pe, int k, int s, boolean ceil) {
    int span = in + pb + pe - k;
    int out = (ceil ? (span + s - 1) / s : span / s) + 1;
    if (ceil && (out - 1) * s >= in + pb) {
      out--;
    }
    return out;
  }

  /**
   * MaxPool / AveragePool: symmetric pads, no dilation; ceil_mode where Chainer's output size
   * (cover_all for max pooling, floor for average pooling) equals ONNX's.
   */
  static Variable[] pool(OnnxNodeRun c, boolean max) {
    c.require(c.node.outputs().size() == 1, "Indices output");
    Variable x = c.x(0);
    int n = x.ndim() - 2;
    int[] in = spatial(x);
    int[] k = c.ints("kernel_shape");
    int[] s = attr(c, "strides", n, 1);
    int[] d = attr(c, "dilations", n, 1);
    c.require(Arrays.stream(d).allMatch(v -> v == 1), "dilations (Chainer's pooling has none)");
    int[] p = pads(c, in, k, s, d);
    boolean ceil = c.i("ceil_mode", 0) != 0;
    int[] chainerIn = in.clone();
    int[] chainerPad = Arrays.copyOf(p, n);
    if (!symmetric(p)) {
      // Max pooling never picks a -inf pad, so an explicit one is exact; averages would count it.
      c.require(max, "asymmetric pads");
      int[] width = new int[2 * (n + 2)];
      for (int i = 0; i < n; i++) {
        width[2 * (i + 2)] = p[i];
        width[2 * (i + 2) + 1] = p[n + i];
        chainerIn[i] += p[i] + p[n + i];
        chainerPad[i] = 0;
      }
      x = F.pad(x, width, "constant", Double.NEGATIVE_INFINITY);
    }
    for (int i = 0; i < n; i++) {
      int span = chainerIn[i] + 2 * chainerPad[i] - k[i];
      int chainer = (max && ceil ? (span + s[i] - 1) / s[i] : span / s[i]) + 1;
      c.require(
          chainer == onnxOut(in[i], p[i], p[n + i], k[i], s[i], ceil),
          "ceil_mode output size differs from Chainer's");
    }
    int[] pad = chainerPad;
    if (max) {
      return one(F.maxPoolingNd(x, k, s, pad, ceil));
    }
    return one(F.averagePoolingNd(x, k, s, pad, c.i("count_include_pad", 0) == 0));
  }

  /** GlobalAveragePool / GlobalMaxPool: mean / max over the spatial axes, kept. */
  static Variable[] globalPool(OnnxNodeRun c, boolean max) {
    Variable x = c.x(0);
    int[] axes = new int[x.ndim() - 2];
    for (int i = 0; i < axes.length; i++) {
      axes[i] = i + 2;
    }
    return one(max ? F.max(x, axes, true) : F.mean(x, axes, true));
  }

  /** Inference mode only: in training ONNX's running variance is biased, Chainer's unbiased. */
  static Variable[] batchNorm(OnnxNodeRun c) {
    c.require(c.i("training_mode", 0) == 0, "training_mode (running variance: Chainer unbiased)");
    c.require(c.node.outputs().size() == 1, "running statistics outputs");
    double eps = c.f("epsilon", 1e-5);
    return one(F.fixedBatchNormalization(c.x(0), c.x(1), c.x(2), c.x(3), c.x(4), eps, null));
  }

  /** InstanceNormalization: group normalization with one group per channel. */
  static Variable[] instanceNorm(OnnxNodeRun c) {
    Variable x = c.x(0);
    double eps = c.f("epsilon", 1e-5);
    return one(F.groupNormalization(x, x.shape()[1], c.x(1), c.x(2), eps));
  }

  /** GroupNormalization since opset 21 (per-channel scale and bias, as Chainer's). */
  static Variable[] groupNorm(OnnxNodeRun c) {
    c.require(c.opset >= 21, "per-group scale (opset < 21)");
    long groups = c.i("num_groups", -1);
    c.require(groups > 0, "no num_groups");
    double eps = c.f("epsilon", 1e-5);
    return one(F.groupNormalization(c.x(0), (int) groups, c.x(1), c.x(2), eps));
  }

  /**
   * LayerNormalization over the axes from {@code axis} on: Chainer's 2-d layer normalization of x
   * reshaped to (outer, inner); the optional Mean and InvStdDev outputs from mean and rsqrt.
   */
  static Variable[] layerNorm(OnnxNodeRun c) {
    Variable x = c.x(0);
    int nd = x.ndim();
    int axis = (int) c.i("axis", -1);
    axis = axis < 0 ? axis + nd : axis;
    double eps = c.f("epsilon", 1e-5);
    int[] shape = x.shape();
    int outer = 1;
    for (int i = 0; i < axis; i++) {
      outer *= shape[i];
    }
    int inner = x.size() / outer;
    Variable g = c.x(1);
    c.require(g.size() == inner, "scale broadcast over the normalized axes");
    Variable b = c.has(2) ? c.x(2) : null;
    c.require(b == null || b.size() == inner, "bias broadcast over the normalized axes");
    Variable x2 = F.reshape(x, outer, inner);
    Variable bias =
        b == null ? Variable.constant(x.array().backend().zeros(new int[] {inner}, x.dtype())) : b;
    Variable y =
        F.reshape(
            F.layerNormalization(x2, F.reshape(g, inner), F.reshape(bias, inner), eps), shape);
    int[] kept = shape.clone();
    Arrays.fill(kept, axis, nd, 1);
    Variable mean = F.mean(x2, new int[] {1}, true);
    Variable var =
        F.mean(F.square(F.sub(x2, F.broadcastTo(mean, outer, inner))), new int[] {1}, true);
    Variable inv = F.rsqrt(F.add(var, eps));
    Variable[] all = {y, F.reshape(mean, kept), F.reshape(inv, kept)};
    return Arrays.copyOf(all, c.node.outputs().size());
  }

  /** LRN: ONNX scales alpha by 1/size, Chainer does not; odd sizes (a centred window) only. */
  static Variable[] lrn(OnnxNodeRun c) {
    int size = (int) c.i("size", 0);
    c.require(size % 2 == 1, "even size (window not centred)");
    double alpha = c.f("alpha", 1e-4);
    return one(
        F.localResponseNormalization(
            c.x(0), size, c.f("bias", 1), alpha / size, c.f("beta", 0.75)));
  }

  /**
   * Resize of images (N, C, H, W) to integer sizes: linear as Chainer's bilinear resize_images
   * (align_corners; half_pixel as align_corners=False), nearest with integer factors as repeat
   * (half_pixel with round_prefer_floor picks {@code i / factor}). Scales must give integer sizes,
   * so that ONNX's scale equals the ratio of sizes Chainer uses.
   */
  static Variable[] resize(OnnxNodeRun c) {
    c.require(c.opset >= 11, "scales as input 1 (opset 10)");
    Variable x = c.x(0);
    c.require(x.ndim() == 4, "rank other than 4");
    c.require(c.i("antialias", 0) == 0, "antialias");
    c.require(
        c.node.stringAttr("keep_aspect_ratio_policy", "stretch").equals("stretch"),
        "keep_aspect_ratio_policy");
    int[] in = x.shape();
    int[] axes = c.ints("axes");
    if (axes == null) {
      axes = new int[] {0, 1, 2, 3};
    }
    int[] out = in.clone();
    if (c.has(3)) {
      int[] sizes = c.ints(3);
      for (int i = 0; i < axes.length; i++) {
        out[axes[i]] = sizes[i];
      }
    } else {
      double[] scales = c.constant(2).toDoubleArray();
      for (int i = 0; i < axes.length; i++) {
        double v = in[axes[i]] * (double) (float) scales[i];
        c.require(v == Math.rint(v), "scale giving a fractional size");
        out[axes[i]] = (int) v;
      }
    }
    c.require(out[0] == in[0] && out[1] == in[1], "resizing N or C");
    String mode = c.node.stringAttr("mode", "nearest");
    String ct = c.node.stringAttr("coordinate_transformation_mode", "half_pixel");
    if (mode.equals("linear")) {
      boolean halfPixel =
          ct.equals("half_pixel") || (ct.equals("pytorch_half_pixel") && out[2] > 1 && out[3] > 1);
      c.require(ct.equals("align_corners") || halfPixel, "coordinate mode " + ct);
      return one(F.resizeImages(x, out[2], out[3], ct.equals("align_corners")));
    }
    c.require(mode.equals("nearest"), "mode " + mode);
    c.require(ct.equals("half_pixel"), "nearest with coordinate mode " + ct);
    c.require(
        c.node.stringAttr("nearest_mode", "round_prefer_floor").equals("round_prefer_floor"),
        "nearest_mode " + c.node.stringAttr("nearest_mode", ""));
    return one(repeatUp(c, x, out));
  }

  /** Upsample (deprecated) nearest: each pixel repeated by the integer scale. */
  static Variable[] upsample(OnnxNodeRun c) {
    c.require(c.node.stringAttr("mode", "nearest").equals("nearest"), "mode linear (asymmetric)");
    Variable x = c.x(0);
    double[] scales = c.opset >= 9 ? c.constant(1).toDoubleArray() : null;
    c.require(scales != null, "scales attribute (opset 7)");
    int[] out = x.shape().clone();
    for (int i = 0; i < out.length; i++) {
      double v = out[i] * scales[i];
      c.require(v == Math.rint(v), "fractional scale");
      out[i] = (int) v;
    }
    return one(repeatUp(c, x, out));
  }

  private static Variable repeatUp(OnnxNodeRun c, Variable x, int[] out) {
    int[] in = x.shape();
    for (int a = 0; a < in.length; a++) {
      c.require(in[a] > 0 && out[a] % in[a] == 0, "non-integer nearest factor");
      if (out[a] != in[a]) {
        x = F.repeat(x, out[a] / in[a], a);
      }
    }
    return x;
  }

  /**
   * LpNormalization with p=2: Chainer's normalize with eps 0 ({@code x / ||x||}); ONNX defines a
   * zero slice's result as 0, where eps 0 gives 0/0, so such cases are not mapped.
   */
  static Variable[] lpNorm(OnnxNodeRun c) {
    c.require(c.i("p", 2) == 2, "p=1 (Chainer's normalize is L2)");
    Variable x = c.x(0);
    int axis = (int) c.i("axis", -1);
    axis = axis < 0 ? axis + x.ndim() : axis;
    for (double v : F.sum(F.square(x), axis).array().toDoubleArray()) {
      c.require(v > 0, "a zero slice (0/0 without Chainer's eps)");
    }
    return one(F.normalize(x, 0, axis));
  }
}
