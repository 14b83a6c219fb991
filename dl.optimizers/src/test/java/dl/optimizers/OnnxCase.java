package dl.optimizers;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal protobuf wire-format reader for ONNX node test cases (model.onnx and the .pb tensors of
 * test_data_set_0): the single node's op type and attributes, and the inputs and outputs as double
 * arrays. Just enough for the training operators; not a general ONNX reader.
 */
final class OnnxCase {
  static final Path ROOT = Path.of("/work/shared/conformance/onnx-v1.22.0/node");

  final String opType;
  final Map<String, Object> attributes = new LinkedHashMap<>();
  final List<double[]> inputs = new ArrayList<>();
  final List<double[]> outputs = new ArrayList<>();

  private OnnxCase(String opType) {
    this.opType = opType;
  }

  /** Null when the conformance folder is absent. */
  static OnnxCase load(String name) throws IOException {
    Path dir = ROOT.resolve(name);
    if (!Files.isDirectory(dir)) {
      return null;
    }
    Reader model = new Reader(Files.readAllBytes(dir.resolve("model.onnx")));
    OnnxCase c = null;
    while (model.more()) {
      int tag = model.tag();
      if (tag >>> 3 == 7 && (tag & 7) == 2) { // ModelProto.graph
        Reader graph = model.sub();
        while (graph.more()) {
          int gt = graph.tag();
          if (gt >>> 3 == 1 && (gt & 7) == 2) { // GraphProto.node
            c = node(graph.sub());
          } else {
            graph.skip(gt);
          }
        }
      } else {
        model.skip(tag);
      }
    }
    Path data = dir.resolve("test_data_set_0");
    for (int i = 0; Files.exists(data.resolve("input_" + i + ".pb")); i++) {
      c.inputs.add(tensor(Files.readAllBytes(data.resolve("input_" + i + ".pb"))));
    }
    for (int i = 0; Files.exists(data.resolve("output_" + i + ".pb")); i++) {
      c.outputs.add(tensor(Files.readAllBytes(data.resolve("output_" + i + ".pb"))));
    }
    return c;
  }

  double f(String name, double dflt) {
    Object v = attributes.get(name);
    return v == null ? dflt : ((Number) v).doubleValue();
  }

  private static OnnxCase node(Reader r) {
    String op = null;
    Map<String, Object> attrs = new LinkedHashMap<>();
    while (r.more()) {
      int t = r.tag();
      if (t >>> 3 == 4 && (t & 7) == 2) {
        op = new String(r.bytes(), java.nio.charset.StandardCharsets.UTF_8);
      } else if (t >>> 3 == 5 && (t & 7) == 2) { // AttributeProto
        Reader a = r.sub();
        String name = null;
        Object value = null;
        while (a.more()) {
          int at = a.tag();
          switch (at >>> 3) {
            case 1 -> name = new String(a.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            case 2 -> value = (double) Float.intBitsToFloat(a.fixed32());
            case 3 -> value = a.varint();
            case 4 -> value = new String(a.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            default -> a.skip(at);
          }
        }
        attrs.put(name, value);
      } else {
        r.skip(t);
      }
    }
    OnnxCase c = new OnnxCase(op);
    c.attributes.putAll(attrs);
    return c;
  }

  /** A TensorProto's values (float, double, int64; raw or typed fields). */
  static double[] tensor(byte[] bytes) {
    Reader r = new Reader(bytes);
    int type = 0;
    byte[] raw = null;
    List<Double> typed = new ArrayList<>();
    while (r.more()) {
      int t = r.tag();
      int field = t >>> 3;
      int wire = t & 7;
      if (field == 2) {
        type = (int) r.varint();
      } else if (field == 9) {
        raw = r.bytes();
      } else if (field == 4 && wire == 2) {
        Reader p = r.sub();
        while (p.more()) {
          typed.add((double) Float.intBitsToFloat(p.fixed32()));
        }
      } else if (field == 7 && wire == 2) {
        Reader p = r.sub();
        while (p.more()) {
          typed.add((double) p.varint());
        }
      } else if (field == 10 && wire == 2) {
        Reader p = r.sub();
        while (p.more()) {
          typed.add(Double.longBitsToDouble(p.fixed64()));
        }
      } else {
        r.skip(t);
      }
    }
    if (raw == null) {
      return typed.stream().mapToDouble(Double::doubleValue).toArray();
    }
    ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
    double[] out;
    switch (type) {
      case 1 -> {
        out = new double[raw.length / 4];
        for (int i = 0; i < out.length; i++) {
          out[i] = b.getFloat();
        }
      }
      case 7 -> {
        out = new double[raw.length / 8];
        for (int i = 0; i < out.length; i++) {
          out[i] = b.getLong();
        }
      }
      case 11 -> {
        out = new double[raw.length / 8];
        for (int i = 0; i < out.length; i++) {
          out[i] = b.getDouble();
        }
      }
      default -> throw new IllegalArgumentException("unsupported tensor data_type " + type);
    }
    return out;
  }

  /** Protobuf wire format over a byte range. */
  private static final class Reader {
    private final byte[] buf;
    private int pos;
    private final int end;

    Reader(byte[] buf) {
      this(buf, 0, buf.length);
    }

    Reader(byte[] buf, int pos, int end) {
      this.buf = buf;
      this.pos = pos;
      this.end = end;
    }

    boolean more() {
      return pos < end;
    }

    int tag() {
      return (int) varint();
    }

    long varint() {
      long v = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = buf[pos++];
        v |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return v;
        }
      }
    }

    int fixed32() {
      int v = ByteBuffer.wrap(buf, pos, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
      pos += 4;
      return v;
    }

    long fixed64() {
      long v = ByteBuffer.wrap(buf, pos, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
      pos += 8;
      return v;
    }

    byte[] bytes() {
      int n = (int) varint();
      byte[] out = java.util.Arrays.copyOfRange(buf, pos, pos + n);
      pos += n;
      return out;
    }

    Reader sub() {
      int n = (int) varint();
      Reader r = new Reader(buf, pos, pos + n);
      pos += n;
      return r;
    }

    void skip(int tag) {
      switch (tag & 7) {
        case 0 -> varint();
        case 1 -> pos += 8;
        case 2 -> {
          int n = (int) varint(); // before pos is read: `pos += varint()` would lose the advance
          pos += n;
        }
        case 5 -> pos += 4;
        default -> throw new IllegalArgumentException("unsupported wire type " + (tag & 7));
      }
    }
  }
}
