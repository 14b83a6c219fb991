package dl.backend.cuda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.ReduceOp;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulator through the seam alone: memory, copies, kernels, barriers, atomics, errors. */
class SimulatorTest {
  static CudaSimulator sim;

  @BeforeAll
  static void start() {
    sim = CudaSimulator.start(1L << 30);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  static ByteBuffer floats(float... v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    return b;
  }

  static float[] read(long p, int n) {
    ByteBuffer b = ByteBuffer.allocate(n * 4).order(ByteOrder.LITTLE_ENDIAN);
    sim.copyToHost(b, p, n * 4L, 0);
    float[] out = new float[n];
    b.asFloatBuffer().get(out);
    return out;
  }

  static DeviceRuntime.Kernel kernel(String src, String name) {
    return sim.load(sim.compile(src, name, List.of(name)), List.of(name)).kernel(name);
  }

  @Test
  void copiesRoundTripAndDeviceToDevice() {
    long a = sim.malloc(16);
    long b = sim.malloc(16);
    sim.copyToDevice(a, floats(1, 2, 3, 4), 16, 0);
    sim.copyDeviceToDevice(b, a, 16, 0);
    assertArrayEquals(new float[] {1, 2, 3, 4}, read(b, 4));
    sim.memset(b, 0, 8, 0);
    assertArrayEquals(new float[] {0, 0, 3, 4}, read(b, 4));
    sim.free(a);
    sim.free(b);
  }

  @Test
  void anElementwiseKernelFromItsCudaSource() {
    String src =
        new ElementwiseKernel("float32 x, float32 y", "float32 z", "z = x * y + 1", "fma1")
            .source();
    DeviceRuntime.Kernel k =
        sim.load(sim.compile(src, "fma1", List.of("catena_user_fma1")), List.of("catena_user_fma1"))
            .kernel("catena_user_fma1");
    int n = 1000;
    float[] x = new float[n];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
      y[i] = 0.5f;
    }
    long px = sim.malloc(4L * n);
    long py = sim.malloc(4L * n);
    long pz = sim.malloc(4L * n);
    sim.copyToDevice(px, floats(x), 4L * n, 0);
    sim.copyToDevice(py, floats(y), 4L * n, 0);
    sim.launch(
        k, new int[] {3}, new int[] {128}, 0, 0, new KernelArgs().ptr(px).ptr(py).ptr(pz).i64(n));
    float[] z = read(pz, n);
    for (int i = 0; i < n; i++) {
      assertEquals(i * 0.5f + 1, z[i], 0);
    }
  }

  @Test
  void sharedMemoryAndSyncthreadsReduceABlock() {
    // KernelSource's reduction: extern __shared__ memory and a tree of __syncthreads.
    String name = KernelSource.reduceName(ReduceOp.SUM, DType.FLOAT32);
    DeviceRuntime.Kernel k = kernel(KernelSource.reduce(ReduceOp.SUM, DType.FLOAT32), name);
    int rows = 3;
    int m = 1000;
    float[] x = new float[rows * m];
    for (int i = 0; i < x.length; i++) {
      x[i] = (i % 7) - 3;
    }
    long px = sim.malloc(4L * x.length);
    long py = sim.malloc(4L * rows);
    sim.copyToDevice(px, floats(x), 4L * x.length, 0);
    sim.launch(
        k, new int[] {rows}, new int[] {256}, 256 * 8, 0, new KernelArgs().ptr(px).ptr(py).i64(m));
    float[] y = read(py, rows);
    for (int r = 0; r < rows; r++) {
      double s = 0;
      for (int j = 0; j < m; j++) {
        s += x[r * m + j];
      }
      assertEquals(s, y[r], 0, "row " + r);
    }
  }

  @Test
  void atomicsAndStaticSharedMemoryAcrossBlocks() {
    String src =
        "extern \"C\" __global__ void count(int* total, float* sum) {\n"
            + "  __shared__ int local;\n"
            + "  if (threadIdx.x == 0) local = 0;\n"
            + "  __syncthreads();\n"
            + "  atomicAdd(&local, 1);\n"
            + "  atomicAdd(sum, 0.5f);\n"
            + "  __syncthreads();\n"
            + "  if (threadIdx.x == 0) atomicAdd(total, local * (int) (blockIdx.x + 1));\n"
            + "}\n";
    DeviceRuntime.Kernel k = kernel(src, "count");
    long t = sim.malloc(4);
    long s = sim.malloc(4);
    sim.memset(t, 0, 4, 0);
    sim.memset(s, 0, 4, 0);
    sim.launch(k, new int[] {4}, new int[] {64}, 0, 0, new KernelArgs().ptr(t).ptr(s));
    ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
    sim.copyToHost(b, t, 4, 0);
    assertEquals(64 * (1 + 2 + 3 + 4), b.getInt(0));
    assertEquals(4 * 64 * 0.5f, read(s, 1)[0], 0);
  }

  @Test
  void gemmFollowsCublasColumnMajorSemantics() {
    // Column-major A (2x3) = [[1,2,3],[4,5,6]] stored as 1,4,2,5,3,6; B = Aᵀ via transB.
    long a = sim.malloc(24);
    long c = sim.malloc(16);
    sim.copyToDevice(a, floats(1, 4, 2, 5, 3, 6), 24, 0);
    sim.copyToDevice(c, floats(1, 1, 1, 1), 16, 0);
    sim.gemm(DType.FLOAT32, false, true, 2, 2, 3, 2, a, 2, 0, a, 2, 0, 1, c, 2, 0, 1, 0);
    // A·Aᵀ = [[14, 32], [32, 77]]; C = 2·A·Aᵀ + 1, column-major.
    assertArrayEquals(new float[] {29, 65, 65, 155}, read(c, 4));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            sim.gemm(DType.FLOAT32, false, false, 2, 2, 3, 1, a, 1, 0, a, 3, 0, 0, c, 2, 0, 1, 0));
  }

  @Test
  void badPointersAndCompileErrorsAreReported() {
    long p = sim.malloc(8);
    sim.copyToDevice(p + 4, floats(1, 2), 8, 0); // 4 bytes past the end
    CudaException e = assertThrows(CudaException.class, () -> sim.synchronize(0));
    assertTrue(e.getMessage().contains("invalid device pointer"), e.getMessage());
    KernelCompileException c =
        assertThrows(
            KernelCompileException.class,
            () ->
                sim.compile(
                    "extern \"C\" __global__ void broken(float* y) {\n  y[0] = undefined_name;\n}\n",
                    "broken",
                    List.of("broken")));
    assertTrue(c.getMessage().contains("undefined_name"), c.getMessage());
    assertTrue(c.getMessage().contains("at line 2: y[0] = undefined_name;"), c.getMessage());
  }

  @Test
  void outOfMemoryIsAnError() {
    assertThrows(OutOfMemoryError.class, () -> sim.malloc(2L << 30));
  }
}
