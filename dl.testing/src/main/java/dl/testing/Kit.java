package dl.testing;

import static dl.testing.BackendConformanceKit.mapIndexed;
import static dl.testing.BackendConformanceKit.random;

import dl.api.Backend;
import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.Shapes;
import dl.api.UnaryOp;
import java.util.SplittableRandom;

/**
 * The checks of {@link BackendConformanceKit} for arithmetic, products, gathers and training, one
 * static method per kernel group ({@link KitLayout} has creation and layout).
 */
final class Kit {
  private Kit() {}

  static SplittableRandom rng(Object salt) {
    return new SplittableRandom(salt.toString().hashCode());
  }

  static void fail(String msg) {
    throw new AssertionError(msg);
  }

  /** Inputs inside each op's domain. */
  private static double[] domain(UnaryOp op) {
    switch (op) {
      case LOG:
      case SQRT:
      case RSQRT:
      case RECIPROCAL:
        return new double[] {0.5, 2};
      case LOG1P:
        return new double[] {-0.5, 1};
      case ARCSIN:
      case ARCCOS:
        return new double[] {-0.9, 0.9};
      case TAN:
        return new double[] {-1.2, 1.2};
      default:
        return new double[] {-3, 3};
    }
  }

  static void unary(BackendConformanceKit k, UnaryOp op, DType t) {
    Backend b = k.backend();
    double[] dom = domain(op);
    TestArray x =
        random(rng(op), t, t == DType.INT32 ? -5 : dom[0], t == DType.INT32 ? 6 : dom[1], 3, 5);
    if (t.isFloating() && dom[0] == -3) { // edges: zero, tiny values either side, half-integers
      double[] edges = {-2.5, -0.005, 0, 0.005, 2.5};
      for (int e = 0; e < edges.length; e++) {
        x.data()[e] = Reference.round(t, edges[e]);
      }
    }
    if (t == DType.INT32 && !op.definedForInt()) {
      expectIllegal("unary " + op + " on int32", () -> b.unary(op, x.to(b)));
      return;
    }
    TestArray e =
        new TestArray(
            x.map(v -> Reference.round(t, Reference.unary(op, t, v))).data(), x.shape(), t);
    k.check("unary " + op, e, b.unary(op, x.to(b)));
  }

  private static TestArray operand(BinaryOp op, DType t, boolean second, int[] shape, Object salt) {
    SplittableRandom r = rng(op + " " + second + salt);
    boolean ties = op.compareTo(BinaryOp.GT) >= 0 && op.compareTo(BinaryOp.NE) <= 0;
    if (t == DType.INT32) {
      if (op == BinaryOp.POW) {
        return random(r, t, second ? 0 : -4, second ? 4 : 5, shape);
      }
      TestArray v = random(r, t, -7, 8, shape);
      boolean divisor = second && (op == BinaryOp.DIV || op == BinaryOp.FMOD);
      return divisor ? v.map(d -> d == 0 ? 3 : d) : v;
    }
    if (ties) {
      return random(r, DType.INT32, -2, 3, shape).withDtype(t); // whole numbers: ties happen
    }
    if (op == BinaryOp.POW && !second) {
      return random(r, t, 0.5, 2, shape);
    }
    boolean divisor = second && (op == BinaryOp.DIV || op == BinaryOp.FMOD);
    return divisor
        ? random(r, t, 0.5, 2, shape).map(d -> r.nextBoolean() ? d : -d)
        : random(r, t, -2, 2, shape);
  }

  static void binary(BackendConformanceKit k, BinaryOp op, DType t) {
    Backend b = k.backend();
    if (t == DType.INT32 && op == BinaryOp.ARCTAN2) {
      NdArray x = b.arange(1, 4, t);
      expectIllegal("binary ARCTAN2 on int32", () -> b.binary(op, x, x));
      return;
    }
    for (int[][] p : BackendConformanceKit.PAIRS) {
      for (int swap = 0; swap < 2; swap++) {
        int[] sa = p[swap];
        int[] sb = p[1 - swap];
        TestArray x = operand(op, t, false, sa, swap);
        TestArray y = operand(op, t, true, sb, swap);
        String what = "binary " + op + " " + Shapes.str(sa) + " with " + Shapes.str(sb);
        k.check(what, Reference.binary(op, x, y), b.binary(op, x.to(b), y.to(b)));
        if (Shapes.broadcastsTo(sb, sa)) {
          NdArray target = x.to(b);
          b.binaryInto(op, target, y.to(b));
          k.check("binaryInto " + what, Reference.binary(op, x, y), target);
        }
      }
    }
    if (t == DType.INT32 && (op == BinaryOp.DIV || op == BinaryOp.FMOD)) {
      NdArray zero = b.zeros(new int[] {3}, t);
      k.check(
          op + " by zero is 0 for int32",
          mapIndexed(new int[] {3}, t, i -> 0),
          b.binary(op, b.arange(1, 4, t), zero));
    }
  }

