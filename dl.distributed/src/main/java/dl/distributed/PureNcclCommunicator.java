package dl.distributed;

import dl.api.DType;
import dl.api.Link;
import dl.api.Parameter;
import dl.distributed.internal.Mpi;
import dl.distributed.internal.Transport;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bytedeco.cuda.global.cudart;
import org.bytedeco.cuda.global.nccl;
import org.bytedeco.cuda.nccl.ncclComm;
import org.bytedeco.cuda.nccl.ncclUniqueId;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;

/**
 * ChainerMN's {@code pure_nccl} communicator: the gradients of a dtype packed as in {@code flat},
 * copied to the GPU of this rank's {@link #intraRank()}, summed by {@code ncclAllReduce}, and the
 * mean copied back. Catena's arrays give no device pointers yet, so the gradients are staged
 * through one device buffer; with device-resident gradients the two copies go away. NCCL's unique
 * id is made by rank 0 and broadcast over MPI; the NCCL communicator is created on the first
 * reduction, once the device is known.
 */
final class PureNcclCommunicator extends Communicator {
  private static final int UNIQUE_ID_BYTES = 128; // sizeof(ncclUniqueId), NCCL_UNIQUE_ID_BYTES
  private static String reason;
  private static boolean probed;

  private final GradPacker packer = new GradPacker();
  private ncclComm comm;
  private Pointer device;
  private long deviceBytes;

  PureNcclCommunicator(Transport t) {
    super(t, "pure_nccl");
  }

  @Override
  Communicator withTransport(Transport t) {
    return new PureNcclCommunicator(t);
  }

  /**
   * Null when NCCL and a GPU are usable, else why not. The driver and NCCL libraries are looked for
   * on the file system before any native load, so a machine without them never fails in JNI.
   */
  static synchronized String unavailableReason() {
    if (!probed) {
      probed = true;
      reason = probe();
    }
    return reason;
  }

  private static String probe() {
    for (String lib : List.of("libcuda.so.1", "libnccl.so.2")) {
      if (!onLibraryPath(lib)) {
        return lib
            + " not found (pure_nccl needs an NVIDIA driver, CUDA 13 and NCCL 2; searched "
            + libraryDirs()
            + ")";
      }
    }
    try {
      Loader.load(nccl.class);
      int[] n = new int[1];
      int rc = cudart.cudaGetDeviceCount(n);
      if (rc != 0 || n[0] == 0) {
        return "no CUDA device (cudaGetDeviceCount returned " + rc + ", " + n[0] + " devices)";
      }
      return null;
    } catch (Throwable e) { // UnsatisfiedLinkError, NoClassDefFoundError from JavaCPP's loader
      return "the CUDA/NCCL natives do not load: " + e;
    }
  }

  private static List<String> libraryDirs() {
    List<String> dirs = new ArrayList<>();
    String env = System.getenv("LD_LIBRARY_PATH");
    if (env != null) {
      dirs.addAll(List.of(env.split(":")));
    }
    dirs.addAll(
        List.of(
            "/usr/lib/x86_64-linux-gnu",
            "/usr/lib/aarch64-linux-gnu",
            "/usr/lib64",
            "/usr/lib",
            "/usr/local/cuda/lib64",
            "/usr/local/nvidia/lib64"));
    return dirs;
  }

  private static boolean onLibraryPath(String lib) {
    for (String d : libraryDirs()) {
      if (!d.isEmpty() && Files.exists(Path.of(d, lib))) {
        return true;
      }
    }
    return false;
  }

  private void ensureComm() {
    if (comm != null) {
      return;
    }
    check("cudaSetDevice", cudart.cudaSetDevice(intraRank()));
    ncclUniqueId id = new ncclUniqueId();
    ByteBuffer idBytes = new BytePointer(id).capacity(UNIQUE_ID_BYTES).asByteBuffer();
    if (rank() == 0) {
      checkNccl("ncclGetUniqueId", nccl.ncclGetUniqueId(id));
    }
    transport.bcast(idBytes, UNIQUE_ID_BYTES, Mpi.BYTE, 0);
    ncclComm c = new ncclComm();
    checkNccl("ncclCommInitRank", nccl.ncclCommInitRank(c, size(), id, rank()));
    comm = c;
  }

  @Override
  public void multiNodeMeanGrad(Link model, boolean zeroFill) {
    List<Parameter> params = sortedParams(model, !zeroFill);
    ensureComm();
    for (Map.Entry<DType, List<Parameter>> e : GradPacker.byDtype(params).entrySet()) {
      DType dtype = e.getKey();
      ByteBuffer host = packer.packGrads(dtype, e.getValue());
      long n = GradPacker.count(e.getValue());
      long bytes = n * dtype.itemSize();
      if (deviceBytes < bytes) {
        if (device != null) {
          cudart.cudaFree(device);
        }
        device = new Pointer();
        check("cudaMalloc", cudart.cudaMalloc(device, Math.max(bytes, 1)));
        deviceBytes = bytes;
      }
      Pointer hostPtr = new Pointer(host);
      long t0 = System.nanoTime();
      check("cudaMemcpy", cudart.cudaMemcpy(device, hostPtr, bytes, cudart.cudaMemcpyHostToDevice));
      checkNccl(
          "ncclAllReduce",
          nccl.ncclAllReduce(device, device, n, ncclType(dtype), nccl.ncclSum, comm, null));
      check("cudaStreamSynchronize", cudart.cudaStreamSynchronize(null));
      check("cudaMemcpy", cudart.cudaMemcpy(hostPtr, device, bytes, cudart.cudaMemcpyDeviceToHost));
      addCommunicationNanos(System.nanoTime() - t0);
      GradPacker.unpackGrads(host, dtype, e.getValue(), size());
    }
  }

  private static int ncclType(DType dtype) {
    switch (dtype) {
      case FLOAT32:
        return nccl.ncclFloat32;
      case FLOAT64:
        return nccl.ncclFloat64;
      case INT32:
        return nccl.ncclInt32;
    }
    throw new IllegalArgumentException("pure_nccl: no NCCL type for " + dtype);
  }

  private static void check(String call, int rc) {
    if (rc != 0) {
      throw new IllegalStateException(
          "pure_nccl: " + call + " failed: " + cudart.cudaGetErrorString(rc).getString());
    }
  }

  private static void checkNccl(String call, int rc) {
    if (rc != 0) {
      throw new IllegalStateException(
          "pure_nccl: " + call + " failed: " + nccl.ncclGetErrorString(rc).getString());
    }
  }

  @Override
  public void close() {
    if (comm != null) {
      nccl.ncclCommDestroy(comm);
      comm = null;
    }
    if (device != null) {
      cudart.cudaFree(device);
      device = null;
    }
    super.close();
  }
}
