package dl.functions;

import dl.api.Config;
import dl.api.DType;
import dl.api.Scope;
import dl.api.Shapes;
import dl.api.Variable;
import dl.functions.OnnxNodeRun.Unmapped;
import dl.functions.array.Index;
import dl.testing.onnx.OnnxAttribute;
import dl.testing.onnx.OnnxTensor;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The ONNX operators that Catena has a function for, one line each: how a node of that type runs
 * with {@link F}. A mapping throws {@link Unmapped} (with the reason) for attributes, dtypes or
 * opset semantics Catena does not cover; such cases are counted as not mapped.
 */
final class OnnxOps {
  /** Runs one node: its outputs, in order. */
  interface Op extends Function<OnnxNodeRun, Variable[]> {}

  static final Map<String, Op> OPS = new TreeMap<>();

  private static void put(String op, Op f) {
    OPS.put(op, f);
  }

  private static Variable[] one(Variable y) {
    return new Variable[] {y};
  }

  static {
    // ---- math ----
    put("Add", c -> one(F.add(c.x(0), c.x(1))));
    put("Sub", c -> one(F.sub(c.x(0), c.x(1))));
    put("Mul", c -> one(F.mul(c.x(0), c.x(1))));
    put("Div", c -> one(F.div(c.x(0), c.x(1))));
    put("Pow", c -> one(F.pow(c.x(0), c.x(1))));
    put("Neg", c -> one(F.neg(c.x(0))));
    put("Sqrt", c -> one(F.sqrt(c.x(0))));
    put("Exp", c -> one(F.exp(c.x(0))));
    put("Log", c -> one(F.log(c.x(0))));
    put("Sin", c -> one(F.sin(c.x(0))));
    put("Cos", c -> one(F.cos(c.x(0))));
    put("Tan", c -> one(F.tan(c.x(0))));
    put("Reciprocal", c -> one(F.rdiv(1.0, c.x(0))));
    put("Sum", c -> one(variadic(c, false)));
    put("Mean", c -> one(variadic(c, true)));
    put("MatMul", c -> one(matmul(c.x(0), c.x(1), false, false)));
    put("Gemm", OnnxOps::gemm);
    put("ReduceSum", c -> one(reduce(c, 13, (x, ax, k) -> F.sum(x, ax, k))));
    put("ReduceMean", c -> one(reduce(c, 18, (x, ax, k) -> F.mean(x, ax, k))));
    put("ReduceMax", c -> one(reduce(c, 18, nonEmpty((x, ax, k) -> F.max(x, ax, k)))));
    put("ReduceMin", c -> one(reduce(c, 18, nonEmpty((x, ax, k) -> F.min(x, ax, k)))));
    put("ReduceSumSquare", c -> one(reduce(c, 18, (x, ax, k) -> F.sum(F.square(x), ax, k))));
    put("ReduceL2", c -> one(reduce(c, 18, (x, ax, k) -> F.sqrt(F.sum(F.square(x), ax, k)))));
    put("ReduceLogSum", c -> one(reduce(c, 18, (x, ax, k) -> F.log(F.sum(x, ax, k)))));
    put("ReduceLogSumExp", c -> one(reduce(c, 18, nonEmpty(OnnxOps::logsumexp))));
    put("ReduceProd", c -> one(reduce(c, 18, (x, ax, k) -> F.prod(x, ax, k))));
    put("ReduceL1", c -> one(reduce(c, 18, (x, ax, k) -> F.sum(F.absolute(x), ax, k))));
    put("Abs", c -> one(F.absolute(c.x(0))));
    put("Acos", c -> one(F.arccos(c.x(0))));
    put("Asin", c -> one(F.arcsin(c.x(0))));
    put("Atan", c -> one(F.arctan(c.x(0))));
    put("Atanh", c -> one(F.arctanh(c.x(0))));
    put("Cosh", c -> one(F.cosh(c.x(0))));
    put("Sinh", c -> one(F.sinh(c.x(0))));
    put("Erf", c -> one(F.erf(c.x(0))));
    put("Floor", c -> one(F.floor(c.x(0))));
    put("Ceil", c -> one(F.ceil(c.x(0))));
    put("Sign", c -> one(F.sign(c.x(0))));
    put("Identity", c -> one(F.identity(c.x(0))));
    put("Clip", OnnxArrayOps::clip);
    put("Max", c -> OnnxArrayOps.extremum(c, true));
    put("Min", c -> OnnxArrayOps.extremum(c, false));
    put("ArgMax", c -> OnnxArrayOps.arg(c, true));
    put("ArgMin", c -> OnnxArrayOps.arg(c, false));
    put("CumSum", c -> OnnxArrayOps.cumulative(c, false));
    put("CumProd", c -> OnnxArrayOps.cumulative(c, true));
    put("Einsum", OnnxArrayOps::einsum);
    put("Det", OnnxArrayOps::det);
    put("Mod", c -> one(fmod(c)));
    // ---- activation ----
    put("Relu", c -> one(F.relu(c.x(0))));
    put("LeakyRelu", c -> one(F.leakyRelu(c.x(0), c.f("alpha", 0.01))));
    put("Sigmoid", c -> one(F.sigmoid(c.x(0))));
    put("Tanh", c -> one(F.tanh(c.x(0))));
    put("Softmax", c -> one(softmax(c, false)));
    put("LogSoftmax", c -> one(softmax(c, true)));
    put("Elu", c -> one(F.elu(c.x(0), c.f("alpha", 1))));
    put(
        "Selu",
        c ->
            one(
                F.selu(
                    c.x(0), c.f("alpha", OnnxOps.SELU_ALPHA), c.f("gamma", OnnxOps.SELU_GAMMA))));
    put("HardSigmoid", c -> one(hardSigmoid(c)));
    put("Softplus", c -> one(F.softplus(c.x(0))));
    put("Gelu", c -> one(gelu(c)));
    put("PRelu", OnnxArrayOps::prelu);
    put("Swish", c -> one(swish(c)));
    // ---- array ----
    put("Transpose", c -> one(F.transpose(c.x(0), perm(c))));
    put("Reshape", c -> one(F.reshape(c.x(0), reshapeTarget(c))));
    put("Flatten", OnnxOps::flatten);
    put("Squeeze", c -> one(F.squeeze(c.x(0), axes(c, 13, new int[0]))));
    put("Unsqueeze", OnnxOps::unsqueeze);
    put("Concat", OnnxOps::concat);
    put("Slice", OnnxOps::slice);
    put("Expand", c -> one(F.broadcastTo(c.x(0), broadcast(c.x(0).shape(), c.ints(1)))));
    put("Constant", OnnxOps::constant);
    put("Shape", c -> shape(c, false));
    put("Size", c -> shape(c, true));
    put("Cast", c -> OnnxArrayOps.cast(c, false));
    put("CastLike", c -> OnnxArrayOps.cast(c, true));
    put("Pad", OnnxArrayOps::pad);
    put("Tile", c -> one(F.tile(c.x(0), c.ints(1))));
    put("Where", OnnxArrayOps::where);
    put("Gather", OnnxArrayOps::gather);
    put("GatherElements", OnnxArrayOps::gatherElements);
    put("GatherND", OnnxArrayOps::gatherNd);
    put("ScatterElements", c -> OnnxArrayOps.scatterAdd(c, false));
    put("ScatterND", c -> OnnxArrayOps.scatterAdd(c, true));
    put("Compress", OnnxArrayOps::compress);
    put("Split", OnnxArrayOps::split);
    put("DepthToSpace", c -> one(depthToSpace(c)));
    put("SpaceToDepth", c -> one(F.space2depth(c.x(0), (int) c.i("blocksize", 0))));
    // ---- connection, pooling, normalization ----
    put("Conv", OnnxNnOps::conv);
    put("ConvTranspose", OnnxNnOps::convTranspose);
    put("MaxPool", c -> OnnxNnOps.pool(c, true));
    put("AveragePool", c -> OnnxNnOps.pool(c, false));
    put("GlobalMaxPool", c -> OnnxNnOps.globalPool(c, true));
    put("GlobalAveragePool", c -> OnnxNnOps.globalPool(c, false));
    put("BatchNormalization", OnnxNnOps::batchNorm);
    put("InstanceNormalization", OnnxNnOps::instanceNorm);
    put("GroupNormalization", OnnxNnOps::groupNorm);
    put("LayerNormalization", OnnxNnOps::layerNorm);
    put("LRN", OnnxNnOps::lrn);
    put("LpNormalization", OnnxNnOps::lpNorm);
    put("Resize", OnnxNnOps::resize);
    put("Upsample", OnnxNnOps::upsample);
    // ---- loss ----
    put("SoftmaxCrossEntropyLoss", OnnxOps::softmaxCrossEntropy);
    // ---- rnn ----
    put("LSTM", OnnxRnnOps::lstm);
    put("GRU", OnnxRnnOps::gru);
    put("RNN", OnnxRnnOps::rnn);
    // ---- noise ----
    put("Dropout", OnnxOps::dropout);
  }

