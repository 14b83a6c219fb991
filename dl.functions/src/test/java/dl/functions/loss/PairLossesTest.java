package dl.functions.loss;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** contrastive (margin 1) and triplet (margin 0.2) with mean and per-row reductions. */
class PairLossesTest {
  abstract static class ContrastiveBase extends FunctionTestCase {
    abstract String reduce();

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      // rows 0, 1 dissimilar (one within the margin, one beyond), row 2 similar
      TestArray x0 = TestArray.uniform(rng, dtype, -1, 1, 3, 2);
      double[] d = x0.data().clone();
      double[][] off = {{0.3, 0.2}, {1.0, 0.9}, {0.4, -0.5}};
      for (int i = 0; i < 3; i++) {
        d[2 * i] += off[i][0];
        d[2 * i + 1] += off[i][1];
      }
      TestArray x1 = TestArray.of(dtype, d, 3, 2);
      return new TestArray[] {
        x0,
        dtype == DType.FLOAT32 ? x1.map(v -> (float) v) : x1,
        TestArray.of(DType.INT32, new double[] {0, 0, 1}, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.contrastive(in[0], in[1], in[2], 1.0, reduce())};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[3];
      double s = 0;
      for (int i = 0; i < 3; i++) {
        double a = in[0].get(i, 0) - in[1].get(i, 0);
        double b = in[0].get(i, 1) - in[1].get(i, 1);
        double dist = Math.sqrt(a * a + b * b);
        double h = Math.max(0, 1 - dist);
        o[i] = in[2].data()[i] == 1 ? 0.5 * dist * dist : 0.5 * h * h;
        s += o[i];
      }
      if (reduce().equals("no")) {
        return new TestArray[] {TestArray.of(in[0].dtype(), o, 3)};
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), new double[] {s / 3})};
    }
  }

  @Nested
  class ContrastiveMean extends ContrastiveBase {
    @Override
    String reduce() {
      return "mean";
    }
  }

  @Nested
  class ContrastiveNo extends ContrastiveBase {
    @Override
    String reduce() {
      return "no";
    }
  }

  abstract static class TripletBase extends FunctionTestCase {
    abstract String reduce();

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      TestArray a = TestArray.uniform(rng, dtype, -1, 1, 3, 2);
      double[] p = a.data().clone();
      double[] n = a.data().clone();
      // row 0: hinge active, row 1: inactive (negative far), row 2: active
      double[][] po = {{0.5, 0.2}, {0.1, 0.1}, {0.4, 0.4}};
      double[][] no = {{0.3, 0.1}, {1.0, 1.0}, {0.2, -0.3}};
      for (int i = 0; i < 3; i++) {
        for (int k = 0; k < 2; k++) {
          p[2 * i + k] += po[i][k];
          n[2 * i + k] += no[i][k];
        }
      }
      TestArray pt = TestArray.of(dtype, p, 3, 2);
      TestArray nt = TestArray.of(dtype, n, 3, 2);
      if (dtype == DType.FLOAT32) {
        pt = pt.map(v -> (float) v);
        nt = nt.map(v -> (float) v);
      }
      return new TestArray[] {a, pt, nt};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.triplet(in[0], in[1], in[2], 0.2, reduce())};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[3];
      double s = 0;
      for (int i = 0; i < 3; i++) {
        double dp = 0;
        double dn = 0;
        for (int k = 0; k < 2; k++) {
          dp += Math.pow(in[0].get(i, k) - in[1].get(i, k), 2);
          dn += Math.pow(in[0].get(i, k) - in[2].get(i, k), 2);
        }
        o[i] = Math.max(0, dp - dn + 0.2);
        s += o[i];
      }
      if (reduce().equals("no")) {
        return new TestArray[] {TestArray.of(in[0].dtype(), o, 3)};
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), new double[] {s / 3})};
    }
  }

  @Nested
  class TripletMean extends TripletBase {
    @Override
    String reduce() {
      return "mean";
    }
  }

  @Nested
  class TripletNo extends TripletBase {
    @Override
    String reduce() {
      return "no";
    }
  }

  @org.junit.jupiter.api.Test
  void badInputs() {
    Variable a = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable b = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 2));
    Variable y = new Variable(dl.api.NdArrays.of(new int[] {0, 1, 1}, 3), null, false);
    org.junit.jupiter.api.Assertions.assertThrows(
        dl.api.InvalidTypeException.class, () -> F.triplet(a, a, b));
    org.junit.jupiter.api.Assertions.assertThrows(
        dl.api.InvalidTypeException.class, () -> F.contrastive(a, a, y));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> F.triplet(a, a, a, -1, "mean"));
  }
}
