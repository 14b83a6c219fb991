package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Lazy ConvolutionND(ndim 2, out 2, k 2, stride (1, 2), dilate (2, 1)) on x (2, 3, 4, 5). */
class ConvolutionNDTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    return new ConvolutionND(
        ConvOptions.of(2, 2, 2).stride(1, 2).dilate(2, 1).coverAll(false).initialBias(-0.5));
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3, 4, 5)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    return new TestArray[] {
      ConvRef.conv(
          in[0],
          param(link, "/W"),
          param(link, "/b"),
          new int[] {1, 2},
          new int[] {0, 0},
          new int[] {2, 1},
          1)
    };
  }
}
