package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.api.Parameter;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** MLPConvolution2D(2, (3, 2), k 3, pad 1) on x (2, 2, 4, 4): conv1x1(relu(conv3x3(x))). */
class MLPConvolution2DTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    MLPConvolution2D l = new MLPConvolution2D(2, new int[] {3, 2}, 3, 1, 1);
    SplittableRandom r = new SplittableRandom(6);
    for (Parameter p : l.params()) {
      if (p.name().equals("b")) {
        Ref.randomize(p, r, -0.5, 0.5);
      }
    }
    return l;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 2, 4, 4)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    int[] one = {1, 1};
    TestArray h =
        ConvRef.conv(in[0], param(link, "/0/W"), param(link, "/0/b"), one, one, one, 1)
            .map(v -> Math.max(0, v));
    return new TestArray[] {
      ConvRef.conv(h, param(link, "/1/W"), param(link, "/1/b"), one, new int[] {0, 0}, one, 1)
    };
  }
}