  static void binaryScalar(BackendConformanceKit k, DType t) {
    Backend b = k.backend();
    TestArray x = random(rng(t), t, 1, 5, 2, 3);
    for (BinaryOp op :
        new BinaryOp[] {
          BinaryOp.ADD,
          BinaryOp.SUB,
          BinaryOp.MUL,
          BinaryOp.DIV,
          BinaryOp.POW,
          BinaryOp.MAXIMUM,
          BinaryOp.GT
        }) {
      for (boolean first : new boolean[] {false, true}) {
        TestArray s = TestArray.of(t, new double[] {3}, new int[0]);
        TestArray e = first ? Reference.binary(op, s, x) : Reference.binary(op, x, s);
        k.check(
            "binaryScalar " + op + (first ? " 3 op x" : " x op 3"),
            e,
            b.binaryScalar(op, x.to(b), 3, first));
      }
    }
    if (t == DType.INT32) {
      TestArray s = TestArray.of(DType.FLOAT64, new double[] {2.5}, new int[0]);
      TestArray e = Reference.binary(BinaryOp.GT, x.withDtype(DType.FLOAT64), s).withDtype(t);
      k.check("int32 compared with 2.5", e, b.binaryScalar(BinaryOp.GT, x.to(b), 2.5, false));
      expectIllegal("int32 + 2.5", () -> b.binaryScalar(BinaryOp.ADD, x.to(b), 2.5, false));
    }
  }

  static void where(BackendConformanceKit k, DType t) {
    Backend b = k.backend();
    TestArray c = random(rng("c"), t, 0, 2, 2, 1, 4).map(v -> v >= 1 ? 2 : 0);
    TestArray x = random(rng("x"), t, -9, 9, 3, 1);
    TestArray y = random(rng("y"), t, -9, 9, 4);
    int[] shape = {2, 3, 4};
    TestArray e =
        mapIndexed(
            shape,
            t,
            i -> {
              int[] o = Reference.unravel(i, shape);
              return Reference.at(c, o) != 0 ? Reference.at(x, o) : Reference.at(y, o);
            });
    k.check("where (2,1,4) (3,1) (4,)", e, b.where(c.to(b), x.to(b), y.to(b)));
  }

  static void reduce(BackendConformanceKit k, ReduceOp op, DType t) {
    Backend b = k.backend();
    TestArray x = random(rng(op), t, -2, 3, 2, 3, 4);
    int[][] axesCases = {{}, {0}, {1}, {-1}, {0, 2}, {0, 1, 2}};
    for (int[] axes : axesCases) {
      for (boolean keep : new boolean[] {false, true}) {
        k.check(
            "reduce " + op + " axes " + java.util.Arrays.toString(axes) + " keepdims " + keep,
            Reference.reduce(op, x, axes, keep),
            b.reduce(op, x.to(b), axes, keep));
      }
    }
    k.check(
        "reduceAll " + op,
        Reference.reduce(op, x, new int[] {0, 1, 2}, false),
        b.reduceAll(op, x.to(b)));
    if (op == ReduceOp.SUM) {
      k.check(
          "sum over an empty axis",
          mapIndexed(new int[] {3}, t, i -> 0),
          b.reduce(op, b.zeros(new int[] {0, 3}, t), new int[] {0}, false));
    }
  }

  static void argReduce(BackendConformanceKit k, DType t) {
    Backend b = k.backend();
    TestArray x = random(rng(t), DType.INT32, -2, 3, 3, 4, 2).withDtype(t); // ties: the first wins
    for (ReduceOp op : new ReduceOp[] {ReduceOp.MAX, ReduceOp.MIN}) {
      for (int axis = -1; axis < 3; axis++) {
        int ax = (axis + 3) % 3;
        int[] out = Shapes.reduced(x.shape(), new int[] {ax}, false);
        TestArray e =
            mapIndexed(
                out,
                DType.INT32,
                i -> {
                  int[] o = Reference.unravel(i, out);
                  int[] idx = new int[3];
                  for (int d = 0, j = 0; d < 3; d++) {
                    idx[d] = d == ax ? 0 : o[j++];
                  }
                  int best = 0;
                  double bv = x.get(idx);
                  for (int j = 1; j < x.shape()[ax]; j++) {
                    idx[ax] = j;
                    double v = x.get(idx);
                    if (op == ReduceOp.MAX ? v > bv : v < bv) {
                      bv = v;
                      best = j;
                    }
                  }
                  return best;
                });
        k.check("argReduce " + op + " axis " + axis, e, b.argReduce(op, x.to(b), axis));
      }
    }
  }

