package dl.functions.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * forget around {@code (tanh(a)·b, a + b²)}: values, gradients, double gradients, recomputation.
 */
class ForgetTest extends FunctionTestCase {
  static Variable[] body(Variable[] xs) {
    return new Variable[] {F.mul(F.tanh(xs[0]), xs[1]), F.add(xs[0], F.square(xs[1]))};
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      TestArray.uniform(rng, dtype, -1, 1, 2, 3), TestArray.uniform(rng, dtype, -1, 1, 2, 3)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return F.forget(ForgetTest::body, in);
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] y0 = new double[in[0].size()];
    double[] y1 = new double[in[0].size()];
    for (int i = 0; i < y0.length; i++) {
      double a = in[0].data()[i];
      double b = in[1].data()[i];
      y0[i] = Math.tanh(a) * b;
      y1[i] = a + b * b;
    }
    return new TestArray[] {
      new TestArray(y0, in[0].shape(), in[0].dtype()),
      new TestArray(y1, in[0].shape(), in[0].dtype())
    };
  }

  @Test
  void recomputesOnceInBackwardAndKeepsNoInnerGraph() {
    AtomicInteger calls = new AtomicInteger();
    Variable x = new Variable(NdArrays.of(new double[] {0.5, -1.0}, 2));
    Variable y =
        F.forget(
            v -> {
              calls.incrementAndGet();
              return F.sum(F.exp(v));
            },
            x);
    assertEquals(1, calls.get());
    assertInstanceOf(Forget.class, y.creator()); // the graph is one node, not exp and sum
    y.backward();
    assertEquals(2, calls.get());
    assertEquals(Math.exp(0.5), x.grad().getDouble(0), 1e-12);
    assertEquals(Math.exp(-1.0), x.grad().getDouble(1), 1e-12);
  }

  @Test
  void gradientReachesVariablesUpstreamOfTheInputs() {
    Variable a = new Variable(NdArrays.of(new double[] {0.3, 0.7}, 2));
    Variable y = F.sum(F.forget(v -> F.square(v), F.mul(a, 3.0)));
    y.backward();
    // d/da Σ (3a)² = 18 a
    assertEquals(18 * 0.3, a.grad().getDouble(0), 1e-12);
    assertEquals(18 * 0.7, a.grad().getDouble(1), 1e-12);
  }

  @Test
  void registeredByNameWithTheFunctionAsOption() {
    java.util.function.Function<Variable[], Variable[]> f = xs -> new Variable[] {F.exp(xs[0])};
    Variable x = new Variable(NdArrays.of(new double[] {0.0, 1.0}, 2));
    Variable[] y = dl.api.spi.Engine.get().function("forget").apply(java.util.Map.of("func", f), x);
    assertEquals(Math.E, y[0].array().getDouble(1), 1e-12);
    assertInstanceOf(Forget.class, y[0].creator());
  }
}
