package dl.testing.onnx;

import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/** Repeated scalar fields, packed (one length-delimited run) or one value per tag. */
final class Repeated {
  private Repeated() {}

  static void longs(Wire w, int tag, LongConsumer out) {
    if ((tag & 7) == Wire.LEN) {
      Wire p = w.message();
      while (p.more()) {
        out.accept(p.varint());
      }
    } else {
      out.accept(w.varint());
    }
  }

  static void fixed32(Wire w, int tag, IntConsumer out) {
    if ((tag & 7) == Wire.LEN) {
      Wire p = w.message();
      while (p.more()) {
        out.accept(p.fixed32());
      }
    } else {
      out.accept(w.fixed32());
    }
  }

  static void fixed64(Wire w, int tag, LongConsumer out) {
    if ((tag & 7) == Wire.LEN) {
      Wire p = w.message();
      while (p.more()) {
        out.accept(p.fixed64());
      }
    } else {
      out.accept(w.fixed64());
    }
  }
}
