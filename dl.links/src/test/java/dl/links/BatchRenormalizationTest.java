package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/**
 * BatchRenormalization(2, rmax 1.25, dmax 0.5) in training on x (3, 2, 2) in [0.5, 1.5) from the
 * initial running statistics (0, 1): the batch std (~0.3) and mean (~1) put r and d at their clips
 * (1/rmax and dmax), where they are constants, so the numerical gradient is well defined.
 */
class BatchRenormalizationTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    BatchRenormalization l = new BatchRenormalization(2, 1.25, 0.5);
    SplittableRandom r = new SplittableRandom(5);
    Ref.randomize(l.gamma, r, 0.5, 1.5);
    Ref.randomize(l.beta, r, -1, 1);
    return l;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, 0.5, 1.5, 3, 2, 2)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    double[] x = in[0].data();
    double[][] mv = NormRef.channelStats(x, 3, 2, 2);
    double[] g = param(link, "/gamma").data();
    double[] b = param(link, "/beta").data();
    double eps = 2e-5;
    double runStd = Math.sqrt(1 + eps);
    double[] y = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      int c = (k / 2) % 2;
      double std = Math.sqrt(mv[1][c] + eps);
      double r = Math.min(Math.max(std / runStd, 1 / 1.25), 1.25);
      double d = Math.min(Math.max(mv[0][c] / runStd, -0.5), 0.5);
      y[k] = g[c] * ((x[k] - mv[0][c]) / std * r + d) + b[c];
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), y, 3, 2, 2)};
  }
}
