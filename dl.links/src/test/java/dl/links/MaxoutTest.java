package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Maxout(4, 3, pool 2): y[n, o] = max_p (x·Wᵀ + b)[n, 2·o + p]. */
class MaxoutTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    Maxout l = new Maxout(4, 3, 2);
    Ref.randomize(l.linear.b, new SplittableRandom(2), -1, 1);
    return l;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 4)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    double[][] z = Ref.linear(Ref.mat(in[0]), param(link, "/linear/W"), param(link, "/linear/b"));
    double[][] y = new double[2][3];
    for (int n = 0; n < 2; n++) {
      for (int o = 0; o < 3; o++) {
        y[n][o] = Math.max(z[n][2 * o], z[n][2 * o + 1]);
      }
    }
    return new TestArray[] {Ref.arr(y, in[0].dtype())};
  }
}
