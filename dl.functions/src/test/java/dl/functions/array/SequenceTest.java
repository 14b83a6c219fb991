package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** transpose_sequence of lengths (3, 2, 2) and pad_sequence to length 4 with -1. */
class SequenceTest {
  @Nested
  class Transpose extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 3, 2),
        TestArray.uniform(rng, dtype, -1, 1, 2, 2),
        TestArray.uniform(rng, dtype, -1, 1, 2, 2)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return F.transposeSequence(in);
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      TestArray[] o = new TestArray[3];
      for (int t = 0; t < 3; t++) {
        int n = t < 2 ? 3 : 1;
        double[] d = new double[n * 2];
        for (int i = 0; i < n; i++) {
          d[i * 2] = in[i].get(t, 0);
          d[i * 2 + 1] = in[i].get(t, 1);
        }
        o[t] = TestArray.of(in[0].dtype(), d, n, 2);
      }
      return o;
    }
  }

  @Nested
  class Pad extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 3, 2), TestArray.uniform(rng, dtype, -1, 1, 1, 2)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.padSequence(in, 4, -1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] d = new double[16];
      java.util.Arrays.fill(d, -1);
      System.arraycopy(in[0].data(), 0, d, 0, 6);
      System.arraycopy(in[1].data(), 0, d, 8, 2);
      return new TestArray[] {TestArray.of(in[0].dtype(), d, 2, 4, 2)};
    }
  }

  @org.junit.jupiter.api.Test
  void badOrderAndLength() {
    Variable a = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 1, 2));
    Variable b = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 2));
    org.junit.jupiter.api.Assertions.assertThrows(
        dl.api.InvalidTypeException.class, () -> F.transposeSequence(new Variable[] {a, b}));
    org.junit.jupiter.api.Assertions.assertThrows(
        dl.api.InvalidTypeException.class, () -> F.padSequence(new Variable[] {a, b}, 1, 0));
  }
}
