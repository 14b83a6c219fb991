package dl.api.spi;

import dl.api.Backend;
import dl.api.Device;
import dl.api.FunctionHook;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Scope;
import dl.api.Variable;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The engine behind the API: backward scheduling, {@code grad}, function hooks, device resolution
 * and the registries of backends, functions, links and optimizers. There is one per process, found
 * through {@link ServiceLoader}; {@code dl.engine} provides the default one.
 *
 * <pre>{@code
 * Variable[] gx = Engine.get().grad(new Variable[] {y}, new Variable[] {x}, null, true);
 * Backend cpu = Engine.get().backend(Device.of("cpu"));
 * Variable z = Engine.get().function("relu").apply(Map.of(), x)[0];
 * }</pre>
 */
public interface Engine {
  /**
   * The process's engine; where there is none, every call fails with the same error saying how to
   * fix the module path.
   */
  static Engine get() {
    return Services.engine();
  }

  // ---- autograd ----

  /**
   * Backpropagates from {@code outputs}. Where {@code gradOutputs} is null (or an entry is), the
   * output's {@code grad} is used, or one for a size-1 output.
   */
  void backward(
      Variable[] outputs, Variable[] gradOutputs, boolean retainGrad, boolean enableDoubleBackprop);

  /**
   * Gradients of {@code outputs} with respect to {@code inputs} over the pruned graph, without
   * touching {@code .grad} (Chainer's {@code chainer.grad}). Missing gradOutputs default to ones.
   */
  Variable[] grad(
      Variable[] outputs, Variable[] inputs, Variable[] gradOutputs, boolean enableDoubleBackprop);

  // ---- hooks ----

  /** Installs a hook on this thread until the scope closes. */
  Scope addFunctionHook(FunctionHook hook);

  /** Called by {@link FunctionNode#apply} before forward. */
  void forwardPreprocess(FunctionNode function, NdArray[] inputs);

  /** Called by {@link FunctionNode#apply} after forward (debug NaN checks live here). */
  void forwardPostprocess(FunctionNode function, NdArray[] inputs, NdArray[] outputs);

  /** Checks that all inputs share one device; the error names both devices. */
  void checkDevices(FunctionNode function, NdArray[] inputs);

  // ---- devices and registries ----

  /** The backend of a device, created on first use; errors list the available backends. */
  Backend backend(Device device);

  /** The available backend with the highest priority (or {@code CATENA_DEVICE}). */
  Device defaultDevice();

  /** All backend providers found, available or not. */
  List<BackendProvider> backendProviders();

  /** A named function; the error lists the names that exist. */
  FunctionProvider function(String name);

  /** A named link; the error lists the names that exist. */
  LinkProvider link(String name);

  /** A named optimizer; the error lists the names that exist. */
  OptimizerProvider optimizer(String name);

  /** Names of every registered function, link and optimizer, for messages and tools. */
  List<String> registeredNames(Class<?> providerType);

  /**
   * Every provider of {@code providerType} ({@code FunctionProvider.class}, {@code
   * LinkProvider.class}, {@code OptimizerProvider.class} or {@code BackendProvider.class}) by name,
   * with where it was found, for tools such as {@code bin/catena plugins}.
   */
  List<Registration> registrations(Class<?> providerType);

  /** Providers of {@code providerType} that failed to load, each with its class and reason. */
  List<String> loadFailures(Class<?> providerType);

  /**
   * A registered provider.
   *
   * @param name the name it is found by, e.g. {@code "relu"}
   * @param origin where it comes from: {@code "module dl.functions"}, or the jar on the class path
   * @param type the provider class (the one module-info's {@code provides} names)
   */
  record Registration(String name, String origin, String type) {}
}
