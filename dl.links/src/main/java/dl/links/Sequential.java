package dl.links;

import dl.api.ChainList;
import dl.api.Link;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Layers called in order (Chainer's {@code Sequential}): a {@link ChainList} that also accepts
 * plain functions ({@code UnaryOperator<Variable>}, e.g. {@code F::relu}) as layers. Only the link
 * layers are children: they are named {@code "0", "1", ...} by their position among the links, so
 * {@code new Sequential(new Linear(10), F::relu, new Linear(2))} has parameters {@code /0/W},
 * {@code /0/b}, {@code /1/W}, {@code /1/b}.
 *
 * <p>List editing works on layers, as in Chainer: {@link #size()} counts every layer, {@link
 * #layer(int)} returns layer {@code i} (a link or a function), {@link #append}, {@link #insert} and
 * {@link #remove(int)} edit the list, and the link children are renamed to stay {@code 0..n-1}. The
 * first layer receives all the inputs; each later one the previous output.
 *
 * <pre>{@code
 * Sequential mlp = new Sequential(new Linear(100), (UnaryOperator<Variable>) F::relu);
 * mlp.append(new Linear(10));
 * Variable y = mlp.call(x);
 * }</pre>
 */
public class Sequential extends ChainList {
  private final List<Object> layers = new ArrayList<>();

  /** A sequence of layers, each a {@link Link} or a {@code UnaryOperator<Variable>}. */
  public Sequential(Object... layers) {
    super();
    for (Object l : layers) {
      insertLayer(this.layers.size(), l);
    }
  }

  /** Appends a link layer. */
  public Sequential append(Link layer) {
    insertLayer(layers.size(), layer);
    return this;
  }

  /** Appends a function layer. */
  public Sequential append(UnaryOperator<Variable> layer) {
    insertLayer(layers.size(), layer);
    return this;
  }

  /** Appends a link layer (ChainList's {@code add}); it becomes the last layer. */
  @Override
  public <L extends Link> L add(L link) {
    insertLayer(layers.size(), link);
    return link;
  }

  /**
   * Inserts a link layer before position {@code index} ({@code 0..size()}; negative counts from the
   * end).
   */
  public Sequential insert(int index, Link layer) {
    insertLayer(index, layer);
    return this;
  }

  /** Inserts a function layer before position {@code index}. */
  public Sequential insert(int index, UnaryOperator<Variable> layer) {
    insertLayer(index, layer);
    return this;
  }

  private void insertLayer(int index, Object layer) {
    if (!(layer instanceof Link) && !(layer instanceof UnaryOperator<?>)) {
      throw new IllegalArgumentException(
          "Sequential: a layer must be a Link or a"
              + " UnaryOperator<Variable>, got "
              + (layer == null ? "null" : layer.getClass().getName()));
    }
    int n = layers.size();
    if (index < -n || index > n) {
      throw new IndexOutOfBoundsException(
          "Sequential.insert: index " + index + " out of range for " + n + " layers");
    }
    int i = index < 0 ? index + n : index;
    if (layer instanceof Link) {
      Link link = (Link) layer;
      for (Object l : layers) {
        if (l == link) {
          throw new IllegalArgumentException(
              "Sequential: the link " + link + " is already a layer of this Sequential");
        }
      }
      insertChild(linksBefore(i), link);
    }
    layers.add(i, layer);
  }

  private int linksBefore(int index) {
    int k = 0;
    for (int j = 0; j < index; j++) {
      if (layers.get(j) instanceof Link) {
        k++;
      }
    }
    return k;
  }

  /** Removes and returns layer {@code index} (negative counts from the end). */
  public Object remove(int index) {
    int n = layers.size();
    if (index < -n || index >= n) {
      throw new IndexOutOfBoundsException(
          "Sequential.remove: index " + index + " out of range for " + n + " layers");
    }
    int i = index < 0 ? index + n : index;
    Object layer = layers.get(i);
    if (layer instanceof Link) {
      removeChild(linksBefore(i));
    }
    layers.remove(i);
    return layer;
  }

  /** Number of layers, links and functions (Chainer's {@code len}). */
  @Override
  public int size() {
    return layers.size();
  }

  /** Layer {@code index} (a {@link Link} or a {@code UnaryOperator<Variable>}). */
  public Object layer(int index) {
    int n = layers.size();
    if (index < -n || index >= n) {
      throw new IndexOutOfBoundsException(
          "Sequential: index " + index + " out of range for " + n + " layers");
    }
    return layers.get(index < 0 ? index + n : index);
  }

  /**
   * Layer {@code index} when it is a link (use {@link #layer(int)} for a layer that may be a
   * function).
   */
  @Override
  public Link get(int index) {
    Object l = layer(index);
    if (!(l instanceof Link)) {
      throw new IllegalArgumentException(
          "Sequential: layer "
              + index
              + " is a function, not a"
              + " link; use layer("
              + index
              + ")");
    }
    return (Link) l;
  }

  /** All layers in order (an unmodifiable view). */
  public List<Object> layers() {
    return Collections.unmodifiableList(layers);
  }

  @Override
  @SuppressWarnings("unchecked")
  protected Variable forward(Variable... inputs) {
    if (layers.isEmpty()) {
      throw new IllegalStateException("Sequential " + path() + " does not have any layer");
    }
    Variable[] x = inputs;
    Variable y = null;
    for (Object layer : layers) {
      if (layer instanceof Link) {
        y = ((Link) layer).call(x);
      } else {
        if (x.length != 1) {
          throw new IllegalArgumentException(
              "Sequential "
                  + path()
                  + ": the"
                  + " function layer "
                  + layer
                  + " takes one input, got "
                  + x.length);
        }
        y = ((UnaryOperator<Variable>) layer).apply(x[0]);
      }
      x = new Variable[] {y};
    }
    return y;
  }

  /** A Sequential of fresh copies of the link layers and the same function layers. */
  @Override
  protected Link newLike() {
    if (getClass() != Sequential.class) {
      return super.newLike();
    }
    Sequential s = new Sequential();
    for (Object l : layers) {
      s.insertLayer(s.layers.size(), l instanceof Link ? newLikeOf((Link) l) : l);
    }
    return s;
  }

  /**
   * {@code n} copies of {@code link} in a Sequential (Chainer's {@code link.repeat(n, mode)}, whose
   * default mode is {@code INIT}).
   *
   * <pre>{@code
   * Sequential blocks = Sequential.repeat(new Linear(32, 32), 3, Link.CopyMode.INIT);
   * }</pre>
   */
  public static Sequential repeat(Link link, int n, Link.CopyMode mode) {
    Sequential s = new Sequential();
    for (Link l : link.<Link>repeat(n, mode)) {
      s.append(l);
    }
    return s;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Sequential(");
    for (int i = 0; i < layers.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(layers.get(i));
    }
    return b.append(')').toString();
  }

  /**
   * The provider behind {@code Engine.get().link("Sequential")}. Option {@code layers}: a list of
   * links and {@code UnaryOperator<Variable>} functions.
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "Sequential",
        opts -> {
          Options o = Options.of("Sequential", opts, "layers");
          return new Sequential(o.list("layers").toArray());
        });
  }
}
