package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Lazy DeconvolutionND(ndim 2, out 3, k (2, 3), stride (2, 1), pad (0, 1)) on x (1, 2, 3, 3). */
class DeconvolutionNDTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    return new DeconvolutionND(ConvOptions.of(2, 3, 2, 3).stride(2, 1).pad(0, 1).initialBias(0.1));
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 1, 2, 3, 3)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    return new TestArray[] {
      ConvRef.deconv(
          in[0],
          param(link, "/W"),
          param(link, "/b"),
          new int[] {2, 1},
          new int[] {0, 1},
          new int[] {1, 1},
          1)
    };
  }
}