  /** ONNX's Selu defaults (float32 values of Klambauer et al.'s constants). */
  private static final double SELU_ALPHA = 1.67326319217681884765625;

  private static final double SELU_GAMMA = 1.05070102214813232421875;

  /** Chainer's hard_sigmoid is fixed at ONNX's defaults alpha 0.2, beta 0.5. */
  private static Variable hardSigmoid(OnnxNodeRun c) {
    c.require(
        (float) c.f("alpha", 0.2) == 0.2f && (float) c.f("beta", 0.5) == 0.5f,
        "alpha/beta other than 0.2/0.5");
    return F.hardSigmoid(c.x(0));
  }

  /** Swish's alpha as Chainer's beta, a constant 0-d array (broadcast over all of x). */
  private static Variable swish(OnnxNodeRun c) {
    Variable x = c.x(0);
    var beta = c.backend.full(new int[0], c.f("alpha", 1), x.dtype());
    return F.swish(x, Variable.constant(beta));
  }

  /** Chainer's gelu is the exact (erf) form. */
  private static Variable gelu(OnnxNodeRun c) {
    c.require(c.node.stringAttr("approximate", "none").equals("none"), "approximate=tanh");
    return F.gelu(c.x(0));
  }

  /** Chainer's depth2space takes the depth in DCR order (ONNX's default mode). */
  private static Variable depthToSpace(OnnxNodeRun c) {
    c.require(c.node.stringAttr("mode", "DCR").equals("DCR"), "mode CRD");
    return F.depth2space(c.x(0), (int) c.i("blocksize", 0));
  }

