package dl.functions;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.Variable;
import dl.functions.array.Index;
import dl.functions.array.Take;
import dl.testing.onnx.OnnxTensor;
import java.util.Arrays;

/**
 * ONNX's element-wise, indexing and shape operators whose mapping needs more than one line in
 * {@link OnnxOps}: attribute translation onto Chainer's functions.
 */
final class OnnxArrayOps {
  private OnnxArrayOps() {}

  private static Variable[] one(Variable y) {
    return new Variable[] {y};
  }

  private static int axis(long a, int ndim) {
    return (int) (a < 0 ? a + ndim : a);
  }

  /** Max / Min of any number of inputs: a chain of maximum / minimum (broadcast first). */
  static Variable[] extremum(OnnxNodeRun c, boolean max) {
    Variable y = c.x(0);
    for (int i = 1; i < c.inputs(); i++) {
      Variable z = c.x(i);
      int[] shape = OnnxOps.broadcast(y.shape(), z.shape());
      y = F.broadcastTo(y, shape);
      z = F.broadcastTo(z, shape);
      y = max ? F.maximum(y, z) : F.minimum(y, z);
    }
    return one(c.inputs() == 1 ? F.identity(y) : y);
  }

  /** Clip with min/max inputs (opset 11+) or attributes; Chainer requires min below max. */
  static Variable[] clip(OnnxNodeRun c) {
    double lo;
    double hi;
    if (c.opset >= 11) {
      lo = c.has(1) ? c.scalar(1) : Double.NEGATIVE_INFINITY;
      hi = c.has(2) ? c.scalar(2) : Double.POSITIVE_INFINITY;
    } else {
      lo = c.f("min", Double.NEGATIVE_INFINITY);
      hi = c.f("max", Double.POSITIVE_INFINITY);
    }
    c.require(lo < hi, "min >= max (Chainer's clip requires x_min < x_max)");
    return one(F.clip(c.x(0), lo, hi));
  }

  /**
   * ArgMax / ArgMin along one axis (the first extremum, as NumPy); select_last_index as the first
   * extremum of the flipped axis, counted from the end.
   */
  static Variable[] arg(OnnxNodeRun c, boolean max) {
    Variable x = c.x(0);
    int ax = axis(c.i("axis", 0), x.ndim());
    boolean last = c.i("select_last_index", 0) != 0;
    Variable v = last ? F.flip(x, ax) : x;
    Variable y = max ? F.argmax(v, ax) : F.argmin(v, ax);
    if (last) {
      int[] idx = y.array().toIntArray();
      for (int i = 0; i < idx.length; i++) {
        idx[i] = x.shape()[ax] - 1 - idx[i];
      }
      y = Variable.constant(y.array().backend().fromArray(idx, y.shape()));
    }
    return one(c.i("keepdims", 1) != 0 ? F.expandDims(y, ax) : y);
  }

  /**
   * ScatterElements / ScatterND with reduction add: Chainer's scatter_add into a copy of data, at
   * the flat offsets of the indexed elements (overwrite, mul, max and min have no counterpart).
   */
  static Variable[] scatterAdd(OnnxNodeRun c, boolean nd) {
    c.require(c.node.stringAttr("reduction", "none").equals("add"), "reduction other than add");
    Variable x = c.x(0);
    Variable u = c.x(2);
    NdArray ind = c.raw(1).array();
    int[] xs = x.shape();
    int[] v = ind.toIntArray();
    int[] flat;
    int inner = 1;
    if (nd) {
      int[] is = ind.shape();
      int q = is[is.length - 1];
      for (int a = q; a < xs.length; a++) {
        inner *= xs[a];
      }
      flat = new int[v.length / q * inner];
      for (int t = 0; t < v.length / q; t++) {
        int off = 0;
        for (int a = 0; a < q; a++) {
          int i = v[t * q + a];
          off = off * xs[a] + (i < 0 ? i + xs[a] : i);
        }
        for (int r = 0; r < inner; r++) {
          flat[t * inner + r] = off * inner + r;
        }
      }
    } else {
      flat = elementOffsets(xs, ind.shape(), v, axis(c.i("axis", 0), xs.length));
    }
    Variable y =
        F.scatterAdd(
            F.reshape(x, x.size()), new Index[] {Index.array(flat)}, F.reshape(u, u.size()));
    return one(F.reshape(y, xs));
  }

  /** Flat offsets into x of GatherElements-style indices along {@code ax}. */
  private static int[] elementOffsets(int[] xs, int[] is, int[] v, int ax) {
    int nd = xs.length;
    int[] flat = new int[v.length];
    int[] pos = new int[nd];
    for (int e = 0; e < v.length; e++) {
      int off = 0;
      for (int a = 0; a < nd; a++) {
        int coord = a == ax ? (v[e] < 0 ? v[e] + xs[a] : v[e]) : pos[a];
        off = off * xs[a] + coord;
      }
      flat[e] = off;
      for (int a = nd - 1; a >= 0 && ++pos[a] == is[a]; a--) {
        pos[a] = 0;
      }
    }
    return flat;
  }

