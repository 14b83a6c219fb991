package dl.functions.loss;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;

/** negative_sampling with a fixed sampler, one ignored row, summed and per row. */
class NegativeSamplingTest {
  static final int[] NEG = {1, 4, 0, 2, 2, 3, 4, 1}; // (4, 2) sampled ids
  static final Function<int[], NdArray> SAMPLER = shape -> NdArrays.of(NEG, shape);

  abstract static class Base extends FunctionTestCase {
    abstract String reduce();

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 4, 3),
        TestArray.of(DType.INT32, new double[] {0, 3, -1, 2}, 4),
        TestArray.uniform(rng, dtype, -1, 1, 5, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.negativeSampling(in[0], in[1], in[2], SAMPLER, 2, reduce())};
    }

    static double softplus(double v) {
      return Math.log1p(Math.exp(v));
    }

    static double dot(TestArray w, int row, TestArray x, int i) {
      double s = 0;
      for (int k = 0; k < 3; k++) {
        s += w.get(row, k) * x.get(i, k);
      }
      return s;
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[4];
      double sum = 0;
      for (int i = 0; i < 4; i++) {
        int t = (int) in[1].data()[i];
        if (t == -1) {
          continue;
        }
        o[i] = softplus(-dot(in[2], t, in[0], i));
        for (int j = 0; j < 2; j++) {
          o[i] += softplus(dot(in[2], NEG[i * 2 + j], in[0], i));
        }
        sum += o[i];
      }
      if (reduce().equals("no")) {
        return new TestArray[] {TestArray.of(in[0].dtype(), o, 4)};
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), new double[] {sum})};
    }
  }

  @Nested
  class Sum extends Base {
    @Override
    String reduce() {
      return "sum";
    }
  }

  @Nested
  class No extends Base {
    @Override
    String reduce() {
      return "no";
    }
  }

  @org.junit.jupiter.api.Test
  void labelOutOfRange() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 4, 3));
    Variable w = new Variable(NdArrays.zeros(DType.FLOAT32, 5, 3));
    Variable t = new Variable(NdArrays.of(new int[] {0, 5, 1, 1}, 4), null, false);
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> F.negativeSampling(x, t, w, SAMPLER, 2, "sum"));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("label 5"), e.getMessage());
  }
}