  /** Chainer's fmod (float, the sign of x) is ONNX's Mod with fmod=1. */
  private static Variable fmod(OnnxNodeRun c) {
    c.require(c.i("fmod", 0) != 0, "fmod=0 (integer modulo)");
    Variable x = c.x(0);
    Variable y = c.x(1);
    int[] shape = broadcast(x.shape(), y.shape());
    return F.fmod(F.broadcastTo(x, shape), F.broadcastTo(y, shape));
  }

  interface Reduction {
    Variable apply(Variable x, int[] axes, boolean keepdims);
  }

  /** Max, min and logsumexp of no elements raise in NumPy and Chainer; ONNX gives ±inf. */
  private static Reduction nonEmpty(Reduction r) {
    return (x, ax, k) -> {
      if (x.size() == 0) {
        throw new Unmapped("zero-size reduction (raises in NumPy/Chainer)");
      }
      return r.apply(x, ax, k);
    };
  }

  private static Variable variadic(OnnxNodeRun c, boolean mean) {
    Variable s = c.x(0);
    for (int i = 1; i < c.inputs(); i++) {
      s = F.add(s, c.x(i));
    }
    return mean ? F.div(s, c.inputs()) : s;
  }

  /** NumPy's matmul: 1-d operands promoted and the batch axes broadcast. */
  private static Variable matmul(Variable a, Variable b, boolean ta, boolean tb) {
    if (a.ndim() == 2 && b.ndim() == 2) {
      return F.matmul(a, b, ta, tb);
    }
    boolean vecA = a.ndim() == 1;
    boolean vecB = b.ndim() == 1;
    a = vecA ? F.expandDims(a, 0) : a;
    b = vecB ? F.expandDims(b, 1) : b;
    int[] sa = a.shape();
    int[] sb = b.shape();
    int[] batch =
        broadcast(
            Arrays.copyOf(sa, Math.max(0, sa.length - 2)),
            Arrays.copyOf(sb, Math.max(0, sb.length - 2)));
    int nb = Shapes.size(batch);
    int m = sa[sa.length - 2];
    int n = sb[sb.length - 1];
    Variable a3 = F.reshape(F.broadcastTo(a, concat(batch, m, sa[sa.length - 1])), nb, m, -1);
    Variable b3 = F.reshape(F.broadcastTo(b, concat(batch, sb[sb.length - 2], n)), nb, -1, n);
    Variable y = F.reshape(F.matmul(a3, b3, ta, tb), concat(batch, m, n));
    if (vecA) {
      y = F.squeeze(y, -2);
    }
    return vecB ? F.squeeze(y, -1) : y;
  }