  static void matmul(BackendConformanceKit k, DType t) {
    Backend b = k.backend();
    int[][] sizes = {
      {2, 3, 4}, {1, 1, 1}, {5, 1, 3}, {67, 70, 65}
    }; // m, k, n; the last spans tiles
    for (int[] s : sizes) {
      for (int tr = 0; tr < 4; tr++) {
        boolean ta = (tr & 1) != 0;
        boolean tb = (tr & 2) != 0;
        int m = s[0];
        int kk = s[1];
        int n = s[2];
        for (int[] batch : new int[][] {{}, {3, 3}, {1, 2}, {2, 1}}) {
          int[] sa =
              batch.length == 0
                  ? (ta ? new int[] {kk, m} : new int[] {m, kk})
                  : (ta ? new int[] {batch[0], kk, m} : new int[] {batch[0], m, kk});
          int[] sb =
              batch.length == 0
                  ? (tb ? new int[] {n, kk} : new int[] {kk, n})
                  : (tb ? new int[] {batch[1], n, kk} : new int[] {batch[1], kk, n});
          TestArray x = random(rng(m + " a"), t, -3, 4, sa);
          TestArray y = random(rng(n + " b"), t, -3, 4, sb);
          int nb = batch.length == 0 ? 1 : Math.max(batch[0], batch[1]);
          double[] e = new double[nb * m * n];
          for (int i = 0; i < nb; i++) {
            int ao = batch.length == 0 || batch[0] == 1 ? 0 : i * m * kk;
            int bo = batch.length == 0 || batch[1] == 1 ? 0 : i * kk * n;
            double[] c = Reference.matmul(x.data(), ao, ta, y.data(), bo, tb, m, n, kk);
            for (int j = 0; j < c.length; j++) {
              e[i * m * n + j] = Reference.round(t, c[j]);
            }
          }
          int[] out = batch.length == 0 ? new int[] {m, n} : new int[] {nb, m, n};
          // Rounding of a k-term sum in float32 grows with k·max|a|·max|b| (up to 16·k here).
          double atol = Math.max(k.tolerance(t)[0], t == DType.FLOAT32 ? 1.2e-7 * kk * 16 : 0);
          k.check(
              "matmul "
                  + Shapes.str(sa)
                  + (ta ? "ᵀ" : "")
                  + " · "
                  + Shapes.str(sb)
                  + (tb ? "ᵀ" : ""),
              new TestArray(e, out, t),
              b.matmul(x.to(b), y.to(b), ta, tb),
              atol,
              k.tolerance(t)[1]);
          if (s[0] > 10 && batch.length > 0) {
            break; // the large case once per transpose is enough
          }
        }
      }
    }
  }

  static void gathers(BackendConformanceKit k, DType t) {
    Backend b = k.backend();
    TestArray x = random(rng(t), t, -9, 9, 3, 4, 2);
    int[] idx = {2, -1, 0, 2, 2, 1}; // repeats and a negative index
    NdArray ind = b.fromArray(idx, 2, 3);
    int[] out = {3, 2, 3, 2};
    TestArray e =
        mapIndexed(
            out,
            t,
            i -> {
              int[] o = Reference.unravel(i, out);
              return x.get(o[0], Math.floorMod(idx[o[1] * 3 + o[2]], 4), o[3]);
            });
    k.check("take axis 1 with (2,3) indices", e, b.take(x.to(b), ind, 1));
    TestArray v = random(rng("v"), t, -9, 9, out);
    NdArray target = x.to(b);
    b.takeAddInto(target, ind, 1, v.to(b));
    double[] acc = x.data().clone();
    for (int i = 0; i < v.size(); i++) {
      int[] o = Reference.unravel(i, out);
      int off = (o[0] * 4 + Math.floorMod(idx[o[1] * 3 + o[2]], 4)) * 2 + o[3];
      acc[off] = Reference.round(t, acc[off] + v.data()[i]);
    }
    k.check("takeAddInto accumulates repeated indices", new TestArray(acc, x.shape(), t), target);
    int[] sel = {0, 3, -1, 1, 2, 2};
    NdArray sind = b.fromArray(sel, 3, 2);
    TestArray es =
        mapIndexed(new int[] {3, 2}, t, i -> x.get(i / 2, Math.floorMod(sel[i], 4), i % 2));
    k.check("selectAlongAxis axis 1", es, b.selectAlongAxis(x.to(b), sind, 1));
    NdArray t2 = x.to(b);
    TestArray sv = random(rng("sv"), t, -9, 9, 3, 2);
    b.selectAddInto(t2, sind, 1, sv.to(b));
    double[] acc2 = x.data().clone();
    for (int i = 0; i < 6; i++) {
      int off = ((i / 2) * 4 + Math.floorMod(sel[i], 4)) * 2 + i % 2;
      acc2[off] = Reference.round(t, acc2[off] + sv.data()[i]);
    }
    k.check("selectAddInto axis 1", new TestArray(acc2, x.shape(), t), t2);
    expectThrows(
        "take with index 4 of 4",
        RuntimeException.class,
        () -> b.take(x.to(b), b.fromArray(new int[] {4}, 1), 1));
  }

