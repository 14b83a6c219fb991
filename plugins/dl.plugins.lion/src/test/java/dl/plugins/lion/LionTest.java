package dl.plugins.lion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.Device;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Optimizer;
import dl.api.Parameter;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.functions.F;
import dl.testing.Backends;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LionTest {
  /** One parameter vector, the smallest model an optimizer can update. */
  static final class Vec extends Link {
    final Parameter w;

    Vec(NdArray init) {
      w = addParam("w", new Parameter(init));
    }
  }

  @Test
  void twoStepsFollowThePapersFormulaOnEveryBackend() {
    double[] w0 = {0.5, -1.0, 2.0};
    double[][] grads = {{0.3, -0.2, 0.0}, {-0.1, -0.4, 0.25}};
    double lr = 0.1;
    double b1 = 0.8;
    double b2 = 0.95;
    double wd = 0.5;
    // Expected values in plain double: c = b1·m + (1-b1)·g; w -= lr·(sign(c) + wd·w); m = b2·m +
    // (1-b2)·g.
    double[] w = w0.clone();
    double[] m = new double[3];
    for (double[] g : grads) {
      for (int i = 0; i < 3; i++) {
        double c = b1 * m[i] + (1 - b1) * g[i];
        w[i] -= lr * (Math.signum(c) + wd * w[i]);
        m[i] = b2 * m[i] + (1 - b2) * g[i];
      }
    }
    for (Device device : Backends.available()) {
      Vec v = new Vec(device.backend().fromArray(w0.clone(), 3));
      Optimizer opt =
          Engine.get()
              .optimizer("Lion")
              .create(Map.of("lr", lr, "beta1", b1, "beta2", b2, "weightDecay", wd))
              .setup(v);
      for (double[] g : grads) {
        v.w.setGrad(device.backend().fromArray(g.clone(), 3));
        opt.update();
      }
      assertArrayEquals(w, v.w.array().toDoubleArray(), 1e-12, device.toString());
    }
  }

  @Test
  void minimisesAQuadraticOnEveryBackend() {
    for (Device device : Backends.available()) {
      Vec v = new Vec(device.backend().fromArray(new float[] {3, -2, 1, 4}, 4));
      Optimizer opt = new Lion(0.05).setup(v);
      Variable target = new Variable(device.backend().full(new int[] {4}, 0.5, DType.FLOAT32));
      double first = F.sum(F.square(F.sub(v.w, target))).item();
      for (int i = 0; i < 60; i++) {
        opt.update(() -> F.sum(F.square(F.sub(v.w, target))));
      }
      double last = F.sum(F.square(F.sub(v.w, target))).item();
      assertTrue(last < 0.05 * first, device + ": loss " + first + " -> " + last);
    }
  }

  @Test
  void badHyperparametersAreNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Engine.get().optimizer("Lion").create(Map.of("momentum", 0.9)));
    assertTrue(e.getMessage().contains("momentum") && e.getMessage().contains("beta1"));
    assertThrows(IllegalArgumentException.class, () -> new Lion(-1));
  }

  @Test
  void optionsAndTheProviderReadTheSameNames() {
    Lion.Options o = Lion.Options.builder().lr(3e-4).beta2(0.98).weightDecay(0.1).build();
    assertEquals(Map.of("lr", 3e-4, "beta1", 0.9, "beta2", 0.98, "weight_decay", 0.1), o.asMap());
    assertEquals(o, o.toBuilder().build());
    assertEquals(1e-4, Lion.Options.defaults().lr());
    Lion byName = (Lion) Engine.get().optimizer("Lion").create(o.asMap());
    Lion direct = new Lion(o);
    for (String k : o.asMap().keySet()) {
      assertEquals(direct.hyperparam().get(k), byName.hyperparam().get(k), k);
      assertEquals(o.asMap().get(k), direct.hyperparam().get(k), k);
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Lion(Lion.Options.builder().beta1(1.5).build()));
    assertTrue(e.getMessage().contains("beta1") && e.getMessage().contains("1.5"), e.getMessage());
  }
}
