package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Lazy Deconvolution1D(out 4, k 2, stride 2, groups 2) on x (2, 4, 3). */
class Deconvolution1DTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    return new Deconvolution1D(ConvOptions.of(1, 4, 2).stride(2).groups(2).initialBias(0.5));
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 4, 3)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    return new TestArray[] {
      ConvRef.deconv(
          in[0],
          param(link, "/W"),
          param(link, "/b"),
          new int[] {2},
          new int[] {0},
          new int[] {1},
          2)
    };
  }
}
