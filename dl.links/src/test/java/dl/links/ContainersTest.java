package dl.links;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Chain;
import dl.api.ChainList;
import dl.api.InvalidTypeException;
import dl.api.Link;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Parameter paths and order in chains, chain lists and sequences; errors name the link path. */
class ContainersTest {
  /** Chainer's two-layer perceptron; l2 is registered first to show that order is by name. */
  static final class MLP extends Chain {
    final Linear l2;
    final Linear l1;

    MLP(Linear l1, Linear l2) {
      this.l2 = addLink("l2", l2);
      this.l1 = addLink("l1", l1);
    }

    @Override
    protected Variable forward(Variable... x) {
      return l2.call(F.relu(l1.call(x[0])));
    }
  }

  private static List<String> keys(Link l) {
    return List.copyOf(l.namedParams().keySet());
  }

  @Test
  void chainParamsAreInNameOrder() {
    MLP m = new MLP(new Linear(3, 5), new Linear(5, 2));
    assertEquals(List.of("/l1/W", "/l1/b", "/l2/W", "/l2/b"), keys(m));
    assertSame(m.l1.W, m.namedParams().get("/l1/W"));
    assertEquals(List.of("/", "/l1", "/l2"), List.copyOf(m.namedLinks(false).keySet()));
    assertEquals(3 * 5 + 5 + 5 * 2 + 2, m.countParams());
  }

  @Test
  void chainListAndSequentialNameLinksByPosition() {
    ChainList cl = new ChainList(new Linear(3, 4), new Linear(4, 2));
    assertEquals(List.of("/0/W", "/0/b", "/1/W", "/1/b"), keys(cl));
    Sequential s =
        new Sequential(new Linear(3, 4), (UnaryOperator<Variable>) F::relu, new Linear(4, 2));
    assertEquals(List.of("/0/W", "/0/b", "/1/W", "/1/b"), keys(s), "functions are not children");
    assertEquals(3, s.size());
    assertEquals(2, s.children().size());
  }

  @Test
  void sequentialCallsItsLayersInOrder() {
    Linear a = Linear.builder(2).inSize(3).initialW(1).initialBias(-4).build();
    Linear b = Linear.builder(1).inSize(2).initialW(1).nobias().build();
    Sequential s = new Sequential(a).append(F::relu).append(b);
    Variable x = new Variable(NdArrays.of(new float[] {0, 1, 2, 3, 4, 5}, 2, 3));
    // a: row sums − 4 = [−1, 8] per unit; relu: [0, 8]; b: sum over 2 units = [0, 16]
    assertArrayEquals(new double[] {0, 16}, s.call(x).array().toDoubleArray(), 1e-6);
  }

  @Test
  void sequentialEditingKeepsLinkNamesContiguous() {
    Linear a = new Linear(3, 4);
    Linear b = new Linear(4, 2);
    Linear c = new Linear(2, 2);
    Sequential s = new Sequential(a, (UnaryOperator<Variable>) F::relu, b);
    s.insert(0, c);
    assertEquals(4, s.size());
    assertSame(c, s.get(0));
    assertEquals("0", c.name());
    assertEquals("1", a.name());
    assertEquals("2", b.name());
    assertEquals(List.of("/0/W", "/0/b", "/1/W", "/1/b", "/2/W", "/2/b"), keys(s));
    assertSame(a.W, s.namedParams().get("/1/W"));

    Object removed = s.remove(1); // a
    assertSame(a, removed);
    assertEquals(3, s.size());
    assertEquals("1", b.name());
    assertEquals(List.of("/0/W", "/0/b", "/1/W", "/1/b"), keys(s));
    assertTrue(s.layer(1) instanceof UnaryOperator<?>);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.get(1));
    assertTrue(e.getMessage().contains("layer(1)"), e.getMessage());

    s.remove(-1); // b, from the end
    assertEquals(List.of("/0/W", "/0/b"), keys(s));
    s.add(new Linear(2)); // ChainList's add appends a layer
    assertEquals(3, s.size());
    assertEquals(List.of("/0/W", "/0/b", "/1/W", "/1/b"), keys(s));
    assertThrows(IndexOutOfBoundsException.class, () -> s.remove(3));
    assertThrows(IllegalArgumentException.class, () -> new Sequential("not a layer"));
  }

  @Test
  void emptySequentialSaysSo() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> new Sequential().call(new Variable(NdArrays.of(new float[] {1}, 1, 1))));
    assertTrue(e.getMessage().contains("does not have any layer"), e.getMessage());
  }

  @Test
  void sizeMismatchNamesThePathInsideAClassifier() {
    MLP m = new MLP(new Linear(3, 5), new Linear(4, 2)); // l2 expects 4 features, gets 5
    Classifier c = new Classifier(m);
    Variable x = new Variable(NdArrays.of(new float[] {0, 1, 2, 3, 4, 5}, 2, 3));
    Variable t = new Variable(NdArrays.of(new int[] {0, 1}, 2));
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> c.call(x, t));
    assertTrue(
        e.getMessage().startsWith("Linear /predictor/l2: input size mismatch"), e.getMessage());
    assertTrue(
        e.getMessage().contains("Expect: in_size == 4 (W shape (2, 4))")
            && e.getMessage().contains("Actual: in_size == 5 (x shape (2, 5))"),
        e.getMessage());
  }

  @Test
  void sizeMismatchNamesThePathInsideASequential() {
    Sequential s =
        new Sequential(
            new Linear(3, 5), (UnaryOperator<Variable>) F::relu, new Sequential(new Linear(6, 2)));
    Variable x = new Variable(NdArrays.of(new float[] {0, 1, 2, 3, 4, 5}, 2, 3));
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> s.call(x));
    assertTrue(e.getMessage().startsWith("Linear /1/0: input size mismatch"), e.getMessage());
    // a link called on its own is named by its name within its parent
    MLP m = new MLP(new Linear(3, 5), new Linear(4, 2));
    e =
        assertThrows(
            InvalidTypeException.class,
            () -> m.l2.call(new Variable(NdArrays.of(new float[] {1, 2, 3}, 1, 3))));
    assertTrue(e.getMessage().startsWith("Linear /l2: input size mismatch"), e.getMessage());
  }
}
