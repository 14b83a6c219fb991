package dl.testing;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.Engine;
import java.util.SplittableRandom;

/**
 * Chainer's {@code check_backward} and {@code check_double_backward}: the analytic directional
 * derivative along one random unit direction over all inputs, against the central difference {@code
 * (g(+eps) - g(-eps)) / 2eps} of {@code g(δ) = Σ⟨f(x + δ·d), gy⟩}, computed with the inputs cast to
 * float64. Defaults: eps 1e-3, atol 1e-5, rtol 1e-4 (double backward: atol 1e-4, rtol 1e-3).
 *
 * <pre>{@code
 * GradientCheck.checkBackward(xs -> new Variable[] {F.tanh(xs[0])},
 *     new NdArray[] {x}, new NdArray[] {gy}, GradientCheck.options());
 * }</pre>
 */
public final class GradientCheck {
  private GradientCheck() {}

  /** A function of variables under test. */
  @FunctionalInterface
  public interface Fn {
    Variable[] apply(Variable... inputs);
  }

  /** Tolerances and settings; each setter returns a copy. */
  public record Options(
      double eps, double atol, double rtol, boolean[] noGrads, long seed, DType numericDtype) {
    public Options withTolerance(double newAtol, double newRtol) {
      return new Options(eps, newAtol, newRtol, noGrads, seed, numericDtype);
    }

    public Options withEps(double newEps) {
      return new Options(newEps, atol, rtol, noGrads, seed, numericDtype);
    }

    /** Marks inputs that take no gradient (integer inputs always do). */
    public Options withNoGrads(boolean... flags) {
      return new Options(eps, atol, rtol, flags, seed, numericDtype);
    }

    public Options withSeed(long newSeed) {
      return new Options(eps, atol, rtol, noGrads, newSeed, numericDtype);
    }
  }

  /** Chainer's defaults for {@code check_backward}. */
  public static Options options() {
    return new Options(1e-3, 1e-5, 1e-4, null, 0, DType.FLOAT64);
  }

  /** Chainer's defaults for {@code check_double_backward}. */
  public static Options doubleBackwardOptions() {
    return new Options(1e-3, 1e-4, 1e-3, null, 0, DType.FLOAT64);
  }

  private static boolean takesGrad(NdArray x, int i, Options o) {
    return x.dtype().isFloating() && (o.noGrads == null || i >= o.noGrads.length || !o.noGrads[i]);
  }

  /**
   * Checks the gradient of {@code f} at {@code x}.
   *
   * @param gy output gradients; null for a single size-1 output (the gradient is one)
   */
  public static void checkBackward(Fn f, NdArray[] x, NdArray[] gy, Options o) {
    Variable[] xs = new Variable[x.length];
    for (int i = 0; i < x.length; i++) {
      xs[i] = new Variable(x[i], "x" + i, takesGrad(x[i], i, o));
    }
    Variable[] ys = f.apply(xs);
    Variable[] gys = gradOutputs(ys, gy);
    Engine.get().backward(ys, gys, false, false);

    SplittableRandom rng = new SplittableRandom(o.seed);
    double[][] dirs = new double[x.length][];
    double norm = 0;
    for (int i = 0; i < x.length; i++) {
      if (takesGrad(x[i], i, o)) {
        dirs[i] = new double[x[i].size()];
        for (int k = 0; k < dirs[i].length; k++) {
          dirs[i][k] = gaussian(rng);
          norm += dirs[i][k] * dirs[i][k];
        }
      } else if (xs[i].grad() != null) {
        throw new AssertionError(
            "input "
                + i
                + " ("
                + x[i].dtype()
                + ") takes no gradient but"
                + " backward produced one");
      }
    }
    norm = Math.sqrt(norm);
    double analytic = 0;
    for (int i = 0; i < x.length; i++) {
      if (dirs[i] == null) {
        continue;
      }
      for (int k = 0; k < dirs[i].length; k++) {
        dirs[i][k] /= norm;
      }
      NdArray g = xs[i].grad();
      if (g == null) {
        continue; // no path from this input: its gradient is zero
      }
      double[] gv = g.toDoubleArray();
      for (int k = 0; k < gv.length; k++) {
        analytic += gv[k] * dirs[i][k];
      }
    }
    double plus = evaluate(f, x, dirs, o.eps, gy, ys, o);
    double minus = evaluate(f, x, dirs, -o.eps, gy, ys, o);
    double numeric = (plus - minus) / (2 * o.eps);
    if (!(Math.abs(analytic - numeric) <= o.atol + o.rtol * Math.abs(numeric))) {
      throw new AssertionError(
          String.format(
              "gradient check failed: analytic directional"
                  + " derivative %.10g, numerical %.10g (eps=%g, atol=%g, rtol=%g)",
              analytic, numeric, o.eps, o.atol, o.rtol));
    }
  }

