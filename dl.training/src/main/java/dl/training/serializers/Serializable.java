package dl.training.serializers;

/**
 * An object whose state is visited by a {@link Serializer} (Chainer's {@code serialize(serializer)}
 * protocol): the same method saves and loads, as in {@code epoch = s.value("epoch", epoch)}.
 *
 * <pre>{@code
 * class Counter implements Serializable {
 *   long count;
 *   public void serialize(Serializer s) { count = s.value("count", count); }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface Serializable {
  /** Saves this object's state into {@code s}, or loads it from {@code s}. */
  void serialize(Serializer s);
}
