package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Scale(axis 1, W (3, 2), bias) on x (2, 3, 2): y[n, c, k] = x[n, c, k]·W[c, k] + b[c, k]. */
class ScaleTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    Scale l = new Scale(1, new int[] {3, 2}, true, null);
    SplittableRandom r = new SplittableRandom(3);
    Ref.randomize(l.W, r, -1, 1);
    Ref.randomize(l.bias.b, r, -1, 1);
    return l;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3, 2)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    TestArray w = param(link, "/W");
    TestArray b = param(link, "/bias/b");
    double[] y = in[0].data().clone();
    for (int i = 0; i < y.length; i++) {
      y[i] = y[i] * w.data()[i % 6] + b.data()[i % 6];
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), y, 2, 3, 2)};
  }
}
