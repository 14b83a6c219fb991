package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Lazy GroupNormalization(2 groups) on x (2, 4, 3): each sample's channel pairs normalized. */
class GroupNormalizationTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    return new GroupNormalization(
        2,
        null,
        1e-5,
        new dl.links.initializers.Uniform(1.0),
        new dl.links.initializers.Uniform(1.0));
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 4, 3)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    double[] x = in[0].data();
    double[] g = param(link, "/gamma").data();
    double[] b = param(link, "/beta").data();
    double[] y = new double[x.length];
    for (int n = 0; n < 2; n++) {
      for (int grp = 0; grp < 2; grp++) {
        int from = n * 12 + grp * 6;
        double s = 0;
        for (int k = 0; k < 6; k++) {
          s += x[from + k];
        }
        double mean = s / 6;
        double v = 0;
        for (int k = 0; k < 6; k++) {
          v += (x[from + k] - mean) * (x[from + k] - mean);
        }
        double std = Math.sqrt(v / 6 + 1e-5);
        for (int k = 0; k < 6; k++) {
          int c = grp * 2 + k / 3;
          y[from + k] = g[c] * (x[from + k] - mean) / std + b[c];
        }
      }
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), y, 2, 4, 3)};
  }
}
