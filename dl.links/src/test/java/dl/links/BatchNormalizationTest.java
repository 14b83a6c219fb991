package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Lazy BatchNormalization in training on x (3, 2, 2, 2): batch statistics over (0, 2, 3). */
class BatchNormalizationTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    return BatchNormalization.builder()
        .initialGamma(new dl.links.initializers.Uniform(1.0))
        .initialBeta(new dl.links.initializers.Uniform(1.0))
        .build();
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 3, 2, 2, 2)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    double[] x = in[0].data();
    double[][] mv = NormRef.channelStats(x, 3, 2, 4);
    double[] y =
        NormRef.affine(
            x,
            3,
            2,
            4,
            mv[0],
            mv[1],
            2e-5,
            param(link, "/gamma").data(),
            param(link, "/beta").data());
    return new TestArray[] {TestArray.of(in[0].dtype(), y, 3, 2, 2, 2)};
  }
}
