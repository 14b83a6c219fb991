package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/**
 * Bilinear(3, 2, 4) on e1 (2, 3), e2 (2, 2): {@code y[n, k] = Σ e1_i e2_j W[i, j, k] + Σ e1_i V1[i,
 * k] + Σ e2_j V2[j, k] + b[k]}.
 */
class BilinearTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    Bilinear l = new Bilinear(3, 2, 4);
    Ref.randomize(l.b, new SplittableRandom(2), -1, 1);
    return l;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      TestArray.uniform(rng, dtype, -1, 1, 2, 3), TestArray.uniform(rng, dtype, -1, 1, 2, 2)
    };
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    double[] w = param(link, "/W").data();
    double[] v1 = param(link, "/V1").data();
    double[] v2 = param(link, "/V2").data();
    double[] b = param(link, "/b").data();
    double[] e1 = in[0].data();
    double[] e2 = in[1].data();
    double[] y = new double[8];
    for (int n = 0; n < 2; n++) {
      for (int k = 0; k < 4; k++) {
        double s = b[k];
        for (int i = 0; i < 3; i++) {
          s += e1[n * 3 + i] * v1[i * 4 + k];
          for (int j = 0; j < 2; j++) {
            s += e1[n * 3 + i] * e2[n * 2 + j] * w[(i * 2 + j) * 4 + k];
          }
        }
        for (int j = 0; j < 2; j++) {
          s += e2[n * 2 + j] * v2[j * 4 + k];
        }
        y[n * 4 + k] = s;
      }
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), y, 2, 4)};
  }
}
