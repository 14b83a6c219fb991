package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Highway(4): y = relu(plain(x))·t + x·(1 − t), t = σ(transform(x)). */
class HighwayTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    return new Highway(4);
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 3, 4)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    double[][] x = Ref.mat(in[0]);
    double[][] h = Ref.linear(x, param(link, "/plain/W"), param(link, "/plain/b"));
    double[][] t = Ref.linear(x, param(link, "/transform/W"), param(link, "/transform/b"));
    double[][] y = new double[3][4];
    for (int n = 0; n < 3; n++) {
      for (int k = 0; k < 4; k++) {
        double g = Ref.sigmoid(t[n][k]);
        y[n][k] = Math.max(0, h[n][k]) * g + x[n][k] * (1 - g);
      }
    }
    return new TestArray[] {Ref.arr(y, in[0].dtype())};
  }
}
