package dl.functions.pooling;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** spatial_pyramid_pooling_2d: levels of window maxima, flattened and concatenated. */
class SpatialPyramidPooling2dTest {
  @Nested
  class TwoLevelsMax extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {NaivePool.distinct(rng, t, 2, 2, 5, 5)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.spatialPyramidPooling2d(in[0], 2, "max")};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      // level 0: one 5x5 window; level 1: kernel ceil(5/2) = 3, stride 3, pad (6−5)/2 = 0
      TestArray l0 = NaivePool.pool(in[0], 5, 5, 0, true, 0);
      TestArray l1 = NaivePool.pool(in[0], 3, 3, 0, true, 0);
      double[] y = new double[2 * 10];
      for (int n = 0; n < 2; n++) {
        for (int c = 0; c < 2; c++) {
          y[n * 10 + c] = l0.data()[n * 2 + c];
          for (int b = 0; b < 4; b++) {
            y[n * 10 + 2 + c * 4 + b] = l1.data()[(n * 2 + c) * 4 + b];
          }
        }
      }
      return new TestArray[] {new TestArray(y, new int[] {2, 10, 1, 1}, in[0].dtype())};
    }
  }

  @Test
  void unknownPoolingIsRejected() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 4, 4));
    assertThrows(IllegalArgumentException.class, () -> F.spatialPyramidPooling2d(x, 2, "median"));
  }
}
