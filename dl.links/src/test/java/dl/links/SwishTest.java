package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Swish with β of shape (3) on x (2, 3, 2): y = x·σ(β[c]·x). */
class SwishTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    Swish l = new Swish(new int[] {3}, 1.0);
    Ref.randomize(l.beta, new SplittableRandom(5), 0.5, 2);
    return l;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -2, 2, 2, 3, 2)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    TestArray b = param(link, "/beta");
    double[] y = in[0].data().clone();
    for (int i = 0; i < y.length; i++) {
      y[i] = y[i] * Ref.sigmoid(b.data()[(i / 2) % 3] * y[i]);
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), y, 2, 3, 2)};
  }
}
