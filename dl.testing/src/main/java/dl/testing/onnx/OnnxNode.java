package dl.testing.onnx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ONNX {@code NodeProto}: operator type and domain, input and output names (an empty input name
 * is an omitted optional input) and attributes by name.
 *
 * <pre>{@code
 * OnnxNode n = model.nodes().get(0);
 * if (n.opType().equals("Softmax")) { long axis = n.intAttr("axis", -1); }
 * }</pre>
 *
 * @param opType the operator, e.g. {@code "Add"}
 * @param domain the operator set domain ({@code ""} for ONNX's own)
 * @param inputs the input names
 * @param outputs the output names
 * @param attributes the attributes by name, in file order
 */
public record OnnxNode(
    String opType,
    String domain,
    List<String> inputs,
    List<String> outputs,
    Map<String, OnnxAttribute> attributes) {

  /** Parses a {@code NodeProto} message. */
  public static OnnxNode parse(Wire w) {
    String op = "";
    String domain = "";
    List<String> in = new ArrayList<>();
    List<String> out = new ArrayList<>();
    Map<String, OnnxAttribute> attrs = new LinkedHashMap<>();
    while (w.more()) {
      int tag = w.tag();
      switch (tag >>> 3) {
        case 1 -> in.add(w.string());
        case 2 -> out.add(w.string());
        case 4 -> op = w.string();
        case 5 -> {
          OnnxAttribute a = OnnxAttribute.parse(w.message());
          attrs.put(a.name(), a);
        }
        case 7 -> domain = w.string();
        default -> w.skip(tag);
      }
    }
    return new OnnxNode(op, domain, List.copyOf(in), List.copyOf(out), attrs);
  }

  /** The attribute, or null when absent. */
  public OnnxAttribute attribute(String name) {
    return attributes.get(name);
  }

  /** An int attribute, or {@code dflt} when absent. */
  public long intAttr(String name, long dflt) {
    OnnxAttribute a = attributes.get(name);
    return a == null ? dflt : a.i();
  }

  /** A float attribute, or {@code dflt} when absent. */
  public double floatAttr(String name, double dflt) {
    OnnxAttribute a = attributes.get(name);
    return a == null ? dflt : a.f();
  }

  /** A string attribute, or {@code dflt} when absent. */
  public String stringAttr(String name, String dflt) {
    OnnxAttribute a = attributes.get(name);
    return a == null ? dflt : a.s();
  }

  /** An ints attribute, or null when absent. */
  public int[] intsAttr(String name) {
    OnnxAttribute a = attributes.get(name);
    return a == null ? null : a.intArray();
  }
}
