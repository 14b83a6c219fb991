package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Convolution3D(2, 2, k (2, 1, 2), nobias) on x (1, 2, 3, 2, 3). */
class Convolution3DTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    return new Convolution3D(ConvOptions.of(3, 2, 2, 1, 2).inChannels(2).nobias());
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 1, 2, 3, 2, 3)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    return new TestArray[] {
      ConvRef.conv(
          in[0],
          param(link, "/W"),
          null,
          new int[] {1, 1, 1},
          new int[] {0, 0, 0},
          new int[] {1, 1, 1},
          1)
    };
  }
}
