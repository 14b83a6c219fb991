package dl.backend.openblas;

import static dl.backend.openblas.T.B;
import static dl.backend.openblas.T.check;
import static dl.backend.openblas.T.fails;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.NdArray;
import org.junit.jupiter.api.Test;

class LayoutTest {
  private final double[] x = T.seq(24, 0, 1); // (2,3,4): value = i*12 + j*4 + k

  @Test
  void creation() {
    check(
        B.full(new int[] {2, 2}, 1.5, DType.FLOAT64),
        DType.FLOAT64,
        new int[] {2, 2},
        new double[] {1.5, 1.5, 1.5, 1.5},
        0);
    check(B.zeros(new int[] {3}, DType.INT32), DType.INT32, new int[] {3}, new double[3], 0);
    check(
        B.arange(2, 6, DType.FLOAT32), DType.FLOAT32, new int[] {4}, new double[] {2, 3, 4, 5}, 0);
    check(B.arange(3, 1, DType.INT32), DType.INT32, new int[] {0}, new double[0], 0);
    float[] src = {1, 2};
    NdArray a = B.fromArray(src, 2);
    src[0] = 9; // fromArray copies
    assertEquals(1, a.getDouble(0));
    fails(
        IllegalArgumentException.class,
        () -> B.fromArray(new float[3], 2, 2),
        "fromArray",
        "(2, 2)");
    assertEquals(7.0, B.full(new int[0], 7, DType.INT32).item());
  }

  @Test
  void reshapeSharesStorage() {
    NdArray a = T.f32(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
    NdArray r = B.reshape(a, 3, -1);
    assertArrayEquals(new int[] {3, 2}, r.shape());
    B.binaryInto(BinaryOp.ADD, r, T.f32(new float[] {10}, 1));
    assertEquals(11, a.getDouble(0)); // same storage
    fails(IllegalArgumentException.class, () -> B.reshape(a, 4, 2), "reshape", "(4, 2)");
  }

  @Test
  void transpose() {
    NdArray a = T.f64(x, 2, 3, 4);
    NdArray t = B.transpose(a, 2, 0, 1); // shape (4, 2, 3), t[k][i][j] = a[i][j][k]
    double[] e = new double[24];
    for (int k = 0; k < 4; k++) {
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 3; j++) {
          e[(k * 2 + i) * 3 + j] = i * 12 + j * 4 + k;
        }
      }
    }
    check(t, DType.FLOAT64, new int[] {4, 2, 3}, e, 0);
    NdArray m = T.f32(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
    check(B.transpose(m), DType.FLOAT32, new int[] {3, 2}, new double[] {1, 4, 2, 5, 3, 6}, 0);
    check(
        B.transpose(m, 1, 0), DType.FLOAT32, new int[] {3, 2}, new double[] {1, 4, 2, 5, 3, 6}, 0);
    fails(IllegalArgumentException.class, () -> B.transpose(m, 0, 0), "transpose");
  }

  @Test
  void broadcastTo() {
    NdArray a = T.i32(new int[] {1, 2, 3}, 3, 1);
    check(
        B.broadcastTo(a, 2, 3, 2),
        DType.INT32,
        new int[] {2, 3, 2},
        new double[] {1, 1, 2, 2, 3, 3, 1, 1, 2, 2, 3, 3},
        0);
    fails(
        IllegalArgumentException.class,
        () -> B.broadcastTo(a, 4, 2),
        "broadcastTo",
        "(3, 1)",
        "(4, 2)");
  }

  @Test
  void sliceWithPositiveAndNegativeSteps() {
    NdArray a = T.f64(x, 2, 3, 4);
    // a[1, 0:3:2, ::-1] -> bounds as slice.indices(): (1,2,1), (0,3,2), (3,-1,-1)
    NdArray s = B.slice(a, new int[] {1, 0, 3}, new int[] {2, 3, -1}, new int[] {1, 2, -1});
    check(s, DType.FLOAT64, new int[] {1, 2, 4}, new double[] {15, 14, 13, 12, 23, 22, 21, 20}, 0);
    // a[:, ::-2, 1:3]: (0,2,1), (2,-1,-2), (1,3,1)
    NdArray s2 = B.slice(a, new int[] {0, 2, 1}, new int[] {2, -1, 3}, new int[] {1, -2, 1});
    check(s2, DType.FLOAT64, new int[] {2, 2, 2}, new double[] {9, 10, 1, 2, 21, 22, 13, 14}, 0);
    // an empty slice
    NdArray s3 = B.slice(a, new int[] {0, 0, 2}, new int[] {2, 3, 2}, new int[] {1, 1, 1});
    assertArrayEquals(new int[] {2, 3, 0}, s3.shape());
    fails(
        IllegalArgumentException.class,
        () -> B.slice(a, new int[] {0, 0, 0}, new int[] {2, 3, 4}, new int[] {1, 0, 1}),
        "slice",
        "zero");
  }

