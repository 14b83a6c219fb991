package dl.api;

/**
 * A trainable variable of a {@link Link}. It may be created without a shape and initialised lazily
 * on the first forward, when the input size becomes known ({@code new Linear(10)}). Unlike Chainer,
 * a new parameter's gradient is null rather than NaN: gradients start cleared.
 *
 * <pre>{@code
 * Parameter w = new Parameter(Initializer.constant(0), 3, 4);   // initialised now
 * Parameter lazy = new Parameter(Initializer.constant(0));      // shape comes later
 * lazy.initialize(3, 4);
 * }</pre>
 */
public class Parameter extends Variable {
  private Initializer initializer;
  private DType dtype;
  private Device device;
  private UpdateRule updateRule;

  /** A parameter initialised now with the given shape (default dtype, default device). */
  public Parameter(Initializer initializer, int... shape) {
    this(initializer, Config.dtype());
    initialize(shape);
  }

  /** An uninitialised parameter; {@link #initialize} gives it a shape later. */
  public Parameter(Initializer initializer) {
    this(initializer, Config.dtype());
  }

  /** An uninitialised parameter of a given dtype. */
  public Parameter(Initializer initializer, DType dtype) {
    super(null, null, true);
    this.initializer = initializer;
    this.dtype = dtype;
  }

  /** A parameter holding an existing array. */
  public Parameter(NdArray data) {
    super(data, null, true);
    this.dtype = data.dtype();
    this.device = data.device();
  }

  /** Whether the parameter has data. */
  public boolean isInitialized() {
    return array() != null;
  }

  /** Creates the data with the initializer; a no-op if already initialised with that shape. */
  public void initialize(int... shape) {
    if (isInitialized()) {
      if (!java.util.Arrays.equals(shape(), shape)) {
        throw new IllegalStateException(
            "parameter "
                + name()
                + " is already initialised with"
                + " shape "
                + Shapes.str(shape())
                + ", cannot re-initialise with "
                + Shapes.str(shape));
      }
      return;
    }
    if (initializer == null) {
      throw new IllegalStateException("parameter " + name() + " has no initializer");
    }
    Backend b = device == null ? NdArrays.backend() : device.backend();
    setArray(initializer.generate(Shapes.of("Parameter.initialize", shape), dtype, b));
  }

  /** The initializer that fills the data on first use, or null. */
  public Initializer initializer() {
    return initializer;
  }

  /** The update rule attached by an optimizer's {@code setup}, or null. */
  public UpdateRule updateRule() {
    return updateRule;
  }

  /** Sets the rule that updates this parameter (done by {@code Optimizer.setup}). */
  public void setUpdateRule(UpdateRule rule) {
    this.updateRule = rule;
  }

  /** Updates the data with the attached rule (a no-op without one). */
  public void update() {
    if (updateRule != null) {
      updateRule.update(this);
    }
  }

  /** Moves the data and gradient to {@code target}; an uninitialised one will be created there. */
  public void toDevice(Device target) {
    device = target;
    if (isInitialized()) {
      NdArray g = grad();
      setArray(array().toDevice(target));
      if (g != null) {
        setGrad(g.toDevice(target));
      }
    }
    if (updateRule != null) {
      updateRule.stateToDevice(target);
    }
  }
}
