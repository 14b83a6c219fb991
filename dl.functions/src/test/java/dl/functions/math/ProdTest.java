package dl.functions.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * prod over an axis of odd length, over all axes with keepdims, the gradient at a zero and over an
 * empty axis.
 */
class ProdTest {
  abstract static class Base extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {Ref.awayFromZero(rng, dtype, 0.5, 1.5, 3, 5)};
    }
  }

  @Nested
  class Axis1 extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.prod(in[0], 1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {Ref.reduce(in[0], new int[] {1}, false, (a, b) -> a * b)};
    }
  }

  @Nested
  class AllKeepdims extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.prod(in[0], null, true)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {Ref.reduce(in[0], new int[] {0, 1}, true, (a, b) -> a * b)};
    }
  }

  /** With a zero in x the gradient is the product of the others, not a division by zero. */
  @Test
  void gradientAtZero() {
    Variable x = new Variable(NdArrays.of(new double[] {2, 0, 3, 5}, 4));
    F.prod(x).backward();
    assertArrayEquals(new double[] {0, 30, 0, 0}, x.grad().toDoubleArray(), 1e-12);
  }

  /**
   * The product over an empty axis is 1 and stays connected to x (found by ONNX's
   * reduce_prod_empty_set): backward gives a zero gradient of x's shape, as in Chainer.
   */
  @Test
  void emptyAxisKeepsTheGraph() {
    Variable x = new Variable(NdArrays.of(new double[0], 2, 0, 3));
    Variable y = F.prod(x, new int[] {1}, true);
    assertArrayEquals(new int[] {2, 1, 3}, y.shape());
    assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1}, y.array().toDoubleArray(), 0);
    F.sum(y).backward();
    assertArrayEquals(new int[] {2, 0, 3}, x.grad().shape());
  }
}
