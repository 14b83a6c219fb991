package dl.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Config;
import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Scope;
import dl.api.Variable;
import dl.api.spi.Engine;
import org.junit.jupiter.api.Test;

/** Chainer's autograd semantics, exercised with real functions. */
class AutogradTest {
  private static Variable vec(float... v) {
    return new Variable(NdArrays.of(v, v.length));
  }

  @Test
  void variableUsedTwiceGetsSummedGradients() {
    Variable x = vec(1, -2, 3);
    F.sum(x.mul(x)).backward();
    assertArrayEquals(new float[] {2, -4, 6}, x.grad().toFloatArray());
  }

  @Test
  void leafGradientsAccumulateUntilCleared() {
    Variable x = vec(1, 2);
    F.sum(F.mul(x, 3.0)).backward();
    F.sum(F.mul(x, 3.0)).backward();
    assertArrayEquals(new float[] {6, 6}, x.grad().toFloatArray());
    x.cleargrad();
    assertNull(x.grad());
    F.sum(F.mul(x, 3.0)).backward();
    assertArrayEquals(new float[] {3, 3}, x.grad().toFloatArray());
  }

  @Test
  void intermediateGradientsOnlyWithRetainGrad() {
    Variable x = vec(1, 2);
    Variable h = F.mul(x, 2.0);
    F.sum(F.square(h)).backward();
    assertNull(h.grad());
    Variable h2 = F.mul(x, 2.0);
    F.sum(F.square(h2)).backward(true, false);
    assertArrayEquals(new float[] {4, 8}, h2.grad().toFloatArray()); // 2·h
  }

  @Test
  void gradOverPrunedGraphLeavesDotGradAlone() {
    Variable x = vec(1, 2);
    Variable w = vec(3, 4);
    Variable y = F.sum(F.mul(F.exp(w), x));
    Variable[] g = Engine.get().grad(new Variable[] {y}, new Variable[] {x}, null, false);
    assertArrayEquals(
        new float[] {(float) Math.exp(3), (float) Math.exp(4)}, g[0].array().toFloatArray(), 1e-4f);
    assertNull(x.grad());
    assertNull(w.grad());
  }

  @Test
  void doubleBackpropGivesTheSecondDerivative() {
    Variable x = vec(1, 2, -3);
    Variable y = F.sum(F.pow(x, 3.0));
    Variable gx = Engine.get().grad(new Variable[] {y}, new Variable[] {x}, null, true)[0];
    assertArrayEquals(new float[] {3, 12, 27}, gx.array().toFloatArray(), 1e-5f);
    F.sum(gx).backward();
    assertArrayEquals(new float[] {6, 12, -18}, x.grad().toFloatArray(), 1e-5f);
  }

  @Test
  void unchainBackwardStopsPropagation() {
    Variable x = vec(1, 2);
    Variable h = F.exp(x);
    Variable y = F.sum(F.mul(h, 2.0));
    h.unchainBackward();
    y.backward();
    assertNull(x.grad());
  }

  @Test
  void nonScalarBackwardWithoutGradIsAnError() {
    Variable y = F.mul(vec(1, 2), 2.0);
    IllegalStateException e = assertThrows(IllegalStateException.class, y::backward);
    assertTrue(e.getMessage().contains("(2,)"), e.getMessage());
  }

  @Test
  @SuppressWarnings("try") // the scope is only opened and closed
  void backwardThroughNoBackpropModeIsAnError() {
    Variable x = vec(1, 2);
    Variable y;
    try (Scope s = Config.noBackpropMode()) {
      y = F.sum(F.exp(x));
    }
    IllegalStateException e = assertThrows(IllegalStateException.class, y::backward);
    assertTrue(e.getMessage().contains("noBackpropMode"), e.getMessage());
  }

  @Test
  void typeErrorsNameFunctionArgumentExpectedAndActual() {
    Variable a = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable b = new Variable(NdArrays.zeros(DType.FLOAT64, 2, 3));
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> F.add(a, b));
    assertEquals(
        "add: invalid argument rhs (input 1)\nExpect: rhs.dtype == lhs.dtype (float32)"
            + "\nActual: rhs.dtype == float64",
        e.getMessage());
    Variable c = new Variable(NdArrays.zeros(DType.FLOAT32, 4));
    e = assertThrows(InvalidTypeException.class, () -> F.mul(a, c));
    assertTrue(
        e.getMessage().contains("(2, 3)") && e.getMessage().contains("(4,)"), e.getMessage());
    e = assertThrows(InvalidTypeException.class, () -> F.sum(a, 2));
    assertTrue(
        e.getMessage().contains("sum") && e.getMessage().contains("axis == 2"), e.getMessage());
  }
}
