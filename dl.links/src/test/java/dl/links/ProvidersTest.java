package dl.links;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Link;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.links.initializers.HeNormal;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The links are found by their Chainer names through the engine's registry. */
class ProvidersTest {
  @Test
  void linksAreRegisteredByName() {
    List<String> names = Engine.get().registeredNames(LinkProvider.class);
    assertTrue(names.containsAll(List.of("Linear", "Sequential", "Classifier")), names.toString());
  }

  @Test
  void linearFromOptions() {
    Linear l =
        assertInstanceOf(
            Linear.class, Engine.get().link("Linear").create(Map.of("inSize", 3, "outSize", 4)));
    assertArrayEquals(new int[] {4, 3}, l.W.shape());
    Linear lazy =
        assertInstanceOf(
            Linear.class,
            Engine.get()
                .link("Linear")
                .create(Map.of("out_size", 2, "nobias", true, "initialW", new HeNormal())));
    assertNull(lazy.b);
    assertEquals(-1, lazy.inSize());
    Linear c =
        assertInstanceOf(
            Linear.class,
            Engine.get()
                .link("Linear")
                .create(Map.of("outSize", 2, "inSize", 2, "initialW", 0.5, "initialBias", 1)));
    assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, c.W.array().toDoubleArray());
    assertArrayEquals(new double[] {1, 1}, c.b.array().toDoubleArray());
  }

  @Test
  void badOptionsAreExplained() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Engine.get().link("Linear").create(Map.of("outsize", 3)));
    assertTrue(e.getMessage().contains("unknown option 'outsize'"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Engine.get().link("Linear").create(Map.of("inSize", 3)));
    assertEquals("Linear: option 'outSize' is required", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Engine.get().link("Linear").create(Map.of("outSize", "ten")));
    assertTrue(e.getMessage().contains("must be an integer"), e.getMessage());
  }

  @Test
  void sequentialAndClassifierFromOptions() {
    UnaryOperator<Variable> relu = F::relu;
    Link seq =
        Engine.get()
            .link("Sequential")
            .create(Map.of("layers", List.of(new Linear(3, 4), relu, new Linear(4, 2))));
    Sequential s = assertInstanceOf(Sequential.class, seq);
    assertEquals(3, s.size());
    assertSame(relu, s.layer(1));
    Classifier c =
        assertInstanceOf(
            Classifier.class,
            Engine.get()
                .link("Classifier")
                .create(Map.of("predictor", seq, "computeAccuracy", false)));
    assertSame(seq, c.predictor);
    assertEquals(
        List.of("/predictor/0/W", "/predictor/0/b", "/predictor/1/W", "/predictor/1/b"),
        List.copyOf(c.namedParams().keySet()));
    assertTrue(!c.computeAccuracy);
  }
}
