package dl.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Chain;
import dl.api.Config;
import dl.api.NdArrays;
import dl.api.Rng;
import dl.api.Scope;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.rnn.NStepOutput;
import dl.links.BatchNormalization;
import dl.links.ConvOptions;
import dl.links.Convolution2D;
import dl.links.EmbedID;
import dl.links.LSTM;
import dl.links.Linear;
import dl.links.NStepLSTM;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Chainer's example model shapes written with Catena's links and trained a few steps (small and
 * fast; they show the models can be written and learn, not their accuracy): a ResNet block with
 * batch normalization, an LSTM language model with truncated backprop, and a seq2seq model with
 * NStepLSTM encoder and decoder.
 */
class ExampleModelsTest {
  /**
   * conv-bn-relu-conv-bn plus the identity, then relu (He et al., 2016, Chainer's BuildingBlock).
   */
  static final class Block extends Chain {
    final Convolution2D c1;
    final Convolution2D c2;
    final BatchNormalization b1;
    final BatchNormalization b2;

    Block(int ch) {
      c1 =
          addLink("c1", new Convolution2D(ConvOptions.of(2, ch, 3).inChannels(ch).pad(1).nobias()));
      b1 = addLink("b1", new BatchNormalization(ch));
      c2 =
          addLink("c2", new Convolution2D(ConvOptions.of(2, ch, 3).inChannels(ch).pad(1).nobias()));
      b2 = addLink("b2", new BatchNormalization(ch));
    }

    @Override
    protected Variable forward(Variable... x) {
      Variable h = F.relu(b1.call(c1.call(x[0])));
      return F.relu(F.add(b2.call(c2.call(h)), x[0]));
    }
  }

  static final class TinyResNet extends Chain {
    final Convolution2D stem;
    final BatchNormalization bn;
    final Block block;
    final Linear fc;

    TinyResNet() {
      stem = addLink("stem", new Convolution2D(ConvOptions.of(2, 4, 3).pad(1).nobias()));
      bn = addLink("bn", new BatchNormalization());
      block = addLink("block", new Block(4));
      fc = addLink("fc", new Linear(2));
    }

    @Override
    protected Variable forward(Variable... x) {
      Variable h = block.call(F.relu(bn.call(stem.call(x[0]))));
      return fc.call(F.mean(h, 2, 3)); // global average pooling
    }
  }

