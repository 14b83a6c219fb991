package dl.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConfigTest {
  @Test
  void scopesRestoreThePreviousValue() {
    assertTrue(Config.train());
    try (Scope a = Config.testMode()) {
      assertFalse(Config.train());
      try (Scope b = Config.using(Config.Key.TRAIN, true)) {
        assertTrue(Config.train());
      }
      assertFalse(Config.train());
    }
    assertTrue(Config.train());
  }

  @Test
  void backpropModes() {
    try (Scope s = Config.noBackpropMode()) {
      assertFalse(Config.enableBackprop());
      try (Scope f = Config.forceBackpropMode()) {
        assertTrue(Config.enableBackprop());
      }
    }
    assertTrue(Config.enableBackprop());
  }

  @Test
  void valuesArePerThread() throws InterruptedException {
    AtomicBoolean seen = new AtomicBoolean();
    try (Scope s = Config.using(Config.Key.DTYPE, DType.FLOAT64)) {
      Thread t = new Thread(() -> seen.set(Config.dtype() == DType.FLOAT32));
      t.start();
      t.join();
      assertEquals(DType.FLOAT64, Config.dtype());
    }
    assertTrue(seen.get(), "another thread sees the global default");
  }

  @Test
  void wrongValueTypeIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Config.using(Config.Key.TRAIN, "yes"));
    assertTrue(e.getMessage().contains("Boolean"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Config.using(Config.Key.DTYPE, true));
  }

  @Test
  void dtypeNames() {
    assertEquals(DType.FLOAT64, DType.of("float64"));
    assertEquals("int32", DType.INT32.toString());
    assertEquals(4, DType.FLOAT32.itemSize());
    assertFalse(DType.INT32.isFloating());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DType.of("float16"));
    assertTrue(e.getMessage().contains("float16"), e.getMessage());
  }

  @Test
  void devicesParse() {
    assertEquals(Device.of("cuda", 2), Device.of("cuda:2"));
    assertEquals(Device.cpu(), Device.of("cpu"));
    assertEquals("cpu", Device.cpu().toString());
    assertEquals("cuda:0", Device.of("cuda:0").toString());
    assertThrows(IllegalArgumentException.class, () -> Device.of("cuda:-1"));
    assertThrows(IllegalArgumentException.class, () -> Device.of(":1"));
  }
}
