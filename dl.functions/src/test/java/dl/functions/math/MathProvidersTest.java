package dl.functions.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.NdArrays;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.api.spi.FunctionProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The math and activation functions of this package are found by Chainer's names. */
class MathProvidersTest {
  @Test
  void registeredByChainerName() {
    List<String> names = Engine.get().registeredNames(FunctionProvider.class);
    for (String n :
        List.of(
            "absolute",
            "arccos",
            "arcsin",
            "arctan",
            "arctan2",
            "arctanh",
            "argmax",
            "argmin",
            "average",
            "batch_matmul",
            "batch_inv",
            "batch_det",
            "bias",
            "ceil",
            "floor",
            "clip",
            "cosh",
            "sinh",
            "cumsum",
            "cumprod",
            "det",
            "inv",
            "einsum",
            "erf",
            "erfc",
            "expm1",
            "fmod",
            "identity",
            "lgamma",
            "digamma",
            "polygamma",
            "linear_interpolate",
            "log10",
            "log1p",
            "log2",
            "maximum",
            "minimum",
            "prod",
            "rsqrt",
            "scale",
            "sign",
            "squared_difference",
            "tensordot",
            "clipped_relu",
            "crelu",
            "elu",
            "hard_sigmoid",
            "maxout",
            "prelu",
            "relu6",
            "selu",
            "softplus",
            "swish",
            "gelu")) {
      assertTrue(names.contains(n), n + " missing");
    }
  }

  @Test
  void optionsReachTheFunctions() {
    Engine e = Engine.get();
    Variable x = new Variable(NdArrays.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3));
    assertArrayEquals(
        new double[] {1, 3, 6, 4, 9, 15},
        e.function("cumsum").apply(Map.of("axis", 1), x)[0].array().toDoubleArray(),
        1e-12);
    assertArrayEquals(
        new double[] {4, 10, 18},
        e.function("prod").apply(Map.of("axis", 0), x)[0].array().toDoubleArray(),
        1e-12);
    assertArrayEquals(
        new double[] {2, 2, 3, 4, 4, 4},
        e.function("clip").apply(Map.of("x_min", 2.0, "x_max", 4.0), x)[0].array().toDoubleArray(),
        1e-12);
    assertArrayEquals(
        new int[] {2, 2}, e.function("argmax").apply(Map.of("axis", 1), x)[0].array().toIntArray());
    assertArrayEquals(
        new double[] {14, 32, 32, 77},
        e.function("einsum")
            .apply(Map.of("subscripts", "ij,kj->ik"), x, x)[0]
            .array()
            .toDoubleArray(),
        1e-12);
    assertArrayEquals(
        new double[] {3, 6},
        e.function("maxout").apply(Map.of("pool_size", 3), x)[0].array().toDoubleArray(),
        1e-12);
  }
}
