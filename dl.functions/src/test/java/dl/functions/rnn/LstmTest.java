package dl.functions.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** lstm: gates interleaved per unit as (a, i, f, o); c_prev rows beyond x's batch carried over. */
class LstmTest {
  static double sig(double v) {
    return 1 / (1 + Math.exp(-v));
  }

  /** Expected (c, h) for c_prev (B', N, R...) and x (B, 4N, R...), R the trailing size. */
  static TestArray[] expected(TestArray c, TestArray x) {
    int bc = c.shape()[0];
    int n = c.shape()[1];
    int b = x.shape()[0];
    int rest = c.size() / (bc * n);
    double[] cn = c.data().clone();
    double[] h = new double[b * n * rest];
    for (int q = 0; q < b; q++) {
      for (int u = 0; u < n; u++) {
        for (int r = 0; r < rest; r++) {
          double[] g = new double[4];
          for (int k = 0; k < 4; k++) {
            g[k] = x.data()[((q * 4 * n) + 4 * u + k) * rest + r];
          }
          int at = (q * n + u) * rest + r;
          cn[at] = Math.tanh(g[0]) * sig(g[1]) + sig(g[2]) * c.data()[at];
          h[at] = sig(g[3]) * Math.tanh(cn[at]);
        }
      }
    }
    int[] hs = x.shape().clone();
    hs[1] = n;
    return new TestArray[] {
      new TestArray(cn, c.shape(), c.dtype()), new TestArray(h, hs, c.dtype())
    };
  }

  @Nested
  class CarriesRows extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 3, 2), TestArray.uniform(rng, dtype, -2, 2, 2, 8)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return F.lstm(in[0], in[1]);
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return expected(in[0], in[1]);
    }
  }

  @Nested
  class TrailingAxes extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 2, 1, 3), TestArray.uniform(rng, dtype, -2, 2, 2, 4, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return dl.api.spi.Engine.get().function("lstm").apply(java.util.Map.of(), in);
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return expected(in[0], in[1]);
    }
  }

  @Test
  void gateAxisMustBeFourTimesUnits() {
    Variable c = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 8));
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> F.lstm(c, x));
    assertEquals(
        "lstm: invalid argument x (input 1)\nExpect: x.shape[1:] == (4 * c_prev.shape[1],"
            + " c_prev.shape[2:]...) for c_prev.shape (2, 3)\nActual: x.shape == (2, 8)",
        e.getMessage());
  }

  @Test
  void batchLargerThanStateIsRejected() {
    Variable c = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 2));
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 8));
    assertThrows(InvalidTypeException.class, () -> F.lstm(c, x));
  }
}
