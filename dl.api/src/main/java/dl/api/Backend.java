package dl.api;

/**
 * The backend contract: the small set of primitive kernels every compute backend implements.
 * Functions are written against this contract only and never ask which backend they run on.
 *
 * <p>All arrays are dense and row-major. Kernels allocate and return new arrays unless their name
 * says {@code Into}; arrays passed in must live on this backend's device (the engine checks devices
 * before a function runs). Shapes are {@code int[]}; a 0-d array has shape {@code []}.
 *
 * <p>Default methods are fused conveniences written with the primitives; a backend overrides them
 * where it has a faster kernel. The scalar meaning of each elementwise op is defined once, on
 * {@link UnaryOp}, {@link BinaryOp} and {@link ReduceOp}, and the shape logic (reshape's −1,
 * broadcast strides, slices, concatenation, matrix-product operands) in {@link Shapes}, so a
 * backend writes memory and loops only.
 *
 * <p>Convolution and pooling are optional whole kernels (see {@link #convolution}): their defaults
 * return {@code null}, meaning "not offered for these arguments", and the functions then use their
 * composite of the primitives. A backend may offer them for some dtypes or ranks only.
 *
 * <pre>{@code
 * Backend b = Device.of("cpu").backend();
 * NdArray x = b.fromArray(new float[] {1, 2, 3, 4}, 2, 2);
 * NdArray y = b.matmul(x, x, false, true);          // x · xᵀ
 * NdArray s = b.reduce(ReduceOp.SUM, y, new int[] {1}, true);
 * }</pre>
 */
public interface Backend {
  /** The device whose memory this backend's arrays live in. */
  Device device();

  // ---- creation and transfer ----

  /** An array of the given shape filled with {@code value}. */
  NdArray full(int[] shape, double value, DType dtype);

  /** An array of zeros. */
  default NdArray zeros(int[] shape, DType dtype) {
    return full(shape, 0, dtype);
  }

  /** A float32 array holding a copy of {@code data}, in row-major order. */
  NdArray fromArray(float[] data, int... shape);

  /** A float64 array holding a copy of {@code data}, in row-major order. */
  NdArray fromArray(double[] data, int... shape);

  /** An int32 array holding a copy of {@code data}, in row-major order. */
  NdArray fromArray(int[] data, int... shape);

  /** {@code [start, start+1, ..., stop-1]} as a 1-d array. */
  NdArray arange(int start, int stop, DType dtype);

  /** Uniform samples in {@code [low, high)} from a generator seeded with {@code seed}. */
  NdArray randomUniform(int[] shape, DType dtype, double low, double high, long seed);

  /** Normal samples with the given mean and standard deviation, seeded with {@code seed}. */
  NdArray randomNormal(int[] shape, DType dtype, double mean, double std, long seed);

  /** A copy of an array of any device (host or another backend) on this backend's device. */
  NdArray transferFrom(NdArray array);

  /** A new array with the same contents. */
  NdArray copy(NdArray a);

  /** Copies {@code src} (broadcast to {@code dst}'s shape, cast to its dtype) into {@code dst}. */
  void copyInto(NdArray dst, NdArray src);

  /** Element values converted to {@code dtype} (a copy even when the dtype is the same). */
  NdArray astype(NdArray a, DType dtype);

  // ---- layout ----

  /** The same elements with a new shape of equal size; may share storage with {@code a}. */
  NdArray reshape(NdArray a, int... shape);

  /** Axes permuted as NumPy's {@code transpose(axes)}; the result is contiguous. */
  NdArray transpose(NdArray a, int... axes);

  /** {@code a} repeated along broadcast axes to {@code shape} (NumPy rules). */
  NdArray broadcastTo(NdArray a, int... shape);

  /**
   * Basic slicing: along each axis, elements {@code start, start+step, ...} before {@code stop}
   * (steps may be negative, as NumPy's normalised slice bounds).
   */
  NdArray slice(NdArray a, int[] start, int[] stop, int[] step);

  /**
   * Adds {@code values} into the slice of {@code target} selected as in {@link #slice}; the
   * gradient of slicing.
   */
  void sliceAddInto(NdArray target, int[] start, int[] stop, int[] step, NdArray values);

