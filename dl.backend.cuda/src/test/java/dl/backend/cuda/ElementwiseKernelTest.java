package dl.backend.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElementwiseKernelTest {
  @Test
  void generatesALoopThatReadsInputsAndWritesOutputs() {
    ElementwiseKernel k =
        new ElementwiseKernel(
            "float64 x, int32 n", "float64 y, float64 z", "y = x * n; z = -x", "scale_neg");
    String s = k.source();
    assertEquals("catena_user_scale_neg", k.symbol());
    assertTrue(
        s.contains("const double* x_, const int* n_, double* y_, double* z_, long long n)"), s);
    assertTrue(
        s.contains("const double x = x_[i];")
            && s.contains("y_[i] = y;")
            && s.contains("z_[i] = z;"),
        s);
  }

  @Test
  void badDeclarationsAreRejectedWithTheReason() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ElementwiseKernel("float16 x", "float32 y", "y = x", "k"));
    assertTrue(e.getMessage().contains("'float16 x'"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new ElementwiseKernel("float32 x", "", "x", "k"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ElementwiseKernel("float32 x", "float32 y", "y = x", "bad name"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ElementwiseKernel("float32 x", "float32 y", "} evil {", "k"));
  }

  @Test
  void compilesWithNvcc(@TempDir Path dir) throws Exception {
    Path nvcc = KernelSourceTest.findNvcc();
    assumeTrue(nvcc != null, "nvcc not found: the CUDA toolkit is not installed here");
    KernelSourceTest.compile(
        nvcc,
        dir,
        new ElementwiseKernel(
                "float32 x, int32 m", "float32 y", "y = x > 0 ? x * m : 0", "masked_scale")
            .source());
  }
}
