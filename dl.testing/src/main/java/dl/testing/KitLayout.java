package dl.testing;

import static dl.testing.BackendConformanceKit.mapIndexed;
import static dl.testing.BackendConformanceKit.random;
import static dl.testing.Kit.fail;
import static dl.testing.Kit.rng;

import dl.api.Backend;
import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.Shapes;

/** The checks of {@link BackendConformanceKit} for creation, copies, casts and layout kernels. */
final class KitLayout {
  private KitLayout() {}

  static void creation(BackendConformanceKit k, DType t) {
    Backend b = k.backend();
    k.check("full", mapIndexed(new int[] {2, 3}, t, i -> 2.5), b.full(new int[] {2, 3}, 2.5, t));
    k.check("zeros of ()", mapIndexed(new int[0], t, i -> 0), b.zeros(new int[0], t));
    k.check("arange", mapIndexed(new int[] {5}, t, i -> i - 2), b.arange(-2, 3, t));
    k.check("empty arange", mapIndexed(new int[] {0}, t, i -> 0), b.arange(3, 1, t));
    TestArray x = random(rng(t), t, -5, 5, 3, 4);
    k.check("fromArray", x, x.to(b));
    k.check("transferFrom", x, b.transferFrom(x.to(b)));
    NdArray u = b.randomUniform(new int[] {2000}, t, -1, 3, 7);
    k.check(
        "randomUniform is seeded",
        TestArray.from(u),
        b.randomUniform(new int[] {2000}, t, -1, 3, 7));
    double[] ud = u.toDoubleArray();
    double mean = 0;
    for (double v : ud) {
      if (v < -1 || v >= 3) {
        fail("randomUniform(" + t + ", -1, 3) gave " + v + " outside [-1, 3)");
      }
      mean += v / ud.length;
    }
    double want = t == DType.INT32 ? 0.5 : 1; // floor of U[-1, 3) has mean 0.5
    if (Math.abs(mean - want) > 0.15) {
      fail("randomUniform(" + t + ", -1, 3): mean " + mean + ", expected about " + want);
    }
    if (t.isFloating()) {
      double[] n = b.randomNormal(new int[] {4001}, t, 2, 0.5, 3).toDoubleArray();
      double m = 0;
      double sq = 0;
      for (double v : n) {
        m += v / n.length;
        sq += v * v / n.length;
      }
      double sd = Math.sqrt(sq - m * m);
      if (Math.abs(m - 2) > 0.05 || Math.abs(sd - 0.5) > 0.05) {
        fail("randomNormal(mean 2, std 0.5): mean " + m + ", std " + sd);
      }
    }
  }

  static void copyAndCast(BackendConformanceKit k, DType t) {
    Backend b = k.backend();
    TestArray x = random(rng(t), t, -3, 3, 2, 3);
    NdArray a = x.to(b);
    NdArray c = b.copy(a);
    b.binaryInto(BinaryOp.ADD, c, b.full(new int[0], 1, t));
    k.check("copy is independent of its source", x, a);
    NdArray dst = b.zeros(new int[] {4, 2, 3}, t);
    b.copyInto(dst, b.fromArray(new double[] {1.75, -2.5, 3.25}, 3));
    k.check(
        "copyInto broadcast and cast from float64",
        mapIndexed(new int[] {4, 2, 3}, t, i -> new double[] {1.75, -2.5, 3.25}[i % 3]),
        dst);
    for (DType to : BackendConformanceKit.ALL) {
      TestArray expect =
          new TestArray(
              x.map(v -> to == DType.INT32 ? (double) (long) v : Reference.round(to, v)).data(),
              x.shape(),
              to);
      k.check("astype " + t + " -> " + to + " (toward zero)", expect, b.astype(a, to));
    }
  }

