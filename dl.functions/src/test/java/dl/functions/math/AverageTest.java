package dl.functions.math;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** average: unweighted, weighted along one axis, weighted over all axes (positive weights). */
class AverageTest {
  @Nested
  class Unweighted extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 3, 4)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.average(in[0], new int[] {0}, null, false)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {Ref.reduce(in[0], new int[] {0}, false, Double::sum).map(v -> v / 3)};
    }
  }

  @Nested
  class WeightedAxis extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 3, 4), TestArray.uniform(rng, dtype, 0.5, 2, 4)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.average(in[0], new int[] {1}, in[1], true)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] d = new double[3];
      double ws = 0;
      for (int j = 0; j < 4; j++) {
        ws += in[1].get(j);
      }
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 4; j++) {
          d[i] += in[0].get(i, j) * in[1].get(j) / ws;
        }
      }
      return new TestArray[] {new TestArray(d, new int[] {3, 1}, in[0].dtype())};
    }
  }

  @Nested
  class WeightedAll extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 2, 3), TestArray.uniform(rng, dtype, 0.5, 2, 2, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.average(in[0], null, in[1], false)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double s = 0;
      double ws = 0;
      for (int i = 0; i < 6; i++) {
        s += in[0].data()[i] * in[1].data()[i];
        ws += in[1].data()[i];
      }
      return new TestArray[] {new TestArray(new double[] {s / ws}, new int[0], in[0].dtype())};
    }
  }

  @Test
  void badWeightsAreRefused() {
    Variable x = new Variable(NdArrays.of(new float[12], 3, 4));
    Variable w3 = new Variable(NdArrays.of(new float[] {1, 1, 1}, 3));
    assertThrows(InvalidTypeException.class, () -> F.average(x, new int[] {1}, w3, false));
    assertThrows(InvalidTypeException.class, () -> F.average(x, new int[] {0, 1}, w3, false));
    assertThrows(InvalidTypeException.class, () -> F.average(x, null, w3, false));
  }
}
