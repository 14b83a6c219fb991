package dl.testing.onnx;

import java.util.ArrayList;
import java.util.List;

/**
 * An ONNX {@code AttributeProto}: its name, type and value (one of float, int, string, tensor,
 * floats, ints, strings). Graph-valued attributes are recorded by type only.
 *
 * <pre>{@code
 * OnnxAttribute a = node.attribute("axis");
 * int axis = a == null ? 1 : (int) a.i();
 * }</pre>
 *
 * @param name the attribute's name
 * @param type ONNX's attribute type ({@link #FLOAT}, {@link #INT}, ...)
 * @param f the float value
 * @param i the int value
 * @param s the string value (UTF-8)
 * @param t the tensor value, or null
 * @param floats the floats
 * @param ints the ints
 * @param strings the strings
 */
public record OnnxAttribute(
    String name,
    int type,
    float f,
    long i,
    String s,
    OnnxTensor t,
    float[] floats,
    long[] ints,
    List<String> strings) {
  public static final int FLOAT = 1;
  public static final int INT = 2;
  public static final int STRING = 3;
  public static final int TENSOR = 4;
  public static final int GRAPH = 5;
  public static final int FLOATS = 6;
  public static final int INTS = 7;
  public static final int STRINGS = 8;

  /** Parses an {@code AttributeProto} message. */
  public static OnnxAttribute parse(Wire w) {
    String name = "";
    int type = 0;
    float f = 0;
    long i = 0;
    String s = null;
    OnnxTensor t = null;
    List<Float> fs = new ArrayList<>();
    List<Long> is = new ArrayList<>();
    List<String> ss = new ArrayList<>();
    while (w.more()) {
      int tag = w.tag();
      switch (tag >>> 3) {
        case 1 -> name = w.string();
        case 2 -> f = Float.intBitsToFloat(w.fixed32());
        case 3 -> i = w.varint();
        case 4 -> s = w.string();
        case 5 -> t = OnnxTensor.parse(w.message());
        case 7 -> Repeated.fixed32(w, tag, b -> fs.add(Float.intBitsToFloat(b)));
        case 8 -> Repeated.longs(w, tag, is::add);
        case 9 -> ss.add(w.string());
        case 20 -> type = (int) w.varint();
        default -> w.skip(tag);
      }
    }
    float[] floats = new float[fs.size()];
    for (int k = 0; k < floats.length; k++) {
      floats[k] = fs.get(k);
    }
    long[] ints = is.stream().mapToLong(Long::longValue).toArray();
    return new OnnxAttribute(name, type, f, i, s, t, floats, ints, List.copyOf(ss));
  }

  /** The ints as an int array. */
  public int[] intArray() {
    int[] out = new int[ints.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = Math.toIntExact(ints[k]);
    }
    return out;
  }
}
