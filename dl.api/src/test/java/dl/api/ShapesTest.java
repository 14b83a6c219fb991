package dl.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShapesTest {
  @Test
  void broadcastFollowsNumPy() {
    assertArrayEquals(new int[] {3, 4}, Shapes.broadcast(new int[] {3, 1}, new int[] {4}));
    assertArrayEquals(new int[] {2, 3, 4}, Shapes.broadcast(new int[] {2, 1, 4}, new int[] {3, 1}));
    assertArrayEquals(new int[] {5}, Shapes.broadcast(new int[] {}, new int[] {5}));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Shapes.broadcast(new int[] {2, 3}, new int[] {4}));
    assertEquals("shapes (2, 3) and (4,) cannot be broadcast together", e.getMessage());
  }

  @Test
  void broadcastsTo() {
    assertTrue(Shapes.broadcastsTo(new int[] {1, 4}, new int[] {3, 4}));
    assertTrue(Shapes.broadcastsTo(new int[] {}, new int[] {3, 4}));
    assertFalse(Shapes.broadcastsTo(new int[] {3, 4}, new int[] {4}));
    assertFalse(Shapes.broadcastsTo(new int[] {2}, new int[] {3}));
  }

  @Test
  void axesAreNormalisedAndChecked() {
    assertEquals(2, Shapes.axis("f", -1, 3));
    assertArrayEquals(new int[] {0, 2}, Shapes.axes("f", new int[] {2, -3}, 3));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Shapes.axis("sum", 3, 3));
    assertTrue(e.getMessage().startsWith("sum: axis 3 is out of range"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Shapes.axes("f", new int[] {1, -2}, 3));
  }

  @Test
  void reducedShapesStridesAndText() {
    assertArrayEquals(new int[] {2, 4}, Shapes.reduced(new int[] {2, 3, 4}, new int[] {1}, false));
    assertArrayEquals(
        new int[] {2, 1, 4}, Shapes.reduced(new int[] {2, 3, 4}, new int[] {1}, true));
    assertArrayEquals(new int[] {12, 4, 1}, Shapes.strides(new int[] {2, 3, 4}));
    assertEquals("()", Shapes.str());
    assertEquals("(5,)", Shapes.str(5));
    assertEquals(24, Shapes.size(2, 3, 4));
    assertEquals(1, Shapes.size());
    assertThrows(IllegalArgumentException.class, () -> Shapes.of("zeros", 2, -1));
    assertThrows(IllegalArgumentException.class, () -> Shapes.size(1 << 16, 1 << 16));
    // HotSpot refuses new float[Integer.MAX_VALUE - 1] ("Requested array size exceeds VM limit")
    // and - 2 without compressed class pointers: such sizes fail here, with the shape.
    assertEquals(Integer.MAX_VALUE - 8, Shapes.size(Integer.MAX_VALUE - 8));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Shapes.size(Integer.MAX_VALUE - 2));
    assertEquals(
        "shape (2147483645,) has more elements than one array can hold (at most 2147483639)",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Shapes.size(1 << 30, 2));
    assertThrows(
        IllegalArgumentException.class, () -> Shapes.size(1 << 30, 1 << 30, 1 << 30, 1 << 30));
    assertArrayEquals(new int[] {0, 1, 2}, Shapes.allAxes(3));
  }
}
