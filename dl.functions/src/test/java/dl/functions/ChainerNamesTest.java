package dl.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.api.spi.FunctionProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Chainer's {@code chainer.functions} (7.8.1), name by name with each function's keyword arguments
 * (the non-array parameters, from Chainer's reference pages): every name Catena implements resolves
 * through {@code Engine.get().function(name)} and reads every one of those keywords under Chainer's
 * spelling. Array parameters (W, b, gamma, t, ...) are inputs and are not listed.
 */
class ChainerNamesTest {
  /** Chainer's name, then its keyword arguments. */
  static final String[][] CHAINER = {
    // activation
    {"clipped_relu", "z"},
    {"crelu", "axis"},
    {"elu", "alpha"},
    {"hard_sigmoid"},
    {"leaky_relu", "slope"},
    {"log_softmax", "axis"},
    {"maxout", "pool_size", "axis"},
    {"prelu"},
    {"relu"},
    {"relu6"},
    {"rrelu", "l", "u", "r", "return_r"},
    {"selu", "alpha", "scale"},
    {"sigmoid"},
    {"softmax", "axis"},
    {"softplus", "beta"},
    {"swish"},
    {"tanh"},
    // array
    {"as_strided", "shape", "strides", "storage_offset"},
    {"broadcast"},
    {"broadcast_to", "shape"},
    {"cast", "typ"},
    {"concat", "axis"},
    {"copy", "dst"},
    {"depth2space", "r"},
    {"diagonal", "offset", "axis1", "axis2"},
    {"dstack"},
    {"expand_dims", "axis"},
    {"flatten"},
    {"flip", "axis"},
    {"fliplr"},
    {"flipud"},
    {"get_item", "slices"},
    {"hstack"},
    {"im2col", "ksize", "stride", "pad", "cover_all", "dilate"},
    {"moveaxis", "source", "destination"},
    {"pad", "pad_width", "mode", "constant_values"},
    {"pad_sequence", "length", "padding"},
    {"permutate", "axis", "inv"},
    {"repeat", "repeats", "axis"},
    {"reshape", "shape"},
    {"resize_images", "output_shape", "mode", "align_corners"},
    {"rollaxis", "axis", "start"},
    {"scatter_add", "slices"},
    {"select_item"},
    {"separate", "axis"},
    {"space2depth", "r"},
    {"spatial_transformer_grid", "output_shape"},
    {"spatial_transformer_sampler"},
    {"split_axis", "indices_or_sections", "axis", "force_tuple"},
    {"squeeze", "axis"},
    {"stack", "axis"},
    {"swapaxes", "axis1", "axis2"},
    {"tile", "reps"},
    {"transpose", "axes"},
    {"transpose_sequence"},
    {"vstack"},
    {"where"},
    // connection
    {"bilinear"},
    {"convolution_1d", "stride", "pad", "cover_all", "dilate", "groups"},
    {"convolution_2d", "stride", "pad", "cover_all", "dilate", "groups"},
    {"convolution_3d", "stride", "pad", "cover_all", "dilate", "groups"},
    {"convolution_nd", "stride", "pad", "cover_all", "dilate", "groups"},
    {"deconvolution_1d", "stride", "pad", "outsize", "dilate", "groups"},
    {"deconvolution_2d", "stride", "pad", "outsize", "dilate", "groups"},
    {"deconvolution_3d", "stride", "pad", "outsize", "dilate", "groups"},
    {"deconvolution_nd", "stride", "pad", "outsize", "dilate", "groups"},
    {"deformable_convolution_2d_sampler", "stride", "pad"},
    {"depthwise_convolution_2d", "stride", "pad"},
    {"dilated_convolution_2d", "stride", "pad", "dilate", "cover_all"},
    {"embed_id", "ignore_label"},
    {"linear", "n_batch_axes"},
    {"local_convolution_2d", "stride"},
    {"shift", "ksize", "dilate"},
    // evaluation
    {"accuracy", "ignore_label"},
    {"binary_accuracy"},
    {"classification_summary", "label_num", "beta", "ignore_label"},
    {"f1_score", "label_num", "ignore_label"},
    {"precision", "label_num", "ignore_label"},
    {"recall", "label_num", "ignore_label"},
    {"r2_score", "sample_weight", "multioutput"},
    // loss
    {"absolute_error"},
    {"bernoulli_nll", "reduce"},
    {"black_out", "reduce"},
    {
      "connectionist_temporal_classification",
      "blank_symbol",
      "input_length",
      "label_length",
      "reduce"
    },
    {"contrastive", "margin", "reduce"},
    {"crf1d", "reduce"},
    {"argmax_crf1d"},
    {"cross_covariance", "reduce"},
    {"decov", "reduce"},
    {"gaussian_kl_divergence", "reduce"},
    {"gaussian_nll", "reduce"},
    {"hinge", "norm", "reduce"},
    {"huber_loss", "delta", "reduce"},
    {"mean_absolute_error"},
    {"mean_squared_error"},
    {"negative_sampling", "sampler", "sample_size", "reduce"},
    {"sigmoid_cross_entropy", "normalize", "reduce"},
    {
      "softmax_cross_entropy",
      "normalize",
      "cache_score",
      "class_weight",
      "ignore_label",
      "reduce",
      "enable_double_backprop",
      "soft_target_loss"
    },
    {"squared_error"},
    {"triplet", "margin", "reduce"},
    // math
    {"absolute"},
    {"add"},
    {"arccos"},
    {"arcsin"},
    {"arctan"},
    {"arctan2"},
    {"arctanh"},
    {"argmax", "axis"},
    {"argmin", "axis"},
    {"average", "axis", "keepdims"},
    {"batch_det"},
    {"batch_inv"},
    {"batch_l2_norm_squared"},
    {"batch_matmul", "transa", "transb"},
    {"bias", "axis"},
    {"ceil"},
    {"cholesky"},
    {"clip", "x_min", "x_max"},
    {"cos"},
    {"cosh"},
    {"cumprod", "axis"},
    {"cumsum", "axis"},
    {"det"},
    {"digamma"},
    {"einsum"},
    {"erf"},
    {"erfc"},
    {"erfcinv"},
    {"erfcx"},
    {"erfinv"},
    {"exp"},
    {"expm1"},
    {"fft"},
    {"fix"},
    {"floor"},
    {"fmod"},
    {"identity"},
    {"ifft"},
    {"inv"},
    {"lgamma"},
    {"linear_interpolate"},
    {"log"},
    {"log10"},
    {"log1p"},
    {"log2"},
    {"log_ndtr"},
    {"logsumexp", "axis"},
    {"matmul", "transa", "transb"},
    {"max", "axis", "keepdims"},
    {"maximum"},
    {"mean", "axis", "keepdims"},
    {"min", "axis", "keepdims"},
    {"minimum"},
    {"ndtr"},
    {"ndtri"},
    {"polygamma"},
    {"prod", "axis", "keepdims"},
    {"rsqrt"},
    {"scale", "axis"},
    {"sign"},
    {"sin"},
    {"sinh"},
    {"sparse_matmul", "transa", "transb"},
    {"sqrt"},
    {"square"},
    {"squared_difference"},
    {"sum", "axis", "keepdims"},
    {"sum_to", "shape"},
    {"tan"},
    {"tensordot", "axes"},
    {"zeta"},
    // noise
    {"dropout", "ratio"},
    {"gaussian"},
    {"gumbel_softmax", "tau", "axis"},
    {"simplified_dropconnect", "ratio"},
    {"zoneout", "ratio"},
    // normalization
    {"batch_normalization", "eps", "running_mean", "running_var", "decay", "axis"},
    {"batch_renormalization", "eps", "running_mean", "running_var", "decay", "update_statistics"},
    {"decorrelated_batch_normalization", "groups", "eps", "decay"},
    {"fixed_batch_normalization", "eps", "axis"},
    {"fixed_batch_renormalization", "eps"},
    {"fixed_decorrelated_batch_normalization", "groups"},
    {"group_normalization", "groups", "eps"},
    {"layer_normalization", "eps"},
    {"local_response_normalization", "n", "k", "alpha", "beta"},
    {"normalize", "eps", "axis"},
    // pooling
    {"average_pooling_1d", "ksize", "stride", "pad", "pad_value"},
    {"average_pooling_2d", "ksize", "stride", "pad"},
    {"average_pooling_3d", "ksize", "stride", "pad", "pad_value"},
    {"average_pooling_nd", "ksize", "stride", "pad", "pad_value"},
    {"max_pooling_1d", "ksize", "stride", "pad", "cover_all"},
    {"max_pooling_2d", "ksize", "stride", "pad", "cover_all"},
    {"max_pooling_3d", "ksize", "stride", "pad", "cover_all"},
    {"max_pooling_nd", "ksize", "stride", "pad", "cover_all"},
    {"roi_average_align_2d", "outsize", "spatial_scale", "sampling_ratio"},
    {"roi_average_pooling_2d", "outsize", "spatial_scale"},
    {"roi_max_align_2d", "outsize", "spatial_scale", "sampling_ratio"},
    {"roi_max_pooling_2d", "outsize", "spatial_scale"},
    {"roi_pooling_2d", "outh", "outw", "spatial_scale"},
    {"spatial_pyramid_pooling_2d", "pyramid_height", "pooling"},
    {"unpooling_1d", "ksize", "stride", "pad", "outsize", "cover_all"},
    {"unpooling_2d", "ksize", "stride", "pad", "outsize", "cover_all"},
    {"unpooling_3d", "ksize", "stride", "pad", "outsize", "cover_all"},
    {"unpooling_nd", "ksize", "stride", "pad", "outsize", "cover_all"},
    {"upsampling_2d", "ksize", "stride", "pad", "outsize", "cover_all"},
    // rnn
    {"lstm"},
    {"slstm"},
    {"tree_lstm"},
    {"n_step_lstm", "n_layers", "dropout_ratio"},
    {"n_step_bilstm", "n_layers", "dropout_ratio"},
    {"n_step_gru", "n_layers", "dropout_ratio"},
    {"n_step_bigru", "n_layers", "dropout_ratio"},
    {"n_step_rnn", "n_layers", "dropout_ratio", "activation"},
    {"n_step_birnn", "n_layers", "dropout_ratio", "activation"},
    // util
    {"forget"},
  };

  /**
   * Chainer functions Catena does not implement yet (by name or in {@code F}). The test checks that
   * each is really absent, so implementing one means moving it out of this list.
   */
  static final Set<String> NOT_IN_CATENA =
      Set.of(
          "rrelu",
          "as_strided",
          "broadcast",
          "diagonal",
          "fliplr",
          "flipud",
          "spatial_transformer_grid",
          "spatial_transformer_sampler",
          "deformable_convolution_2d_sampler",
          "local_convolution_2d",
          "shift",
          "black_out",
          "crf1d",
          "argmax_crf1d",
          "cross_covariance",
          "decov",
          "batch_l2_norm_squared",
          "cholesky",
          "erfcinv",
          "erfcx",
          "erfinv",
          "fft",
          "fix",
          "ifft",
          "log_ndtr",
          "ndtr",
          "ndtri",
          "sparse_matmul",
          "zeta",
          "simplified_dropconnect",
          "decorrelated_batch_normalization",
          "fixed_batch_renormalization",
          "fixed_decorrelated_batch_normalization",
          "roi_average_align_2d",
          "roi_average_pooling_2d",
          "roi_max_align_2d",
          "roi_max_pooling_2d",
          "unpooling_1d",
          "unpooling_3d",
          "unpooling_nd",
          "slstm",
          "tree_lstm");

  private static Set<String> registered() {
    return new TreeSet<>(Engine.get().registeredNames(FunctionProvider.class));
  }

  @Test
  void everyChainerNameCatenaImplementsResolves() {
    Set<String> names = registered();
    List<String> missing = new ArrayList<>();
    Set<String> listed = new LinkedHashSet<>();
    for (String[] f : CHAINER) {
      assertTrue(listed.add(f[0]), "listed twice: " + f[0]);
      boolean absent = NOT_IN_CATENA.contains(f[0]);
      if (absent == names.contains(f[0])) {
        missing.add(f[0] + (absent ? " (resolves: take it off NOT_IN_CATENA)" : ""));
      } else if (!absent) {
        assertEquals(f[0], Engine.get().function(f[0]).name());
      }
    }
    assertTrue(missing.isEmpty(), "Chainer names that do not resolve: " + missing);
    assertTrue(listed.containsAll(NOT_IN_CATENA), "NOT_IN_CATENA names a function Chainer lacks");
    assertTrue(listed.size() > 200, "Chainer exports about 215 names, listed " + listed.size());
  }

  /**
   * The keys a provider looked up (with {@code get}, {@code getOrDefault} or {@code containsKey}).
   */
  private static final class Recording extends HashMap<String, Object> {
    final Set<String> read = new TreeSet<>();

    @Override
    public Object get(Object key) {
      read.add(String.valueOf(key));
      return super.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      read.add(String.valueOf(key));
      return super.containsKey(key);
    }

    @Override
    public Object getOrDefault(Object key, Object dflt) {
      read.add(String.valueOf(key));
      return super.getOrDefault(key, dflt);
    }
  }

  @Test
  void everyFunctionReadsChainersKeywordNames() {
    // Every keyword is given as null (absent, so defaults apply): whatever the call then does
    // with the dummy inputs, each keyword must have been looked up under Chainer's spelling.
    Variable[] dummy = new Variable[8];
    for (int i = 0; i < dummy.length; i++) {
      dummy[i] = new Variable(NdArrays.zeros(DType.FLOAT64, 2, 3, 4, 4));
    }
    Map<String, Set<String>> unread = new LinkedHashMap<>();
    for (String[] f : CHAINER) {
      if (NOT_IN_CATENA.contains(f[0]) || f.length == 1) {
        continue;
      }
      Recording o = new Recording();
      for (int k = 1; k < f.length; k++) {
        o.put(f[k], null);
      }
      Variable[] in = dummy;
      if (f[0].endsWith("_1d") || f[0].endsWith("_3d")) {
        // the dimension-specific names check x's rank first
        in = dummy.clone();
        in[0] =
            new Variable(
                NdArrays.zeros(
                    DType.FLOAT64,
                    f[0].endsWith("_1d") ? new int[] {2, 3, 4} : new int[] {2, 3, 4, 4, 4}));
      }
      try {
        Engine.get().function(f[0]).apply(o, in);
      } catch (RuntimeException | StackOverflowError e) {
        // dummy inputs: the call may fail after its options are read
      }
      Set<String> missed = new TreeSet<>(o.keySet());
      missed.removeAll(o.read);
      if (!missed.isEmpty()) {
        unread.put(f[0], missed);
      }
    }
    assertTrue(unread.isEmpty(), "Chainer keywords not read by name: " + unread);
  }

  @Test
  void anOptionTheCallDoesNotReadIsAnError() {
    Variable x = new Variable(NdArrays.of(new double[] {-1, 2}, 2));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Engine.get().function("cast").apply(Map.of("type", DType.FLOAT32), x));
    assertTrue(e.getMessage().contains("cast") && e.getMessage().contains("typ"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Engine.get().function("leaky_relu").apply(Map.of("alpha", 0.1), x));
    assertTrue(e.getMessage().contains("[alpha]") && e.getMessage().contains("slope"));
    Variable y = Engine.get().function("cast").apply(Map.of("typ", "float32"), x)[0];
    assertEquals(DType.FLOAT32, y.dtype());
    assertEquals(
        List.of(-1.0, 2.0), List.of(y.array().toDoubleArray()[0], y.array().toDoubleArray()[1]));
  }

  private static Variable var(NdArray a) {
    return new Variable(a);
  }

  private static void assertSame(Variable expected, Variable actual, String what) {
    assertEquals(
        java.util.Arrays.toString(expected.shape()), java.util.Arrays.toString(actual.shape()));
    double[] e = expected.array().toDoubleArray();
    double[] a = actual.array().toDoubleArray();
    for (int i = 0; i < e.length; i++) {
      if (Math.abs(e[i] - a[i]) > 1e-12) {
        fail(what + ": element " + i + " is " + a[i] + ", expected " + e[i]);
      }
    }
  }

  @Test
  void dimensionSpecificNamesAreTheNdFunctionsWithAShapeCheck() {
    java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
    double[] xs = rng.doubles(2 * 3 * 5 * 5, -1, 1).toArray();
    double[] ws = rng.doubles(4 * 3 * 3 * 3, -1, 1).toArray();
    Variable x = var(NdArrays.of(xs, 2, 3, 5, 5));
    Variable w = var(NdArrays.of(ws, 4, 3, 3, 3));
    assertSame(
        F.convolution2d(x, w, null, 2, 1),
        Engine.get().function("convolution_2d").apply(Map.of("stride", 2, "pad", 1), x, w)[0],
        "convolution_2d");
    assertSame(
        F.dilatedConvolution2d(x, w, null, 1, 2, 2),
        Engine.get()
            .function("dilated_convolution_2d")
            .apply(Map.of("pad", 2, "dilate", 2), x, w)[0],
        "dilated_convolution_2d");
    Variable wd = var(NdArrays.of(rng.doubles(3 * 4 * 2 * 2, -1, 1).toArray(), 3, 4, 2, 2));
    assertSame(
        F.deconvolution2d(x, wd, null, 2, 0),
        Engine.get().function("deconvolution_2d").apply(Map.of("stride", 2), x, wd)[0],
        "deconvolution_2d");
    Variable wdw = var(NdArrays.of(rng.doubles(2 * 3 * 3 * 3, -1, 1).toArray(), 2, 3, 3, 3));
    assertSame(
        F.depthwiseConvolution2d(x, wdw, null, 1, 1),
        Engine.get().function("depthwise_convolution_2d").apply(Map.of("pad", 1), x, wdw)[0],
        "depthwise_convolution_2d");
    assertSame(
        F.maxPooling2d(x, 2, 2, 0, true),
        Engine.get().function("max_pooling_2d").apply(Map.of("ksize", 2), x)[0],
        "max_pooling_2d");
    assertSame(
        F.averagePooling2d(x, 3, 2, 1),
        Engine.get()
            .function("average_pooling_2d")
            .apply(Map.of("ksize", 3, "stride", 2, "pad", 1), x)[0],
        "average_pooling_2d");
    // max_pooling_2d of a 2x2 window by hand: the maximum of x[0, 0, 0:2, 0:2].
    double m = Math.max(Math.max(xs[0], xs[1]), Math.max(xs[5], xs[6]));
    assertEquals(
        m,
        Engine.get()
            .function("max_pooling_2d")
            .apply(Map.of("ksize", 2), x)[0]
            .array()
            .toDoubleArray()[0]);
    Variable x3 = var(NdArrays.zeros(DType.FLOAT64, 1, 3, 2, 2, 2));
    dl.api.InvalidTypeException e =
        assertThrows(
            dl.api.InvalidTypeException.class,
            () -> Engine.get().function("convolution_2d").apply(Map.of(), x3, w));
    assertTrue(
        e.getMessage().contains("convolution_2d") && e.getMessage().contains("x.ndim == 4"),
        e.getMessage());
  }

  @Test
  void batchNormalizationByNameUpdatesTheRunningStatistics() {
    Variable x = var(NdArrays.of(new double[] {1, 2, 3, 5, 7, 11}, 3, 2));
    Variable gamma = var(NdArrays.of(new double[] {1, 1}, 2));
    Variable beta = var(NdArrays.of(new double[] {0, 0}, 2));
    NdArray mean = NdArrays.of(new double[] {0, 0}, 2);
    NdArray varr = NdArrays.of(new double[] {1, 1}, 2);
    Map<String, Object> o = new HashMap<>();
    o.put("running_mean", mean);
    o.put("running_var", varr);
    o.put("decay", 0.5);
    Engine.get().function("batch_normalization").apply(o, x, gamma, beta);
    // Chainer: avg = decay·avg + (1 − decay)·batch mean; var uses the unbiased m/(m − 1) factor.
    double m0 = (1 + 3 + 7) / 3.0;
    double m1 = (2 + 5 + 11) / 3.0;
    double v0 = ((1 - m0) * (1 - m0) + (3 - m0) * (3 - m0) + (7 - m0) * (7 - m0)) / 2;
    double v1 = ((2 - m1) * (2 - m1) + (5 - m1) * (5 - m1) + (11 - m1) * (11 - m1)) / 2;
    double[] gotMean = mean.toDoubleArray();
    double[] gotVar = varr.toDoubleArray();
    assertEquals(0.5 * m0, gotMean[0], 1e-12);
    assertEquals(0.5 * m1, gotMean[1], 1e-12);
    assertEquals(0.5 + 0.5 * v0, gotVar[0], 1e-12);
    assertEquals(0.5 + 0.5 * v1, gotVar[1], 1e-12);
  }

  @Test
  void roiPoolingTakesChainersRois() {
    // x (1, 1, 4, 4) = 0..15; one roi over columns 1..2, rows 0..3: (batch, x0, y0, x1, y1).
    double[] xs = new double[16];
    for (int i = 0; i < 16; i++) {
      xs[i] = i;
    }
    Variable x = var(NdArrays.of(xs, 1, 1, 4, 4));
    Variable rois = var(NdArrays.of(new double[] {0, 1, 0, 2, 3}, 1, 5));
    Map<String, Object> o = Map.of("outh", 2, "outw", 1, "spatial_scale", 1.0);
    Variable y = Engine.get().function("roi_pooling_2d").apply(o, x, rois)[0];
    // Rows 0..1 and 2..3 of columns 1..2: maxima x[1][2] = 6 and x[3][2] = 14.
    assertEquals(List.of(1, 1, 2, 1), List.of(1, 1, y.shape()[2], y.shape()[3]));
    double[] got = y.array().toDoubleArray();
    assertEquals(6, got[0]);
    assertEquals(14, got[1]);
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class,
            () -> F.roiPooling2d(x, var(NdArrays.of(new double[] {1, 0, 2, 3}, 1, 4)), 2, 1, 1));
    assertTrue(bad.getMessage().contains("(R, 5)"), bad.getMessage());
  }

  @Test
  void ctcTakesLengthsAsArrays() {
    java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
    Variable[] xs = new Variable[4];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = var(NdArrays.of(rng.doubles(2 * 3, -1, 1).toArray(), 2, 3));
    }
    Variable t = var(NdArrays.of(new int[] {1, 2, 1, 0}, 2, 2));
    Variable[] in = new Variable[xs.length + 1];
    System.arraycopy(xs, 0, in, 0, xs.length);
    in[xs.length] = t;
    Map<String, Object> o = new HashMap<>();
    o.put("blank_symbol", 0);
    o.put("input_length", NdArrays.of(new int[] {4, 3}, 2));
    o.put("label_length", var(NdArrays.of(new int[] {2, 1}, 2)));
    o.put("reduce", "no");
    Variable byName =
        Engine.get().function("connectionist_temporal_classification").apply(o, in)[0];
    Variable direct =
        F.connectionistTemporalClassification(xs, t, 0, new int[] {4, 3}, new int[] {2, 1}, "no");
    assertSame(direct, byName, "ctc");
  }
}
