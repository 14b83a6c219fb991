package dl.api;

/**
 * Callbacks around every function application and its backward (Chainer's {@code FunctionHook}).
 * Install one for a block with {@link dl.api.spi.Engine#addFunctionHook}.
 *
 * <pre>{@code
 * FunctionHook counter = new FunctionHook() {
 *   public void forwardPostprocess(FunctionNode f, NdArray[] in, NdArray[] out) { calls++; }
 * };
 * try (Scope s = Engine.get().addFunctionHook(counter)) {
 *   model.call(x);
 * }
 * }</pre>
 */
public interface FunctionHook {
  /** Before {@code forward}. */
  default void forwardPreprocess(FunctionNode function, NdArray[] inputs) {}

  /** After {@code forward}. */
  default void forwardPostprocess(FunctionNode function, NdArray[] inputs, NdArray[] outputs) {}

  /** Before {@code backward}. */
  default void backwardPreprocess(FunctionNode function, Variable[] gradOutputs) {}

  /** After {@code backward}. */
  default void backwardPostprocess(
      FunctionNode function, Variable[] gradOutputs, Variable[] gradInputs) {}
}
