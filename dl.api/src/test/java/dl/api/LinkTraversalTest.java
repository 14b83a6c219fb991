package dl.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Traversal order and naming, on uninitialised parameters (no backend needed). */
class LinkTraversalTest {
  static final class Layer extends Link {
    final Parameter w = addParam("W", new Parameter(Initializer.constant(0)));
    final Parameter b = addParam("b", new Parameter(Initializer.constant(0)));
  }

  static final class Net extends Chain {
    final Layer l2 = addLink("l2", new Layer());
    final Layer l1 = addLink("l1", new Layer());
  }

  @Test
  void namedParamsFollowChainersSortedOrder() {
    Net net = new Net();
    assertEquals(
        List.of("/l1/W", "/l1/b", "/l2/W", "/l2/b"), List.copyOf(net.namedParams().keySet()));
    assertSame(net.l1.w, net.params().get(0));
    assertEquals(List.of("/", "/l1", "/l2"), List.copyOf(net.namedLinks(false).keySet()));
    assertEquals(0, net.params(false).size(), "uninitialised parameters are left out");
    assertEquals("W", net.l1.w.name());
    assertEquals("l1", net.l1.name());
  }

  @Test
  void pathsFollowParents() {
    Net net = new Net();
    ChainList outer = new ChainList();
    outer.add(new Layer());
    outer.add(net);
    assertEquals("/", outer.path());
    assertEquals("/1", net.path());
    assertEquals("/1/l2", net.l2.path());
    assertSame(net, net.l2.parent());
  }

  @Test
  void chainListNamesChildrenByIndex() {
    ChainList list = new ChainList();
    for (int i = 0; i < 11; i++) {
      list.add(new Layer());
    }
    Map<String, Parameter> p = list.namedParams();
    assertEquals("/0/W", p.keySet().iterator().next());
    assertTrue(p.containsKey("/10/b"));
    assertEquals(
        List.of("/0", "/1", "/2"), List.copyOf(list.namedLinks(true).keySet()).subList(0, 3));
  }

  @Test
  void duplicateAndInvalidNamesAreRejected() {
    Link l =
        new Link() {
          {
            addParam("W", new Parameter(Initializer.constant(0)));
          }
        };
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> l.addParam("W", new Parameter(Initializer.constant(0))));
    assertTrue(e.getMessage().contains("already registered"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> l.addParam("a/b", new Parameter(Initializer.constant(0))));
  }

  @Test
  void hyperparametersInheritFromTheirParent() {
    Hyperparameter opt = new Hyperparameter(null).set("lr", 0.01).set("momentum", 0.9);
    Hyperparameter rule = new Hyperparameter(opt);
    assertEquals(0.01, rule.get("lr"));
    rule.set("lr", 0.1);
    assertEquals(0.1, rule.get("lr"));
    assertEquals(0.01, opt.get("lr"));
    opt.set("momentum", 0.5);
    assertEquals(0.5, rule.get("momentum"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> rule.get("beta1"));
    assertTrue(e.getMessage().contains("lr") && e.getMessage().contains("momentum"));
  }

  @Test
  void reporterPrefixesObserverNames() {
    Reporter r = new Reporter();
    Object model = new Object();
    r.addObserver("main", model);
    Map<String, Object> obs = Reporter.newObservation();
    try (Scope s = r.scope(obs)) {
      Reporter.report(Map.of("loss", 1.5), model);
      Reporter.report(Map.of("lr", 0.1));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> Reporter.report(Map.of("x", 1), new Object()));
      assertTrue(e.getMessage().contains("not registered"), e.getMessage());
    }
    assertEquals(1.5, obs.get("main/loss"));
    assertEquals(0.1, obs.get("lr"));
    Reporter.report(Map.of("ignored", 1)); // no current reporter: a no-op
    assertEquals(2, obs.size());
  }
}
