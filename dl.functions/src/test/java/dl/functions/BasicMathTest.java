package dl.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dl.api.NdArrays;
import dl.api.Variable;
import org.junit.jupiter.api.Test;

/** Variable's operators, implemented by BasicMath through the VariableMath service. */
class BasicMathTest {
  @Test
  void operatorsMatchPlainArithmetic() {
    Variable x = new Variable(NdArrays.of(new float[] {1, 2, 3, 4}, 2, 2));
    Variable y = new Variable(NdArrays.of(new float[] {2, 2, 2, 2}, 2, 2));
    assertArrayEquals(new float[] {3, 4, 5, 6}, x.add(y).array().toFloatArray());
    assertArrayEquals(new float[] {-1, 0, 1, 2}, x.sub(y).array().toFloatArray());
    assertArrayEquals(new float[] {2, 4, 6, 8}, x.mul(2).array().toFloatArray());
    assertArrayEquals(new float[] {0.5f, 1, 1.5f, 2}, x.div(y).array().toFloatArray());
    assertArrayEquals(new float[] {1, 0, -1, -2}, x.rsub(2).array().toFloatArray());
    assertArrayEquals(new float[] {2, 1, 2f / 3, 0.5f}, x.rdiv(2).array().toFloatArray(), 1e-6f);
    assertArrayEquals(new float[] {1, 4, 9, 16}, x.pow(2).array().toFloatArray());
    assertArrayEquals(new float[] {1, 4, 9, 16}, x.pow(y).array().toFloatArray(), 1e-5f);
    assertArrayEquals(new float[] {-1, -2, -3, -4}, x.neg().array().toFloatArray());
    assertArrayEquals(new float[] {6, 6, 14, 14}, x.matmul(y).array().toFloatArray());
    assertArrayEquals(new float[] {1, 3, 2, 4}, x.T().array().toFloatArray());
    assertArrayEquals(new int[] {4}, x.reshape(4).shape());
    assertEquals(10, x.sum().item());
  }

  @Test
  void scalarOperandsBroadcastAndBackpropagate() {
    Variable x = new Variable(NdArrays.of(new float[] {1, 2}, 2));
    Variable z = x.mul(3).add(1).sum();
    z.backward();
    assertArrayEquals(new float[] {3, 3}, x.grad().toFloatArray());
  }
}
