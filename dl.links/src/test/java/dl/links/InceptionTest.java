package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.api.Parameter;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/**
 * Inception(in 2; out1 2, proj3 2, out3 2, proj5 1, out5 2, proj_pool 1) on x (1, 2, 4, 4): the
 * four branches by direct convolution and 3×3 max pooling, concatenated, relu.
 */
class InceptionTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    Inception l = new Inception(2, 2, 2, 2, 1, 2, 1);
    SplittableRandom r = new SplittableRandom(8);
    for (Parameter p : l.params()) {
      if (p.name().equals("b")) {
        Ref.randomize(p, r, -0.5, 0.5);
      }
    }
    return l;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 1, 2, 4, 4)};
  }

  private static TestArray conv(Link l, String name, TestArray x, int pad) {
    int[] one = {1, 1};
    return ConvRef.conv(
        x,
        param(l, "/" + name + "/W"),
        param(l, "/" + name + "/b"),
        one,
        new int[] {pad, pad},
        one,
        1);
  }

  /** 3×3 max pooling, stride 1, pad 1 (padding never wins). */
  private static TestArray pool(TestArray x) {
    int[] s = x.shape();
    double[] y = new double[x.size()];
    for (int c = 0; c < s[1]; c++) {
      for (int i = 0; i < s[2]; i++) {
        for (int j = 0; j < s[3]; j++) {
          double m = Double.NEGATIVE_INFINITY;
          for (int di = -1; di <= 1; di++) {
            for (int dj = -1; dj <= 1; dj++) {
              int a = i + di;
              int b = j + dj;
              if (a >= 0 && a < s[2] && b >= 0 && b < s[3]) {
                m = Math.max(m, x.data()[(c * s[2] + a) * s[3] + b]);
              }
            }
          }
          y[(c * s[2] + i) * s[3] + j] = m;
        }
      }
    }
    return TestArray.of(x.dtype(), y, s);
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    TestArray x = in[0];
    TestArray[] parts = {
      conv(link, "conv1", x, 0),
      conv(link, "conv3", conv(link, "proj3", x, 0).map(v -> Math.max(0, v)), 1),
      conv(link, "conv5", conv(link, "proj5", x, 0).map(v -> Math.max(0, v)), 2),
      conv(link, "projp", pool(x), 0)
    };
    int hw = 16;
    double[] y = new double[7 * hw];
    int at = 0;
    for (TestArray p : parts) { // batch 1: channel-axis concatenation is a flat append
      System.arraycopy(p.data(), 0, y, at, p.size());
      at += p.size();
    }
    for (int k = 0; k < y.length; k++) {
      y[k] = Math.max(0, y[k]);
    }
    return new TestArray[] {TestArray.of(x.dtype(), y, 1, 7, 4, 4)};
  }
}
