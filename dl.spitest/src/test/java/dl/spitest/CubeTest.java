package dl.spitest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.api.spi.FunctionProvider;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The plugin's function, found by name through the engine's registry and tested by the kit. */
class CubeTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -2, 2, 3, 4)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return Engine.get().function("cube").apply(Map.of(), in);
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {in[0].map(v -> v * v * v)};
  }

  @Test
  void foundByNameAmongRegisteredFunctions() {
    assertTrue(Engine.get().registeredNames(FunctionProvider.class).contains("cube"));
    Variable x = new Variable(NdArrays.of(new float[] {-1, 2}, 2));
    Variable y = Engine.get().function("cube").apply(Map.of(), x)[0];
    assertArrayEquals(new float[] {-1, 8}, y.array().toFloatArray());
    y.setGrad(NdArrays.of(new float[] {1, 1}, 2));
    y.backward();
    assertArrayEquals(new float[] {3, 12}, x.grad().toFloatArray());
    assertEquals(Cube.class.getModule().getName(), "dl.spitest");
  }

  @Test
  void integerInputIsRejectedBeforeForward() {
    Variable t = new Variable(NdArrays.of(new int[] {1, 2}, 2), null, false);
    InvalidTypeException e =
        assertThrows(
            InvalidTypeException.class, () -> Engine.get().function("cube").apply(Map.of(), t));
    assertTrue(e.getMessage().contains("cube") && e.getMessage().contains("int32"), e.getMessage());
  }
}
