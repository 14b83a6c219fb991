package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Deconvolution2D(3, 2, k 3, stride 2, pad 1) on x (2, 3, 3, 2): output (2, 2, 5, 3). */
class Deconvolution2DTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    Deconvolution2D c = new Deconvolution2D(3, 2, 3, 2, 1);
    Ref.randomize(c.b, new SplittableRandom(9), -1, 1);
    return c;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3, 3, 2)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    return new TestArray[] {
      ConvRef.deconv(
          in[0],
          param(link, "/W"),
          param(link, "/b"),
          new int[] {2, 2},
          new int[] {1, 1},
          new int[] {1, 1},
          1)
    };
  }
}
