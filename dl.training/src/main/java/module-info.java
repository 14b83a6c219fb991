/**
 * Catena's training stack (Chainer's {@code chainer.training}, {@code chainer.iterators}, {@code
 * chainer.dataset(s)} and {@code chainer.serializers}): datasets and the standard data sets,
 * iterators, the {@code Trainer} with updaters, extensions and triggers, and {@code .npz}
 * serialization compatible with NumPy and Chainer. It depends on {@code dl.api} only; plots use
 * {@code java.desktop}'s ImageIO, JSON is written and read by a small in-module codec.
 */
module dl.training {
  requires transitive dl.api;
  requires static java.desktop; // only PlotReport draws; a trimmed image may leave it out

  exports dl.training;
  exports dl.training.datasets;
  exports dl.training.extensions;
  exports dl.training.iterators;
  exports dl.training.serializers;
  exports dl.training.triggers;
}
