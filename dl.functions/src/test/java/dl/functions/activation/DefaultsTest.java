package dl.functions.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import org.junit.jupiter.api.Test;

/**
 * Chainer's defaults: clipped_relu z = 20, elu alpha = 1, softplus beta = 1, crelu/maxout axis 1.
 */
class DefaultsTest {
  private static Variable v(double... d) {
    return new Variable(NdArrays.of(d, d.length));
  }

  @Test
  void scalarDefaults() {
    assertArrayEquals(
        new double[] {0, 5, 20}, F.clippedRelu(v(-1, 5, 25)).array().toDoubleArray(), 1e-12);
    assertArrayEquals(
        new double[] {Math.exp(-2) - 1, 3}, F.elu(v(-2, 3)).array().toDoubleArray(), 1e-12);
    assertArrayEquals(
        new double[] {Math.log(1 + Math.exp(-1)), Math.log(1 + Math.exp(30))},
        F.softplus(v(-1, 30)).array().toDoubleArray(),
        1e-12);
  }

  @Test
  void axisDefaults() {
    Variable x = new Variable(NdArrays.of(new double[] {1, -2, 3, -4, 5, -6}, 2, 3));
    Variable c = F.crelu(x);
    assertArrayEquals(new int[] {2, 6}, c.shape());
    assertArrayEquals(
        new double[] {1, 0, 3, 0, 2, 0, 0, 5, 0, 4, 0, 6}, c.array().toDoubleArray(), 1e-12);
    Variable m = F.maxout(new Variable(NdArrays.of(new double[] {1, 7, 3, 4, 5, 2}, 1, 6)), 2);
    assertArrayEquals(new double[] {7, 4, 5}, m.array().toDoubleArray(), 1e-12);
    Variable m0 = F.maxout(new Variable(NdArrays.of(new double[] {1, 7, 3, 4}, 4, 1)), 2, 0);
    assertArrayEquals(new double[] {7, 4}, m0.array().toDoubleArray(), 1e-12);
  }
}
