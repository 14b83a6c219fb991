package dl.functions.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * resize_images(mode="nearest") against Chainer 7.8.1's rule written out: output row i reads input
 * row min(floor(i·H/outH), H − 1), likewise columns; align_corners does not change it.
 */
class ResizeNearestTest {
  abstract static class Base extends FunctionTestCase {
    abstract int outH();

    abstract int outW();

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 2, 3, 4)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.resizeImages(in[0], outH(), outW(), "nearest", false)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      int oh = outH();
      int ow = outW();
      double[] out = new double[4 * oh * ow];
      for (int p = 0; p < 4; p++) {
        for (int i = 0; i < oh; i++) {
          for (int j = 0; j < ow; j++) {
            int r = (int) Math.min(Math.floor(i * (3.0 / oh)), 2);
            int c = (int) Math.min(Math.floor(j * (4.0 / ow)), 3);
            out[(p * oh + i) * ow + j] = in[0].data()[p * 12 + r * 4 + c];
          }
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), out, 2, 2, oh, ow)};
    }
  }

  /** Upsampling 3x4 to 7x9 (rows and columns read more than once). */
  @Nested
  class Up extends Base {
    @Override
    int outH() {
      return 7;
    }

    @Override
    int outW() {
      return 9;
    }
  }

  /** Downsampling 3x4 to 2x3. */
  @Nested
  class Down extends Base {
    @Override
    int outH() {
      return 2;
    }

    @Override
    int outW() {
      return 3;
    }
  }

  @Test
  void byNameAndByHand() {
    // x (1, 1, 2, 2) = [[1, 2], [3, 4]] to (3, 3): rows 0, 0, 1 and columns 0, 0, 1.
    Variable x = new Variable(NdArrays.of(new double[] {1, 2, 3, 4}, 1, 1, 2, 2));
    Variable y =
        Engine.get()
            .function("resize_images")
            .apply(Map.of("output_shape", new int[] {3, 3}, "mode", "nearest"), x)[0];
    assertArrayEquals(new double[] {1, 1, 2, 1, 1, 2, 3, 3, 4}, y.array().toDoubleArray(), 0);
  }
}
