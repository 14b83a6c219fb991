package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.api.Variable;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Two StatelessLSTM(3, 2) steps from no state: outputs c1, h1, c2, h2. */
class StatelessLSTMTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    StatelessLSTM l = new StatelessLSTM(3, 2);
    Ref.randomize(l.upward.b, new SplittableRandom(4), -1, 1);
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
    StatelessLSTM l = (StatelessLSTM) link;
    Variable[] s1 = l.step(null, null, in[0]);
    Variable[] s2 = l.step(s1[0], s1[1], in[1]);
    return new Variable[] {s1[0], s1[1], s2[0], l.call(s1[0], s1[1], in[1])};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    TestArray up = param(link, "/upward/W");
    TestArray upB = param(link, "/upward/b");
    TestArray lat = param(link, "/lateral/W");
    double[][][] s1 = RnnRef.lstm(null, null, Ref.mat(in[0]), up, upB, lat);
    double[][][] s2 = RnnRef.lstm(s1[0], s1[1], Ref.mat(in[1]), up, upB, lat);
    DType d = in[0].dtype();
    return new TestArray[] {
      Ref.arr(s1[0], d), Ref.arr(s1[1], d), Ref.arr(s2[0], d), Ref.arr(s2[1], d)
    };
  }
}
