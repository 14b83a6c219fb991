package dl.backend.cuda;

/**
 * An error reported by the device runtime (a CUDA, cuBLAS or cuDNN status, or the simulator's
 * device process), with the operation named.
 *
 * <pre>{@code
 * throw new CudaException("cudaMalloc failed: out of memory");
 * }</pre>
 */
public class CudaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error with its message. */
  public CudaException(String message) {
    super(message);
  }

  /** An error with its message and cause. */
  public CudaException(String message, Throwable cause) {
    super(message, cause);
  }
}
