package dl.training.datasets;

import java.util.function.Function;

/**
 * Applies a function to each example on access (Chainer's {@code TransformDataset}).
 *
 * <pre>{@code
 * Dataset<Object[]> flipped = new TransformDataset<>(train, ex -> augment(ex));
 * }</pre>
 */
public final class TransformDataset<E, R> implements Dataset<R> {
  private final Dataset<E> dataset;
  private final Function<? super E, ? extends R> transform;

  public TransformDataset(Dataset<E> dataset, Function<? super E, ? extends R> transform) {
    this.dataset = dataset;
    this.transform = transform;
  }

  @Override
  public int size() {
    return dataset.size();
  }

  @Override
  public R get(int i) {
    return transform.apply(dataset.get(i));
  }
}
