package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** EmbedID(5, 3, ignore_label -1) on ids (2, 3) in [-1, 5): rows of W, zeros for -1. */
class EmbedIDTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    return new EmbedID(5, 3, null, -1);
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.of(DType.INT32, new double[] {0, 4, -1, 2, 2, 1}, 2, 3)};
  }

  @Override
  protected boolean inputTakesGrad(int index) {
    return false;
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    TestArray w = param(link, "/W");
    double[] y = new double[6 * 3];
    for (int i = 0; i < 6; i++) {
      int id = (int) in[0].data()[i];
      for (int k = 0; k < 3; k++) {
        y[i * 3 + k] = id == -1 ? 0 : w.data()[id * 3 + k];
      }
    }
    return new TestArray[] {TestArray.of(w.dtype(), y, 2, 3, 3)};
  }
}
