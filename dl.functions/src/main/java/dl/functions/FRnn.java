package dl.functions;

/**
 * The recurrent functions of {@link F}. Users call them as {@code F.name(...)}; the facade is split
 * into one class per category so that each stays small (static methods are inherited by {@code F}).
 * Public only so that method references such as {@code F::relu} link; call through {@code F}.
 */
public abstract class FRnn extends FPooling {
  FRnn() {}
}
