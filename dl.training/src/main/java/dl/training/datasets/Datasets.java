package dl.training.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Splitting helpers (Chainer's {@code split_dataset*} and {@code get_cross_validation_datasets*}).
 *
 * <pre>{@code
 * List<Dataset<Object[]>> parts = Datasets.splitDatasetRandom(train, 50000, 0L);
 * Dataset<Object[]> training = parts.get(0), validation = parts.get(1);
 * }</pre>
 */
public final class Datasets {
  private Datasets() {}

  /** The first {@code firstSize} examples (through {@code order} if given) and the rest. */
  public static <E> List<Dataset<E>> splitDataset(Dataset<E> d, int firstSize, int[] order) {
    int n = d.size();
    if (firstSize < 0 || firstSize > n) {
      throw new IllegalArgumentException(
          "splitDataset: firstSize " + firstSize + " is outside [0, " + n + "]");
    }
    return List.of(
        new SubDataset<>(d, 0, firstSize, order), new SubDataset<>(d, firstSize, n, order));
  }

  /** Like {@link #splitDataset} through a permutation drawn from {@code seed}. */
  public static <E> List<Dataset<E>> splitDatasetRandom(Dataset<E> d, int firstSize, long seed) {
    return splitDataset(d, firstSize, permutation(d.size(), new Random(seed)));
  }

  /**
   * {@code n} parts of {@code size / n} examples each; the last {@code size % n} examples are
   * dropped, as in Chainer.
   */
  public static <E> List<Dataset<E>> splitDatasetN(Dataset<E> d, int n, int[] order) {
    if (n <= 0) {
      throw new IllegalArgumentException("splitDatasetN: n must be positive, got " + n);
    }
    int sub = d.size() / n;
    List<Dataset<E>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new SubDataset<>(d, sub * i, sub * (i + 1), order));
    }
    return out;
  }

  /** {@link #splitDatasetN} through a permutation drawn from {@code seed}. */
  public static <E> List<Dataset<E>> splitDatasetNRandom(Dataset<E> d, int n, long seed) {
    return splitDatasetN(d, n, permutation(d.size(), new Random(seed)));
  }

  /**
   * {@code n} (train, test) pairs in Chainer's order: fold borders at {@code size·i/n}; the order
   * is rotated so that each pair's test part is the tail of its order.
   */
  public static <E> List<List<Dataset<E>>> crossValidationDatasets(
      Dataset<E> d, int n, int[] order) {
    if (n <= 0) {
      throw new IllegalArgumentException("crossValidationDatasets: n must be positive, got " + n);
    }
    int whole = d.size();
    int[] ord = order == null ? identity(whole) : order.clone();
    int[] testSizes = new int[n];
    for (int i = 0; i < n; i++) {
      testSizes[i] = (int) ((long) whole * (i + 1) / n - (long) whole * i / n);
    }
    List<List<Dataset<E>>> out = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) {
      int test = testSizes[i];
      out.add(splitDataset(d, whole - test, ord));
      int[] next = new int[whole];
      System.arraycopy(ord, whole - test, next, 0, test); // the tail moves to the front
      System.arraycopy(ord, 0, next, test, whole - test);
      ord = next;
    }
    return out;
  }

  /** {@link #crossValidationDatasets} through a permutation drawn from {@code seed}. */
  public static <E> List<List<Dataset<E>>> crossValidationDatasetsRandom(
      Dataset<E> d, int n, long seed) {
    return crossValidationDatasets(d, n, permutation(d.size(), new Random(seed)));
  }

  static int[] identity(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    return p;
  }

  /** A uniformly random permutation of {@code 0..n-1} (Fisher–Yates). */
  public static int[] permutation(int n, Random random) {
    int[] p = identity(n);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
