package dl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Device;
import dl.api.spi.BackendProvider;
import dl.api.spi.Engine;
import dl.api.spi.FunctionProvider;
import org.junit.jupiter.api.Test;

class RegistryTest {
  @Test
  void engineIsFoundThroughServiceLoader() {
    assertEquals(DefaultEngine.class, Engine.get().getClass());
  }

  @Test
  void defaultDeviceIsTheAvailableBackendWithHighestPriority() {
    // cuda has the higher priority but reports itself unavailable here.
    assertTrue(Engine.get().registeredNames(BackendProvider.class).contains("cuda"));
    assertEquals(Device.of("cpu"), Engine.get().defaultDevice());
  }

  @Test
  void unavailableBackendSaysWhy() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Engine.get().backend(Device.of("cuda:0")));
    assertTrue(
        e.getMessage().contains("cuda:0") && e.getMessage().contains("unavailable"),
        e.getMessage());
  }

  @Test
  void unknownBackendListsTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Engine.get().backend(Device.of("tpu:0")));
    assertTrue(e.getMessage().contains("tpu") && e.getMessage().contains("cpu"), e.getMessage());
  }

  @Test
  void unknownFunctionNameIsAClearError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Engine.get().function("no_such_function"));
    assertTrue(e.getMessage().contains("no function named 'no_such_function'"), e.getMessage());
    assertTrue(Engine.get().registeredNames(FunctionProvider.class).isEmpty());
  }

  @Test
  void deviceSpecsParse() {
    assertEquals(Device.of("cuda", 1), Device.of("cuda:1"));
    assertEquals("cuda:0", Device.of("cuda").toString());
    assertEquals("cpu", Device.of("cpu:0").toString());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Device.of("cuda:x"));
    assertTrue(e.getMessage().contains("integer index"), e.getMessage());
  }

  @Test
  void anUnknownDeviceFailsAtOnceListingTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Device.of("nope"));
    assertTrue(
        e.getMessage().startsWith("Device.of: invalid argument spec\nExpect: a known backend")
            && e.getMessage().contains("cpu")
            && e.getMessage().contains("NAME:INDEX")
            && e.getMessage().contains("Actual: 'nope'"),
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Device.of("nope:1"));
    assertEquals("cpu", Device.of("cpu").toString());
  }
}
