package dl.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Optimizer;
import dl.api.spi.Engine;
import dl.api.spi.OptimizerProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The optimizers are found by their Chainer names through the engine's registry. */
class ProviderTest {
  @Test
  void optimizersAreRegisteredByName() {
    List<String> names = Engine.get().registeredNames(OptimizerProvider.class);
    assertTrue(names.containsAll(List.of("SGD", "MomentumSGD", "Adam")), names.toString());
  }

  @Test
  void adamFromTheRegistryTakesGivenValuesAndDefaults() {
    Optimizer o =
        Engine.get()
            .optimizer("Adam")
            .create(Map.of("alpha", 0.01, "beta2", 0.99, "weightDecayRate", 1e-4));
    Adam adam = assertInstanceOf(Adam.class, o);
    assertEquals(0.01, adam.alpha());
    assertEquals(0.9, adam.beta1());
    assertEquals(0.99, adam.beta2());
    assertEquals(1e-8, adam.eps());
    assertEquals(1.0, adam.eta());
    assertEquals(1e-4, adam.weightDecayRate());
  }

  @Test
  void sgdAndMomentumSgdFromTheRegistry() {
    SGD sgd = assertInstanceOf(SGD.class, Engine.get().optimizer("SGD").create(Map.of()));
    assertEquals(0.01, sgd.lr());
    MomentumSGD m =
        assertInstanceOf(
            MomentumSGD.class, Engine.get().optimizer("MomentumSGD").create(Map.of("lr", 0.1)));
    assertEquals(0.1, m.lr());
    assertEquals(0.9, m.momentum());
  }

  @Test
  void unknownOrInvalidHyperparametersAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Engine.get().optimizer("SGD").create(Map.of("learning_rate", 0.1)));
    assertTrue(
        e.getMessage().contains("unknown hyperparameter 'learning_rate'")
            && e.getMessage().contains("lr=0.01"),
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Engine.get().optimizer("Adam").create(Map.of("beta1", 1.0)));
    assertTrue(
        e.getMessage().startsWith("Adam: hyperparameter beta1 must be in [0.0, 1.0)"),
        e.getMessage());
  }
}