  /**
   * CumSum / CumProd: reverse as flip, scan, flip; CumSum's exclusive as the inclusive sum minus x
   * (CumProd's would need a division by x: not mapped).
   */
  static Variable[] cumulative(OnnxNodeRun c, boolean prod) {
    Variable x = c.x(0);
    int ax = axis(c.ints(1)[0], x.ndim());
    boolean exclusive = c.i("exclusive", 0) != 0;
    c.require(!prod || !exclusive, "exclusive cumprod");
    boolean reverse = c.i("reverse", 0) != 0;
    Variable v = reverse ? F.flip(x, ax) : x;
    Variable y = prod ? F.cumprod(v, ax) : F.cumsum(v, ax);
    if (exclusive) {
      y = F.sub(y, v);
    }
    return one(reverse ? F.flip(y, ax) : y);
  }

  /** Einsum without ellipsis (Chainer's subset); ONNX allows spaces in the equation. */
  static Variable[] einsum(OnnxNodeRun c) {
    String eq = c.node.stringAttr("equation", "").replace(" ", "");
    c.require(!eq.contains("..."), "ellipsis in the equation");
    Variable[] xs = new Variable[c.inputs()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = c.x(i);
    }
    return one(F.einsum(eq, xs));
  }

  /**
   * PRelu with ONNX's (NumPy) broadcasting of the slope: Chainer's prelu weights the axes after the
   * batch axis, so x is seen as one row and the slope broadcast to its full shape.
   */
  static Variable[] prelu(OnnxNodeRun c) {
    Variable x = c.x(0);
    Variable w = F.broadcastTo(c.x(1), x.shape());
    Variable y = F.prelu(F.reshape(x, 1, x.size()), F.reshape(w, x.size()));
    return one(F.reshape(y, x.shape()));
  }

  /** Cast / CastLike between float32 and float64 (Chainer's cast takes floating types). */
  static Variable[] cast(OnnxNodeRun c, boolean like) {
    DType to;
    if (like) {
      to = c.raw(1).dtype();
    } else {
      int t = (int) c.i("to", 0);
      c.require(
          t == OnnxTensor.FLOAT || t == OnnxTensor.DOUBLE, "cast to " + OnnxTensor.typeName(t));
      to = t == OnnxTensor.FLOAT ? DType.FLOAT32 : DType.FLOAT64;
    }
    c.require(to.isFloating(), "cast to " + to);
    Variable x = c.x(0);
    // In the float64 gradient check both ends stay float64.
    return one(F.cast(x, c.floatDtype != null ? c.floatDtype : to));
  }

  /** Pad (pads, value and axes as inputs since opset 11): constant, edge, reflect; no cropping. */
  static Variable[] pad(OnnxNodeRun c) {
    Variable x = c.raw(0);
    int nd = x.ndim();
    String mode = c.node.stringAttr("mode", "constant");
    c.require(!mode.equals("wrap"), "mode wrap");
    int[] pads = c.opset >= 11 ? c.ints(1) : c.ints("pads");
    double value = c.opset >= 11 ? (c.has(2) ? c.scalar(2) : 0) : c.f("value", 0);
    int[] axes = new int[nd];
    for (int i = 0; i < nd; i++) {
      axes[i] = i;
    }
    if (c.has(3)) {
      axes = c.ints(3);
    }
    int[] width = new int[2 * nd];
    for (int i = 0; i < axes.length; i++) {
      int a = axis(axes[i], nd);
      width[2 * a] = pads[i];
      width[2 * a + 1] = pads[axes.length + i];
    }
    c.require(Arrays.stream(width).allMatch(v -> v >= 0), "negative pads (cropping)");
    return one(F.pad(x, width, mode, value));
  }

  /** Where: the bool condition (read as int32) selects from x or y, broadcast NumPy-style. */
  static Variable[] where(OnnxNodeRun c) {
    Variable x = c.x(1);
    Variable y = c.x(2);
    Variable cond = Variable.constant(c.raw(0).array().astype(dl.api.DType.INT32));
    int[] shape = OnnxOps.broadcast(OnnxOps.broadcast(cond.shape(), x.shape()), y.shape());
    return one(
        F.where(F.broadcastTo(cond, shape), F.broadcastTo(x, shape), F.broadcastTo(y, shape)));
  }

