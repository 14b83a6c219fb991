package dl.functions.loss;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.GradientCheck;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** softmax_cross_entropy with an ignored label, unnormalised, per-sample and on a 3-d input. */
class SoftmaxCrossEntropyTest {
  abstract static class Base extends FunctionTestCase {
    boolean normalize() {
      return true;
    }

    String reduce() {
      return "mean";
    }

    int[] shape() {
      return new int[] {5, 4};
    }

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      int[] s = shape();
      int[] ts = new int[s.length - 1];
      ts[0] = s[0];
      System.arraycopy(s, 2, ts, 1, s.length - 2);
      TestArray t = TestArray.integers(rng, 0, s[1], ts);
      t.data()[1] = -1; // one ignored label
      return new TestArray[] {TestArray.uniform(rng, dtype, -2, 2, s), t};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.softmaxCrossEntropy(in[0], in[1], -1, normalize(), reduce())};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      int[] s = shape();
      int n = s[0];
      int c = s[1];
      int inner = s.length == 3 ? s[2] : 1;
      double[] each = new double[n * inner];
      int count = 0;
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < inner; k++) {
          int label = (int) in[1].data()[i * inner + k];
          if (label == -1) {
            continue;
          }
          double sum = 0;
          for (int j = 0; j < c; j++) {
            sum += Math.exp(in[0].data()[(i * c + j) * inner + k]);
          }
          each[i * inner + k] = Math.log(sum) - in[0].data()[(i * c + label) * inner + k];
          count++;
        }
      }
      if (reduce().equals("no")) {
        return new TestArray[] {new TestArray(each, in[1].shape(), in[0].dtype())};
      }
      double total = 0;
      for (double v : each) {
        total += v;
      }
      return new TestArray[] {
        TestArray.of(in[0].dtype(), new double[] {total / (normalize() ? count : n)})
      };
    }
  }

  @Nested
  class Default extends Base {}

  @Nested
  class NotNormalized extends Base {
    @Override
    boolean normalize() {
      return false;
    }
  }

  @Nested
  class ReduceNo extends Base {
    @Override
    String reduce() {
      return "no";
    }
  }

  @Nested
  class SpatialInput extends Base {
    @Override
    int[] shape() {
      return new int[] {2, 3, 2};
    }
  }

  static final double[] W = {0.5, 2.0, 1.5, 0.25};

  /** Class weights: each label's loss times w[t]; the mean still divides by the label count. */
  abstract static class Weighted extends FunctionTestCase {
    abstract String reduce();

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      TestArray t = TestArray.integers(rng, 0, 4, 5);
      t.data()[2] = -1;
      return new TestArray[] {TestArray.uniform(rng, dtype, -2, 2, 5, 4), t};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      var w = in[0].array().backend().fromArray(W, 4).astype(in[0].dtype());
      return new Variable[] {
        F.softmaxCrossEntropy(in[0], in[1], true, w, -1, reduce(), "cross-entropy")
      };
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] each = new double[5];
      double total = 0;
      int count = 0;
      for (int i = 0; i < 5; i++) {
        int label = (int) in[1].data()[i];
        if (label == -1) {
          continue;
        }
        double sum = 0;
        for (int j = 0; j < 4; j++) {
          sum += Math.exp(in[0].get(i, j));
        }
        each[i] = W[label] * (Math.log(sum) - in[0].get(i, label));
        total += each[i];
        count++;
      }
      if (reduce().equals("no")) {
        return new TestArray[] {new TestArray(each, new int[] {5}, in[0].dtype())};
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), new double[] {total / count})};
    }
  }

  @Nested
  class WeightedMean extends Weighted {
    @Override
    String reduce() {
      return "mean";
    }
  }

  @Nested
  class WeightedNo extends Weighted {
    @Override
    String reduce() {
      return "no";
    }
  }

  /** Soft targets on a (2, 3, 2) input: rows of t sum to 1 along axis 1. */
  abstract static class Soft extends FunctionTestCase {
    abstract String loss();

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      TestArray p = TestArray.uniform(rng, dtype, 0.1, 1, 2, 3, 2);
      double[] d = p.data().clone();
      for (int i = 0; i < 2; i++) {
        for (int k = 0; k < 2; k++) {
          double s = 0;
          for (int c = 0; c < 3; c++) {
            s += d[(i * 3 + c) * 2 + k];
          }
          for (int c = 0; c < 3; c++) {
            d[(i * 3 + c) * 2 + k] /= s;
          }
        }
      }
      TestArray t = TestArray.of(dtype, d, 2, 3, 2);
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -2, 2, 2, 3, 2),
        dtype == DType.FLOAT32 ? t.map(v -> (float) v) : t
      };
    }

    @Override
    protected GradientCheck.Options backwardOptions(DType dtype) {
      return GradientCheck.options().withNoGrads(false, true); // targets are constants here
    }

    @Override
    protected GradientCheck.Options doubleBackwardOptions(DType dtype) {
      return GradientCheck.doubleBackwardOptions().withNoGrads(false, true);
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.softmaxCrossEntropy(in[0], in[1], true, null, -1, "mean", loss())};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double total = 0;
      for (int i = 0; i < 2; i++) {
        for (int k = 0; k < 2; k++) {
          double z = 0;
          for (int c = 0; c < 3; c++) {
            z += Math.exp(in[0].get(i, c, k));
          }
          for (int c = 0; c < 3; c++) {
            double t = in[1].get(i, c, k);
            double logY = in[0].get(i, c, k) - Math.log(z);
            total += loss().equals("kl-divergence") ? t * (Math.log(t + 1e-7) - logY) : -t * logY;
          }
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), new double[] {total / 4})};
    }
  }

  @Nested
  class SoftCrossEntropy extends Soft {
    @Override
    String loss() {
      return "cross-entropy";
    }
  }

  @Nested
  class SoftKl extends Soft {
    @Override
    String loss() {
      return "kl-divergence";
    }
  }

  @Test
  void classWeightShapeChecked() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable t = new Variable(NdArrays.of(new int[] {0, 1}, 2), null, false);
    InvalidTypeException e =
        assertThrows(
            InvalidTypeException.class,
            () ->
                F.softmaxCrossEntropy(
                    x, t, true, NdArrays.zeros(DType.FLOAT32, 2), -1, "mean", "cross-entropy"));
    assertTrue(e.getMessage().contains("class_weight"), e.getMessage());
  }

  @Test
  void outOfRangeLabelNamesValueAndRange() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable t = new Variable(NdArrays.of(new int[] {0, 3}, 2), null, false);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> F.softmaxCrossEntropy(x, t));
    assertTrue(
        e.getMessage().contains("label 3") && e.getMessage().contains("0 <= t < 3"),
        e.getMessage());
  }

  @Test
  void floatLabelsAreATypeError() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable t = new Variable(NdArrays.zeros(DType.FLOAT32, 2));
    InvalidTypeException e =
        assertThrows(InvalidTypeException.class, () -> F.softmaxCrossEntropy(x, t));
    assertTrue(e.getMessage().contains("t.dtype == int32"), e.getMessage());
  }
}
