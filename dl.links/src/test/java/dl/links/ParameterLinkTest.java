package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.api.NdArrays;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** L.Parameter returns its array. */
class ParameterLinkTest extends LinkTestCase {
  static final double[] VALUES = {0.5, -1.5, 2.25, 0.125};

  @Override
  protected Link createLink(DType dtype) {
    return new ParameterLink(TestArray.of(dtype, VALUES.clone(), 2, 2).to(NdArrays.backend()));
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[0];
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    return new TestArray[] {TestArray.of(param(link, "/W").dtype(), VALUES.clone(), 2, 2)};
  }
}
