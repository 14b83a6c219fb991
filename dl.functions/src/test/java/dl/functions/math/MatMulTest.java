package dl.functions.math;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** matmul in 2-d with every transpose combination, and batched with a broadcast batch of 1. */
class MatMulTest {
  abstract static class Base extends FunctionTestCase {
    boolean ta() {
      return false;
    }

    boolean tb() {
      return false;
    }

    int batchA() {
      return 0; // 0: 2-d
    }

    int batchB() {
      return 0;
    }

    private static int[] shape(int batch, int r, int c, boolean t) {
      int[] rc = t ? new int[] {c, r} : new int[] {r, c};
      return batch == 0 ? rc : new int[] {batch, rc[0], rc[1]};
    }

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, shape(batchA(), 2, 3, ta())),
        TestArray.uniform(rng, dtype, -1, 1, shape(batchB(), 3, 4, tb()))
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.matmul(in[0], in[1], ta(), tb())};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      int batch = Math.max(Math.max(batchA(), batchB()), 1);
      double[] out = new double[batch * 2 * 4];
      for (int n = 0; n < batch; n++) {
        for (int i = 0; i < 2; i++) {
          for (int j = 0; j < 4; j++) {
            double s = 0;
            for (int k = 0; k < 3; k++) {
              s += at(in[0], batchA(), n, i, k, ta()) * at(in[1], batchB(), n, k, j, tb());
            }
            out[(n * 2 + i) * 4 + j] = s;
          }
        }
      }
      boolean batched = batchA() > 0 || batchB() > 0;
      return new TestArray[] {
        TestArray.of(in[0].dtype(), out, batched ? new int[] {batch, 2, 4} : new int[] {2, 4})
      };
    }

    private static double at(TestArray a, int batch, int n, int r, int c, boolean t) {
      int rr = t ? c : r;
      int cc = t ? r : c;
      return batch == 0 ? a.get(rr, cc) : a.get(batch == 1 ? 0 : n, rr, cc);
    }
  }

  @Nested
  class Default extends Base {}

  @Nested
  class TransA extends Base {
    @Override
    boolean ta() {
      return true;
    }
  }

  @Nested
  class TransB extends Base {
    @Override
    boolean tb() {
      return true;
    }
  }

  @Nested
  class TransBoth extends Base {
    @Override
    boolean ta() {
      return true;
    }

    @Override
    boolean tb() {
      return true;
    }
  }

  @Nested
  class Batched extends Base {
    @Override
    int batchA() {
      return 3;
    }

    @Override
    int batchB() {
      return 3;
    }

    @Override
    boolean tb() {
      return true;
    }
  }

  @Nested
  class BatchOfOneBroadcast extends Base {
    @Override
    int batchA() {
      return 1;
    }

    @Override
    int batchB() {
      return 3;
    }
  }

  @Nested
  class TwoDTimesBatched extends Base {
    @Override
    int batchB() {
      return 2;
    }

    @Override
    boolean ta() {
      return true;
    }
  }
}
