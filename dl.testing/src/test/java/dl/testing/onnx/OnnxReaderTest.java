package dl.testing.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The wire-format reader on messages encoded by hand here. Public: the package is exported but not
 * opened to JUnit, and dl.testing's build opens only dl.testing.
 */
public class OnnxReaderTest {
  /** A tiny protobuf writer for the test. */
  static final class Out {
    final ByteArrayOutputStream b = new ByteArrayOutputStream();

    Out varint(long v) {
      while ((v & ~0x7fL) != 0) {
        b.write((int) (v & 0x7f) | 0x80);
        v >>>= 7;
      }
      b.write((int) v);
      return this;
    }

    Out tag(int field, int type) {
      return varint((long) field << 3 | type);
    }

    Out fixed32(int v) {
      for (int i = 0; i < 4; i++) {
        b.write(v >>> (8 * i));
      }
      return this;
    }

    Out fixed64(long v) {
      fixed32((int) v);
      return fixed32((int) (v >>> 32));
    }

    Out bytes(int field, byte[] p) {
      tag(field, Wire.LEN).varint(p.length);
      b.writeBytes(p);
      return this;
    }

    Out string(int field, String s) {
      return bytes(field, s.getBytes(StandardCharsets.UTF_8));
    }

    byte[] done() {
      return b.toByteArray();
    }
  }

  @Test
  public void varintsIncludingNegativeAndMultiByte() {
    byte[] m = new Out().varint(0).varint(300).varint(-1).varint(Long.MAX_VALUE).done();
    Wire w = new Wire(m);
    assertEquals(0, w.varint());
    assertEquals(300, w.varint());
    assertEquals(-1, w.varint());
    assertEquals(Long.MAX_VALUE, w.varint());
  }

  @Test
  public void floatTensorFromRawDataWithPackedDims() {
    byte[] dims = new Out().varint(2).varint(3).done();
    Out raw = new Out();
    for (int i = 0; i < 6; i++) {
      raw.fixed32(Float.floatToIntBits(i * 0.5f - 1));
    }
    byte[] m =
        new Out()
            .bytes(1, dims)
            .tag(2, Wire.VARINT)
            .varint(OnnxTensor.FLOAT)
            .string(8, "x")
            .bytes(9, raw.done())
            .done();
    OnnxTensor t = OnnxTensor.parse(new Wire(m));
    assertEquals("x", t.name());
    assertArrayEquals(new int[] {2, 3}, t.shape());
    assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 1, 1.5}, t.values());
    assertEquals("float", t.typeName());
  }

  @Test
  public void typedFieldsUnpackedDimsInt64AndDouble() {
    byte[] ints =
        new Out()
            .tag(1, Wire.VARINT)
            .varint(3)
            .tag(2, Wire.VARINT)
            .varint(OnnxTensor.INT64)
            .bytes(7, new Out().varint(-2).varint(0).varint(1L << 40).done())
            .done();
    OnnxTensor t = OnnxTensor.parse(new Wire(ints));
    assertArrayEquals(new double[] {-2, 0, 1L << 40}, t.values());
    byte[] doubles =
        new Out()
            .tag(2, Wire.VARINT)
            .varint(OnnxTensor.DOUBLE)
            .tag(10, Wire.FIXED64)
            .fixed64(Double.doubleToLongBits(2.25))
            .done();
    OnnxTensor d = OnnxTensor.parse(new Wire(doubles));
    assertArrayEquals(new int[0], d.shape());
    assertArrayEquals(new double[] {2.25}, d.values());
  }

  @Test
  public void halfPrecisionAndStringsHaveNoNumericReading() {
    assertEquals(1.0, OnnxTensor.half(0x3c00));
    assertEquals(-2.0, OnnxTensor.half(0xc000));
    assertEquals(Math.pow(2, -24), OnnxTensor.half(1));
    byte[] s = new Out().tag(2, Wire.VARINT).varint(OnnxTensor.STRING).string(6, "a").done();
    assertNull(OnnxTensor.parse(new Wire(s)).values());
  }

  @Test
  public void modelWithNodeAttributesAndOpset() {
    byte[] axis = new Out().string(1, "axis").tag(3, Wire.VARINT).varint(-1).done();
    byte[] perm =
        new Out()
            .string(1, "perm")
            .tag(8, Wire.VARINT)
            .varint(1)
            .tag(8, Wire.VARINT)
            .varint(0)
            .done();
    byte[] alpha =
        new Out()
            .string(1, "alpha")
            .tag(2, Wire.FIXED32)
            .fixed32(Float.floatToIntBits(0.5f))
            .done();
    byte[] node =
        new Out()
            .string(1, "x")
            .string(1, "")
            .string(2, "y")
            .string(4, "Softmax")
            .bytes(5, axis)
            .bytes(5, perm)
            .bytes(5, alpha)
            .done();
    byte[] tensorType = new Out().tag(1, Wire.VARINT).varint(OnnxTensor.FLOAT).done();
    byte[] type = new Out().bytes(1, tensorType).done();
    byte[] input = new Out().string(1, "x").bytes(2, type).done();
    byte[] graph = new Out().bytes(1, node).bytes(11, input).done();
    byte[] opset = new Out().string(1, "").tag(2, Wire.VARINT).varint(13).done();
    byte[] model = new Out().tag(1, Wire.VARINT).varint(8).bytes(7, graph).bytes(8, opset).done();
    OnnxModel m = OnnxModel.parse(new Wire(model));
    assertEquals(13, m.opset(""));
    OnnxNode n = m.nodes().get(0);
    assertEquals("Softmax", n.opType());
    assertEquals(java.util.List.of("x", ""), n.inputs());
    assertEquals(-1, n.intAttr("axis", 1));
    assertArrayEquals(new int[] {1, 0}, n.intsAttr("perm"));
    assertEquals(0.5, n.floatAttr("alpha", 0));
    assertEquals(7, n.intAttr("missing", 7));
    assertEquals(new OnnxModel.Value("x", "tensor", OnnxTensor.FLOAT), m.inputs().get(0));
  }

  @Test
  public void truncatedMessageIsReported() {
    byte[] m = new Out().tag(9, Wire.LEN).varint(10).done();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> OnnxTensor.parse(new Wire(m)));
    assertEquals("wire: length 10 past the end at 2", e.getMessage());
  }
}
