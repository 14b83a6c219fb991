package dl.backend.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.Device;
import dl.api.NdArray;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deterministic release of a step's device memory, on a simulator-backed backend. */
class MemoryScopeTest {
  static CudaSimulator sim;
  static CudaBackend b;

  @BeforeAll
  static void start() {
    sim = CudaSimulator.start(1L << 30);
    b = new CudaBackend(Device.of("cuda", 7), sim);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void temporariesReturnToThePoolWhenTheScopeCloses() {
    // A backend (and pool) of its own: other tests' arrays are released by the garbage collector.
    CudaBackend b = new CudaBackend(Device.of("cuda", 7), sim);
    NdArray persistent = b.full(new int[] {256}, 1, DType.FLOAT32);
    long before = b.memoryPool().usedBytes();
    NdArray kept;
    NdArray temp;
    try (MemoryScope s = MemoryScope.open()) {
      temp = b.unary(dl.api.UnaryOp.EXP, persistent);
      kept = s.keep(b.binaryScalar(dl.api.BinaryOp.MUL, temp, 2, false));
      assertEquals(2 * 1024, s.allocatedBytes());
      assertEquals(before + 2 * 1024, b.memoryPool().usedBytes());
    }
    assertEquals(before + 1024, b.memoryPool().usedBytes(), "only the kept array survives");
    assertEquals(2 * Math.E, kept.getDouble(3), 1e-6);
    IllegalStateException e = assertThrows(IllegalStateException.class, temp::toFloatArray);
    assertTrue(e.getMessage().contains("memory scope closed"), e.getMessage());
  }

  @Test
  void reshapesShareTheirBufferAndAnInPlaceUpdateNeedsNoAllocation() {
    CudaBackend b = new CudaBackend(Device.of("cuda", 7), sim);
    NdArray x = b.arange(0, 6, DType.FLOAT64);
    long used = b.memoryPool().usedBytes();
    NdArray y = b.reshape(x, 2, 3);
    b.binaryInto(dl.api.BinaryOp.ADD, y, b.full(new int[] {3}, 1, DType.FLOAT64));
    assertEquals(used + 512, b.memoryPool().usedBytes()); // only the operand
    assertEquals(6, x.getDouble(5));
    assertEquals("cuda:7", b.device().toString());
  }

  @Test
  void mixingDevicesNamesBoth() {
    NdArray x = b.full(new int[] {2}, 1, DType.FLOAT32);
    NdArray other =
        new CudaBackend(Device.of("cuda", 3), sim).full(new int[] {2}, 1, DType.FLOAT32);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b.binary(dl.api.BinaryOp.ADD, x, other));
    assertTrue(
        e.getMessage().contains("cuda:3") && e.getMessage().contains("cuda:7"), e.getMessage());
  }

  @Test
  void outOfDeviceMemoryFreesTheCacheRetriesOnceThenNamesTheRequestAndThePool() {
    try (CudaSimulator small = CudaSimulator.start(64 * 1024)) {
      CudaBackend s = new CudaBackend(Device.of("cuda", 5), small);
      NdArray a = s.full(new int[] {8 * 1024}, 1, DType.FLOAT32); // 32 KiB
      try (MemoryScope scope = MemoryScope.open()) {
        s.full(new int[] {6 * 1024}, 1, DType.FLOAT32); // 24 KiB, cached after the scope
      }
      NdArray b = s.full(new int[] {7 * 1024}, 2, DType.FLOAT32); // fits once the cache is freed
      assertEquals(2, b.getDouble(0));
      OutOfMemoryError e =
          assertThrows(
              OutOfMemoryError.class, () -> s.full(new int[] {8 * 1024}, 1, DType.FLOAT32));
      assertTrue(
          e.getMessage().contains("requested 32768 bytes")
              && e.getMessage().contains("pool: 61440 bytes in use in 2 blocks"),
          e.getMessage());
      assertEquals(1, a.getDouble(0));
    }
  }
}
