package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** StatelessGRU(3, 2) on (h, x): Chainer's gates, h' = z·h̄ + (1 − z)·h. */
class StatelessGRUTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    StatelessGRU l = new StatelessGRU(3, 2);
    SplittableRandom r = new SplittableRandom(8);
    for (var p : l.params()) {
      if (p.name().equals("b")) {
        Ref.randomize(p, r, -0.5, 0.5);
      }
    }
    return l;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      TestArray.uniform(rng, dtype, -1, 1, 2, 2), TestArray.uniform(rng, dtype, -1, 1, 2, 3)
    };
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    double[][] y = RnnRef.gru(p -> param(link, p), Ref.mat(in[0]), Ref.mat(in[1]));
    return new TestArray[] {Ref.arr(y, in[0].dtype())};
  }
}
