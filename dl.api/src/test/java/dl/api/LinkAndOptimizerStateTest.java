package dl.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bookkeeping of links, optimizers, update rules and hyperparameters that needs no arrays:
 * persistents, children, hooks, counters and fallbacks, and the errors that name what exists.
 */
class LinkAndOptimizerStateTest {
  static final class Stats extends Link {
    Stats() {
      addPersistent("mean", null);
      addParam("W", new Parameter(Initializer.constant(0)));
    }
  }

  static final class Net extends Chain {
    final Stats a = addLink("a", new Stats());
  }

  /** An optimizer whose rules only count their calls. */
  static final class Counting extends Optimizer {
    @Override
    protected UpdateRule createUpdateRule() {
      return new UpdateRule(hyperparam()) {
        @Override
        protected void updateCore(Parameter param) {}
      };
    }
  }

  @Test
  void persistentsAreNamedAndUnknownNamesAreErrors() {
    Stats s = new Stats();
    assertEquals(List.of("mean"), s.persistentNames());
    assertNull(s.persistent("mean"));
    s.setPersistent("mean", null);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> s.persistent("var"));
    assertTrue(e.getMessage().contains("no persistent value 'var'"), e.getMessage());
    assertTrue(e.getMessage().contains("[mean]"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> s.setPersistent("var", null));
  }

  @Test
  void childrenAreFoundByNameOrIndex() {
    Net net = new Net();
    assertSame(net.a, net.child("a"));
    assertEquals(List.of(net.a), net.children());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.child("b"));
    assertEquals("Net: no child link 'b'; children: [a]", e.getMessage());
    assertEquals("Stats a", net.a.toString());
    assertEquals("Net", net.toString());

    ChainList list = new ChainList(new Stats(), new Stats());
    assertEquals(2, list.size());
    assertEquals("1", list.get(1).name());
  }

  @Test
  void aLinkWithoutForwardSaysSo() {
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> new Stats().call());
    assertEquals("Stats does not define forward(Variable...)", e.getMessage());
  }

  @Test
  void optimizerCountsUpdatesAndEpochsAndRunsHooksInOrder() {
    Counting opt = new Counting();
    IllegalStateException notSetUp = assertThrows(IllegalStateException.class, opt::update);
    assertEquals("Counting: call setup(link) before updating", notSetUp.getMessage());

    List<String> calls = new ArrayList<>();
    opt.addHook("post", OptimizerHook.Timing.POST, o -> calls.add("post t=" + o.t()));
    opt.addHook("pre", OptimizerHook.Timing.PRE, o -> calls.add("pre t=" + o.t()));
    assertEquals(List.of("post", "pre"), opt.hookNames());
    IllegalArgumentException dup =
        assertThrows(
            IllegalArgumentException.class,
            () -> opt.addHook("pre", OptimizerHook.Timing.PRE, o -> {}));
    assertEquals("optimizer hook 'pre' already exists", dup.getMessage());

    Net net = new Net();
    opt.setup(net);
    assertSame(net, opt.target());
    opt.update();
    opt.update();
    assertEquals(List.of("pre t=0", "post t=1", "pre t=1", "post t=2"), calls);
    assertEquals(2, opt.t());

    opt.newEpoch();
    assertEquals(1, opt.epoch());
    opt.setT(10);
    opt.setEpoch(3);
    assertEquals(10, opt.t());
    assertEquals(3, opt.epoch());
    opt.setup(net); // a new setup starts counting again
    assertEquals(0, opt.t());
    assertEquals(0, opt.epoch());

    opt.removeHook("post");
    assertEquals(List.of("pre"), opt.hookNames());
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> opt.removeHook("post"));
    assertEquals("no optimizer hook 'post'; hooks: [pre]", missing.getMessage());
  }

  @Test
  void updateRulesInheritHyperparametersAndKeepTheirOwnCounters() {
    Counting opt = new Counting();
    opt.hyperparam().set("lr", 0.1).set("beta", 0.9);
    UpdateRule rule = opt.createUpdateRule();
    rule.hyperparam().set("lr", 0.5);
    assertEquals(0.5, rule.hyperparam().get("lr"));
    assertEquals(0.9, rule.hyperparam().get("beta"));
    assertSame(opt.hyperparam(), rule.hyperparam().parent());
    assertTrue(rule.hyperparam().has("beta"));
    assertFalse(rule.hyperparam().has("eps"));
    assertEquals("{beta=0.9, lr=0.5}", rule.hyperparam().toString());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> rule.hyperparam().get("eps"));
    assertEquals("no hyperparameter 'eps'; known: [beta, lr]", e.getMessage());

    assertTrue(rule.enabled());
    assertEquals(Map.of(), rule.state());
    Parameter uninitialised = new Parameter(Initializer.constant(0));
    rule.update(uninitialised); // no data, no gradient: skipped
    assertEquals(0, rule.t());
    rule.setT(7);
    assertEquals(7, rule.t());
    rule.setEnabled(false);
    assertFalse(rule.enabled());
    rule.setState(Map.of());
    assertEquals(Map.of(), rule.state());
  }

  @Test
  void nullsAreRefusedWhereTheyArePassedNotWhereTheyBreak() {
    IllegalArgumentException v =
        assertThrows(IllegalArgumentException.class, () -> new Variable(null));
    assertEquals(
        "Variable: data must be an NdArray, got null (a Parameter is the variable whose array is"
            + " initialised later)",
        v.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Variable(null, "x"));
    assertNull(new Parameter(Initializer.constant(0)).array(), "a lazy parameter may start empty");
    Counting opt = new Counting();
    IllegalArgumentException setup =
        assertThrows(IllegalArgumentException.class, () -> opt.setup(null));
    assertEquals("Counting.setup: link must be the Link to optimize, got null", setup.getMessage());
    opt.setup(new Net());
    IllegalArgumentException loss =
        assertThrows(IllegalArgumentException.class, () -> opt.update(() -> null));
    assertEquals(
        "Counting.update: the loss function returned null; expected the loss Variable to"
            + " backpropagate",
        loss.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> opt.update((java.util.function.Supplier<Variable>) null));
  }
}
