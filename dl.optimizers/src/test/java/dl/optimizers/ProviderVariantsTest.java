package dl.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.spi.Engine;
import dl.api.spi.OptimizerProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every optimizer is registered under Chainer's name and reads its hyperparameters by name. */
class ProviderVariantsTest {
  static final List<String> NAMES =
      List.of(
          "SGD",
          "MomentumSGD",
          "CorrectedMomentumSGD",
          "NesterovAG",
          "AdaGrad",
          "AdaDelta",
          "RMSprop",
          "RMSpropGraves",
          "SMORMS3",
          "Adam",
          "AdamW",
          "AMSGrad",
          "AdaBound",
          "AMSBound",
          "MSVAG");

  @Test
  void allFifteenAreRegisteredAndBuildWithDefaults() {
    List<String> names = Engine.get().registeredNames(OptimizerProvider.class);
    for (String n : NAMES) {
      assertTrue(names.contains(n), n + " in " + names);
      assertEquals(n, Engine.get().optimizer(n).create(Map.of()).getClass().getSimpleName());
    }
  }

  @Test
  void hyperparametersByChainerOrCamelCaseName() {
    RMSprop r =
        assertInstanceOf(
            RMSprop.class,
            Engine.get().optimizer("RMSprop").create(Map.of("lr", 0.1, "epsInsideSqrt", 1.0)));
    assertEquals(0.1, r.lr());
    assertTrue(r.epsInsideSqrt());
    AdaBound b =
        assertInstanceOf(
            AdaBound.class,
            Engine.get().optimizer("AdaBound").create(Map.of("final_lr", 0.2, "gamma", 0.01)));
    assertEquals(0.2, b.finalLr());
    assertEquals(0.01, b.gamma());
    Adam a =
        assertInstanceOf(Adam.class, Engine.get().optimizer("Adam").create(Map.of("amsgrad", 1.0)));
    assertTrue(a.amsgrad());
    MSVAG m =
        assertInstanceOf(MSVAG.class, Engine.get().optimizer("MSVAG").create(Map.of("beta", 0.5)));
    assertEquals(0.5, m.beta());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Engine.get().optimizer("AdaDelta").create(Map.of("lr", 0.1)));
    assertTrue(e.getMessage().contains("AdaDelta: unknown hyperparameter 'lr'"), e.getMessage());
  }
}
