package dl.distributed.internal;

import java.nio.ByteBuffer;
import org.bytedeco.javacpp.annotation.Cast;
import org.bytedeco.javacpp.annotation.Platform;

/**
 * The JavaCPP binding of {@code catena_mpi.h}, the thin C layer over MPI. JavaCPP's {@code Builder}
 * generates the JNI glue from these declarations and compiles it with {@code mpicxx} at build time
 * (only where {@code mpi.h} is present); {@link Mpi} loads it on first use. Buffers are direct
 * {@link ByteBuffer}s: their addresses go to MPI without a copy. A null send buffer means in place.
 */
@Platform(include = "catena_mpi.h", library = "jniCatenaMpi")
final class MpiNative {
  private MpiNative() {}

  static native int cmpi_init();

  static native int cmpi_finalize();

  static native int cmpi_abort(int comm, int code);

  static native int cmpi_rank(int comm);

  static native int cmpi_size(int comm);

  static native int cmpi_processor_name(@Cast("void*") ByteBuffer buf, int capacity);

  static native int cmpi_max_processor_name();

  static native int cmpi_error_string(int code, @Cast("void*") ByteBuffer buf, int capacity);

  static native int cmpi_split(int comm, int color, int key);

  static native int cmpi_free(int comm);

  static native int cmpi_barrier(int comm);

  static native int cmpi_bcast(
      @Cast("void*") ByteBuffer buf, int count, int type, int root, int comm);

  static native int cmpi_allreduce(
      @Cast("void*") ByteBuffer send,
      @Cast("void*") ByteBuffer recv,
      int count,
      int type,
      int op,
      int comm);

  static native int cmpi_iallreduce(
      @Cast("void*") ByteBuffer send,
      @Cast("void*") ByteBuffer recv,
      int count,
      int type,
      int op,
      int comm);

  static native int cmpi_wait(int request);

  static native int cmpi_allgather(
      @Cast("void*") ByteBuffer send,
      int count,
      @Cast("void*") ByteBuffer recv,
      int type,
      int comm);

  static native int cmpi_gather(
      @Cast("void*") ByteBuffer send,
      int count,
      @Cast("void*") ByteBuffer recv,
      int type,
      int root,
      int comm);

  static native int cmpi_scatter(
      @Cast("void*") ByteBuffer send,
      int count,
      @Cast("void*") ByteBuffer recv,
      int type,
      int root,
      int comm);

  static native double cmpi_wtime();
}