  static void fused(BackendConformanceKit k, DType t) {
    Backend b = k.backend();
    SplittableRandom r = rng(t);
    TestArray p = random(r, t, -1, 1, 7);
    TestArray g = random(r, t, -1, 1, 7);
    TestArray m = random(r, t, -1, 1, 7);
    TestArray v = random(r, t, 0, 1, 7);
    NdArray pp = p.to(b);
    NdArray mm = m.to(b);
    NdArray vv = v.to(b);
    b.adamUpdate(pp, g.to(b), mm, vv, 0.01, 0.9, 0.999, 1e-8, 0.5, 0.1);
    double[] ep = new double[7];
    double[] em = new double[7];
    double[] ev = new double[7];
    for (int i = 0; i < 7; i++) {
      double gi = g.data()[i];
      em[i] = m.data()[i] + 0.1 * (gi - m.data()[i]);
      ev[i] = v.data()[i] + 0.001 * (gi * gi - v.data()[i]);
      ep[i] = p.data()[i] - 0.5 * (0.01 * em[i] / (Math.sqrt(ev[i]) + 1e-8) + 0.1 * p.data()[i]);
    }
    k.check("adamUpdate m", new TestArray(em, p.shape(), t), mm);
    k.check("adamUpdate v", new TestArray(ev, p.shape(), t), vv);
    k.check("adamUpdate param", new TestArray(ep, p.shape(), t), pp);
    NdArray target = p.to(b);
    b.axpyInto(target, -0.25, g.to(b));
    double[] ea = new double[7];
    for (int i = 0; i < 7; i++) {
      ea[i] = p.data()[i] - 0.25 * g.data()[i];
    }
    k.check("axpyInto", new TestArray(ea, p.shape(), t), target);
    double[] y = random(r, t, -1, 1, 7).data().clone();
    y[2] = 0; // the kink: no gradient at 0, nor at -0
    y[5] = -0.0;
    NdArray gx = b.reluGrad(new TestArray(y, p.shape(), t).to(b), g.to(b));
    if (gx != null) { // optional: null when not offered
      double[] er = new double[7];
      for (int i = 0; i < 7; i++) {
        er[i] = y[i] > 0 ? g.data()[i] : 0;
      }
      k.check("reluGrad", new TestArray(er, p.shape(), t), gx);
    }
  }

  static void errors(BackendConformanceKit k) {
    Backend b = k.backend();
    NdArray f = b.zeros(new int[] {2, 3}, DType.FLOAT32);
    NdArray d = b.zeros(new int[] {2, 3}, DType.FLOAT64);
    expectIllegal("binary with mixed dtypes", () -> b.binary(BinaryOp.ADD, f, d));
    expectIllegal(
        "binary (2,3) with (2,)",
        () -> b.binary(BinaryOp.ADD, f, b.zeros(new int[] {2}, DType.FLOAT32)));
    expectIllegal("reshape (2,3) to (4,)", () -> b.reshape(f, 4));
    expectIllegal("matmul (2,3)·(2,3)", () -> b.matmul(f, f, false, false));
    expectIllegal(
        "reduce axis 2 of a 2-d array", () -> b.reduce(ReduceOp.SUM, f, new int[] {2}, false));
    expectIllegal(
        "slice step 0", () -> b.slice(f, new int[] {0, 0}, new int[] {2, 3}, new int[] {1, 0}));
  }

  static void train(BackendConformanceKit k, DType t) {
    double[] losses = Training.run(k.backend(), t, 40);
    if (!(losses[losses.length - 1] < 0.5 * losses[0])) {
      fail(
          "training on "
              + k.backend()
              + " "
              + t
              + ": loss went from "
              + losses[0]
              + " to "
              + losses[losses.length - 1]
              + " (expected at least halved)");
    }
  }

  static void expectIllegal(String what, Runnable r) {
    expectThrows(what, IllegalArgumentException.class, r);
  }

  static void expectThrows(String what, Class<? extends Throwable> type, Runnable r) {
    try {
      r.run();
    } catch (Throwable e) {
      if (type.isInstance(e)) {
        return;
      }
      throw new AssertionError(what + ": expected " + type.getSimpleName() + ", got " + e, e);
    }
    fail(what + ": expected " + type.getSimpleName() + ", nothing was thrown");
  }
}
