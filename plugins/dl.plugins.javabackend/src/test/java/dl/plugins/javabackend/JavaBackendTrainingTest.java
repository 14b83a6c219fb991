package dl.plugins.javabackend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Chain;
import dl.api.DType;
import dl.api.Device;
import dl.api.NdArray;
import dl.api.Rng;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.functions.F;
import dl.links.Classifier;
import dl.links.Linear;
import dl.optimizers.Adam;
import org.junit.jupiter.api.Test;

/** The example MLP (Linear-ReLU-Linear-ReLU-Linear, softmax cross entropy, Adam) on "java". */
class JavaBackendTrainingTest {
  static final class Mlp extends Chain {
    final Linear l1 = addLink("l1", new Linear(32));
    final Linear l2 = addLink("l2", new Linear(32));
    final Linear l3 = addLink("l3", new Linear(3));

    @Override
    protected Variable forward(Variable... x) {
      return l3.call(F.relu(l2.call(F.relu(l1.call(x[0])))));
    }
  }

  /** Losses of {@code steps} Adam steps on a fixed toy batch on {@code device}. */
  static double[] train(Device device, int steps) {
    Rng.seed(0);
    dl.api.Backend b = device.backend();
    NdArray x = b.randomNormal(new int[] {24, 8}, DType.FLOAT32, 0, 1, 11);
    NdArray t =
        b.argReduce(
            dl.api.ReduceOp.MAX,
            b.matmul(x, b.randomNormal(new int[] {8, 3}, DType.FLOAT32, 0, 1, 12), false, false),
            1);
    Classifier model = new Classifier(new Mlp());
    model.toDevice(device);
    Adam opt = new Adam(0.01);
    opt.setup(model);
    double[] losses = new double[steps];
    for (int i = 0; i < steps; i++) {
      Variable[] loss = new Variable[1];
      opt.update(() -> loss[0] = model.call(new Variable(x), new Variable(t)));
      losses[i] = loss[0].item();
    }
    return losses;
  }

  @Test
  void trainsTheMlpWithDecreasingLoss() {
    double[] java = train(Device.of("java"), 15);
    for (int i = 1; i < java.length; i++) {
      assertTrue(java[i] < java[i - 1], "step " + i + ": " + java[i - 1] + " -> " + java[i]);
    }
    assertTrue(java[14] < 0.5 * java[0], java[0] + " -> " + java[14]);
  }

  @Test
  void matchesTheCpuBackendStepForStep() {
    // Same seeds, same random streams: both backends see the same data and initial weights.
    assertArrayEquals(train(Device.of("cpu"), 5), train(Device.of("java"), 5), 1e-4);
  }

  @Test
  void isSelectableAndRanksBelowCpu() {
    assertEquals(Device.of("java"), Device.of("java").backend().device());
    assertEquals("cpu", Engine.get().defaultDevice().backendName());
  }
}
