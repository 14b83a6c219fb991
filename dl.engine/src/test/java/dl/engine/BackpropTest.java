package dl.engine;

import static dl.engine.TestNodes.mul;
import static dl.engine.TestNodes.scale;
import static dl.engine.TestNodes.sumAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Config;
import dl.api.FunctionHook;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Scope;
import dl.api.Variable;
import dl.api.spi.Engine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackpropTest {
  private static Variable var(double... v) {
    return new Variable(NdArrays.of(v, v.length));
  }

  @Test
  void variableUsedTwiceGetsSummedGradient() {
    Variable x = var(1, 2, 3);
    sumAll(mul(x, x)).backward();
    assertArrayEquals(new double[] {2, 4, 6}, x.grad().toDoubleArray());
  }

  @Test
  void leafGradientsAccumulateUntilCleared() {
    Variable x = var(1, 2);
    sumAll(scale(x, 3)).backward();
    sumAll(scale(x, 3)).backward();
    assertArrayEquals(new double[] {6, 6}, x.grad().toDoubleArray());
    x.cleargrad();
    assertNull(x.grad());
    sumAll(scale(x, 3)).backward();
    assertArrayEquals(new double[] {3, 3}, x.grad().toDoubleArray());
  }

  @Test
  void intermediateGradientsAreDroppedUnlessRetained() {
    Variable x = var(1, 2);
    Variable h = scale(x, 2);
    sumAll(mul(h, h)).backward();
    assertNull(h.grad());
    Variable h2 = scale(x, 2);
    sumAll(mul(h2, h2)).backward(true, false);
    assertArrayEquals(new double[] {4, 8}, h2.grad().toDoubleArray());
  }

  @Test
  void functionsRunInDescendingRankOrder() {
    // y = a * b where a = 2x (rank 1) and b = 3a (rank 2): b's creator must run before a's.
    Variable x = var(1);
    Variable a = scale(x, 2);
    Variable b = scale(a, 3);
    Variable y = mul(a, b);
    List<Integer> ranks = new ArrayList<>();
    FunctionHook h =
        new FunctionHook() {
          @Override
          public void backwardPreprocess(FunctionNode f, Variable[] gy) {
            ranks.add(f.rank());
          }
        };
    try (Scope s = Engine.get().addFunctionHook(h)) {
      y.backward();
    }
    assertEquals(List.of(2, 1, 0), ranks);
    // y = 2x * 6x = 12x^2 -> dy/dx = 24x
    assertArrayEquals(new double[] {24}, x.grad().toDoubleArray(), 1e-12);
  }

  @Test
  void gradOverPrunedGraphLeavesGradUntouched() {
    Variable x = var(2);
    Variable w = var(5);
    Variable y = mul(mul(x, x), w);
    Variable[] g = Engine.get().grad(new Variable[] {y}, new Variable[] {x}, null, false);
    assertArrayEquals(new double[] {20}, g[0].array().toDoubleArray(), 1e-12);
    assertNull(x.grad());
    assertNull(w.grad());
  }

  @Test
  void gradWithRespectToAnIntermediateVariable() {
    Variable x = var(3);
    Variable h = scale(x, 2);
    Variable y = mul(h, h);
    Variable[] g = Engine.get().grad(new Variable[] {y}, new Variable[] {h, x}, null, false);
    assertArrayEquals(new double[] {12}, g[0].array().toDoubleArray(), 1e-12);
    assertArrayEquals(new double[] {24}, g[1].array().toDoubleArray(), 1e-12);
  }

  @Test
  void doubleBackpropGivesSecondDerivative() {
    Variable x = var(2);
    Variable y = mul(mul(x, x), x);
    Variable gx = Engine.get().grad(new Variable[] {y}, new Variable[] {x}, null, true)[0];
    assertArrayEquals(new double[] {12}, gx.array().toDoubleArray(), 1e-12); // 3x^2
    Variable ggx = Engine.get().grad(new Variable[] {gx}, new Variable[] {x}, null, false)[0];
    assertArrayEquals(new double[] {12}, ggx.array().toDoubleArray(), 1e-12); // 6x
  }

  @Test
  void backwardWithDoubleBackpropLeavesADifferentiableGrad() {
    Variable x = var(3);
    mul(x, x).backward(false, true);
    Variable gx = x.gradVar();
    assertNotNull(gx.creator(), "the gradient must carry a graph");
    x.cleargrad();
    gx.backward();
    assertArrayEquals(new double[] {2}, x.grad().toDoubleArray(), 1e-12);
  }

  @Test
  void unchainBackwardStopsPropagation() {
    Variable x = var(1, 2);
    Variable h = scale(x, 2);
    Variable y = sumAll(h);
    h.unchainBackward();
    y.backward();
    assertNull(x.grad());
    assertNull(h.creator());
  }

  @Test
  void nonScalarOutputWithoutGradIsAnError() {
    Variable y = scale(var(1, 2), 2);
    IllegalStateException e = assertThrows(IllegalStateException.class, y::backward);
    assertTrue(
        e.getMessage().contains("(2,)") && e.getMessage().contains("setGrad"), e.getMessage());
    y.setGrad(NdArrays.of(new double[] {1, 1}, 2));
    y.backward();
  }

  @Test
  void graphBuiltWithoutBackpropIsAnError() {
    Variable x = var(1);
    Variable y;
    try (Scope s = Config.noBackpropMode()) {
      y = scale(x, 2);
    }
    assertNull(y.creator());
    IllegalStateException e = assertThrows(IllegalStateException.class, y::backward);
    assertTrue(e.getMessage().contains("noBackpropMode"), e.getMessage());
  }

  @Test
  void gradientShapeMismatchIsReported() {
    Variable y = scale(var(1, 2), 2);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> y.setGrad(NdArrays.of(new double[] {1, 1, 1}, 3)));
    assertTrue(e.getMessage().contains("(2,)") && e.getMessage().contains("(3,)"), e.getMessage());
  }

  @Test
  void retainedInputSurvivesItsVariable() {
    Variable x = var(3);
    Variable y = mul(scale(x, 1), scale(x, 1)); // the inputs of mul are only held by the graph
    System.gc();
    y.backward();
    assertArrayEquals(new double[] {6}, x.grad().toDoubleArray(), 1e-12);
  }

  @Test
  void debugModeDetectsNaN() {
    NdArray nan = NdArrays.of(new double[] {Double.NaN}, 1);
    try (Scope s = Config.using(Config.Key.DEBUG, true)) {
      ArithmeticException e =
          assertThrows(ArithmeticException.class, () -> scale(new Variable(nan), 1));
      assertTrue(e.getMessage().contains("Scale"), e.getMessage());
    }
  }

  @Test
  void functionNodeIsAppliedOnce() {
    TestNodes.Scale s = new TestNodes.Scale(2);
    s.apply(var(1));
    assertThrows(IllegalStateException.class, () -> s.apply(var(1)));
  }
}
