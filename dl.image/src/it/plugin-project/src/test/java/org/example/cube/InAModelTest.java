package org.example.cube;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dl.api.NdArrays;
import dl.api.Optimizer;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.links.Linear;
import dl.testing.ServiceRegistrations;
import java.util.Map;
import org.example.cube.internal.CubeOnClassPath;
import org.junit.jupiter.api.Test;

/**
 * Uses dl.links, which module-info does not require (the POM's --add-reads lets the patched test
 * module read it), and dl.optimizers by name.
 */
class InAModelTest {
  @Test
  void foundByNameAndTrainedThrough() {
    Variable x = new Variable(NdArrays.of(new double[] {-1, 2}, 2), "x", true);
    Variable y = Engine.get().function("example_cube").apply(Map.of(), x)[0];
    assertArrayEquals(new double[] {-1, 8}, y.array().toDoubleArray(), 0);

    Linear l = new Linear(2, 1);
    Optimizer opt = Engine.get().optimizer("SGD").create(Map.of("lr", 0.01));
    opt.setup(l);
    Variable in = new Variable(NdArrays.of(new float[] {0.5f, -0.5f}, 1, 2));
    double first = 0;
    double last = 0;
    for (int i = 0; i < 20; i++) {
      Variable loss = Cube.cube(l.call(in).sub(1)).mul(l.call(in).sub(1)).sum();
      l.cleargrads();
      loss.backward();
      opt.update();
      last = loss.array().toDoubleArray()[0];
      if (i == 0) {
        first = last;
      }
    }
    assertEquals(true, last < first, "loss " + first + " -> " + last);
  }

  @Test
  void registrationsAgree() {
    ServiceRegistrations.assertAgree(Cube.class.getModule(), new CubeOnClassPath());
  }
}
