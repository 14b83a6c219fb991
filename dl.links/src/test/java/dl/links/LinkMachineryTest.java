package dl.links;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Chain;
import dl.api.ChainList;
import dl.api.InvalidTypeException;
import dl.api.Link;
import dl.api.LinkHook;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Rng;
import dl.api.Scope;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.links.hooks.TimerHook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** copy modes, repeat, copyparams, persistents, countParams, namedLinks and link hooks. */
class LinkMachineryTest {
  /** A chain with a persistent value, as BatchNormalization's running statistics. */
  static final class Net extends Chain {
    final Linear l1;
    final Linear l2;

    Net() {
      l1 = addLink("l1", new Linear(3));
      l2 = addLink("l2", new Linear(3, 2));
      addPersistent("count", NdArrays.of(new double[] {5}, 1));
    }

    @Override
    protected Link newLike() {
      return new Net();
    }

    @Override
    protected Variable forward(Variable... x) {
      return l2.call(F.relu(l1.call(x[0])));
    }
  }

  private static Variable x() {
    return Variable.constant(NdArrays.of(new float[] {0.5f, -1, 2, 1, 0.25f, -0.5f}, 2, 3));
  }

  @Test
  void shareCopySharesArraysWithNewParameters() {
    Rng.seed(1);
    Net n = new Net();
    n.call(x());
    n.l2.W.setGrad(n.l2.W.array().copy());
    Net s = n.copy();
    assertNotSame(n.l2.W, s.l2.W);
    assertSame(n.l2.W.array(), s.l2.W.array());
    assertNull(s.l2.W.grad(), "grads reset");
    assertNull(s.parent());
    assertSame(n.persistent("count"), s.persistent("count"));
    assertEquals(n.call(x()).array().getDouble(0), s.call(x()).array().getDouble(0), 0);
  }

  @Test
  void deepCopyIsIndependentAndInitDrawsNewValues() {
    Rng.seed(2);
    Net n = new Net();
    n.call(x());
    Net c = n.copy(Link.CopyMode.COPY);
    assertNotSame(n.l1.W.array(), c.l1.W.array());
    assertArrayEquals(n.l1.W.array().toDoubleArray(), c.l1.W.array().toDoubleArray(), 0);
    assertNotSame(n.persistent("count"), c.persistent("count"));
    c.l1.W.array().backend().copyInto(c.l1.W.array(), c.l1.W.array().mul(2.0));
    assertFalse(n.l1.W.array().getDouble(0) == c.l1.W.array().getDouble(0));

    Net i = n.copy(Link.CopyMode.INIT);
    assertArrayEquals(new int[] {3, 3}, i.l1.W.shape(), "lazy weight initialised to the shape");
    assertFalse(n.l1.W.array().getDouble(0) == i.l1.W.array().getDouble(0));
    assertArrayEquals(new double[] {0, 0, 0}, i.l1.b.array().toDoubleArray(), 0, "zero bias");
  }

  @Test
  void uninitialisedParametersStayUninitialisedInCopies() {
    Net n = new Net();
    Net c = n.copy(Link.CopyMode.COPY);
    assertFalse(c.l1.W.isInitialized());
    assertTrue(c.l2.W.isInitialized());
  }

  @Test
  void repeatGivesASequentialOfIndependentCopies() {
    Rng.seed(3);
    Sequential s = Sequential.repeat(new Linear(3, 3), 3, Link.CopyMode.INIT);
    assertEquals(3, s.size());
    assertEquals(
        List.of("/0/W", "/0/b", "/1/W", "/1/b", "/2/W", "/2/b"),
        new ArrayList<>(s.namedParams().keySet()));
    assertFalse(
        ((Linear) s.get(0)).W.array().getDouble(0) == ((Linear) s.get(1)).W.array().getDouble(0));
    assertEquals(0, new Linear(2, 2).repeat(0, Link.CopyMode.SHARE).size());
    assertThrows(IllegalArgumentException.class, () -> new Linear(2, 2).repeat(-1, null));
    Sequential deep =
        new Sequential(new Linear(2, 2), (java.util.function.UnaryOperator<Variable>) F::relu);
    Sequential copy = deep.copy(Link.CopyMode.COPY);
    assertEquals(2, copy.size());
    ChainList cl = new ChainList(new Linear(2, 2));
    ChainList clc = cl.copy(Link.CopyMode.SHARE);
    assertSame(((Linear) cl.get(0)).W.array(), ((Linear) clc.get(0)).W.array());
  }

