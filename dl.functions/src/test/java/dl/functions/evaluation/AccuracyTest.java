package dl.functions.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** accuracy of argmax predictions, with and without an ignored label; not differentiable. */
class AccuracyTest {
  abstract static class Base extends FunctionTestCase {
    Integer ignore() {
      return null;
    }

    @Override
    protected boolean skipBackward() {
      return true;
    }

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      TestArray t = TestArray.integers(rng, 0, 3, 10);
      if (ignore() != null) { // without ignore_label, -1 is out of range (an error, see below)
        t.data()[0] = -1;
        t.data()[4] = -1;
      }
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 10, 3), t};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.accuracy(in[0], in[1], ignore())};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      int hits = 0;
      int total = 0;
      for (int i = 0; i < 10; i++) {
        int t = (int) in[1].data()[i];
        if (ignore() != null && t == ignore()) {
          continue;
        }
        int best = 0;
        for (int j = 1; j < 3; j++) {
          best = in[0].get(i, j) > in[0].get(i, best) ? j : best;
        }
        hits += best == t ? 1 : 0;
        total++;
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), new double[] {(double) hits / total})};
    }
  }

  @Nested
  class CountsEveryLabel extends Base {}

  @Nested
  class IgnoresLabel extends Base {
    @Override
    Integer ignore() {
      return -1;
    }
  }

  @Test
  void knownValuesAndAllIgnored() {
    Variable y = new Variable(NdArrays.of(new float[] {0.1f, 0.9f, 0.8f, 0.2f, 0.3f, 0.7f}, 3, 2));
    Variable t = new Variable(NdArrays.of(new int[] {1, 0, 0}, 3), null, false);
    assertEquals(2.0 / 3, F.accuracy(y, t).item(), 1e-6);
    assertEquals(DType.FLOAT32, F.accuracy(y, t).dtype());
    Variable none = new Variable(NdArrays.of(new int[] {-1, -1, -1}, 3), null, false);
    assertEquals(0, F.accuracy(y, none, -1).item());
  }

  @Test
  void aLabelOutsideTheClassRangeIsAClearError() {
    Variable y = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 10));
    Variable t = new Variable(NdArrays.of(new int[] {3, 12}, 2), null, false);
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> F.accuracy(y, t));
    assertEquals(
        "accuracy: invalid argument t (input 1)\nExpect: 0 <= t < y.shape[1] (10)\n"
            + "Actual: t[1] == 12",
        e.getMessage());
    Variable ignored = new Variable(NdArrays.of(new int[] {0, -1}, 2), null, false);
    assertEquals(1.0, F.accuracy(y, ignored, -1).item(), 0);
    Variable negative = new Variable(NdArrays.of(new int[] {0, -3}, 2), null, false);
    e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> F.accuracy(y, negative, -1));
    assertEquals(
        "accuracy: invalid argument t (input 1)\nExpect: 0 <= t < y.shape[1] (10) or t =="
            + " ignore_label (-1)\nActual: t[1] == -3",
        e.getMessage());
  }
}
