package dl.plugins.demo;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Device;
import dl.api.Initializer;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Optimizer;
import dl.api.Parameter;
import dl.api.ReduceOp;
import dl.api.Rng;
import dl.api.Variable;
import dl.api.spi.Engine;
import java.util.Arrays;
import java.util.Map;

/**
 * Uses plugins by name and prints what they compute, one {@code key: values} line each:
 *
 * <pre>
 * java --module-path mods -m dl.plugins.demo/dl.plugins.demo.PluginDemo all java
 * java --module-path mods -m dl.plugins.demo/dl.plugins.demo.PluginDemo train default SGD
 * </pre>
 *
 * Commands: {@code mish}, {@code glu}, {@code lion}, {@code train DEVICE OPTIMIZER} (a 2-layer MLP
 * with functions found by name; DEVICE {@code default} is the engine's choice), {@code all DEVICE}.
 * A missing plugin ends the program with the engine's message (which lists what is available) and
 * exit status 2.
 */
public final class PluginDemo {
  private PluginDemo() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
    }
  }

  static void run(String[] args) {
    String cmd = args.length == 0 ? "all" : args[0];
    switch (cmd) {
      case "mish":
        mish();
        break;
      case "glu":
        glu();
        break;
      case "lion":
        lion();
        break;
      case "train":
        train(args.length > 1 ? args[1] : "default", args.length > 2 ? args[2] : "SGD");
        break;
      default:
        mish();
        glu();
        lion();
        train(args.length > 1 ? args[1] : "java", "Lion");
    }
  }

  static Variable fn(String function, Variable... in) {
    return Engine.get().function(function).apply(Map.of(), in)[0];
  }

  static void mish() {
    Variable x = new Variable(Device.of("cpu").backend().fromArray(new double[] {-1, 0, 2}, 3));
    print("mish", fn("mish", x).array());
  }

  static void glu() {
    Link glu = Engine.get().link("GLU").create(Map.of("inSize", 3, "outSize", 2));
    for (Parameter p : glu.params()) { // constant weights, so the output is known: W = 0.1, b = 0
      NdArray a = p.array();
      a.backend()
          .copyInto(a, a.backend().full(new int[0], p.name().equals("W") ? 0.1 : 0, a.dtype()));
    }
    Variable x = new Variable(Device.of("cpu").backend().fromArray(new float[] {1, 2, 3}, 1, 3));
    print("glu", glu.call(x).array());
  }

  /** A link holding one parameter vector. */
  static final class Vec extends Link {
    final Parameter w;

    Vec(NdArray init) {
      w = addParam("w", new Parameter(init));
    }
  }

  static void lion() {
    Backend b = Device.of("cpu").backend();
    Vec v = new Vec(b.fromArray(new double[] {1, -2}, 2));
    Optimizer opt = Engine.get().optimizer("Lion").create(Map.of("lr", 0.1)).setup(v);
    v.w.setGrad(b.fromArray(new double[] {0.5, -0.5}, 2));
    opt.update();
    print("lion", v.w.array());
  }

  static void train(String deviceName, String optimizer) {
    Device device =
        deviceName.equals("default") ? Engine.get().defaultDevice() : Device.of(deviceName);
    Backend b = device.backend();
    Rng.seed(0);
    NdArray x = b.randomNormal(new int[] {32, 6}, DType.FLOAT32, 0, 1, 1);
    NdArray t =
        b.argReduce(
            ReduceOp.MAX,
            b.matmul(x, b.randomNormal(new int[] {6, 3}, DType.FLOAT32, 0, 1, 3), false, false),
            1);
    Mlp model = new Mlp(b);
    Optimizer opt =
        Engine.get()
            .optimizer(optimizer)
            .create(Map.of("lr", optimizer.equals("SGD") ? 0.5 : 0.01))
            .setup(model);
    double[] losses = new double[8];
    Variable xv = new Variable(x);
    Variable tv = new Variable(t);
    for (int i = 0; i < losses.length; i++) {
      Variable[] loss = new Variable[1];
      opt.update(() -> loss[0] = model.loss(xv, tv));
      losses[i] = loss[0].item();
    }
    System.out.println("device: " + device);
    System.out.println("losses: " + Arrays.toString(losses));
  }

  /** A 6-16-3 MLP written with functions found by name. */
  static final class Mlp extends Link {
    final Parameter w1;
    final Parameter b1;
    final Parameter w2;
    final Parameter b2;

    Mlp(Backend b) {
      Initializer normal =
          (shape, dtype, be) -> be.randomNormal(shape, dtype, 0, 0.4, Rng.nextSeed());
      w1 = addParam("w1", new Parameter(normal.generate(new int[] {16, 6}, DType.FLOAT32, b)));
      b1 = addParam("b1", new Parameter(b.zeros(new int[] {16}, DType.FLOAT32)));
      w2 = addParam("w2", new Parameter(normal.generate(new int[] {3, 16}, DType.FLOAT32, b)));
      b2 = addParam("b2", new Parameter(b.zeros(new int[] {3}, DType.FLOAT32)));
    }

    Variable loss(Variable x, Variable t) {
      Variable h = fn("relu", fn("linear", x, w1, b1));
      return fn("softmax_cross_entropy", fn("linear", h, w2, b2), t);
    }
  }

  private static void print(String key, NdArray a) {
    System.out.println(key + ": " + Arrays.toString(a.toDoubleArray()));
  }
}