  static void layout(BackendConformanceKit k, DType t) {
    Backend b = k.backend();
    TestArray x = random(rng(t), t, -9, 9, 2, 3, 4);
    NdArray a = x.to(b);
    k.check("reshape(-1, 4)", new TestArray(x.data(), new int[] {6, 4}, t), b.reshape(a, -1, 4));
    int[][] perms = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}, {}};
    for (int[] p : perms) {
      int[] perm = p.length == 0 ? new int[] {2, 1, 0} : p;
      int[] shape = {x.shape()[perm[0]], x.shape()[perm[1]], x.shape()[perm[2]]};
      TestArray e =
          mapIndexed(
              shape,
              t,
              i -> {
                int[] o = Reference.unravel(i, shape);
                int[] src = new int[3];
                for (int d = 0; d < 3; d++) {
                  src[perm[d]] = o[d];
                }
                return x.get(src);
              });
      k.check("transpose" + java.util.Arrays.toString(p), e, b.transpose(a, p));
    }
  }

  static void broadcast(BackendConformanceKit k, DType t) {
    Backend b = k.backend();
    int[][][] cases = {{{3}, {2, 3}}, {{2, 1}, {2, 4}}, {{}, {3, 2}}, {{1, 3, 1}, {2, 3, 4}}};
    for (int[][] c : cases) {
      TestArray x = random(rng(t), t, -9, 9, c[0]);
      k.check(
          "broadcastTo " + Shapes.str(c[0]) + " -> " + Shapes.str(c[1]),
          mapIndexed(c[1], t, i -> Reference.at(x, Reference.unravel(i, c[1]))),
          b.broadcastTo(x.to(b), c[1]));
    }
  }

  static void slices(BackendConformanceKit k, DType t) {
    Backend b = k.backend();
    TestArray x = random(rng(t), t, -9, 9, 4, 5, 3);
    int[][][] cases = { // start, stop, step per axis, normalised as Python's slice.indices()
      {{0, 0, 0}, {4, 5, 3}, {1, 1, 1}},
      {{1, 0, 2}, {3, 5, 3}, {1, 2, 1}},
      {{3, 4, 2}, {-1, -1, -1}, {-1, -2, -1}},
      {{0, 2, 0}, {4, 2, 3}, {3, 1, 2}}
    };
    for (int[][] c : cases) {
      int[] shape = new int[3];
      for (int d = 0; d < 3; d++) {
        int span = c[2][d] > 0 ? c[1][d] - c[0][d] : c[0][d] - c[1][d];
        shape[d] = Math.max(0, (span + Math.abs(c[2][d]) - 1) / Math.abs(c[2][d]));
      }
      int[][] src = new int[Shapes.size(shape)][];
      for (int i = 0; i < src.length; i++) {
        int[] o = Reference.unravel(i, shape);
        src[i] =
            new int[] {
              c[0][0] + o[0] * c[2][0], c[0][1] + o[1] * c[2][1], c[0][2] + o[2] * c[2][2]
            };
      }
      String what = "slice " + java.util.Arrays.deepToString(c);
      k.check(what, mapIndexed(shape, t, i -> x.get(src[i])), b.slice(x.to(b), c[0], c[1], c[2]));
      NdArray target = x.to(b);
      TestArray v = random(rng(what), t, -9, 9, shape[2]); // broadcast along the slice
      b.sliceAddInto(target, c[0], c[1], c[2], v.to(b));
      double[] e = x.data().clone();
      int[] st = Shapes.strides(x.shape());
      for (int i = 0; i < src.length; i++) {
        int off = src[i][0] * st[0] + src[i][1] * st[1] + src[i][2] * st[2];
        e[off] = Reference.round(t, e[off] + v.data()[i % shape[2]]);
      }
      k.check("sliceAddInto " + what, new TestArray(e, x.shape(), t), target);
    }
  }

  static void concat(BackendConformanceKit k, DType t) {
    Backend b = k.backend();
    for (int axis = -3; axis < 3; axis++) {
      int ax = (axis + 3) % 3;
      int[] s1 = {2, 3, 2};
      int[] s2 = s1.clone();
      s2[ax] = 1;
      TestArray x = random(rng(t), t, -9, 9, s1);
      TestArray y = random(rng(axis), t, -9, 9, s2);
      int[] out = s1.clone();
      out[ax] += 1;
      TestArray e =
          mapIndexed(
              out,
              t,
              i -> {
                int[] o = Reference.unravel(i, out);
                if (o[ax] < s1[ax]) {
                  return x.get(o);
                }
                o[ax] -= s1[ax];
                return y.get(o);
              });
      k.check("concat axis " + axis, e, b.concat(new NdArray[] {x.to(b), y.to(b)}, axis));
    }
  }
}
