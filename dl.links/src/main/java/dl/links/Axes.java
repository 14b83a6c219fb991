package dl.links;

import dl.api.InvalidTypeException;
import dl.api.Link;
import dl.api.Shapes;
import dl.api.Variable;
import dl.functions.F;

/** Chainer's axis-aligned broadcasting of a parameter against an input (F.bias, F.scale, prelu). */
final class Axes {
  private Axes() {}

  /**
   * {@code w} broadcast to {@code x}'s shape with {@code w.shape == x.shape[axis : axis + w.ndim]};
   * an error names the link path and both shapes.
   */
  static Variable aligned(Link link, String what, Variable x, Variable w, int axis) {
    int[] xs = x.shape();
    int[] ws = w.shape();
    boolean ok = axis >= 0 && axis + ws.length <= xs.length;
    for (int k = 0; ok && k < ws.length; k++) {
      ok = xs[axis + k] == ws[k];
    }
    if (!ok) {
      throw new InvalidTypeException(
          link.getClass().getSimpleName()
              + " "
              + link.path()
              + ": "
              + what
              + " shape must match the input's shape from axis "
              + axis
              + "\nExpect: x.shape["
              + axis
              + ":"
              + (axis + ws.length)
              + "] == "
              + Shapes.str(ws)
              + "\nActual: x.shape == "
              + Shapes.str(xs));
    }
    int[] r = new int[xs.length];
    java.util.Arrays.fill(r, 1);
    System.arraycopy(ws, 0, r, axis, ws.length);
    return F.broadcastTo(F.reshape(w, r), xs);
  }

  /** {@code x.shape[from : from + n]}. */
  static int[] sub(int[] shape, int from, int n) {
    return java.util.Arrays.copyOfRange(shape, from, from + n);
  }
}
