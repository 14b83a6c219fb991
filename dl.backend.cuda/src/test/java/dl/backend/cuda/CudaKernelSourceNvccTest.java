package dl.backend.cuda;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.ReduceOp;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CUDA C of every backend kernel beyond the elementwise ones (strided copies and casts, fills,
 * scalar ops, where, reductions, arg-reductions, gathers and scatters, int32 products, fused axpy
 * and Adam) compiles with nvcc for a GPU, as the simulator's g++ build of the same source does:
 * each kernel in its own namespace of one translation unit.
 */
class CudaKernelSourceNvccTest {
  @Test
  void everyBackendKernelCompilesWithNvcc(@TempDir Path dir) throws Exception {
    Path nvcc = KernelSourceTest.findNvcc();
    assumeTrue(nvcc != null, "nvcc not found: the CUDA toolkit is not installed here");
    StringBuilder src = new StringBuilder();
    int[] n = {0};
    java.util.function.Consumer<String> add =
        s -> src.append("namespace k").append(n[0]++).append(" {\n").append(s).append("}\n");
    for (DType t : DType.values()) {
      for (DType u : DType.values()) {
        add.accept(CudaKernelSource.strided("s_" + t + "_" + u, t, u, false));
        add.accept(CudaKernelSource.strided("a_" + t + "_" + u, t, u, true));
        add.accept(CudaKernelSource.where("w_" + t + "_" + u, t, u));
      }
      add.accept(CudaKernelSource.fill("f_" + t, t));
      for (BinaryOp op : new BinaryOp[] {BinaryOp.ADD, BinaryOp.POW, BinaryOp.DIV, BinaryOp.GT}) {
        add.accept(CudaKernelSource.scalar("c_" + op + "_" + t, op, t, false));
        add.accept(CudaKernelSource.scalar("r_" + op + "_" + t, op, t, true));
      }
      for (ReduceOp op : ReduceOp.values()) {
        add.accept(CudaKernelSource.reduce3("red_" + op + "_" + t, op, t));
      }
      add.accept(CudaKernelSource.arg3("amax_" + t, true, t));
      add.accept(CudaKernelSource.arg3("amin_" + t, false, t));
      add.accept(CudaKernelSource.take("take_" + t, t, false));
      add.accept(CudaKernelSource.take("takeadd_" + t, t, true));
      add.accept(CudaKernelSource.select("sel_" + t, t, false));
      add.accept(CudaKernelSource.select("seladd_" + t, t, true));
      if (t.isFloating()) {
        add.accept(CudaKernelSource.axpy("axpy_" + t, t));
        add.accept(CudaKernelSource.adam("adam_" + t, t));
      }
    }
    add.accept(CudaKernelSource.matmulInt("mm_int32"));
    KernelSourceTest.compile(nvcc, dir, src.toString());
  }
}
