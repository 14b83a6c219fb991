package dl.backend.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.ReduceOp;
import dl.api.UnaryOp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSourceTest {
  @Test
  void unaryKernelsUseTheDtypesMathFunctions() {
    String f = KernelSource.unary(UnaryOp.EXP, DType.FLOAT32);
    assertTrue(
        f.contains("void catena_unary_exp_float32(const float* x, float* y, long long n)"), f);
    assertTrue(f.contains("y[i] = expf(v);"), f);
    String d = KernelSource.unary(UnaryOp.EXP, DType.FLOAT64);
    assertTrue(d.contains("y[i] = exp(v);"), d);
    assertTrue(
        KernelSource.unary(UnaryOp.SIGMOID, DType.FLOAT32).contains("1.0f / (1.0f + expf(-v))"));
    assertTrue(KernelSource.unary(UnaryOp.ABS, DType.INT32).contains("abs(v)"));
  }

  @Test
  void binaryKernelsBroadcastThroughStrides() {
    String s = KernelSource.binary(BinaryOp.MUL, DType.FLOAT64);
    assertTrue(s.contains("ia += k * g.sa[d];") && s.contains("ib += k * g.sb[d];"), s);
    assertTrue(s.contains("y[i] = u * v;"), s);
    assertTrue(
        KernelSource.binary(BinaryOp.DIV, DType.INT32).contains("u % v != 0"),
        "integer division is floor division");
  }

  @Test
  void opsWithoutMeaningForADtypeAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> KernelSource.unary(UnaryOp.EXP, DType.INT32));
    assertEquals("cuda unary EXP: not defined for int32", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> KernelSource.binary(BinaryOp.ARCTAN2, DType.INT32));
    assertTrue(KernelSource.binary(BinaryOp.POW, DType.INT32).contains("catena_ipow(u, v)"));
  }

  @Test
  void reductionsAccumulateInDouble() {
    String s = KernelSource.reduce(ReduceOp.SUM, DType.FLOAT32);
    assertTrue(s.contains("double* part = reinterpret_cast<double*>(smem);"), s);
    assertTrue(KernelSource.reduce(ReduceOp.MAX, DType.INT32).contains("long long* part ="));
  }

  /** Every generated kernel of every signature compiles with nvcc (no GPU needed for PTX). */
  @Test
  void everyGeneratedKernelCompiles(@TempDir Path dir) throws Exception {
    Path nvcc = findNvcc();
    assumeTrue(nvcc != null, "nvcc not found: the CUDA toolkit is not installed here");
    StringBuilder src = new StringBuilder();
    int kernels = 0;
    for (DType t : DType.values()) {
      for (UnaryOp op : UnaryOp.values()) {
        try {
          src.append(KernelSource.unary(op, t));
          kernels++;
        } catch (IllegalArgumentException undefinedForDtype) {
          assertEquals(DType.INT32, t);
        }
      }
      for (BinaryOp op : BinaryOp.values()) {
        try {
          String b = KernelSource.binary(op, t);
          // The struct is declared once per translation unit.
          src.append(
              kernels == 0 ? b : ElementwiseOps.prelude(op, t) + b.substring(b.indexOf("extern")));
          kernels++;
        } catch (IllegalArgumentException undefinedForDtype) {
          assertEquals(DType.INT32, t);
        }
      }
      for (ReduceOp op : ReduceOp.values()) {
        String r = KernelSource.reduce(op, t);
        src.append(r.substring(r.indexOf("extern")));
        kernels++;
      }
    }
    src.insert(
        0, "#define CUDART_INF __longlong_as_double(0x7ff0000000000000ULL)\n" + binaryStruct());
    src.append(
        new ElementwiseKernel(
                "float32 x, float32 y", "float32 z", "z = (x - y) * (x - y)", "squared_diff")
            .source());
    compile(nvcc, dir, src.toString());
    assertTrue(kernels > 100, "kernels generated: " + kernels);
  }

  private static String binaryStruct() {
    String b = KernelSource.binary(BinaryOp.ADD, DType.FLOAT32);
    return b.substring(0, b.indexOf("extern"));
  }

  static Path findNvcc() {
    for (String p :
        new String[] {"/usr/local/bin/nvcc", "/usr/local/cuda/bin/nvcc", "/usr/bin/nvcc"}) {
      if (Files.isExecutable(Path.of(p))) {
        return Path.of(p);
      }
    }
    return null;
  }

  static void compile(Path nvcc, Path dir, String source) throws IOException, InterruptedException {
    // Generated binary kernels each open with the struct: keep only the first definition.
    String once = dedupeStruct(source);
    Path cu = dir.resolve("kernels.cu");
    Files.writeString(cu, once);
    Process p =
        new ProcessBuilder(
                nvcc.toString(), "-ptx", "-o", dir.resolve("kernels.ptx").toString(), cu.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "nvcc timed out");
    assertEquals(0, p.exitValue(), "nvcc failed:\n" + out);
    assertTrue(Files.size(dir.resolve("kernels.ptx")) > 0);
  }

  private static String dedupeStruct(String s) {
    String struct = binaryStruct();
    int first = s.indexOf(struct);
    if (first < 0) {
      return s;
    }
    String head = s.substring(0, first + struct.length());
    return head + s.substring(first + struct.length()).replace(struct, "");
  }
}
