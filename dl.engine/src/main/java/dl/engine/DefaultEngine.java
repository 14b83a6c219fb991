package dl.engine;

import dl.api.Backend;
import dl.api.Config;
import dl.api.Device;
import dl.api.FunctionHook;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Scope;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.VariableNode;
import dl.api.spi.BackendProvider;
import dl.api.spi.Engine;
import dl.api.spi.FunctionProvider;
import dl.api.spi.LinkProvider;
import dl.api.spi.OptimizerProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/** Catena's default {@link Engine}. */
public final class DefaultEngine implements Engine {
  private final Devices devices = new Devices();
  private final ThreadLocal<List<FunctionHook>> hooks = ThreadLocal.withInitial(ArrayList::new);
  private volatile Registry<FunctionProvider> functions;
  private volatile Registry<LinkProvider> links;
  private volatile Registry<OptimizerProvider> optimizers;

  /** Called by {@link ServiceLoader}. */
  public DefaultEngine() {}

  // ---- autograd ----

  @Override
  public void backward(
      Variable[] outputs,
      Variable[] gradOutputs,
      boolean retainGrad,
      boolean enableDoubleBackprop) {
    try (Scope s = Config.using(Config.Key.ENABLE_BACKPROP, enableDoubleBackprop)) {
      Backprop bp = new Backprop(hooks.get(), retainGrad, null);
      for (int i = 0; i < outputs.length; i++) {
        Variable y = outputs[i];
        Variable gy = gradOutputs != null && gradOutputs[i] != null ? gradOutputs[i] : y.gradVar();
        if (y.creator() == null && y.node().noGraphReason() != null) {
          throw new IllegalStateException(
              "backward: "
                  + describe(y)
                  + " has no graph to"
                  + " backpropagate through: "
                  + y.node().noGraphReason());
        }
        if (gy == null) {
          if (y.size() != 1) {
            throw new IllegalStateException(
                "backward: "
                    + describe(y)
                    + " has shape "
                    + Shapes.str(y.shape())
                    + " and no gradient; only a size-1 output starts from a"
                    + " gradient of one. Set y.setGrad(...) first or reduce it to a scalar (sum, mean)");
          }
          gy = Variable.constant(y.array().backend().full(y.shape(), 1, y.dtype()));
        } else {
          checkGradShape(y, gy);
        }
        bp.seed(y.node(), gy);
      }
      bp.run();
      bp.writeLeafGrads();
    }
  }

