package dl.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dl.api.NdArrays;
import dl.api.Variable;
import org.junit.jupiter.api.Test;

/** The seed examples of Chainer's tutorial ("Variables and Derivatives"). */
class TutorialTest {
  private static Variable scalar(float v) {
    return new Variable(NdArrays.of(new float[] {v}));
  }

  @Test
  void polynomialAndItsGradient() {
    Variable x1 = scalar(1);
    Variable x2 = scalar(2);
    Variable x3 = scalar(3);
    // z = (x1 - 2·x2 - 1)² + (x2·x3 - 1)² + 1
    Variable z = x1.sub(x2.mul(2)).sub(1).pow(2).add(x2.mul(x3).sub(1).pow(2)).add(1);
    assertEquals(42, z.item(), 0);
    z.backward();
    assertEquals(-8, x1.grad().item(), 0);
    assertEquals(46, x2.grad().item(), 0);
    assertEquals(20, x3.grad().item(), 0);
  }

  @Test
  void sinWithUpstreamOnes() {
    Variable x = new Variable(NdArrays.of(new float[] {-1, 0, 1}, 3));
    Variable y = F.sin(x);
    y.setGrad(NdArrays.ones(dl.api.DType.FLOAT32, 3));
    y.backward();
    float[] expected = {(float) Math.cos(-1), 1, (float) Math.cos(1)};
    assertArrayEquals(expected, x.grad().toFloatArray(), 1e-6f);
  }
}
