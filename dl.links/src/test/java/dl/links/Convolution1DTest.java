package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Convolution1D(2, 3, k 2, stride 1, pad 1) on x (2, 2, 4), random bias. */
class Convolution1DTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    Convolution1D c = new Convolution1D(2, 3, 2, 1, 1);
    Ref.randomize(c.b, new SplittableRandom(7), -1, 1);
    return c;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 2, 4)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    return new TestArray[] {
      ConvRef.conv(
          in[0],
          param(link, "/W"),
          param(link, "/b"),
          new int[] {1},
          new int[] {1},
          new int[] {1},
          1)
    };
  }
}
