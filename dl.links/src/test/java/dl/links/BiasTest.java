package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Bias(axis 1, shape (3)) on x of shape (2, 3, 2): y[n, c, k] = x[n, c, k] + b[c]. */
class BiasTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    Bias l = new Bias(1, 3);
    Ref.randomize(l.b, new SplittableRandom(7), -1, 1);
    return l;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3, 2)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    TestArray b = param(link, "/b");
    double[] y = in[0].data().clone();
    for (int i = 0; i < y.length; i++) {
      y[i] += b.data()[(i / 2) % 3];
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), y, 2, 3, 2)};
  }
}
