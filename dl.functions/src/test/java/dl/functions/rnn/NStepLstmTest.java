package dl.functions.rnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.Config;
import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Rng;
import dl.api.Scope;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.TestArray;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** n_step_lstm and n_step_bilstm: two layers over sequences of lengths 3, 2, 1. */
class NStepLstmTest {
  @Nested
  class TwoLayers extends NStepCase {
    TwoLayers() {
      super(
          "n_step_lstm",
          new RnnRef("lstm", 2, false, new int[] {3, 2, 1}, 3, 2),
          Map.of("n_layers", 2, "dropout_ratio", 0.0));
    }
  }

  @Nested
  class BiTwoLayers extends NStepCase {
    BiTwoLayers() {
      super(
          "n_step_bilstm",
          new RnnRef("lstm", 2, true, new int[] {2, 2, 1}, 2, 2),
          Map.of("n_layers", 2));
    }
  }

  static Variable v(TestArray a) {
    return new Variable(a.to(NdArrays.zeros(DType.FLOAT64, 1).backend()));
  }

  @Test
  void facadeMatchesReferenceAndHasNoCellStateForGru() {
    RnnRef ref = new RnnRef("lstm", 1, false, new int[] {2, 1}, 3, 2);
    TestArray[] in = ref.inputs(DType.FLOAT64, new SplittableRandom(5));
    Variable[][] ws = new Variable[1][8];
    Variable[][] bs = new Variable[1][8];
    for (int j = 0; j < 8; j++) {
      ws[0][j] = v(in[2 + j]);
      bs[0][j] = v(in[10 + j]);
    }
    NStepOutput out =
        F.nStepLstm(1, 0.0, v(in[0]), v(in[1]), ws, bs, new Variable[] {v(in[18]), v(in[19])});
    TestArray[] e = ref.expected(in);
    assertArrayEquals(e[0].data(), out.hy().array().toDoubleArray(), 1e-12);
    assertArrayEquals(e[1].data(), out.cy().array().toDoubleArray(), 1e-12);
    assertArrayEquals(e[3].data(), out.ys().get(1).array().toDoubleArray(), 1e-12);
    assertEquals(4, out.toArray().length);
    RnnRef gru = new RnnRef("gru", 1, false, new int[] {1}, 2, 2);
    TestArray[] g = gru.inputs(DType.FLOAT64, new SplittableRandom(6));
    Variable[][] gw = {Arrays.stream(g, 1, 7).map(NStepLstmTest::v).toArray(Variable[]::new)};
    Variable[][] gb = {Arrays.stream(g, 7, 13).map(NStepLstmTest::v).toArray(Variable[]::new)};
    assertNull(F.nStepGru(1, 0.0, v(g[0]), gw, gb, new Variable[] {v(g[13])}).cy());
  }

  @Test
  @SuppressWarnings("try")
  void dropoutActsBetweenLayersOnlyInTraining() {
    RnnRef ref = new RnnRef("lstm", 2, false, new int[] {2, 1}, 3, 2);
    TestArray[] in = ref.inputs(DType.FLOAT64, new SplittableRandom(8));
    Variable[][] ws = new Variable[2][8];
    Variable[][] bs = new Variable[2][8];
    for (int l = 0; l < 2; l++) {
      for (int j = 0; j < 8; j++) {
        ws[l][j] = v(in[2 + 8 * l + j]);
        bs[l][j] = v(in[18 + 8 * l + j]);
      }
    }
    Variable[] xs = {v(in[34]), v(in[35])};
    double[] expected = ref.expected(in)[0].data();
    try (Scope s = Config.testMode()) {
      double[] hy =
          F.nStepLstm(2, 0.9, v(in[0]), v(in[1]), ws, bs, xs).hy().array().toDoubleArray();
      assertArrayEquals(expected, hy, 1e-12);
    }
    Rng.seed(2);
    double[] hy = F.nStepLstm(2, 0.9, v(in[0]), v(in[1]), ws, bs, xs).hy().array().toDoubleArray();
    // Layer 0 sees no dropout: its final state (rows 0..3) is unchanged; layer 1's differs.
    assertArrayEquals(Arrays.copyOf(expected, 4), Arrays.copyOf(hy, 4), 1e-12);
    assertNotEquals(
        Arrays.toString(Arrays.copyOfRange(expected, 4, 8)),
        Arrays.toString(Arrays.copyOfRange(hy, 4, 8)));
  }

  @Test
  void increasingBatchSizesAreRejected() {
    RnnRef ref = new RnnRef("lstm", 1, false, new int[] {1, 2}, 3, 2);
    TestArray[] in = ref.inputs(DType.FLOAT64, new SplittableRandom(5));
    Variable[][] ws = new Variable[1][8];
    Variable[][] bs = new Variable[1][8];
    for (int j = 0; j < 8; j++) {
      ws[0][j] = v(in[2 + j]);
      bs[0][j] = v(in[10 + j]);
    }
    Variable[] xs = {v(in[18]), v(in[19])};
    InvalidTypeException e =
        assertThrows(
            InvalidTypeException.class, () -> F.nStepLstm(1, 0.0, v(in[0]), v(in[1]), ws, bs, xs));
    assertEquals(
        "n_step_lstm: invalid argument xs[1] (input 4)\nExpect: shape (B_t, 3) with B_t <= 1"
            + " (non-increasing)\nActual: (2, 3)",
        e.getMessage());
  }
}
