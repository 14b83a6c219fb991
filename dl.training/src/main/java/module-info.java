/**
 * Catena's training stack (Chainer's {@code chainer.training}, {@code chainer.iterators}, {@code
 * chainer.dataset(s)} and {@code chainer.serializers}): datasets and the standard data sets,
 * iterators, the {@code Trainer} with updaters, extensions and triggers, and {@code .npz}
 * serialization compatible with NumPy and Chainer. It depends on {@code dl.api} only; plots are
 * drawn and PNG-encoded in plain Java (no java.desktop), JSON by a small in-module codec.
 */
module dl.training {
  requires transitive dl.api;

  exports dl.training;
  exports dl.training.datasets;
  exports dl.training.extensions;
  exports dl.training.iterators;
  exports dl.training.serializers;
  exports dl.training.triggers;
}