  @Test
  void sliceAddInto() {
    NdArray t = B.zeros(new int[] {3, 4}, DType.FLOAT32);
    // t[::-1, 1:4:2] += [[1, 2], [3, 4], [5, 6]]
    B.sliceAddInto(
        t,
        new int[] {2, 1},
        new int[] {-1, 4},
        new int[] {-1, 2},
        T.f32(new float[] {1, 2, 3, 4, 5, 6}, 3, 2));
    check(t, DType.FLOAT32, new int[] {3, 4}, new double[] {0, 5, 0, 6, 0, 3, 0, 4, 0, 1, 0, 2}, 0);
    B.sliceAddInto(
        t,
        new int[] {0, 0},
        new int[] {1, 4},
        new int[] {1, 1},
        T.f32(new float[] {10}, 1)); // broadcast values
    check(
        t,
        DType.FLOAT32,
        new int[] {3, 4},
        new double[] {10, 15, 10, 16, 0, 3, 0, 4, 0, 1, 0, 2},
        0);
  }

  @Test
  void concat() {
    NdArray a = T.f32(new float[] {1, 2, 3, 4}, 2, 2);
    NdArray b = T.f32(new float[] {5, 6}, 2, 1);
    check(
        B.concat(new NdArray[] {a, b}, 1),
        DType.FLOAT32,
        new int[] {2, 3},
        new double[] {1, 2, 5, 3, 4, 6},
        0);
    check(
        B.concat(new NdArray[] {a, T.f32(new float[] {7, 8}, 1, 2)}, 0),
        DType.FLOAT32,
        new int[] {3, 2},
        new double[] {1, 2, 3, 4, 7, 8},
        0);
    fails(
        IllegalArgumentException.class,
        () -> B.concat(new NdArray[] {a, b}, 0),
        "concat",
        "(2, 2)",
        "(2, 1)");
  }

  @Test
  void takeAndTakeAddInto() {
    NdArray a = T.f64(x, 2, 3, 4);
    NdArray idx = T.i32(new int[] {2, 0, -1, 2}, 2, 2);
    NdArray r = B.take(a, idx, 1); // shape (2, 2, 2, 4)
    double[] e = new double[32];
    int[] sel = {2, 0, 2, 2};
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 4; j++) {
        for (int k = 0; k < 4; k++) {
          e[(i * 4 + j) * 4 + k] = i * 12 + sel[j] * 4 + k;
        }
      }
    }
    check(r, DType.FLOAT64, new int[] {2, 2, 2, 4}, e, 0);
    NdArray w = T.f32(new float[] {1, 2, 3, 4, 5, 6}, 3, 2);
    check(
        B.take(w, T.i32(new int[] {2, 2, 0}, 3), 0),
        DType.FLOAT32,
        new int[] {3, 2},
        new double[] {5, 6, 5, 6, 1, 2},
        0);
    // gradient: repeated indices accumulate
    NdArray g = B.zeros(new int[] {3, 2}, DType.FLOAT32);
    B.takeAddInto(g, T.i32(new int[] {2, 2, 0}, 3), 0, T.f32(new float[] {1, 1, 2, 2, 3, 3}, 3, 2));
    check(g, DType.FLOAT32, new int[] {3, 2}, new double[] {3, 3, 0, 0, 3, 3}, 0);
    assertThrows(IndexOutOfBoundsException.class, () -> B.take(w, T.i32(new int[] {3}, 1), 0));
  }

  @Test
  void selectAlongAxisAndItsGradient() {
    NdArray a = T.f32(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
    NdArray idx = T.i32(new int[] {2, 0}, 2);
    check(B.selectAlongAxis(a, idx, 1), DType.FLOAT32, new int[] {2}, new double[] {3, 4}, 0);
    NdArray a3 = T.f64(x, 2, 3, 4); // select along axis 1: out[i, k] = a[i, idx[i,k], k]
    NdArray idx3 = T.i32(new int[] {0, 1, 2, 0, 2, 2, 1, 0}, 2, 4);
    check(
        B.selectAlongAxis(a3, idx3, 1),
        DType.FLOAT64,
        new int[] {2, 4},
        new double[] {0, 5, 10, 3, 20, 21, 18, 15},
        0);
    NdArray g = B.zeros(new int[] {2, 3}, DType.FLOAT32);
    B.selectAddInto(g, idx, 1, T.f32(new float[] {7, 8}, 2));
    B.selectAddInto(g, idx, 1, T.f32(new float[] {1, 1}, 2));
    check(g, DType.FLOAT32, new int[] {2, 3}, new double[] {0, 0, 8, 9, 0, 0}, 0);
    fails(
        IllegalArgumentException.class,
        () -> B.selectAlongAxis(a, T.i32(new int[] {0, 0, 0}, 3), 1),
        "selectAlongAxis",
        "(3,)");
  }

  @Test
  void transferAndCopy() {
    NdArray a = T.i32(new int[] {1, 2}, 2);
    NdArray c = B.copy(a);
    B.binaryInto(BinaryOp.ADD, c, c);
    check(a, DType.INT32, new int[] {2}, new double[] {1, 2}, 0);
    NdArray t = B.transferFrom(a);
    check(t, DType.INT32, new int[] {2}, new double[] {1, 2}, 0);
  }
}