  private static float[] uniform(SplittableRandom r, int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) r.nextDouble(-1, 1);
    }
    return v;
  }

  @Test
  void resNetBlockWithBatchNormalizationLearns() {
    Rng.seed(1);
    SplittableRandom r = new SplittableRandom(2);
    int n = 8;
    float[] xv = uniform(r, n * 3 * 5 * 5);
    int[] t = new int[n];
    for (int i = 0; i < n; i++) { // the label: whether channel 0 is brighter on average
      double s = 0;
      for (int k = 0; k < 25; k++) {
        s += xv[i * 75 + k];
      }
      t[i] = s > 0 ? 1 : 0;
      for (int k = 0; k < 25; k++) { // make the classes separable
        xv[i * 75 + k] += t[i] == 1 ? 0.5f : -0.5f;
      }
    }
    Variable x = new Variable(NdArrays.of(xv, n, 3, 5, 5));
    Variable labels = Variable.constant(NdArrays.of(t, n));
    TinyResNet model = new TinyResNet();
    Adam opt = new Adam(0.01).setup(model); // before the lazy stem and bn exist
    double first = F.softmaxCrossEntropy(model.call(x), labels).item();
    for (int step = 0; step < 20; step++) {
      opt.update(() -> F.softmaxCrossEntropy(model.call(x), labels));
    }
    double last = F.softmaxCrossEntropy(model.call(x), labels).item();
    assertTrue(last < 0.5 * first, "loss " + first + " -> " + last);
    assertArrayEquals(new int[] {4, 3, 3, 3}, model.stem.W.shape());
    assertNotEquals(0.0, model.bn.avgMean().toDoubleArray()[0]);
    try (Scope s = Config.using(Config.Key.TRAIN, false)) { // running statistics in test mode
      double test = F.softmaxCrossEntropy(model.call(x), labels).item();
      assertTrue(Double.isFinite(test) && test < first, "test-mode loss " + test);
    }
  }

  static final class LanguageModel extends Chain {
    final EmbedID embed;
    final LSTM lstm;
    final Linear out;

    LanguageModel(int vocab, int units) {
      embed = addLink("embed", new EmbedID(vocab, units));
      lstm = addLink("lstm", new LSTM(units, units));
      out = addLink("out", new Linear(units, vocab));
    }

    @Override
    protected Variable forward(Variable... ids) {
      return out.call(lstm.call(embed.call(ids[0])));
    }
  }

  @Test
  void lstmLanguageModelWithTruncatedBackpropLearns() {
    Rng.seed(3);
    int vocab = 5;
    int[] corpus = new int[40]; // a cyclic "text": 0 1 2 3 4 0 1 ...
    for (int i = 0; i < corpus.length; i++) {
      corpus[i] = i % vocab;
    }
    LanguageModel lm = new LanguageModel(vocab, 8);
    Adam opt = new Adam(0.05).setup(lm);
    int bptt = 5;
    double[] losses = new double[8];
    for (int it = 0; it < losses.length; it++) {
      lm.lstm.resetState();
      Variable loss = null;
      for (int k = 0; k < bptt; k++) { // batch of 2 streams at offsets 0 and 17
        int p = (it * bptt + k) % (corpus.length - 20);
        Variable x = Variable.constant(NdArrays.of(new int[] {corpus[p], corpus[p + 17]}, 2));
        Variable t = Variable.constant(NdArrays.of(new int[] {corpus[p + 1], corpus[p + 18]}, 2));
        Variable l = F.softmaxCrossEntropy(lm.call(x), t);
        loss = loss == null ? l : F.add(loss, l);
      }
      Variable total = loss;
      losses[it] = total.item() / bptt;
      opt.update(() -> total);
    }
    assertTrue(losses[7] < 0.5 * losses[0], java.util.Arrays.toString(losses));
  }

  static final class Seq2seq extends Chain {
    final EmbedID embedX;
    final EmbedID embedY;
    final NStepLSTM encoder;
    final NStepLSTM decoder;
    final Linear w;

    Seq2seq(int vocab, int units) {
      embedX = addLink("embed_x", new EmbedID(vocab, units));
      embedY = addLink("embed_y", new EmbedID(vocab, units));
      encoder = addLink("encoder", new NStepLSTM(1, units, units, 0.1));
      decoder = addLink("decoder", new NStepLSTM(1, units, units, 0.1));
      w = addLink("W", new Linear(units, vocab));
    }

    /** Chainer's seq2seq example: teacher forcing with EOS (id 0) before and after the target. */
    Variable loss(List<int[]> xs, List<int[]> ys) {
      List<Variable> ex = new ArrayList<>();
      List<Variable> eyIn = new ArrayList<>();
      List<Variable> outs = new ArrayList<>();
      for (int i = 0; i < xs.size(); i++) {
        ex.add(embedX.call(Variable.constant(NdArrays.of(xs.get(i), xs.get(i).length))));
        int[] y = ys.get(i);
        int[] in = new int[y.length + 1];
        int[] out = new int[y.length + 1];
        System.arraycopy(y, 0, in, 1, y.length);
        System.arraycopy(y, 0, out, 0, y.length);
        eyIn.add(embedY.call(Variable.constant(NdArrays.of(in, in.length))));
        outs.add(Variable.constant(NdArrays.of(out, out.length)));
      }
      NStepOutput enc = encoder.call(null, null, ex);
      NStepOutput dec = decoder.call(enc.hy(), enc.cy(), eyIn);
      Variable h = F.concat(dec.ys().toArray(new Variable[0]), 0);
      Variable t = F.concat(outs.toArray(new Variable[0]), 0);
      return F.softmaxCrossEntropy(w.call(h), t);
    }
  }

  @Test
  void seq2seqWithNStepLstmLearnsToReverse() {
    Rng.seed(5);
    List<int[]> xs = List.of(new int[] {1, 2, 3}, new int[] {4, 1}, new int[] {2, 4, 3, 1});
    List<int[]> ys = new ArrayList<>();
    for (int[] x : xs) {
      int[] y = new int[x.length];
      for (int i = 0; i < x.length; i++) {
        y[i] = x[x.length - 1 - i];
      }
      ys.add(y);
    }
    Seq2seq model = new Seq2seq(5, 8);
    Adam opt = new Adam(0.05).setup(model);
    double first = model.loss(xs, ys).item();
    for (int step = 0; step < 15; step++) {
      opt.update(() -> model.loss(xs, ys));
    }
    double last;
    try (Scope s = Config.using(Config.Key.TRAIN, false)) { // no dropout
      last = model.loss(xs, ys).item();
    }
    assertTrue(last < 0.5 * first, "loss " + first + " -> " + last);
  }
}
