package dl.functions.loss;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** gaussian_nll, gaussian_kl_divergence and bernoulli_nll with each reduction. */
class GaussianAndBernoulliTest {
  static TestArray reduced(TestArray e, String reduce) {
    if (reduce.equals("no")) {
      return e;
    }
    double s = 0;
    for (double v : e.data()) {
      s += v;
    }
    return TestArray.of(e.dtype(), new double[] {reduce.equals("sum") ? s : s / e.size()});
  }

  abstract static class Nll extends FunctionTestCase {
    abstract String reduce();

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 2, 3),
        TestArray.uniform(rng, dtype, -1, 1, 2, 3),
        TestArray.uniform(rng, dtype, -1, 1, 2, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.gaussianNll(in[0], in[1], in[2], reduce())};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[6];
      for (int i = 0; i < 6; i++) {
        double x = in[0].data()[i];
        double m = in[1].data()[i];
        double lv = in[2].data()[i];
        o[i] = 0.5 * Math.log(2 * Math.PI) + 0.5 * lv + (x - m) * (x - m) / (2 * Math.exp(lv));
      }
      return new TestArray[] {reduced(TestArray.of(in[0].dtype(), o, 2, 3), reduce())};
    }
  }

  @Nested
  class NllSum extends Nll {
    @Override
    String reduce() {
      return "sum";
    }
  }

  @Nested
  class NllNo extends Nll {
    @Override
    String reduce() {
      return "no";
    }
  }

  abstract static class Kl extends FunctionTestCase {
    abstract String reduce();

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 3, 2), TestArray.uniform(rng, dtype, -1, 1, 3, 2)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.gaussianKlDivergence(in[0], in[1], reduce())};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      TestArray e = Ref.binary(in[0], in[1], (m, lv) -> 0.5 * (m * m + Math.exp(lv) - lv - 1));
      return new TestArray[] {reduced(e, reduce())};
    }
  }

  @Nested
  class KlSum extends Kl {
    @Override
    String reduce() {
      return "sum";
    }
  }

  @Nested
  class KlMean extends Kl {
    @Override
    String reduce() {
      return "mean";
    }
  }

  abstract static class Bernoulli extends FunctionTestCase {
    abstract String reduce();

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, 0, 1, 2, 3), Ref.awayFromZero(rng, dtype, 0.1, 3, 2, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.bernoulliNll(in[0], in[1], reduce())};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      // -[x log p + (1 - x) log(1 - p)] with p = sigmoid(y)
      TestArray e =
          Ref.binary(
              in[0],
              in[1],
              (x, y) -> {
                double p = 1 / (1 + Math.exp(-y));
                return -(x * Math.log(p) + (1 - x) * Math.log(1 - p));
              });
      return new TestArray[] {reduced(e, reduce())};
    }
  }

  @Nested
  class BernoulliSum extends Bernoulli {
    @Override
    String reduce() {
      return "sum";
    }
  }

  @Nested
  class BernoulliNo extends Bernoulli {
    @Override
    String reduce() {
      return "no";
    }
  }

  @org.junit.jupiter.api.Test
  void badReduce() {
    Variable a = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2));
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> F.gaussianKlDivergence(a, a, "avg"));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("avg"), e.getMessage());
  }
}
