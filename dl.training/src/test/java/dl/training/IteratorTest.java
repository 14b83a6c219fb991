package dl.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.training.datasets.Dataset;
import dl.training.iterators.MultithreadIterator;
import dl.training.iterators.SerialIterator;
import dl.training.iterators.ShuffleOrderSampler;
import dl.training.serializers.DictionaryDeserializer;
import dl.training.serializers.DictionarySerializer;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** SerialIterator's state machine, checked against the batches Chainer's test suite expects. */
class IteratorTest {
  /** The dataset 1..n. */
  static Dataset<Integer> range(int n) {
    return new Dataset<>() {
      @Override
      public int size() {
        return n;
      }

      @Override
      public Integer get(int i) {
        return i + 1;
      }
    };
  }

  @Test
  void sequentialRepeatFillsBatchesAcrossTheEpochBoundary() {
    SerialIterator<Integer> it = new SerialIterator<>(range(6), 4, true, false);
    assertNull(it.previousEpochDetail());
    assertEquals(List.of(1, 2, 3, 4), it.next());
    assertEquals(0, it.epoch());
    assertFalse(it.isNewEpoch());
    assertEquals(4 / 6.0, it.epochDetail(), 1e-12);
    assertEquals(0.0, it.previousEpochDetail());
    assertEquals(List.of(5, 6, 1, 2), it.next());
    assertEquals(1, it.epoch());
    assertTrue(it.isNewEpoch());
    assertEquals(1 + 2 / 6.0, it.epochDetail(), 1e-12);
    assertEquals(4 / 6.0, it.previousEpochDetail(), 1e-12);
    assertEquals(List.of(3, 4, 5, 6), it.next());
    assertEquals(2, it.epoch());
    assertTrue(it.isNewEpoch());
    assertEquals(2.0, it.epochDetail(), 1e-12);
    assertEquals(List.of(1, 2, 3, 4), it.next());
    assertFalse(it.isNewEpoch());
  }

  @Test
  void batchLargerThanTheDatasetSpansSeveralEpochs() {
    SerialIterator<Integer> it = new SerialIterator<>(range(2), 5, true, false);
    assertEquals(List.of(1, 2, 1, 2, 1), it.next());
    assertEquals(2, it.epoch());
    assertEquals(2.5, it.epochDetail(), 1e-12);
  }

  @Test
  void withoutRepeatTheLastBatchIsShortAndThenItStops() {
    SerialIterator<Integer> it = new SerialIterator<>(range(5), 2, false, false);
    assertEquals(List.of(1, 2), it.next());
    assertEquals(List.of(3, 4), it.next());
    assertEquals(List.of(5), it.next());
    assertTrue(it.isNewEpoch());
    assertFalse(it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
    it.reset();
    assertEquals(List.of(1, 2), it.next());
    assertEquals(0, it.epoch());
  }

  @Test
  void shuffleVisitsEveryExampleOncePerEpochInANewOrder() {
    SerialIterator<Integer> it =
        new SerialIterator<>(range(6), 3, true, null, new ShuffleOrderSampler(3));
    for (int epoch = 0; epoch < 3; epoch++) {
      int[] seen = new int[6];
      for (List<Integer> b : List.of(it.next(), it.next())) {
        for (int v : b) {
          seen[v - 1]++;
        }
      }
      assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1}, seen);
      assertTrue(it.isNewEpoch());
    }
  }

  @Test
  void serializedStateResumesWithTheSameBatches() {
    SerialIterator<Integer> a =
        new SerialIterator<>(range(7), 3, true, null, new ShuffleOrderSampler(11));
    a.next();
    a.next();
    DictionarySerializer s = new DictionarySerializer();
    a.serialize(s);
    assertTrue(
        s.target()
            .keySet()
            .containsAll(
                List.of(
                    "current_position",
                    "epoch",
                    "is_new_epoch",
                    "order",
                    "previous_epoch_detail")));
    SerialIterator<Integer> b =
        new SerialIterator<>(range(7), 3, true, null, new ShuffleOrderSampler(99));
    b.serialize(new DictionaryDeserializer(s.target(), "mem", "", true, false));
    assertEquals(a.epochDetail(), b.epochDetail());
    assertEquals(a.previousEpochDetail(), b.previousEpochDetail());
    for (int i = 0; i < 8; i++) { // across several epoch boundaries: the sampler resumes too
      assertEquals(a.next(), b.next());
      assertEquals(a.epoch(), b.epoch());
    }
  }

  @Test
  void defaultShuffleResumesExactlyThroughAnNpzFile(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    dl.api.Rng.seed(123);
    SerialIterator<Integer> a = new SerialIterator<>(range(30), 7);
    for (int i = 0; i < 9; i++) {
      a.next();
    }
    java.nio.file.Path f = dir.resolve("it.npz");
    dl.training.serializers.Npz.saveNpz(f, a, true);
    dl.api.Rng.seed(5);
    SerialIterator<Integer> b = new SerialIterator<>(range(30), 7);
    dl.training.serializers.Npz.loadNpz(f, b, "", true);
    for (int i = 0; i < 10; i++) {
      assertEquals(a.next(), b.next(), "batch " + (10 + i));
    }
  }

  @Test
  void multithreadIteratorYieldsTheSerialSequenceAndShutsDown() {
    SerialIterator<Integer> serial =
        new SerialIterator<>(range(10), 4, true, null, new ShuffleOrderSampler(5));
    List<List<Integer>> expected = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      expected.add(serial.next());
    }
    MultithreadIterator<Integer> mt;
    try (MultithreadIterator<Integer> it =
        new MultithreadIterator<>(range(10), 4, true, false, 3)) {
      mt = it;
      List<Integer> first = it.next();
      assertEquals(Arrays.asList(1, 2, 3, 4), first);
    }
    assertThrows(Exception.class, mt::next, "a closed iterator cannot prefetch");
    // Same sampler seed → same batches as SerialIterator.
    MultithreadIterator<Integer> shuffled =
        new MultithreadIterator<>(range(10), 4, true, null, new ShuffleOrderSampler(5), 2);
    try (shuffled) {
      for (List<Integer> e : expected) {
        assertEquals(e, shuffled.next());
      }
      assertEquals(serial.epochDetail(), shuffled.epochDetail(), 1e-12);
    }
  }
}
