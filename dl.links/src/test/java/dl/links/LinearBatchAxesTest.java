package dl.links;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.Link;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Linear with Chainer's n_batch_axes = 2: x (2, 3, 2, 2) has batch axes (2, 3) and 4 features, so y
 * (2, 3, 5) = x.reshape(6, 4)·Wᵀ + b reshaped; W initialised lazily to (5, 4).
 */
class LinearBatchAxesTest extends LinkTestCase {
  @Override
  protected Link createLink(DType dtype) {
    return Linear.builder(5).nBatchAxes(2).build();
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3, 2, 2)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    TestArray w = param(link, "/W");
    TestArray b = param(link, "/b");
    double[] y = new double[6 * 5];
    for (int r = 0; r < 6; r++) {
      for (int o = 0; o < 5; o++) {
        double s = b.data()[o];
        for (int k = 0; k < 4; k++) {
          s += in[0].data()[r * 4 + k] * w.data()[o * 4 + k];
        }
        y[r * 5 + o] = s;
      }
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), y, 2, 3, 5)};
  }

  @Test
  void theCallTakesNBatchAxesAsChainersCallDoes() {
    Linear l = new Linear(3, 2);
    Variable x =
        new Variable(NdArrays.of(new double[] {1, 2, 3, 4, 5, 6}, 1, 2, 3).astype(l.W.dtype()));
    Variable y = l.call(x, 2);
    assertArrayEquals(new int[] {1, 2, 2}, y.shape());
    Variable flat = l.call(new Variable(x.array().reshape(2, 3)));
    assertArrayEquals(flat.array().toDoubleArray(), y.array().toDoubleArray(), 1e-6);
    // the default (1) is back after the call: (1, 2, 3) flattens to 6 features and is refused
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> l.call(x));
    assertTrue(e.getMessage().contains("in_size == 3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> l.call(x, 0));
  }
}
