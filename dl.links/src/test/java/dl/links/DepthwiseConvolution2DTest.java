package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/**
 * DepthwiseConvolution2D(3 channels, multiplier 2, k 2, stride 1, pad 1) on x (2, 3, 3, 3): output
 * channel {@code c·2 + m} is channel c convolved with {@code W[m, c]}.
 */
class DepthwiseConvolution2DTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    DepthwiseConvolution2D c = new DepthwiseConvolution2D(3, 2, 2, 1, 1);
    Ref.randomize(c.b, new SplittableRandom(3), -1, 1);
    return c;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3, 3, 3)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    TestArray w = param(link, "/W"); // (2, 3, 2, 2)
    double[] g = new double[w.size()]; // as a grouped filter (6, 1, 2, 2)
    for (int m = 0; m < 2; m++) {
      for (int c = 0; c < 3; c++) {
        for (int k = 0; k < 4; k++) {
          g[(c * 2 + m) * 4 + k] = w.data()[(m * 3 + c) * 4 + k];
        }
      }
    }
    TestArray wg = TestArray.of(w.dtype(), g, 6, 1, 2, 2);
    return new TestArray[] {
      ConvRef.conv(
          in[0], wg, param(link, "/b"), new int[] {1, 1}, new int[] {1, 1}, new int[] {1, 1}, 3)
    };
  }
}
