package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.api.Variable;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/**
 * Stateful LSTM(3, 2): steps on batches of 3 then 2 (the shrinking batch of Chainer's LSTM updates
 * the first rows only) then 3 again; outputs y1, y2, y3.
 */
class LSTMTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    LSTM l = new LSTM(3, 2);
    Ref.randomize(l.upward.b, new SplittableRandom(4), -1, 1);
    return l;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      TestArray.uniform(rng, dtype, -1, 1, 3, 3),
      TestArray.uniform(rng, dtype, -1, 1, 2, 3),
      TestArray.uniform(rng, dtype, -1, 1, 3, 3)
    };
  }

  @Override
  protected Variable[] forward(Link link, Variable[] in) {
    LSTM l = (LSTM) link;
    l.resetState();
    return new Variable[] {l.call(in[0]), l.call(in[1]), l.call(in[2])};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    TestArray up = param(link, "/upward/W");
    TestArray upB = param(link, "/upward/b");
    TestArray lat = param(link, "/lateral/W");
    double[][][] s1 = RnnRef.lstm(null, null, Ref.mat(in[0]), up, upB, lat);
    double[][] c1 = {s1[0][0], s1[0][1]};
    double[][] h1 = {s1[1][0], s1[1][1]};
    double[][][] s2 = RnnRef.lstm(c1, h1, Ref.mat(in[1]), up, upB, lat);
    double[][] c = {s2[0][0], s2[0][1], s1[0][2]};
    double[][] h = {s2[1][0], s2[1][1], s1[1][2]};
    double[][][] s3 = RnnRef.lstm(c, h, Ref.mat(in[2]), up, upB, lat);
    DType d = in[0].dtype();
    return new TestArray[] {Ref.arr(s1[1], d), Ref.arr(s2[1], d), Ref.arr(s3[1], d)};
  }
}