  /** Gather: NumPy's take along an axis, i.e. integer-array indexing on that axis. */
  static Variable[] gather(OnnxNodeRun c) {
    Variable x = c.x(0);
    NdArray ind = c.raw(1).array();
    c.require(ind.ndim() > 0, "scalar indices");
    int ax = axis(c.i("axis", 0), x.ndim());
    Index[] idx = new Index[ax + 1];
    Arrays.fill(idx, Index.all());
    idx[ax] = Index.array(ind.toIntArray(), ind.shape());
    return one(F.getItem(x, idx));
  }

  /** GatherElements: a gather (Chainer's take) from the flattened x at the element offsets. */
  static Variable[] gatherElements(OnnxNodeRun c) {
    Variable x = c.x(0);
    NdArray ind = c.raw(1).array();
    int nd = x.ndim();
    int ax = axis(c.i("axis", 0), nd);
    int[] is = ind.shape();
    int[] flat = elementOffsets(x.shape(), is, ind.toIntArray(), ax);
    NdArray fi = x.array().backend().fromArray(flat, is);
    return one(new Take(fi, 0).applyOne(F.reshape(x, x.size())));
  }

  /**
   * GatherND without batch_dims: the leading {@code q} axes of data merged into one and a gather
   * (Chainer's take) at the flat offsets of the index tuples.
   */
  static Variable[] gatherNd(OnnxNodeRun c) {
    c.require(c.i("batch_dims", 0) == 0, "batch_dims");
    Variable x = c.x(0);
    NdArray ind = c.raw(1).array();
    int[] xs = x.shape();
    int[] is = ind.shape();
    int q = is[is.length - 1];
    int[] v = ind.toIntArray();
    int tuples = v.length / q;
    int[] flat = new int[tuples];
    int lead = 1;
    for (int a = 0; a < q; a++) {
      lead *= xs[a];
    }
    for (int t = 0; t < tuples; t++) {
      int off = 0;
      for (int a = 0; a < q; a++) {
        int i = v[t * q + a];
        off = off * xs[a] + (i < 0 ? i + xs[a] : i);
      }
      flat[t] = off;
    }
    int[] rest = Arrays.copyOfRange(xs, q, xs.length);
    int[] merged = new int[rest.length + 1];
    merged[0] = lead;
    System.arraycopy(rest, 0, merged, 1, rest.length);
    NdArray fi = x.array().backend().fromArray(flat, Arrays.copyOf(is, is.length - 1));
    return one(new Take(fi, 0).applyOne(F.reshape(x, merged)));
  }

  /** Compress along an axis with a bool mask as long as the axis (boolean-mask indexing). */
  static Variable[] compress(OnnxNodeRun c) {
    Variable x = c.x(0);
    long a = c.i("axis", Long.MIN_VALUE);
    if (a == Long.MIN_VALUE) {
      x = F.reshape(x, x.size());
      a = 0;
    }
    int ax = axis(a, x.ndim());
    int[] m = c.ints(1);
    int dim = x.shape()[ax];
    c.require(m.length <= dim, "condition longer than the axis");
    // NumPy's compress drops the elements past a shorter condition: a mask padded with false.
    boolean[] mask = new boolean[dim];
    for (int i = 0; i < m.length; i++) {
      mask[i] = m[i] != 0;
    }
    Index[] idx = new Index[ax + 1];
    Arrays.fill(idx, Index.all());
    idx[ax] = Index.mask(mask, dim);
    return one(F.getItem(x, idx));
  }

  /** Split by sizes (input since opset 13), equal parts, or num_outputs (opset 18, ceil-sized). */
  static Variable[] split(OnnxNodeRun c) {
    Variable x = c.x(0);
    int ax = axis(c.i("axis", 0), x.ndim());
    int dim = x.shape()[ax];
    int n = c.node.outputs().size();
    int[] sizes;
    if (c.opset >= 13 ? c.has(1) : c.ints("split") != null) {
      sizes = c.opset >= 13 ? c.ints(1) : c.ints("split");
    } else {
      int chunk = (dim + n - 1) / n;
      c.require(c.opset >= 18 || dim % n == 0, "uneven equal split");
      sizes = new int[n];
      for (int i = 0; i < n; i++) {
        sizes[i] = Math.max(0, Math.min(chunk, dim - i * chunk));
      }
    }
    int[] at = new int[sizes.length - 1];
    for (int i = 0, s = 0; i < at.length; i++) {
      s += sizes[i];
      at[i] = s;
    }
    return F.splitAxis(x, at, ax);
  }

  /** Det of a matrix or a stack of matrices (batch axes flattened for batch_det). */
  static Variable[] det(OnnxNodeRun c) {
    Variable x = c.x(0);
    int nd = x.ndim();
    if (nd == 2) {
      return one(F.det(x));
    }
    int n = x.shape()[nd - 1];
    int[] batch = Arrays.copyOf(x.shape(), nd - 2);
    return one(F.reshape(F.batchDet(F.reshape(x, x.size() / (n * n), n, n)), batch));
  }
}
