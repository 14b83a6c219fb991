package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.api.Variable;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** StatefulGRU (as GRU) for two steps from no state: Chainer's first step is z·h̄. */
class StatefulGRUTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    GRU l = new GRU(3, 2);
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
      TestArray.uniform(rng, dtype, -1, 1, 2, 3), TestArray.uniform(rng, dtype, -1, 1, 2, 3)
    };
  }

  @Override
  protected Variable[] forward(Link link, Variable[] in) {
    StatefulGRU l = (StatefulGRU) link;
    l.resetState();
    return new Variable[] {l.call(in[0]), l.call(in[1])};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    RnnRef.P p = path -> param(link, path);
    double[][] h1 = RnnRef.gru(p, null, Ref.mat(in[0]));
    double[][] h2 = RnnRef.gru(p, h1, Ref.mat(in[1]));
    return new TestArray[] {Ref.arr(h1, in[0].dtype()), Ref.arr(h2, in[0].dtype())};
  }
}
