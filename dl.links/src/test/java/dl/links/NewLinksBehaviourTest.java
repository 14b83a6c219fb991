package dl.links;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Chain;
import dl.api.Config;
import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.Link;
import dl.api.NdArrays;
import dl.api.Scope;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.functions.rnn.NStepOutput;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Lazy shapes, errors, copies, providers and parameter names of the connection and RNN links. */
class NewLinksBehaviourTest {
  private static Variable rand(long seed, int... shape) {
    int n = 1;
    for (int s : shape) {
      n *= s;
    }
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) r.nextDouble(-1, 1);
    }
    return new Variable(NdArrays.of(v, shape));
  }

  @Test
  void lazyConvolutionTakesItsChannelsFromTheFirstInput() {
    Convolution2D c = new Convolution2D(ConvOptions.of(2, 6, 3, 2).groups(3));
    assertFalse(c.W.isInitialized());
    assertEquals(-1, c.inChannels());
    Variable y = c.call(rand(1, 2, 9, 5, 4));
    assertArrayEquals(new int[] {6, 3, 3, 2}, c.W.shape());
    assertArrayEquals(new int[] {2, 6, 3, 3}, y.shape());
    assertEquals(9, c.inChannels());
    DeconvolutionND d = new Deconvolution2D(4, 2);
    assertArrayEquals(new int[] {1, 4, 3, 3}, d.call(rand(2, 1, 3, 2, 2)).shape());
    assertArrayEquals(new int[] {3, 4, 2, 2}, d.W.shape());
    DepthwiseConvolution2D dw = new DepthwiseConvolution2D(null, 3, 1, 1, 0, false, null, null);
    assertFalse(dw.b.isInitialized());
    assertArrayEquals(new int[] {1, 6, 2, 2}, dw.call(rand(3, 1, 2, 2, 2)).shape());
    assertArrayEquals(new int[] {6}, dw.b.shape());
    assertArrayEquals(new int[] {4, 3, 3, 3}, new Convolution2D(3, 4, 3).W.shape());
    assertArrayEquals(new int[] {3, 4, 3, 3}, new Deconvolution2D(3, 4, 3).W.shape());
    DeconvolutionND sized = new DeconvolutionND(ConvOptions.of(2, 1, 3).stride(2).outsize(6, 6));
    assertArrayEquals(new int[] {1, 1, 6, 6}, sized.call(rand(4, 1, 2, 3, 3)).shape());
  }

  @Test
  void wrongChannelsNameTheLinkPathAndBothSizes() {
    Chain net =
        new Chain() {
          {
            addLink("conv", new Convolution2D(3, 4, 3, 1, 1));
          }
        };
    Link conv = net.child("conv");
    InvalidTypeException e =
        assertThrows(InvalidTypeException.class, () -> conv.call(rand(1, 1, 2, 4, 4)));
    assertTrue(
        e.getMessage().contains("/conv")
            && e.getMessage().contains("x.shape[1] == 3")
            && e.getMessage().contains("x.shape[1] == 2"),
        e.getMessage());
    e = assertThrows(InvalidTypeException.class, () -> conv.call(rand(1, 2, 3, 4)));
    assertTrue(e.getMessage().contains("x.ndim == 4"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ConvOptions.of(2, 4, 3).groups(3));
    assertThrows(IllegalArgumentException.class, () -> ConvOptions.of(2, 4, 3, 3, 3));
    assertThrows(IllegalArgumentException.class, () -> new Convolution2D(ConvOptions.of(3, 4, 3)));
  }

  @Test
  void copiesKeepTheClassAndConfiguration() {
    Convolution1D c = new Convolution1D(2, 3, 2, 1, 1);
    Convolution1D init = c.copy(Link.CopyMode.INIT);
    assertArrayEquals(c.W.shape(), init.W.shape());
    assertNotEquals(c.W.array().toDoubleArray()[0], init.W.array().toDoubleArray()[0]);
    Convolution2D lazy = new DilatedConvolution2D(ConvOptions.of(2, 2, 3).dilate(2));
    Link twin = lazy.copy(Link.CopyMode.COPY);
    assertInstanceOf(DilatedConvolution2D.class, twin);
    EmbedID e = new EmbedID(4, 2, null, 0);
    EmbedID ec = e.copy(Link.CopyMode.COPY);
    assertEquals(0, ec.ignoreLabel());
    assertArrayEquals(e.W.array().toDoubleArray(), ec.W.array().toDoubleArray());
    NStepBiLSTM rnn = new NStepBiLSTM(2, 3, 4, 0.1);
    NStepBiLSTM rc = rnn.copy(Link.CopyMode.COPY);
    assertEquals(rnn.namedParams().keySet(), rc.namedParams().keySet());
    assertEquals(rnn.countParams(), rc.countParams());
  }

  @Test
  void nStepParametersAreNamedAsChainer() {
    NStepLSTM lstm = new NStepLSTM(2, 3, 4, 0.0);
    Map<String, dl.api.Parameter> p = lstm.namedParams();
    assertEquals(2 * 16, p.size());
    assertArrayEquals(new int[] {4, 3}, p.get("/0/w0").shape());
    assertArrayEquals(new int[] {4, 4}, p.get("/0/w4").shape());
    assertArrayEquals(new int[] {4, 4}, p.get("/1/w0").shape());
    assertArrayEquals(new int[] {4}, p.get("/1/b7").shape());
    NStepBiGRU bigru = new NStepBiGRU(2, 3, 4, 0.0);
    assertArrayEquals(new int[] {4, 8}, bigru.namedParams().get("/2/w0").shape());
    assertArrayEquals(new int[] {4, 4}, bigru.namedParams().get("/3/w5").shape());
    assertEquals(4 * 12, bigru.namedParams().size());
    for (double b : lstm.namedParams().get("/0/b1").array().toDoubleArray()) {
      assertEquals(0.0, b);
    }
  }

  @Test
  void nStepDropoutIsOffInTestModeAndStatesAreChecked() {
    NStepLSTM a = new NStepLSTM(2, 3, 2, 0.5);
    NStepLSTM b = new NStepLSTM(2, 3, 2, 0.0);
    b.copyparams(a);
    List<Variable> xs = List.of(rand(1, 2, 3), rand(2, 4, 3));
    try (Scope s = Config.using(Config.Key.TRAIN, false)) {
      NStepOutput ya = a.call(null, null, xs);
      NStepOutput yb = b.call(null, null, xs);
      assertArrayEquals(
          yb.ys().get(1).array().toDoubleArray(), ya.ys().get(1).array().toDoubleArray());
      assertArrayEquals(new int[] {2, 2, 2}, ya.cy().shape());
    }
    NStepOutput train = a.call(null, null, xs);
    assertArrayEquals(new int[] {4, 2}, train.ys().get(1).shape());
    InvalidTypeException e =
        assertThrows(InvalidTypeException.class, () -> a.call(rand(3, 1, 2, 2), null, xs));
    assertTrue(e.getMessage().contains("(2, 2, 2)"), e.getMessage());
    assertThrows(InvalidTypeException.class, () -> a.call(null, null, List.of(rand(4, 2, 5))));
    assertThrows(UnsupportedOperationException.class, () -> a.call(rand(5, 2, 3)));
    NStepGRU gru = new NStepGRU(1, 3, 2, 0.0);
    NStepOutput g = gru.call(null, xs);
    assertNull(g.cy());
  }

  @Test
  void providersBuildTheLinks() {
    Engine en = Engine.get();
    Convolution2D c =
        assertInstanceOf(
            Convolution2D.class,
            en.link("Convolution2D")
                .create(Map.of("in_channels", 3, "out_channels", 4, "ksize", 3, "pad", 1)));
    assertArrayEquals(new int[] {4, 3, 3, 3}, c.W.shape());
    ConvolutionND nd =
        assertInstanceOf(
            ConvolutionND.class,
            en.link("ConvolutionND")
                .create(Map.of("ndim", 3, "outChannels", 2, "ksize", List.of(1, 2, 3))));
    assertEquals(-1, nd.inChannels());
    assertInstanceOf(
        Deconvolution3D.class,
        en.link("Deconvolution3D").create(Map.of("out_channels", 2, "ksize", 2, "stride", 2)));
    assertInstanceOf(
        DepthwiseConvolution2D.class,
        en.link("DepthwiseConvolution2D").create(Map.of("channel_multiplier", 2, "ksize", 3)));
    assertInstanceOf(
        DilatedConvolution2D.class,
        en.link("DilatedConvolution2D").create(Map.of("out_channels", 2, "ksize", 3, "dilate", 2)));
    EmbedID e =
        assertInstanceOf(
            EmbedID.class, en.link("EmbedID").create(Map.of("in_size", 10, "out_size", 3)));
    assertArrayEquals(new int[] {10, 3}, e.W.shape());
    assertInstanceOf(
        Bilinear.class,
        en.link("Bilinear").create(Map.of("left_size", 2, "right_size", 3, "out_size", 4)));
    for (String n :
        List.of(
            "NStepLSTM",
            "NStepBiLSTM",
            "NStepGRU",
            "NStepBiGRU",
            "NStepRNNTanh",
            "NStepRNNReLU",
            "NStepBiRNNTanh",
            "NStepBiRNNReLU")) {
      Link l =
          en.link(n).create(Map.of("n_layers", 1, "in_size", 3, "out_size", 2, "dropout", 0.0));
      assertEquals(n, l.getClass().getSimpleName());
    }
  }

  @Test
  void mlpConvolutionAndInceptionAreLazyAndRegistered() {
    MLPConvolution2D mlp =
        (MLPConvolution2D)
            Engine.get()
                .link("MLPConvolution2D")
                .create(Map.of("out_channels", List.of(4, 3), "ksize", 3, "pad", 1));
    assertArrayEquals(new int[] {2, 3, 5, 5}, mlp.call(rand(1, 2, 2, 5, 5)).shape());
    assertArrayEquals(new int[] {4, 2, 3, 3}, mlp.namedParams().get("/0/W").shape());
    assertArrayEquals(new int[] {3, 4, 1, 1}, mlp.namedParams().get("/1/W").shape());
    Inception inc =
        (Inception)
            Engine.get()
                .link("Inception")
                .create(
                    Map.of(
                        "out1", 1, "proj3", 2, "out3", 3, "proj5", 1, "out5", 2, "proj_pool", 2));
    assertArrayEquals(new int[] {1, 8, 3, 3}, inc.call(rand(2, 1, 3, 3, 3)).shape());
    Inception copy = inc.copy(Link.CopyMode.INIT);
    assertEquals(inc.countParams(), copy.countParams());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Engine.get()
                    .link("NStepGRU")
                    .create(Map.of("n_layers", 1, "in_size", 3, "out_size", 2)));
    assertTrue(e.getMessage().contains("'dropout' is required"), e.getMessage());
  }

  @Test
  void embeddingsAreNormalOfScaleOne() {
    dl.api.Rng.seed(4);
    try (Scope s = Config.using(Config.Key.DTYPE, DType.FLOAT64)) {
      double[] w = new EmbedID(400, 50).W.array().toDoubleArray();
      double sq = 0;
      for (double v : w) {
        sq += v * v;
      }
      // σ = 1; the relative standard error of the estimate is √(1/(2n)) = 0.5% for n = 20,000
      assertEquals(1.0, Math.sqrt(sq / w.length), 5 * Math.sqrt(1.0 / (2 * w.length)));
    }
  }
}
