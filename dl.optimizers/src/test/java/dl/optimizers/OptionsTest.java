package dl.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Optimizer;
import dl.api.spi.Engine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every optimizer's options value: Chainer's names and defaults, the builder, and the by-name
 * provider reading exactly the same names into the same hyperparameters.
 */
class OptionsTest {
  /** One optimizer: its name, its defaults by name, and how to build it from a map of values. */
  private record Case(
      String name, Map<String, Double> defaults, Function<Map<String, Double>, Optimizer> direct) {}

  private static List<Case> cases() {
    return List.of(
        new Case("SGD", SGD.Options.defaults().asMap(), m -> new SGD(SGD.Options.of(m))),
        new Case(
            "MomentumSGD",
            MomentumSGD.Options.defaults().asMap(),
            m -> new MomentumSGD(MomentumSGD.Options.of(m))),
        new Case(
            "CorrectedMomentumSGD",
            CorrectedMomentumSGD.Options.defaults().asMap(),
            m -> new CorrectedMomentumSGD(CorrectedMomentumSGD.Options.of(m))),
        new Case(
            "NesterovAG",
            NesterovAG.Options.defaults().asMap(),
            m -> new NesterovAG(NesterovAG.Options.of(m))),
        new Case(
            "AdaGrad", AdaGrad.Options.defaults().asMap(), m -> new AdaGrad(AdaGrad.Options.of(m))),
        new Case(
            "AdaDelta",
            AdaDelta.Options.defaults().asMap(),
            m -> new AdaDelta(AdaDelta.Options.of(m))),
        new Case(
            "RMSprop", RMSprop.Options.defaults().asMap(), m -> new RMSprop(RMSprop.Options.of(m))),
        new Case(
            "RMSpropGraves",
            RMSpropGraves.Options.defaults().asMap(),
            m -> new RMSpropGraves(RMSpropGraves.Options.of(m))),
        new Case(
            "SMORMS3", SMORMS3.Options.defaults().asMap(), m -> new SMORMS3(SMORMS3.Options.of(m))),
        new Case("MSVAG", MSVAG.Options.defaults().asMap(), m -> new MSVAG(MSVAG.Options.of(m))),
        new Case("Adam", Adam.Options.defaults().asMap(), m -> new Adam(Adam.Options.of(m))),
        variant("AdamW", AdamW.NAMES, AdamW::new),
        variant("AMSGrad", AMSGrad.NAMES, AMSGrad::new),
        variant("AdaBound", AdaBound.NAMES, AdaBound::new),
        variant("AMSBound", AMSBound.NAMES, AMSBound::new));
  }

  private static Case variant(
      String name, List<String> names, Function<Adam.Options, Optimizer> make) {
    Map<String, Double> d = new LinkedHashMap<>();
    for (String n : names) {
      d.put(n, Adam.Options.defaults().asMap().get(n));
    }
    return new Case(name, d, m -> make.apply(Adam.Options.of(m)));
  }

  /** A value in range that differs from the default (flags flipped). */
  private static double changed(String key, double dflt) {
    if (key.equals("amsgrad") || key.equals("adabound") || key.equals("eps_inside_sqrt")) {
      return 1 - dflt;
    }
    return dflt == 0 ? 0.01 : dflt * 0.5;
  }

  @Test
  void theProviderReadsTheOptionsNamesIntoTheSameHyperparameters() {
    int n = 0;
    for (Case c : cases()) {
      Map<String, Double> values = new LinkedHashMap<>();
      c.defaults().forEach((k, v) -> values.put(k, changed(k, v)));
      Optimizer byName = Engine.get().optimizer(c.name()).create(values);
      Optimizer direct = c.direct().apply(values);
      assertEquals(direct.getClass(), byName.getClass(), c.name());
      for (Map.Entry<String, Double> e : values.entrySet()) {
        assertEquals(e.getValue(), byName.hyperparam().get(e.getKey()), c.name() + " " + e);
        assertEquals(e.getValue(), direct.hyperparam().get(e.getKey()), c.name() + " " + e);
      }
      // The defaults by name are Chainer's: an empty map gives them.
      Optimizer dflt = Engine.get().optimizer(c.name()).create(Map.of());
      c.defaults().forEach((k, v) -> assertEquals(v, dflt.hyperparam().get(k), c.name() + " " + k));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Engine.get().optimizer(c.name()).create(Map.of("learning_rate", 0.1)));
      assertTrue(e.getMessage().contains(c.name()) && e.getMessage().contains("learning_rate"));
      for (String k : c.defaults().keySet()) {
        assertTrue(e.getMessage().contains(k), c.name() + ": " + e.getMessage());
      }
      n++;
    }
    assertEquals(15, n);
  }

  @Test
  void chainersDefaultsAndTheBuilder() {
    assertEquals(0.01, SGD.Options.defaults().lr());
    assertEquals(new MomentumSGD.Options(0.01, 0.9), MomentumSGD.Options.defaults());
    assertEquals(new AdaDelta.Options(0.95, 1e-6), AdaDelta.Options.defaults());
    assertEquals(new RMSprop.Options(0.01, 0.99, 1e-8, false), RMSprop.Options.defaults());
    assertEquals(
        new RMSpropGraves.Options(1e-4, 0.95, 0.9, 1e-4), RMSpropGraves.Options.defaults());
    assertEquals(new MSVAG.Options(0.1, 0.9, 1.0, 0), MSVAG.Options.defaults());
    assertEquals(
        new Adam.Options(1e-3, 0.9, 0.999, 1e-8, 1.0, 0, false, false, 0.1, 1e-3),
        Adam.Options.defaults());
    Adam.Options o = Adam.Options.builder().alpha(2e-3).amsgrad(true).build();
    assertEquals(2e-3, o.alpha());
    assertTrue(o.amsgrad());
    assertEquals(0.999, o.beta2());
    assertEquals(o, o.toBuilder().build());
    assertNotEquals(o, o.toBuilder().eps(1e-6).build());
    Adam a = new Adam(o);
    assertTrue(a.amsgrad());
    assertEquals(2e-3, a.alpha());
  }

  @Test
  void adamVariantsSwitchTheirFlagsAndRejectHyperparametersTheyLack() {
    assertTrue(new AMSGrad(Adam.Options.defaults()).amsgrad());
    assertTrue(new AdaBound().adabound());
    AMSBound both = new AMSBound(1e-4);
    assertTrue(both.amsgrad() && both.adabound());
    assertEquals(1e-4, both.alpha());
    assertInstanceOf(AdamW.class, new AdamW(Adam.Options.builder().weightDecayRate(0.1).build()));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new AdamW(Adam.Options.builder().amsgrad(true).build()));
    assertTrue(e.getMessage().contains("AdamW") && e.getMessage().contains("amsgrad"));
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new AMSGrad(Adam.Options.builder().weightDecayRate(0.1).build()));
    assertTrue(e.getMessage().contains("weight_decay_rate"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Engine.get().optimizer("Adam").create(Map.of("amsgrad", 0.5)));
    assertTrue(e.getMessage().contains("0 or 1"), e.getMessage());
  }
}
