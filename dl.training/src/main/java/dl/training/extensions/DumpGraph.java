package dl.training.extensions;

import dl.api.FunctionNode;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.VariableNode;
import dl.training.Extension;
import dl.training.Trainer;
import dl.training.serializers.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes the computational graph of the loss as a Graphviz dot file, once (Chainer's {@code
 * DumpGraph}). Catena's optimizer unchains the graph right after backward, so the graph is taken
 * when the loss is computed: wrap the updater's loss function with {@link #around}, or give a
 * supplier of a variable that still has its graph.
 *
 * <pre>{@code
 * DumpGraph dump = new DumpGraph("cg.dot");
 * StandardUpdater u = new StandardUpdater(it, opt, Converters.CONCAT_EXAMPLES, null,
 *     dump.around(xs -> model.call(xs)), true);
 * trainer.extend(dump);
 * }</pre>
 */
public final class DumpGraph implements Extension {
  private final java.util.function.Supplier<Variable> root;
  private final String filename;
  private String captured;
  private boolean done;

  /** The graph captured through {@link #around}. */
  public DumpGraph(String filename) {
    this(null, filename);
  }

  public DumpGraph(java.util.function.Supplier<Variable> root, String filename) {
    this.root = root;
    this.filename = filename;
  }

  /** A loss function that records the graph of its first result before backward unchains it. */
  public java.util.function.Function<Variable[], Variable> around(
      java.util.function.Function<Variable[], Variable> loss) {
    return xs -> {
      Variable v = loss.apply(xs);
      if (captured == null) {
        captured = dot(v);
      }
      return v;
    };
  }

  @Override
  public String defaultName() {
    return "dump_graph";
  }

  @Override
  public void call(Trainer trainer) {
    if (done) {
      return;
    }
    String text = captured;
    if (text == null && root != null && root.get() != null) {
      text = dot(root.get());
    }
    if (text == null) {
      return;
    }
    try {
      AtomicFile.write(trainer.out().resolve(filename), text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("DumpGraph: " + e.getMessage(), e);
    }
    done = true;
  }

  /** The graph below {@code v} in dot syntax: variables as ellipses, functions as boxes. */
  public static String dot(Variable v) {
    StringBuilder sb = new StringBuilder("digraph graphname{rankdir=TB;\n");
    IdentityHashMap<Object, String> ids = new IdentityHashMap<>();
    Deque<FunctionNode> todo = new ArrayDeque<>();
    VariableNode out = v.node();
    sb.append(node(ids, out, label(out), "ellipse"));
    if (out.creator() != null) {
      todo.push(out.creator());
    }
    IdentityHashMap<FunctionNode, Boolean> seen = new IdentityHashMap<>();
    while (!todo.isEmpty()) {
      FunctionNode f = todo.pop();
      if (seen.put(f, true) != null) {
        continue;
      }
      sb.append(node(ids, f, f.label(), "box"));
      for (int i = 0; i < f.outputCount(); i++) {
        VariableNode o = f.output(i);
        if (o != null) {
          sb.append(node(ids, o, label(o), "ellipse"));
          sb.append(ids.get(f)).append(" -> ").append(ids.get(o)).append(";\n");
        }
      }
      for (VariableNode in : f.inputs()) {
        sb.append(node(ids, in, label(in), "ellipse"));
        sb.append(ids.get(in)).append(" -> ").append(ids.get(f)).append(";\n");
        if (in.creator() != null) {
          todo.push(in.creator());
        }
      }
    }
    return sb.append("}\n").toString();
  }

  private static String label(VariableNode n) {
    return Shapes.str(n.shape()) + ", " + n.dtype();
  }

  private static String node(Map<Object, String> ids, Object o, String label, String shape) {
    if (ids.containsKey(o)) {
      return "";
    }
    String id = "n" + ids.size();
    ids.put(o, id);
    return id + " [label=\"" + label.replace("\"", "'") + "\",shape=\"" + shape + "\"];\n";
  }
}
