package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** depth2space and space2depth with r = 2 in TensorFlow's channel order. */
class DepthSpaceTest {
  @Nested
  class Depth2SpaceCase extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 1, 8, 2, 3)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.depth2space(in[0], 2)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[2 * 4 * 6];
      for (int c = 0; c < 2; c++) {
        for (int h = 0; h < 2; h++) {
          for (int w = 0; w < 3; w++) {
            for (int i = 0; i < 2; i++) {
              for (int j = 0; j < 2; j++) {
                o[(c * 4 + h * 2 + i) * 6 + w * 2 + j] = in[0].get(0, (i * 2 + j) * 2 + c, h, w);
              }
            }
          }
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 1, 2, 4, 6)};
    }
  }

  @Nested
  class Space2DepthCase extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 1, 2, 4, 6)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.space2depth(in[0], 2)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[8 * 2 * 3];
      for (int c = 0; c < 2; c++) {
        for (int h = 0; h < 2; h++) {
          for (int w = 0; w < 3; w++) {
            for (int i = 0; i < 2; i++) {
              for (int j = 0; j < 2; j++) {
                o[(((i * 2 + j) * 2 + c) * 2 + h) * 3 + w] = in[0].get(0, c, h * 2 + i, w * 2 + j);
              }
            }
          }
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 1, 8, 2, 3)};
    }
  }

  @org.junit.jupiter.api.Test
  void channelsNotDivisible() {
    Variable x = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 1, 6, 2, 2));
    org.junit.jupiter.api.Assertions.assertThrows(
        dl.api.InvalidTypeException.class, () -> F.depth2space(x, 2));
    org.junit.jupiter.api.Assertions.assertThrows(
        dl.api.InvalidTypeException.class, () -> F.space2depth(x, 3));
  }
}
