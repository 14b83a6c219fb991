package dl.plugins.mish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.api.spi.Engine;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryTest {
  @Test
  void foundByNameWithTheFacadesValues() {
    Variable x = new Variable(NdArrays.of(new double[] {-2, 0, 1.5, 30}, 4), "x", true);
    Variable y = Engine.get().function("mish").apply(Map.of(), x)[0];
    double[] expected = {
      -2 * Math.tanh(Math.log1p(Math.exp(-2))), 0, 1.5 * Math.tanh(Math.log1p(Math.exp(1.5))), 30
    };
    assertArrayEquals(expected, y.array().toDoubleArray(), 1e-12);
    assertArrayEquals(expected, FMish.mish(x).array().toDoubleArray(), 1e-12);
    assertTrue(Engine.get().registeredNames(dl.api.spi.FunctionProvider.class).contains("mish"));
  }

  @Test
  void integerInputIsRejectedWithExpectedAndActual() {
    Variable x = new Variable(NdArrays.of(new int[] {1, 2}, 2), "x", false);
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> FMish.mish(x));
    assertEquals(
        "mish: invalid argument x (input 0)\nExpect: x.dtype.kind == f\nActual: x.dtype == int32",
        e.getMessage());
  }
}
