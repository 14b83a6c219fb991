package dl.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.NdArrays;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.api.spi.FunctionProvider;
import dl.functions.array.Index;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Functions found by name through the engine's registry, with options. */
class ProviderTest {
  @Test
  void everyFunctionIsRegistered() {
    List<String> names = Engine.get().registeredNames(FunctionProvider.class);
    for (String n :
        List.of(
            "add",
            "sub",
            "mul",
            "div",
            "neg",
            "pow",
            "square",
            "sqrt",
            "exp",
            "log",
            "sin",
            "cos",
            "tan",
            "tanh",
            "sigmoid",
            "relu",
            "leaky_relu",
            "softmax",
            "log_softmax",
            "logsumexp",
            "sum",
            "mean",
            "max",
            "min",
            "broadcast_to",
            "sum_to",
            "reshape",
            "transpose",
            "expand_dims",
            "squeeze",
            "concat",
            "get_item",
            "matmul",
            "linear",
            "dropout",
            "softmax_cross_entropy",
            "mean_squared_error",
            "accuracy")) {
      assertTrue(names.contains(n), n + " missing from " + names);
    }
  }

  @Test
  void reluByName() {
    Variable x = new Variable(NdArrays.of(new float[] {-1, 2}, 2));
    Variable y = Engine.get().function("relu").apply(Map.of(), x)[0];
    assertArrayEquals(new float[] {0, 2}, y.array().toFloatArray());
  }

  @Test
  void optionsReachTheFunction() {
    Variable x = new Variable(NdArrays.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3));
    Engine e = Engine.get();
    assertArrayEquals(
        new float[] {5, 7, 9},
        e.function("sum").apply(Map.of("axis", 0), x)[0].array().toFloatArray());
    assertArrayEquals(
        new float[] {3, 6},
        e.function("max")
            .apply(Map.of("axis", List.of(1), "keepdims", true), x)[0]
            .array()
            .toFloatArray());
    assertArrayEquals(
        new float[] {1, 4, 9, 16, 25, 36},
        e.function("pow").apply(Map.of("exponent", 2), x)[0].array().toFloatArray());
    assertArrayEquals(
        new float[] {2, 5},
        e.function("get_item")
            .apply(Map.of("slices", new Index[] {Index.all(), Index.at(1)}), x)[0]
            .array()
            .toFloatArray());
    assertArrayEquals(
        new float[] {-0.2f, 2},
        e.function("leaky_relu")
            .apply(Map.of("slope", 0.2), new Variable(NdArrays.of(new float[] {-1, 2}, 2)))[0]
            .array()
            .toFloatArray(),
        1e-7f);
  }
}
