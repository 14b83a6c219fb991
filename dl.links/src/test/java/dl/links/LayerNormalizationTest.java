package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Lazy LayerNormalization (eps 1e-6) on x (3, 4): each row normalized over its features. */
class LayerNormalizationTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    return new LayerNormalization(
        null, 1e-6, new dl.links.initializers.Uniform(1.0), new dl.links.initializers.Uniform(1.0));
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 3, 4)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    double[] x = in[0].data();
    double[] g = param(link, "/gamma").data();
    double[] b = param(link, "/beta").data();
    double[] y = new double[12];
    for (int n = 0; n < 3; n++) {
      double mean = 0;
      for (int k = 0; k < 4; k++) {
        mean += x[n * 4 + k] / 4;
      }
      double v = 0;
      for (int k = 0; k < 4; k++) {
        v += (x[n * 4 + k] - mean) * (x[n * 4 + k] - mean) / 4;
      }
      for (int k = 0; k < 4; k++) {
        y[n * 4 + k] = g[k] * (x[n * 4 + k] - mean) / Math.sqrt(v + 1e-6) + b[k];
      }
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), y, 3, 4)};
  }
}