  /** Joins arrays along an existing axis. */
  NdArray concat(NdArray[] arrays, int axis);

  // ---- elementwise ----

  /** An elementwise unary kernel. */
  NdArray unary(UnaryOp op, NdArray a);

  /** An elementwise binary kernel with NumPy broadcasting; both operands have the same dtype. */
  NdArray binary(BinaryOp op, NdArray a, NdArray b);

  /** {@code target = target op b} in place, {@code b} broadcast to {@code target}'s shape. */
  void binaryInto(BinaryOp op, NdArray target, NdArray b);

  /** {@code a op scalar} (or {@code scalar op a} when {@code scalarFirst}). */
  NdArray binaryScalar(BinaryOp op, NdArray a, double scalar, boolean scalarFirst);

  /** Elementwise {@code cond != 0 ? a : b} with broadcasting of all three. */
  NdArray where(NdArray cond, NdArray a, NdArray b);

  // ---- reductions ----

  /**
   * A reduction over {@code axes} (NumPy semantics: an empty list reduces nothing; see {@link
   * #reduceAll}).
   */
  NdArray reduce(ReduceOp op, NdArray a, int[] axes, boolean keepdims);

  /** Index of the maximum ({@code MAX}) or minimum ({@code MIN}) along {@code axis}, as int32. */
  NdArray argReduce(ReduceOp op, NdArray a, int axis);

  // ---- products ----

  /**
   * Matrix product of 2-d arrays, or batched product of 3-d arrays {@code (B, M, K)·(B, K, N)} (a
   * batch of 1 broadcasts), each operand optionally transposed in its last two axes.
   */
  NdArray matmul(NdArray a, NdArray b, boolean transA, boolean transB);

  // ---- gathers and scatters ----

  /**
   * Gathers along {@code axis}: {@code out[..., j, ...] = a[..., indices[j], ...]} where {@code
   * indices} is an int32 array of any shape replacing that axis (NumPy's {@code take(a, indices,
   * axis)}).
   */
  NdArray take(NdArray a, NdArray indices, int axis);

  /** The gradient of {@link #take}: adds {@code values} into {@code target} at the indices. */
  void takeAddInto(NdArray target, NdArray indices, int axis, NdArray values);

  /**
   * Picks one element per position along {@code axis}: {@code out[i, k] = a[i, idx[i, k], k]} with
   * {@code idx} int32 of {@code a}'s shape without that axis (Chainer's select_item).
   */
  NdArray selectAlongAxis(NdArray a, NdArray indices, int axis);

  /** The gradient of {@link #selectAlongAxis}: adds into {@code target} at the selected places. */
  void selectAddInto(NdArray target, NdArray indices, int axis, NdArray values);

  // ---- fused kernels with portable defaults ----

  /** Reduces over every axis to a 0-d array. */
  default NdArray reduceAll(ReduceOp op, NdArray a) {
    int[] axes = new int[a.ndim()];
    for (int i = 0; i < axes.length; i++) {
      axes[i] = i;
    }
    return reduce(op, a, axes, false);
  }

  /**
   * Adam's update of one parameter in place (Kingma and Ba, 2015, with Chainer's placement of eps):
   * {@code m += (1-β1)(g-m); v += (1-β2)(g²-v); p -= eta·(lr·m/(√v+eps) + weightDecayRate·p)}.
   */
  default void adamUpdate(
      NdArray param,
      NdArray grad,
      NdArray m,
      NdArray v,
      double lr,
      double beta1,
      double beta2,
      double eps,
      double eta,
      double weightDecayRate) {
    NdArray dm = binary(BinaryOp.SUB, grad, m);
    binaryInto(BinaryOp.ADD, m, binaryScalar(BinaryOp.MUL, dm, 1 - beta1, false));
    NdArray dv = binary(BinaryOp.SUB, binary(BinaryOp.MUL, grad, grad), v);
    binaryInto(BinaryOp.ADD, v, binaryScalar(BinaryOp.MUL, dv, 1 - beta2, false));
    NdArray denom = binaryScalar(BinaryOp.ADD, unary(UnaryOp.SQRT, v), eps, false);
    NdArray step = binaryScalar(BinaryOp.MUL, binary(BinaryOp.DIV, m, denom), lr, false);
    if (weightDecayRate != 0) {
      binaryInto(BinaryOp.ADD, step, binaryScalar(BinaryOp.MUL, param, weightDecayRate, false));
    }
    binaryInto(BinaryOp.SUB, param, binaryScalar(BinaryOp.MUL, step, eta, false));
  }