  private static Variable[] gradOutputs(Variable[] ys, NdArray[] gy) {
    Variable[] gys = new Variable[ys.length];
    for (int j = 0; j < ys.length; j++) {
      if (gy != null && gy[j] != null) {
        gys[j] = Variable.constant(gy[j]);
      } else if (ys[j].size() == 1) {
        gys[j] = Variable.constant(ys[j].array().backend().full(ys[j].shape(), 1, ys[j].dtype()));
      } else {
        throw new IllegalArgumentException(
            "checkBackward: output "
                + j
                + " has shape "
                + dl.api.Shapes.str(ys[j].shape())
                + "; give its gradient in gy");
      }
    }
    return gys;
  }

  /** {@code Σ_j ⟨f(x + δ·d)_j, gy_j⟩} with the inputs cast to the numeric dtype. */
  private static double evaluate(
      Fn f, NdArray[] x, double[][] dirs, double delta, NdArray[] gy, Variable[] ys0, Options o) {
    Variable[] xs = new Variable[x.length];
    for (int i = 0; i < x.length; i++) {
      if (dirs[i] == null) {
        xs[i] = Variable.constant(x[i]);
        continue;
      }
      double[] v = x[i].toDoubleArray();
      for (int k = 0; k < v.length; k++) {
        v[k] += delta * dirs[i][k];
      }
      NdArray shifted = x[i].backend().fromArray(v, x[i].shape());
      // Requires grad so that a first-order-gradient function can still differentiate.
      xs[i] = new Variable(shifted.astype(o.numericDtype), null, true);
    }
    Variable[] ys = f.apply(xs);
    double total = 0;
    for (int j = 0; j < ys.length; j++) {
      double[] yv = ys[j].array().toDoubleArray();
      double[] g = gy != null && gy[j] != null ? gy[j].toDoubleArray() : null;
      if (g == null && ys0[j].size() != 1) {
        continue;
      }
      for (int k = 0; k < yv.length; k++) {
        total += yv[k] * (g == null ? 1 : g[k]);
      }
    }
    return total;
  }

  /**
   * Checks the gradient of the first-order gradient: {@code (x, gy) -> grad(f(x), x, gy)} with
   * double backprop enabled, against output gradients {@code ggx}.
   */
  public static void checkDoubleBackward(
      Fn f, NdArray[] x, NdArray[] gy, NdArray[] ggx, Options o) {
    int n = x.length;
    Fn firstOrder =
        in -> {
          Variable[] xs = java.util.Arrays.copyOfRange(in, 0, n);
          Variable[] ys = f.apply(xs);
          Variable[] gys = java.util.Arrays.copyOfRange(in, n, in.length);
          java.util.List<Variable> targets = new java.util.ArrayList<>();
          for (int i = 0; i < n; i++) {
            if (takesGrad(x[i], i, o)) {
              targets.add(xs[i]);
            }
          }
          Variable[] gxs = Engine.get().grad(ys, targets.toArray(new Variable[0]), gys, true);
          for (int i = 0; i < gxs.length; i++) {
            if (gxs[i] == null) {
              // No path: the gradient is zero, made from the input so it stays on its device.
              Variable t = targets.get(i);
              gxs[i] = Variable.constant(t.array().backend().zeros(t.shape(), t.dtype()));
            }
          }
          return gxs;
        };
    NdArray[] inputs = new NdArray[n + gy.length];
    System.arraycopy(x, 0, inputs, 0, n);
    System.arraycopy(gy, 0, inputs, n, gy.length);
    boolean[] noGrads = new boolean[inputs.length];
    for (int i = 0; i < n; i++) {
      noGrads[i] = !takesGrad(x[i], i, o);
    }
    checkBackward(firstOrder, inputs, ggx, o.withNoGrads(noGrads));
  }

  private static double gaussian(SplittableRandom rng) {
    double u = rng.nextDouble();
    double v = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }
}