  @Override
  public Variable[] grad(
      Variable[] outputs, Variable[] inputs, Variable[] gradOutputs, boolean enableDoubleBackprop) {
    try (Scope s = Config.using(Config.Key.ENABLE_BACKPROP, enableDoubleBackprop)) {
      Set<VariableNode> in = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Variable x : inputs) {
        in.add(x.node());
      }
      Backprop bp = new Backprop(hooks.get(), false, in);
      for (int i = 0; i < outputs.length; i++) {
        Variable y = outputs[i];
        Variable gy =
            gradOutputs != null && gradOutputs[i] != null
                ? gradOutputs[i]
                : Variable.constant(y.array().backend().full(y.shape(), 1, y.dtype()));
        checkGradShape(y, gy);
        bp.seed(y.node(), gy);
      }
      bp.run();
      Variable[] gx = new Variable[inputs.length];
      for (int i = 0; i < inputs.length; i++) {
        gx[i] = bp.gradOf(inputs[i].node());
      }
      return gx;
    }
  }

  private static void checkGradShape(Variable y, Variable gy) {
    if (!java.util.Arrays.equals(gy.shape(), y.shape()) || gy.dtype() != y.dtype()) {
      throw new IllegalArgumentException(
          "backward: the gradient of "
              + describe(y)
              + " must have"
              + " shape "
              + Shapes.str(y.shape())
              + " and dtype "
              + y.dtype()
              + ", got "
              + Shapes.str(gy.shape())
              + " and "
              + gy.dtype());
    }
  }

  private static String describe(Variable y) {
    return y.name() == null ? "the output" : "the output '" + y.name() + "'";
  }

  // ---- hooks and checks ----

  @Override
  public Scope addFunctionHook(FunctionHook hook) {
    List<FunctionHook> list = hooks.get();
    list.add(hook);
    return () -> list.remove(hook);
  }

  @Override
  public void forwardPreprocess(FunctionNode function, NdArray[] inputs) {
    for (FunctionHook h : hooks.get()) {
      h.forwardPreprocess(function, inputs);
    }
  }

  @Override
  public void forwardPostprocess(FunctionNode function, NdArray[] inputs, NdArray[] outputs) {
    for (FunctionHook h : hooks.get()) {
      h.forwardPostprocess(function, inputs, outputs);
    }
    if (Config.debug()) {
      for (int i = 0; i < outputs.length; i++) {
        if (outputs[i].dtype().isFloating()) {
          for (double v : outputs[i].toDoubleArray()) {
            if (Double.isNaN(v)) {
              throw new ArithmeticException(
                  function.label() + ": output " + i + " contains NaN (debug mode)");
            }
          }
        }
      }
    }
  }

  @Override
  public void checkDevices(FunctionNode function, NdArray[] inputs) {
    for (int i = 1; i < inputs.length; i++) {
      if (!inputs[i].device().equals(inputs[0].device())) {
        throw new IllegalArgumentException(
            function.label()
                + ": inputs are on different devices:"
                + " input 0 on "
                + inputs[0].device()
                + ", input "
                + i
                + " on "
                + inputs[i].device()
                + "; move them with toDevice(...) first");
      }
    }
  }

  // ---- devices and registries ----

  @Override
  public Backend backend(Device device) {
    return devices.backend(device);
  }

  @Override
  public Device defaultDevice() {
    return devices.defaultDevice();
  }

  @Override
  public List<BackendProvider> backendProviders() {
    return devices.providers();
  }

  /** Backends and their availability, one per line (for diagnostics). */
  public String describeBackends() {
    return devices.describe();
  }

  private Registry<FunctionProvider> functions() {
    if (functions == null) {
      synchronized (this) {
        if (functions == null) {
          functions =
              new Registry<>(
                  "function",
                  FunctionProvider.class,
                  FunctionProvider::name,
                  FunctionProvider::declaringClass);
        }
      }
    }
    return functions;
  }

  private Registry<LinkProvider> links() {
    if (links == null) {
      synchronized (this) {
        if (links == null) {
          links =
              new Registry<>(
                  "link", LinkProvider.class, LinkProvider::name, LinkProvider::declaringClass);
        }
      }
    }
    return links;
  }

  private Registry<OptimizerProvider> optimizers() {
    if (optimizers == null) {
      synchronized (this) {
        if (optimizers == null) {
          optimizers =
              new Registry<>(
                  "optimizer",
                  OptimizerProvider.class,
                  OptimizerProvider::name,
                  OptimizerProvider::declaringClass);
        }
      }
    }
    return optimizers;
  }

  @Override
  public FunctionProvider function(String name) {
    return functions().get(name);
  }

  @Override
  public LinkProvider link(String name) {
    return links().get(name);
  }

  @Override
  public OptimizerProvider optimizer(String name) {
    return optimizers().get(name);
  }

  @Override
  public List<String> registeredNames(Class<?> providerType) {
    return registry(providerType, "registeredNames").names();
  }

  @Override
  public List<Registration> registrations(Class<?> providerType) {
    return registry(providerType, "registrations").registrations();
  }

  @Override
  public List<String> loadFailures(Class<?> providerType) {
    return new ArrayList<>(registry(providerType, "loadFailures").failures());
  }

  private Registry<?> registry(Class<?> providerType, String caller) {
    if (providerType == FunctionProvider.class) {
      return functions();
    } else if (providerType == LinkProvider.class) {
      return links();
    } else if (providerType == OptimizerProvider.class) {
      return optimizers();
    } else if (providerType == BackendProvider.class) {
      return devices.registry();
    }
    throw new IllegalArgumentException(caller + ": unknown provider type " + providerType);
  }
}
