package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/**
 * pad in constant, edge and reflect modes with widths (1, 2) on both axes of a (3, 4) input; the
 * gradient check covers the accumulation into copied border cells.
 */
class PadTest {
  abstract static class Base extends FunctionTestCase {
    abstract String mode();

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 3, 4)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.pad(in[0], new int[] {1, 2}, mode(), 0.5)};
    }

    static int src(int i, int n, String mode) {
      if (i >= 0 && i < n) {
        return i;
      }
      if ("edge".equals(mode)) {
        return i < 0 ? 0 : n - 1;
      }
      if ("reflect".equals(mode)) {
        return i < 0 ? -i : 2 * (n - 1) - i;
      }
      return -1;
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[6 * 7];
      for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 7; j++) {
          int si = src(i - 1, 3, mode());
          int sj = src(j - 1, 4, mode());
          o[i * 7 + j] = si < 0 || sj < 0 ? 0.5 : in[0].get(si, sj);
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 6, 7)};
    }
  }

  @Nested
  class Constant extends Base {
    @Override
    String mode() {
      return "constant";
    }
  }

  @Nested
  class Edge extends Base {
    @Override
    String mode() {
      return "edge";
    }
  }

  @Nested
  class Reflect extends Base {
    @Override
    String mode() {
      return "reflect";
    }
  }

  /** Reflect wider than the axis: (2, 3) padded by (5, 4) on the last axis, period 2(n - 1). */
  @Nested
  class WideReflect extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.pad(in[0], new int[] {0, 0, 5, 4}, "reflect", 0)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      // numpy.pad([a, b, c], (5, 4), "reflect") == [b, a, b, c, b, a, b, c, b, a, b, c]
      int[] src = {1, 0, 1, 2, 1, 0, 1, 2, 1, 0, 1, 2};
      double[] o = new double[24];
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 12; j++) {
          o[i * 12 + j] = in[0].get(i, src[j]);
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 2, 12)};
    }
  }

  @org.junit.jupiter.api.Test
  void badWidths() {
    Variable x = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 3));
    org.junit.jupiter.api.Assertions.assertThrows(
        dl.api.InvalidTypeException.class, () -> F.pad(x, -1, "constant"));
    Variable empty = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 0, 3));
    org.junit.jupiter.api.Assertions.assertThrows(
        dl.api.InvalidTypeException.class, () -> F.pad(empty, 2, "reflect"));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> F.pad(x, 1, "wrap"));
  }
}
