package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** hstack, vstack and dstack of 1-d and 2-d inputs (NumPy's atleast_nd rules). */
class HstackVstackDstackTest {
  abstract static class Base extends FunctionTestCase {
    int[] a() {
      return new int[] {2, 3};
    }

    int[] b() {
      return new int[] {2, 1};
    }

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, a()), TestArray.uniform(rng, dtype, -1, 1, b())
      };
    }
  }

  @Nested
  class Hstack2d extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.hstack(in)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[8];
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 4; j++) {
          o[i * 4 + j] = j < 3 ? in[0].get(i, j) : in[1].get(i, 0);
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 2, 4)};
    }
  }

  @Nested
  class Hstack1d extends Base {
    @Override
    int[] a() {
      return new int[] {3};
    }

    @Override
    int[] b() {
      return new int[] {2};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.hstack(in)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[5];
      System.arraycopy(in[0].data(), 0, o, 0, 3);
      System.arraycopy(in[1].data(), 0, o, 3, 2);
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 5)};
    }
  }

  @Nested
  class Vstack1d extends Base {
    @Override
    int[] a() {
      return new int[] {3};
    }

    @Override
    int[] b() {
      return new int[] {3};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.vstack(in)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[6];
      System.arraycopy(in[0].data(), 0, o, 0, 3);
      System.arraycopy(in[1].data(), 0, o, 3, 3);
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 2, 3)};
    }
  }

  @Nested
  class Dstack2d extends Base {
    @Override
    int[] b() {
      return new int[] {2, 3};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.dstack(in)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[12];
      for (int i = 0; i < 6; i++) {
        o[2 * i] = in[0].data()[i];
        o[2 * i + 1] = in[1].data()[i];
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 2, 3, 2)};
    }
  }

  @org.junit.jupiter.api.Test
  void mismatchNamesTheFunction() {
    Variable a = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable b = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 3, 3));
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            dl.api.InvalidTypeException.class, () -> F.hstack(new Variable[] {a, b}));
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().startsWith("hstack: ") && e.getMessage().contains("(3, 3)"), e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void relabelledMessageHasOneHeadLineThenExpectAndActual() {
    Variable c = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable d = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 4));
    String m =
        org.junit.jupiter.api.Assertions.assertThrows(
                dl.api.InvalidTypeException.class, () -> F.vstack(new Variable[] {c, d}))
            .getMessage();
    org.junit.jupiter.api.Assertions.assertEquals(
        "vstack: invalid argument xs[1] (input 1) (in concat)\n"
            + "Expect: the shape of xs[0] (2, 3) except along axis 0\n"
            + "Actual: xs[1].shape == (2, 4)",
        m);
    Variable e = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 2));
    String h =
        org.junit.jupiter.api.Assertions.assertThrows(
                dl.api.InvalidTypeException.class, () -> F.dstack(new Variable[] {c, e}))
            .getMessage();
    org.junit.jupiter.api.Assertions.assertTrue(
        h.startsWith("dstack: invalid argument xs[1] (input 1) (in concat)\nExpect: "), h);
  }
}
