package dl.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dl.api.Link;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.OptimizerHook.Timing;
import dl.api.Parameter;
import dl.optimizers.hooks.WeightDecay;
import dl.testing.Allclose;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * ONNX's training operators (ai.onnx.preview.training, onnx 1.22.0 node tests) reproduced with
 * Chainer's optimizers where the definitions coincide. ONNX's {@code norm_coefficient} is Chainer's
 * {@link WeightDecay} hook. All cases have {@code T = 0}:
 *
 * <ul>
 *   <li>Adagrad: {@code r = R/(1 + T·decay_factor) = R}; AdaGrad(lr = R, eps) with state h = H.
 *   <li>Momentum (standard): at T = 0 ONNX ignores beta, {@code V' = α·V + g; X' = X − R·V'}, which
 *       is CorrectedMomentumSGD(lr = R, momentum = α) with state v = −V.
 *   <li>Adam: at T = 0 ONNX does no bias correction; Chainer always does ({@code t >= 1}), so alpha
 *       is set to {@code R·(1 − β1)/√(1 − β2)} making Chainer's {@code lr_t} equal R.
 * </ul>
 *
 * {@code test_nesterov_momentum} is not reproduced: ONNX's Nesterov step {@code X' = X − R·(g +
 * α·V')} differs from Chainer's NesterovAG {@code θ += μ²·v' − (1 + μ)·lr·g} (expanded, ONNX moves
 * by {@code −R(α²V + (1+α)g)}, Chainer by {@code −R(μ³V + (1+μ+μ²)g)} with {@code v = −R·V}).
 */
class OnnxTrainingTest {
  /** A link with float32 parameters p0, p1, ... holding the given values. */
  static final class Params extends Link {
    final List<Parameter> ps = new ArrayList<>();

    Params(List<double[]> values) {
      for (int i = 0; i < values.size(); i++) {
        double[] v = values.get(i);
        float[] f = new float[v.length];
        for (int j = 0; j < v.length; j++) {
          f[j] = (float) v[j];
        }
        ps.add(addParam("p" + i, new Parameter(NdArrays.of(f, v.length))));
      }
    }
  }

  private static NdArray f32(double[] v, double scale) {
    float[] f = new float[v.length];
    for (int j = 0; j < v.length; j++) {
      f[j] = (float) (v[j] * scale);
    }
    return NdArrays.of(f, v.length);
  }

  private static OnnxCase load(String name) throws Exception {
    OnnxCase c = OnnxCase.load(name);
    Assumptions.assumeTrue(c != null, "ONNX conformance folder absent: " + OnnxCase.ROOT);
    assertEquals(0.0, c.inputs.get(1)[0], "these cases have T = 0");
    return c;
  }

  /**
   * Runs one update on n parameters with {@code k} per-parameter input tensors (X, G, then states)
   * and checks X and each state (scaled back by {@code stateScale}) against the outputs.
   */
  private static void check(
      OnnxCase c, int k, GradientMethod opt, String[] states, double[] stateScale) {
    int n = (c.inputs.size() - 2) / k;
    List<double[]> xs = c.inputs.subList(2, 2 + n);
    Params link = new Params(xs);
    opt.setup(link);
    double norm = c.f("norm_coefficient", 0);
    if (norm != 0) {
      opt.addHook("norm_coefficient", Timing.PRE, new WeightDecay(norm));
    }
    for (int i = 0; i < n; i++) {
      Parameter p = link.ps.get(i);
      p.setGrad(f32(c.inputs.get(2 + n + i), 1));
      java.util.LinkedHashMap<String, NdArray> st = new java.util.LinkedHashMap<>();
      for (int s = 0; s < states.length; s++) {
        st.put(states[s], f32(c.inputs.get(2 + (2 + s) * n + i), stateScale[s]));
      }
      p.updateRule().setState(st);
    }
    opt.update();
    for (int i = 0; i < n; i++) {
      Parameter p = link.ps.get(i);
      Allclose.assertAllclose(
          c.outputs.get(i), p.array().toDoubleArray(), 1e-6, 1e-5, c.opType + " X" + i);
      for (int s = 0; s < states.length; s++) {
        NdArray got = p.updateRule().state().get(states[s]);
        double[] back = got.toDoubleArray();
        for (int j = 0; j < back.length; j++) {
          back[j] /= stateScale[s];
        }
        Allclose.assertAllclose(
            c.outputs.get((1 + s) * n + i), back, 1e-6, 1e-5, c.opType + " " + states[s] + i);
      }
    }
  }

  private static void adagrad(String name) throws Exception {
    OnnxCase c = load(name);
    double r = c.inputs.get(0)[0] / (1 + c.inputs.get(1)[0] * c.f("decay_factor", 0));
    check(
        c,
        3,
        new AdaGrad(AdaGrad.Options.builder().lr(r).eps(c.f("epsilon", 1e-6)).build()),
        new String[] {"h"},
        new double[] {1});
  }

  private static void momentum(String name) throws Exception {
    OnnxCase c = load(name);
    assertEquals("standard", c.attributes.get("mode"));
    double r = c.inputs.get(0)[0];
    check(
        c,
        3,
        new CorrectedMomentumSGD(
            CorrectedMomentumSGD.Options.builder().lr(r).momentum(c.f("alpha", 0)).build()),
        new String[] {"v"},
        new double[] {-1});
  }

  private static void adam(String name) throws Exception {
    OnnxCase c = load(name);
    assertEquals(0.0, c.f("norm_coefficient_post", 0), "no Chainer equivalent");
    double b1 = c.f("alpha", 0.9);
    double b2 = c.f("beta", 0.999);
    double alpha = c.inputs.get(0)[0] * (1 - b1) / Math.sqrt(1 - b2);
    Adam opt =
        new Adam(
            Adam.Options.builder().alpha(alpha).beta1(b1).beta2(b2).eps(c.f("epsilon", 0)).build());
    check(c, 4, opt, new String[] {"m", "v"}, new double[] {1, 1});
  }

  @Test
  void adagradMatchesOnnx() throws Exception {
    adagrad("test_adagrad");
  }

  @Test
  void adagradMultipleMatchesOnnx() throws Exception {
    adagrad("test_adagrad_multiple");
  }

  @Test
  void momentumMatchesOnnx() throws Exception {
    momentum("test_momentum");
  }

  @Test
  void momentumMultipleMatchesOnnx() throws Exception {
    momentum("test_momentum_multiple");
  }

  @Test
  void adamMatchesOnnx() throws Exception {
    adam("test_adam");
  }

  @Test
  void adamMultipleMatchesOnnx() throws Exception {
    adam("test_adam_multiple");
  }

  @Test
  void theReaderSeesTheAttributes() throws Exception {
    OnnxCase c = load("test_nesterov_momentum");
    assertEquals("Momentum", c.opType);
    assertEquals(
        Map.of("alpha", 0.95f, "beta", 1.0f, "mode", "nesterov", "norm_coefficient", 0.01f)
            .keySet(),
        c.attributes.keySet());
    assertEquals(0.95f, (float) c.f("alpha", 0));
  }
}
