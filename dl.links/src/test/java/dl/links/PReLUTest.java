package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** PReLU with W of shape (3) on x (2, 3), inputs kept at least 0.1 away from the kink at 0. */
class PReLUTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    PReLU l = new PReLU(new int[] {3}, 0.25);
    Ref.randomize(l.W, new SplittableRandom(9), -0.5, 0.5);
    return l;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    TestArray x = TestArray.uniform(rng, dtype, -1, 1, 2, 3);
    return new TestArray[] {x.map(v -> v + 0.1 * Math.signum(v))};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    TestArray w = param(link, "/W");
    double[] y = in[0].data().clone();
    for (int i = 0; i < y.length; i++) {
      y[i] = y[i] >= 0 ? y[i] : w.data()[i % 3] * y[i];
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), y, 2, 3)};
  }
}
