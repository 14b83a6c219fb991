package dl.links;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Rng;
import dl.links.initializers.Identity;
import dl.links.initializers.NaN;
import dl.links.initializers.Orthogonal;
import org.junit.jupiter.api.Test;

/** NaN, Identity and Orthogonal initializers. */
class MoreInitializersTest {
  @Test
  void nanFillsWithNaN() {
    NdArray a = new NaN().generate(new int[] {2, 3}, DType.FLOAT32, NdArrays.backend());
    for (double v : a.toDoubleArray()) {
      assertTrue(Double.isNaN(v));
    }
  }

  @Test
  void identityIsScaleTimesI() {
    NdArray a = new Identity(0.5).generate(new int[] {3, 3}, DType.FLOAT64, NdArrays.backend());
    assertArrayEquals(new double[] {0.5, 0, 0, 0, 0.5, 0, 0, 0, 0.5}, a.toDoubleArray(), 0);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Identity().generate(new int[] {3, 4}, DType.FLOAT32, NdArrays.backend()));
    assertTrue(
        e.getMessage().contains("(3, 4)") || e.getMessage().contains("3, 4"), e.getMessage());
  }

  /** Gram matrix of the rows (byRows) or columns of a (r, c) matrix. */
  private static void assertOrthogonal(double[] w, int r, int c, boolean byRows, double scale) {
    int k = byRows ? r : c;
    int d = byRows ? c : r;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double dot = 0;
        for (int t = 0; t < d; t++) {
          double a = byRows ? w[i * c + t] : w[t * c + i];
          double b = byRows ? w[j * c + t] : w[t * c + j];
          dot += a * b;
        }
        assertEquals(i == j ? scale * scale : 0, dot, 1e-12, "gram[" + i + "][" + j + "]");
      }
    }
  }

  @Test
  void orthogonalHasOrthonormalRowsOrColumnsTimesScale() {
    Rng.seed(5);
    Orthogonal o = new Orthogonal();
    assertEquals(1.1, o.scale());
    NdArray wide = o.generate(new int[] {3, 2, 4}, DType.FLOAT64, NdArrays.backend());
    assertArrayEquals(new int[] {3, 2, 4}, wide.shape());
    assertOrthogonal(wide.toDoubleArray(), 3, 8, true, 1.1);
    NdArray tall = new Orthogonal(2).generate(new int[] {6, 3}, DType.FLOAT64, NdArrays.backend());
    assertOrthogonal(tall.toDoubleArray(), 6, 3, false, 2);
    NdArray f32 = o.generate(new int[] {4, 4}, DType.FLOAT32, NdArrays.backend());
    assertEquals(DType.FLOAT32, f32.dtype());
    assertThrows(IllegalArgumentException.class, () -> new Orthogonal(-1));
  }
}
