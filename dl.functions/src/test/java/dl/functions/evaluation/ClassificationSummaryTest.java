package dl.functions.evaluation;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/**
 * classification_summary, precision, recall and f1_score on a fixed 3-class case with an ignored
 * label, hand-counted; a class never predicted gives NaN precision as NumPy.
 */
class ClassificationSummaryTest {
  // argmax of the rows: 0, 1, 1, 2, 0, 1, 0 ; labels: 0, 1, 2, 2, -1, 0, 0
  static final double[] Y = {
    5, 1, 0, //
    0, 3, 1, //
    0, 4, 2, //
    1, 0, 2, //
    3, 1, 1, //
    0, 2, 1, //
    2, 1, 0
  };
  static final double[] T = {0, 1, 2, 2, -1, 0, 0};

  abstract static class Base extends FunctionTestCase {
    @Override
    protected boolean skipBackward() {
      return true; // not differentiable
    }

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.of(dtype, Y, 7, 3), TestArray.of(DType.INT32, T, 7)};
    }
  }

  // per class: tp = (2, 1, 1), predicted = (2, 3, 1), support = (3, 1, 2)
  static final double[] P = {1.0, 1 / 3.0, 1.0};
  static final double[] R = {2 / 3.0, 1.0, 0.5};

  static double fbeta(double p, double r, double beta) {
    return (1 + beta * beta) * p * r / (beta * beta * p + r);
  }

  @Nested
  class Summary extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return F.classificationSummary(in[0], in[1], null, 2.0, -1);
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] f = new double[3];
      for (int c = 0; c < 3; c++) {
        f[c] = fbeta(P[c], R[c], 2.0);
      }
      DType d = in[0].dtype();
      return new TestArray[] {
        TestArray.of(d, P, 3),
        TestArray.of(d, R, 3),
        TestArray.of(d, f, 3),
        TestArray.of(DType.INT32, new double[] {3, 1, 2}, 3)
      };
    }
  }

  @Nested
  class PrecisionRecallF1 extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {
        F.precision(in[0], in[1])[0], F.recall(in[0], in[1])[0], F.f1Score(in[0], in[1])[0]
      };
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] f = new double[3];
      for (int c = 0; c < 3; c++) {
        f[c] = fbeta(P[c], R[c], 1.0);
      }
      DType d = in[0].dtype();
      return new TestArray[] {TestArray.of(d, P, 3), TestArray.of(d, R, 3), TestArray.of(d, f, 3)};
    }
  }

  @org.junit.jupiter.api.Test
  void neverPredictedClassIsNaNAndLabelNumChecked() {
    Variable y = new Variable(dl.api.NdArrays.of(new float[] {1, 0, 1, 0}, 2, 2));
    Variable t = new Variable(dl.api.NdArrays.of(new int[] {0, 1}, 2), null, false);
    Variable[] s = F.classificationSummary(y, t);
    org.junit.jupiter.api.Assertions.assertTrue(Double.isNaN(s[0].array().getDouble(1)));
    org.junit.jupiter.api.Assertions.assertEquals(0.0, s[1].array().getDouble(1));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> F.classificationSummary(y, t, 1, 1.0, -1));
  }
}