  @Test
  void aLinkWithoutNewLikeSaysHowToSupportCopy() {
    Link plain = new Link() {};
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> plain.copy());
    assertTrue(e.getMessage().contains("newLike"), e.getMessage());
  }

  @Test
  void copyparamsCopiesPersistentsUnlessAskedNot() {
    Net a = new Net();
    a.call(x());
    Net b = new Net();
    b.setPersistent("count", NdArrays.of(new double[] {0}, 1));
    b.copyparams(a, false);
    assertEquals(0, b.persistent("count").getDouble(0));
    assertArrayEquals(a.l1.W.array().toDoubleArray(), b.l1.W.array().toDoubleArray(), 0);
    b.copyparams(a);
    assertEquals(5, b.persistent("count").getDouble(0));
    assertEquals(Map.of("/count", b.persistent("count")), b.namedPersistents());
  }

  @Test
  void countParamsAndNamedLinks() {
    Net n = new Net();
    assertEquals(3 * 2 + 2 + 3, n.countParams(), "uninitialised l1.W not counted");
    n.call(x());
    assertEquals(9 + 3 + 6 + 2, n.countParams());
    assertEquals(List.of("/", "/l1", "/l2"), new ArrayList<>(n.namedLinks(false).keySet()));
  }

  @Test
  void linkHooksSeeEveryForwardInOrder() {
    List<String> seen = new ArrayList<>();
    LinkHook logger =
        new LinkHook() {
          @Override
          public void forwardPreprocess(Link link, Variable[] in) {
            seen.add("pre " + link.path());
          }

          @Override
          public void forwardPostprocess(Link link, Variable[] in, Variable out) {
            seen.add("post " + link.path() + " " + out.shape()[1]);
          }
        };
    Net n = new Net();
    try (Scope s = LinkHook.enable(logger)) {
      n.call(x());
    }
    assertEquals(
        List.of("pre /", "pre /l1", "post /l1 3", "pre /l2", "post /l2 2", "post / 2"), seen);
    seen.clear();
    n.call(x());
    assertTrue(seen.isEmpty(), "the global hook ends with its scope");
    n.l2.addHook("log", logger);
    n.call(x());
    assertEquals(List.of("pre /l2", "post /l2 2"), seen);
    assertThrows(IllegalArgumentException.class, () -> n.l2.addHook("log", logger));
    n.l2.removeHook("log");
    assertThrows(IllegalArgumentException.class, () -> n.l2.removeHook("log"));
  }

  @Test
  void timerHookCountsCallsPerLinkClass() {
    TimerHook timer = new TimerHook();
    Net n = new Net();
    try (Scope s = LinkHook.enable(timer)) {
      n.call(x());
      n.call(x());
    }
    Map<String, Map<String, Double>> sum = timer.summary();
    assertEquals(4.0, sum.get("Linear").get("occurrence"));
    assertEquals(2.0, sum.get("Net").get("occurrence"));
    assertEquals(6, timer.callHistory().size());
    double net = sum.get("Net").get("elapsedTime");
    assertTrue(net > 0 && Math.abs(timer.totalTime() - net) < 1e-12, "outermost calls only");
    assertTrue(sum.get("Linear").get("elapsedTime") <= net);
  }

  @Test
  void aBiasWhoseShapeDisagreesNamesTheLinkPath() {
    Chain c =
        new Chain() {
          final Bias bias = addLink("bias", new Bias(1, 4));

          @Override
          protected Variable forward(Variable... x) {
            return bias.call(x[0]);
          }
        };
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> c.call(x()));
    assertTrue(e.getMessage().contains("Bias /bias"), e.getMessage());
    assertTrue(
        e.getMessage().contains("== (4") && e.getMessage().contains("(2, 3)"), e.getMessage());
  }

  @Test
  void lstmBiasStartsAtOneForTheForgetGate() {
    StatelessLSTM l = new StatelessLSTM(3, 2);
    assertArrayEquals(new double[] {0, 0, 1, 0, 0, 0, 1, 0}, l.upward.b.array().toDoubleArray(), 0);
    LSTM lazy = new LSTM(-1, 2);
    assertFalse(lazy.upward.W.isInitialized());
    lazy.call(x());
    assertArrayEquals(new int[] {8, 3}, lazy.upward.W.shape());
  }

  @Test
  void newLinksAreRegisteredByChainerName() {
    List<String> names = Engine.get().registeredNames(LinkProvider.class);
    for (String n :
        List.of(
            "Bias",
            "Scale",
            "Parameter",
            "Highway",
            "Swish",
            "PReLU",
            "Maxout",
            "StatelessLSTM",
            "LSTM",
            "StatelessGRU",
            "StatefulGRU",
            "GRU")) {
      assertTrue(names.contains(n), n + " in " + names);
    }
    Link m = Engine.get().link("Maxout").create(Map.of("inSize", 4, "outSize", 3, "poolSize", 2));
    assertArrayEquals(new int[] {6, 4}, ((Maxout) m).linear.W.shape());
    Link p = Engine.get().link("PReLU").create(Map.of("shape", List.of(3)));
    assertEquals(0.25, ((PReLU) p).W.array().getDouble(0), 1e-7);
    NdArray arr = NdArrays.of(new double[] {1, 2}, 2);
    assertSame(
        arr,
        ((ParameterLink) Engine.get().link("Parameter").create(Map.of("array", arr))).W.array());
  }
}
