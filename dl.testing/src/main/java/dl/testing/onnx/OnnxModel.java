package dl.testing.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ONNX {@code ModelProto}, as far as backend node tests need it: the operator set versions, the
 * graph's nodes in order, its inputs and outputs (name and kind) and its initializers.
 *
 * <pre>{@code
 * OnnxModel m = OnnxModel.read(Path.of("test_add/model.onnx"));
 * int opset = m.opset("");          // ONNX's default domain
 * OnnxNode add = m.nodes().get(0);
 * }</pre>
 *
 * @param opsets the imported operator set versions by domain ({@code ""} is ONNX's)
 * @param nodes the graph's nodes in topological order
 * @param inputs the graph's inputs
 * @param outputs the graph's outputs
 * @param initializers constant tensors by name
 */
public record OnnxModel(
    Map<String, Integer> opsets,
    List<OnnxNode> nodes,
    List<Value> inputs,
    List<Value> outputs,
    Map<String, OnnxTensor> initializers) {

  /**
   * A graph input or output ({@code ValueInfoProto}).
   *
   * @param name the name
   * @param kind {@code "tensor"}, {@code "sequence"}, {@code "map"}, {@code "optional"}, {@code
   *     "sparse_tensor"} or {@code "unknown"}
   * @param elemType the element type code of a tensor (0 otherwise)
   */
  public record Value(String name, String kind, int elemType) {}

  /** Reads a serialized {@code ModelProto} file. */
  public static OnnxModel read(Path file) throws IOException {
    return parse(new Wire(Files.readAllBytes(file)));
  }

  /** Parses a {@code ModelProto} message. */
  public static OnnxModel parse(Wire w) {
    Map<String, Integer> opsets = new LinkedHashMap<>();
    List<OnnxNode> nodes = new ArrayList<>();
    List<Value> inputs = new ArrayList<>();
    List<Value> outputs = new ArrayList<>();
    Map<String, OnnxTensor> inits = new LinkedHashMap<>();
    while (w.more()) {
      int tag = w.tag();
      switch (tag >>> 3) {
        case 7 -> {
          Wire g = w.message();
          while (g.more()) {
            int t = g.tag();
            switch (t >>> 3) {
              case 1 -> nodes.add(OnnxNode.parse(g.message()));
              case 5 -> {
                OnnxTensor init = OnnxTensor.parse(g.message());
                inits.put(init.name(), init);
              }
              case 11 -> inputs.add(value(g.message()));
              case 12 -> outputs.add(value(g.message()));
              default -> g.skip(t);
            }
          }
        }
        case 8 -> {
          Wire o = w.message();
          String domain = "";
          long version = 0;
          while (o.more()) {
            int t = o.tag();
            switch (t >>> 3) {
              case 1 -> domain = o.string();
              case 2 -> version = o.varint();
              default -> o.skip(t);
            }
          }
          opsets.put(domain.equals("ai.onnx") ? "" : domain, (int) version);
        }
        default -> w.skip(tag);
      }
    }
    return new OnnxModel(opsets, nodes, inputs, outputs, inits);
  }

  /** The operator set version imported for a domain ({@code ""}: ONNX's), or 0 when none. */
  public int opset(String domain) {
    return opsets.getOrDefault(domain, 0);
  }

  private static Value value(Wire w) {
    String name = "";
    String kind = "unknown";
    int elem = 0;
    while (w.more()) {
      int tag = w.tag();
      if (tag >>> 3 == 1) {
        name = w.string();
      } else if (tag >>> 3 == 2) {
        Wire t = w.message();
        while (t.more()) {
          int k = t.tag();
          switch (k >>> 3) {
            case 1 -> {
              kind = "tensor";
              Wire tt = t.message();
              while (tt.more()) {
                int e = tt.tag();
                if (e >>> 3 == 1) {
                  elem = (int) tt.varint();
                } else {
                  tt.skip(e);
                }
              }
            }
            case 4 -> {
              kind = "sequence";
              t.skip(k);
            }
            case 5 -> {
              kind = "map";
              t.skip(k);
            }
            case 8 -> {
              kind = "sparse_tensor";
              t.skip(k);
            }
            case 9 -> {
              kind = "optional";
              t.skip(k);
            }
            default -> t.skip(k);
          }
        }
      } else {
        w.skip(tag);
      }
    }
    return new Value(name, kind, elem);
  }
}