  private static int[] concat(int[] head, int... tail) {
    int[] out = Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, out, head.length, tail.length);
    return out;
  }

  private static Variable[] gemm(OnnxNodeRun c) {
    Variable y = F.matmul(c.x(0), c.x(1), c.i("transA", 0) != 0, c.i("transB", 0) != 0);
    double alpha = c.f("alpha", 1);
    if (alpha != 1) {
      y = F.mul(y, alpha);
    }
    if (c.has(2)) {
      double beta = c.f("beta", 1);
      Variable cc = c.x(2);
      y = F.add(y, beta == 1 ? cc : F.mul(cc, beta));
    }
    return one(y);
  }

  /** Axes from the attribute (before {@code inputSince}) or input 1; null when not given. */
  private static int[] axes(OnnxNodeRun c, int inputSince, int[] dflt) {
    if (c.opset >= inputSince) {
      return c.has(1) ? c.ints(1) : dflt;
    }
    int[] a = c.ints("axes");
    return a == null ? dflt : a;
  }

  private static Variable reduce(OnnxNodeRun c, int inputSince, Reduction r) {
    int[] axes = axes(c, inputSince, null);
    boolean keep = c.i("keepdims", 1) != 0;
    Variable x = c.x(0);
    if (axes == null || axes.length == 0) {
      if (c.i("noop_with_empty_axes", 0) != 0) {
        return x;
      }
      axes = null;
    }
    return r.apply(x, axes, keep);
  }

  private static Variable logsumexp(Variable x, int[] axes, boolean keep) {
    int[] ax = axes == null ? Shapes.allAxes(x.ndim()) : axes;
    Variable y = F.logsumexp(x, ax);
    return keep ? F.reshape(y, Shapes.reduced(x.shape(), Shapes.axes("x", ax, x.ndim()), true)) : y;
  }

  /** Softmax over one axis since opset 13; before, over the flattened axes from {@code axis} on. */
  private static Variable softmax(OnnxNodeRun c, boolean log) {
    Variable x = c.x(0);
    if (c.opset >= 13) {
      int axis = (int) c.i("axis", -1);
      return log ? F.logSoftmax(x, axis) : F.softmax(x, axis);
    }
    int axis = Shapes.axis("softmax", (int) c.i("axis", 1), x.ndim());
    int rows = 1;
    for (int i = 0; i < axis; i++) {
      rows *= x.shape()[i];
    }
    Variable x2 = F.reshape(x, rows, x.size() / rows);
    return F.reshape(log ? F.logSoftmax(x2, 1) : F.softmax(x2, 1), x.shape());
  }

  private static int[] perm(OnnxNodeRun c) {
    int[] p = c.ints("perm");
    return p == null ? new int[0] : p;
  }

  /** ONNX's shape input: 0 copies the input's dim (unless allowzero), -1 is inferred. */
  private static int[] reshapeTarget(OnnxNodeRun c) {
    int[] s = c.ints(1).clone();
    int[] xs = c.x(0).shape();
    for (int i = 0; i < s.length; i++) {
      if (s[i] == 0) {
        c.require(c.i("allowzero", 0) == 0, "allowzero with a zero dim");
        s[i] = xs[i];
      }
    }
    return s;
  }

  private static Variable[] flatten(OnnxNodeRun c) {
    Variable x = c.x(0);
    int axis = (int) c.i("axis", 1);
    axis = axis < 0 ? axis + x.ndim() : axis;
    int rows = 1;
    for (int i = 0; i < axis; i++) {
      rows *= x.shape()[i];
    }
    return one(F.reshape(x, rows, x.size() / rows));
  }

  private static Variable[] unsqueeze(OnnxNodeRun c) {
    Variable x = c.x(0);
    int[] axes = axes(c, 13, new int[0]).clone();
    int rank = x.ndim() + axes.length;
    for (int i = 0; i < axes.length; i++) {
      axes[i] = axes[i] < 0 ? axes[i] + rank : axes[i];
    }
    Arrays.sort(axes);
    for (int a : axes) {
      x = F.expandDims(x, a);
    }
    return one(x);
  }

  private static Variable[] concat(OnnxNodeRun c) {
    Variable[] xs = new Variable[c.inputs()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = c.x(i);
    }
    return one(F.concat(xs, (int) c.i("axis", 0)));
  }

  /** ONNX's Slice (inputs since opset 10): bounds clamped as ONNX does, then basic indexing. */
  private static Variable[] slice(OnnxNodeRun c) {
    c.require(c.opset >= 10, "starts/ends as attributes (opset < 10)");
    Variable x = c.x(0);
    int[] starts = c.ints(1);
    int[] ends = c.ints(2);
    Index[] idx = new Index[x.ndim()];
    Arrays.fill(idx, Index.all());
    for (int i = 0; i < starts.length; i++) {
      int ax = c.has(3) ? c.ints(3)[i] : i;
      ax = ax < 0 ? ax + x.ndim() : ax;
      int step = c.has(4) ? c.ints(4)[i] : 1;
      long dim = x.shape()[ax];
      long s = starts[i] < 0 ? starts[i] + dim : starts[i];
      long e = ends[i] < 0 ? ends[i] + dim : ends[i];
      if (step > 0) {
        idx[ax] = Index.slice((int) clamp(s, 0, dim), (int) clamp(e, 0, dim), step);
      } else {
        long stop = clamp(e, -1, dim - 1);
        idx[ax] = Index.slice((int) clamp(s, 0, dim - 1), stop < 0 ? null : (int) stop, step);
      }
    }
    return one(F.getItem(x, idx));
  }

  private static long clamp(long v, long lo, long hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /**
   * No ignore_index ignores nothing (Chainer's default is -1). Class weights only with reduction
   * none or sum: ONNX's weighted mean divides by the sum of the weights, Chainer's by the count.
   */
  private static Variable[] softmaxCrossEntropy(OnnxNodeRun c) {
    Variable x = c.x(0);
    int ignore = (int) c.i("ignore_index", Integer.MIN_VALUE);
    String reduction = c.node.stringAttr("reduction", "mean");
    c.require(!c.has(2) || !reduction.equals("mean"), "class weights with reduction mean");
    var w = c.has(2) ? c.constant(2) : null;
    Variable loss =
        switch (reduction) {
          case "mean" -> F.softmaxCrossEntropy(x, c.raw(1), ignore, true, "mean");
          case "none" -> F.softmaxCrossEntropy(x, c.raw(1), true, w, ignore, "no", "cross-entropy");
          default ->
              F.sum(F.softmaxCrossEntropy(x, c.raw(1), true, w, ignore, "no", "cross-entropy"));
        };
    return new Variable[] {loss, F.logSoftmax(x, 1)};
  }

  /** ONNX's Expand: the input and the shape broadcast against each other. */
  static int[] broadcast(int[] a, int[] b) {
    int n = Math.max(a.length, b.length);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      int da = i < n - a.length ? 1 : a[i - (n - a.length)];
      int db = i < n - b.length ? 1 : b[i - (n - b.length)];
      out[i] = da == 1 ? db : da;
    }
    return out;
  }

  /**
   * A tensor (floating, or integer as int32) or ONNX's value_float(s) / value_int(s) attributes.
   */
  private static Variable[] constant(OnnxNodeRun c) {
    OnnxTensor t = c.tensor("value");
    var b = c.backend;
    DType fdt = c.floatDtype == null ? DType.FLOAT32 : c.floatDtype;
    if (t == null) {
      var a = c.node.attribute("value_float");
      a = a != null ? a : c.node.attribute("value_floats");
      if (a != null) {
        float[] f = a.floats() != null && a.type() == OnnxAttribute.FLOATS ? a.floats() : null;
        double[] v = new double[f == null ? 1 : f.length];
        for (int i = 0; i < v.length; i++) {
          v[i] = f == null ? a.f() : f[i];
        }
        int[] shape = f == null ? new int[0] : new int[] {v.length};
        return one(Variable.constant(b.fromArray(v, shape).astype(fdt)));
      }
      a = c.node.attribute("value_int");
      a = a != null ? a : c.node.attribute("value_ints");
      c.require(a != null, "constant without a tensor or numeric value");
      boolean many = a.type() == OnnxAttribute.INTS;
      int[] v = new int[many ? a.ints().length : 1];
      for (int i = 0; i < v.length; i++) {
        v[i] = (int) (many ? a.ints()[i] : a.i());
      }
      return one(Variable.constant(b.fromArray(v, many ? new int[] {v.length} : new int[0])));
    }
    var a = OnnxConformanceTest.toArray(t, b);
    boolean floating = a.dtype().isFloating();
    return one(Variable.constant(c.floatDtype == null || !floating ? a : a.astype(fdt)));
  }

  /** Shape and Size: the host-side shape of x (Chainer's {@code x.shape}) as an int32 array. */
  private static Variable[] shape(OnnxNodeRun c, boolean size) {
    int[] s = c.raw(0).shape();
    if (size) {
      return one(Variable.constant(c.backend.fromArray(new int[] {c.raw(0).size()})));
    }
    int n = s.length;
    int start = (int) c.i("start", 0);
    int end = (int) c.i("end", n);
    start = (int) clamp(start < 0 ? start + n : start, 0, n);
    end = (int) clamp(end < 0 ? end + n : end, 0, n);
    int[] v = Arrays.copyOfRange(s, start, Math.max(start, end));
    return one(Variable.constant(c.backend.fromArray(v, v.length)));
  }

  /**
   * Inference-mode dropout is the identity (Chainer's dropout outside training); so is training
   * mode with ratio 0, run as such.
   */
  @SuppressWarnings("try")
  private static Variable[] dropout(OnnxNodeRun c) {
    c.require(c.node.outputs().size() == 1, "mask output (bool)");
    double ratio = c.has(1) ? c.scalar(1) : c.f("ratio", 0.5);
    boolean train = c.has(2) && c.scalar(2) != 0;
    c.require(!train || ratio == 0, "training_mode (random)");
    c.require(c.i("is_test", 1) != 0, "is_test=0 (random)");
    try (Scope s = Config.using(Config.Key.TRAIN, train)) {
      return one(F.dropout(c.x(0), ratio));
    }
  }

  private OnnxOps() {}
}
