package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Lazy Convolution2D(out 4, k 3, stride 2, pad 1, groups 2) on x (2, 4, 5, 5), bias 0.25. */
class Convolution2DTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    return new Convolution2D(ConvOptions.of(2, 4, 3).stride(2).pad(1).groups(2).initialBias(0.25));
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 4, 5, 5)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    return new TestArray[] {
      ConvRef.conv(
          in[0],
          param(link, "/W"),
          param(link, "/b"),
          new int[] {2, 2},
          new int[] {1, 1},
          new int[] {1, 1},
          2)
    };
  }
}
