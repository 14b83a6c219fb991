package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** DilatedConvolution2D(2, 3, k 3, stride 1, pad 2, dilate 2) on x (1, 2, 5, 4). */
class DilatedConvolution2DTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    DilatedConvolution2D c = new DilatedConvolution2D(2, 3, 3, 1, 2, 2);
    Ref.randomize(c.b, new SplittableRandom(8), -1, 1);
    return c;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 1, 2, 5, 4)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    return new TestArray[] {
      ConvRef.conv(
          in[0],
          param(link, "/W"),
          param(link, "/b"),
          new int[] {1, 1},
          new int[] {2, 2},
          new int[] {2, 2},
          1)
    };
  }
}
