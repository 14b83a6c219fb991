package dl.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.spi.Engine;
import dl.api.spi.VariableMath;
import org.junit.jupiter.api.Test;

/**
 * dl.api's tests run with neither an engine nor the function library: every call, not only the
 * first, gets the error that names the module to add (a throwing static initializer would leave
 * later calls only {@code NoClassDefFoundError: Could not initialize class}).
 */
class MissingProvidersTest {
  @Test
  void variableArithmeticWithoutDlFunctionsSaysSoOnEveryCall() {
    for (int call = 0; call < 3; call++) {
      IllegalStateException e = assertThrows(IllegalStateException.class, VariableMath::get);
      assertEquals(
          "Variable arithmetic needs the function library: add the module dl.functions to the"
              + " module path (in a plugin's tests: a test-scope dependency on dl.functions)",
          e.getMessage());
    }
  }

  @Test
  void noEngineSaysSoOnEveryCall() {
    for (int call = 0; call < 3; call++) {
      IllegalStateException e = assertThrows(IllegalStateException.class, Engine::get);
      assertTrue(e.getMessage().contains("add the module dl.engine"), e.getMessage());
    }
  }
}
