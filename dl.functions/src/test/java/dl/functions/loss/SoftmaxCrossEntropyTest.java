package dl.functions.loss;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
