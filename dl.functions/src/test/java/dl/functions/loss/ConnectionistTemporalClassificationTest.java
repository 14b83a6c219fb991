package dl.functions.loss;

import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/**
 * CTC against a brute-force sum over every alignment path (V^T of them), with full lengths and
 * mean, and with shorter input/label lengths, a repeated label and no reduction. Not twice
 * differentiable in x (as Chainer): the double-backward check is skipped and a test asserts the
 * refusal.
 */
class ConnectionistTemporalClassificationTest {
  static final int T = 4;
  static final int B = 2;
  static final int V = 3;

  /** -log Σ over paths of length len collapsing to labels of Π softmax(x_t)[path_t]. */
  static double bruteForce(TestArray[] xs, int b, int len, int[] labels) {
    double total = 0;
    int paths = (int) Math.pow(V, len);
    for (int p = 0; p < paths; p++) {
      int[] path = new int[len];
      int code = p;
      for (int t = len - 1; t >= 0; t--) {
        path[t] = code % V;
        code /= V;
      }
      List<Integer> out = new ArrayList<>();
      int prev = -1;
      for (int k : path) {
        if (k != prev && k != 0) {
          out.add(k);
        }
        prev = k;
      }
      if (!out.equals(Arrays.stream(labels).boxed().toList())) {
        continue;
      }
      double prob = 1;
      for (int t = 0; t < len; t++) {
        double z = 0;
        for (int k = 0; k < V; k++) {
          z += Math.exp(xs[t].get(b, k));
        }
        prob *= Math.exp(xs[t].get(b, path[t])) / z;
      }
      total += prob;
    }
    return -Math.log(total);
  }

  abstract static class Base extends FunctionTestCase {
    abstract int[] labels(); // (B, 2)

    int[] inputLength() {
      return null;
    }

    int[] labelLength() {
      return null;
    }

    String reduce() {
      return "mean";
    }

    @Override
    protected boolean skipDoubleBackward() {
      return true; // the kept gradient is constant in x, as in Chainer; see the refusal test
    }

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      TestArray[] in = new TestArray[T + 1];
      for (int t = 0; t < T; t++) {
        in[t] = TestArray.uniform(rng, dtype, -1, 1, B, V);
      }
      in[T] = TestArray.of(DType.INT32, Arrays.stream(labels()).asDoubleStream().toArray(), B, 2);
      return in;
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {
        F.connectionistTemporalClassification(
            Arrays.copyOf(in, T), in[T], 0, inputLength(), labelLength(), reduce())
      };
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] loss = new double[B];
      for (int b = 0; b < B; b++) {
        int len = inputLength() == null ? T : inputLength()[b];
        int ll = labelLength() == null ? 2 : labelLength()[b];
        loss[b] = bruteForce(in, b, len, Arrays.copyOfRange(labels(), b * 2, b * 2 + ll));
      }
      if (reduce().equals("no")) {
        return new TestArray[] {TestArray.of(in[0].dtype(), loss, B)};
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), new double[] {(loss[0] + loss[1]) / B})};
    }
  }

  @Nested
  class FullMean extends Base {
    @Override
    int[] labels() {
      return new int[] {1, 2, 2, 1};
    }
  }

  @Nested
  class LengthsRepeatedNo extends Base {
    @Override
    int[] labels() {
      return new int[] {1, 1, 2, 1};
    }

    @Override
    int[] inputLength() {
      return new int[] {4, 3};
    }

    @Override
    int[] labelLength() {
      return new int[] {2, 1};
    }

    @Override
    String reduce() {
      return "no";
    }
  }

  @org.junit.jupiter.api.Test
  void secondDerivativeInXIsRefused() {
    Variable[] xs = new Variable[T];
    for (int t = 0; t < T; t++) {
      xs[t] = new Variable(NdArrays.of(new double[] {0.1 * t, 0.2, -0.3, 0.4, -0.5, 0.6}, B, V));
    }
    Variable lab = new Variable(NdArrays.of(new int[] {1, 2, 2, 1}, B, 2), null, false);
    Variable loss = F.connectionistTemporalClassification(xs, lab, 0);
    loss.backward(false, true);
    Variable g = xs[0].gradVar();
    org.junit.jupiter.api.Assertions.assertThrows(
        UnsupportedOperationException.class, () -> F.sum(g).backward());
  }

  @org.junit.jupiter.api.Test
  void labelOutOfRange() {
    Variable[] xs = {new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3))};
    Variable lab = new Variable(NdArrays.of(new int[] {1, 3}, 2, 1), null, false);
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            dl.api.InvalidTypeException.class,
            () -> F.connectionistTemporalClassification(xs, lab, 0));
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().contains("t contains 3"), e.getMessage());
  }
}
