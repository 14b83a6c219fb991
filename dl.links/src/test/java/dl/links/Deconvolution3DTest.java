package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Deconvolution3D(2, 2, k 2, dilate (1, 2, 1), nobias) on x (1, 2, 2, 2, 3). */
class Deconvolution3DTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    return new Deconvolution3D(ConvOptions.of(3, 2, 2).inChannels(2).dilate(1, 2, 1).nobias());
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 1, 2, 2, 2, 3)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    return new TestArray[] {
      ConvRef.deconv(
          in[0],
          param(link, "/W"),
          null,
          new int[] {1, 1, 1},
          new int[] {0, 0, 0},
          new int[] {1, 2, 1},
          1)
    };
  }
}
