package dl.functions;

/**
 * The normalization functions of {@link F}. Users call them as {@code F.name(...)}; the facade is
 * split into one class per category so that each stays small (static methods are inherited by
 * {@code F}).
 */
public abstract class FNormalization extends FNoise {
  FNormalization() {}
}
