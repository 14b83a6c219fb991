package dl.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.NdArray;
import dl.training.datasets.ConcatenatedDataset;
import dl.training.datasets.Converters;
import dl.training.datasets.Dataset;
import dl.training.datasets.Datasets;
import dl.training.datasets.DictDataset;
import dl.training.datasets.SubDataset;
import dl.training.datasets.TransformDataset;
import dl.training.datasets.TupleDataset;
import dl.training.serializers.HostArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetsTest {
  static List<Integer> values(Dataset<Integer> d) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < d.size(); i++) {
      out.add(d.get(i));
    }
    return out;
  }

  @Test
  void tupleAndDictDatasetsZipColumns() {
    HostArray x = HostArray.of(new float[] {1, 2, 3, 4, 5, 6}, 3, 2);
    HostArray t = HostArray.of(new int[] {7, 8, 9}, 3);
    TupleDataset ds = new TupleDataset(x, t);
    assertEquals(3, ds.size());
    Object[] e = ds.get(1);
    assertArrayEquals(new float[] {3, 4}, (float[]) ((HostArray) e[0]).data());
    assertEquals(8, ((HostArray) e[1]).getDouble(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TupleDataset(x, HostArray.of(new int[] {1, 2}, 2)));
    assertThrows(IndexOutOfBoundsException.class, () -> ds.get(3));
    DictDataset dd = new DictDataset(Map.of("x", x));
    assertArrayEquals(new float[] {5, 6}, (float[]) dd.get(2).get("x").data());
  }

  @Test
  void splitsFollowChainer() {
    Dataset<Integer> d = IteratorTest.range(10);
    List<Dataset<Integer>> two = Datasets.splitDataset(d, 3, null);
    assertEquals(List.of(1, 2, 3), values(two.get(0)));
    assertEquals(7, two.get(1).size());
    List<Dataset<Integer>> r1 = Datasets.splitDatasetRandom(d, 4, 42);
    List<Dataset<Integer>> r2 = Datasets.splitDatasetRandom(d, 4, 42);
    assertEquals(values(r1.get(0)), values(r2.get(0)));
    List<Integer> all = new ArrayList<>(values(r1.get(0)));
    all.addAll(values(r1.get(1)));
    all.sort(null);
    assertEquals(values(d), all);
    List<Dataset<Integer>> n = Datasets.splitDatasetN(d, 3, null);
    assertEquals(List.of(1, 2, 3), values(n.get(0)));
    assertEquals(
        List.of(7, 8, 9), values(n.get(2))); // the remainder (10) is dropped, as in Chainer
  }

  @Test
  void crossValidationRotatesTheFoldsLikeChainer() {
    // Chainer: get_cross_validation_datasets(range(1..5), 2) → test folds [4,5]... computed by
    // hand:
    // borders [0, 2, 5], test sizes [2, 3]; reversed: first split keeps 5-3=2 for training.
    List<List<Dataset<Integer>>> cv =
        Datasets.crossValidationDatasets(IteratorTest.range(5), 2, null);
    assertEquals(List.of(1, 2), values(cv.get(0).get(0)));
    assertEquals(List.of(3, 4, 5), values(cv.get(0).get(1)));
    assertEquals(List.of(3, 4, 5), values(cv.get(1).get(0)));
    assertEquals(List.of(1, 2), values(cv.get(1).get(1)));
  }

  @Test
  void subTransformAndConcatenated() {
    Dataset<Integer> d = IteratorTest.range(5);
    assertEquals(List.of(5, 3), values(new SubDataset<>(d, 1, 3, new int[] {0, 4, 2, 1, 3})));
    assertEquals(List.of(10, 20, 30, 40, 50), values(new TransformDataset<>(d, v -> v * 10)));
    assertEquals(
        List.of(1, 2, 3, 4, 5, 1, 2),
        values(new ConcatenatedDataset<>(List.of(d, IteratorTest.range(2)))));
  }

  @Test
  void concatExamplesStacksAndPads() {
    List<Object[]> batch =
        List.of(
            new Object[] {
              HostArray.of(new float[] {1, 2}, 2), HostArray.of(new int[] {3}, new int[0])
            },
            new Object[] {
              HostArray.of(new float[] {4, 5}, 2), HostArray.of(new int[] {6}, new int[0])
            });
    NdArray[] out = (NdArray[]) Converters.concatExamples(batch, null, null);
    assertArrayEquals(new int[] {2, 2}, out[0].shape());
    assertEquals(DType.FLOAT32, out[0].dtype());
    assertArrayEquals(new float[] {1, 2, 4, 5}, out[0].toFloatArray());
    assertEquals(DType.INT32, out[1].dtype());
    assertArrayEquals(new int[] {3, 6}, out[1].toIntArray());
    List<HostArray> ragged =
        List.of(HostArray.of(new int[] {1, 2, 3}, 3), HostArray.of(new int[] {4}, 1));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Converters.concatExamples(ragged, null, null));
    assertTrue(e.getMessage().contains("padding"), e.getMessage());
    NdArray padded = (NdArray) Converters.concatExamples(ragged, null, -1.0);
    assertArrayEquals(new int[] {1, 2, 3, 4, -1, -1}, padded.toIntArray());
  }
}