  /** {@code target += alpha · x} in place. */
  default void axpyInto(NdArray target, double alpha, NdArray x) {
    binaryInto(BinaryOp.ADD, target, binaryScalar(BinaryOp.MUL, x, alpha, false));
  }

  // ---- optional whole kernels: null means "not offered"; the functions fall back ----

  /**
   * Convolution with one group: {@code x (N, C, *S)}, {@code w (OC, C, *k)} and {@code b (OC)} or
   * null give {@code y (N, OC, *win.outShape(S))}; {@code win.ksize()} equals {@code w}'s spatial
   * shape. Optional: the default returns null and {@code F.convolutionNd} uses its composite.
   */
  default NdArray convolution(NdArray x, NdArray w, NdArray b, Window win) {
    return null;
  }

  /**
   * The gradient of {@link #convolution} in {@code x} (a transposed convolution): {@code gy (N, OC,
   * *Out)} and {@code w (OC, C, *k)} give {@code gx} of shape {@code xShape} {@code (N, C, *S)};
   * the window positions are those of {@code gy}'s spatial shape ({@code win.coverAll()} is not
   * consulted). Optional: null when not offered.
   */
  default NdArray convolutionGradData(NdArray gy, NdArray w, int[] xShape, Window win) {
    return null;
  }

  /**
   * The gradient of {@link #convolution} in {@code w}: {@code x (N, C, *S)} and {@code gy (N, OC,
   * *Out)} give {@code gw} of shape {@code wShape} {@code (OC, C, *k)}. Optional: null when not
   * offered.
   */
  default NdArray convolutionGradFilter(NdArray x, NdArray gy, int[] wShape, Window win) {
    return null;
  }

  /**
   * Max pooling ({@code win.dilate()} all 1; padding never wins): {@code x (N, C, *S)} gives {@code
   * {y, indexes}}, {@code y (N, C, *Out)} and int32 {@code indexes} of the same shape, the flat
   * offset of each maximum inside its window (Chainer's {@code return_indices}). The first maximum
   * wins, and a NaN wins over every number (the first NaN of a window). Optional: null when not
   * offered.
   */
  default NdArray[] maxPooling(NdArray x, Window win) {
    return null;
  }

  /**
   * The gradient of {@link #maxPooling}: {@code gy (N, C, *Out)} added at {@code indexes} into
   * zeros of {@code xShape} (overlapping windows sum). Optional: null when not offered.
   */
  default NdArray maxPoolingGrad(NdArray gy, NdArray indexes, int[] xShape, Window win) {
    return null;
  }

  /**
   * Average pooling ({@code win.dilate()} all 1): the window sum over the kernel size (padding
   * counts as zeros) or, with {@code ignorePad}, over the window's elements inside the input.
   * Optional: null when not offered.
   */
  default NdArray averagePooling(NdArray x, Window win, boolean ignorePad) {
    return null;
  }

  /**
   * The gradient of {@link #averagePooling} (its adjoint): {@code gy (N, C, *Out)} spread evenly
   * over each window into zeros of {@code xShape}. Optional: null when not offered.
   */
  default NdArray averagePoolingGrad(NdArray gy, int[] xShape, Window win, boolean ignorePad) {
    return null;
  }

  /**
   * ReLU's gradient in one pass (Chainer's {@code ReLUGrad2}): {@code gy · (y > 0 ? 1 : 0)} for
   * {@code y} and {@code gy} of the same shape and floating dtype, the same values as the product
   * with the mask (a NaN or an infinite {@code gy} where {@code y ≤ 0} gives NaN, a negative one
   * -0). Optional: null when not offered.
   */
  default NdArray reluGrad(NdArray y, NdArray gy) {
    return null;
  }
}
