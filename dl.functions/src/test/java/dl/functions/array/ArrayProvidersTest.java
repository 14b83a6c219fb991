package dl.functions.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.NdArrays;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.api.spi.FunctionProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The array, loss and evaluation functions are registered by Chainer's names; options reach them.
 */
class ArrayProvidersTest {
  @Test
  void everyNameIsRegistered() {
    List<String> names = Engine.get().registeredNames(FunctionProvider.class);
    for (String n :
        List.of(
            "cast",
            "copy",
            "depth2space",
            "space2depth",
            "flatten",
            "flip",
            "hstack",
            "vstack",
            "dstack",
            "moveaxis",
            "pad",
            "pad_sequence",
            "permutate",
            "repeat",
            "resize_images",
            "rollaxis",
            "scatter_add",
            "select_item",
            "separate",
            "split_axis",
            "stack",
            "swapaxes",
            "tile",
            "transpose_sequence",
            "where",
            "im2col",
            // loss
            "absolute_error",
            "bernoulli_nll",
            "connectionist_temporal_classification",
            "contrastive",
            "gaussian_kl_divergence",
            "gaussian_nll",
            "hinge",
            "huber_loss",
            "mean_absolute_error",
            "sigmoid_cross_entropy",
            "squared_error",
            "triplet",
            "negative_sampling",
            // evaluation
            "binary_accuracy",
            "classification_summary",
            "precision",
            "recall",
            "f1_score",
            "r2_score")) {
      assertTrue(names.contains(n), n + " missing from " + names);
    }
  }

  @Test
  void optionsReachTheFunctions() {
    Engine e = Engine.get();
    Variable x = new Variable(NdArrays.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3));
    assertArrayEquals(
        new float[] {3, 2, 1, 6, 5, 4},
        e.function("flip").apply(Map.of("axis", 1), x)[0].array().toFloatArray());
    assertArrayEquals(
        new float[] {0, 0, 0, 0, 0, 0, 1, 2, 3, 0, 0, 4, 5, 6, 0, 0, 0, 0, 0, 0},
        e.function("pad").apply(Map.of("pad_width", 1), x)[0].array().toFloatArray());
    Variable[] parts =
        e.function("split_axis").apply(Map.of("indices_or_sections", 3, "axis", 1), x);
    assertEquals(3, parts.length);
    assertArrayEquals(new float[] {2, 5}, parts[1].array().toFloatArray());
    assertArrayEquals(
        new float[] {1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6},
        e.function("repeat").apply(Map.of("repeats", 2), x)[0].array().toFloatArray());
    assertArrayEquals(
        new float[] {4, 5, 6},
        e.function("get_item")
            .apply(Map.of("slices", List.of(Index.array(1))), x)[0]
            .array()
            .toFloatArray());
    Variable t = new Variable(NdArrays.of(new int[] {2, 0}, 2), null, false);
    assertArrayEquals(
        new float[] {3, 4},
        e.function("select_item").apply(Map.of(), x, t)[0].array().toFloatArray());
  }
}
