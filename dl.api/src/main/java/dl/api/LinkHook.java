package dl.api;

/**
 * Callbacks around a link's forward (Chainer's {@code LinkHook}): added to one link with {@link
 * Link#addHook}, or enabled for every link called on this thread within a block with {@link
 * #enable}. Hooks run in the order they were added, global ones first, the same order before and
 * after forward.
 *
 * <pre>{@code
 * LinkHook printer = new LinkHook() {
 *   public void forwardPostprocess(Link link, Variable[] in, Variable out) {
 *     System.out.println(link.path() + " -> " + Shapes.str(out.shape()));
 *   }
 * };
 * try (Scope s = LinkHook.enable(printer)) {
 *   model.call(x);
 * }
 * }</pre>
 */
public interface LinkHook {
  /** The name the hook is registered under; the class's simple name by default. */
  default String name() {
    return getClass().getSimpleName();
  }

  /** Called before {@code link}'s forward with its inputs. */
  default void forwardPreprocess(Link link, Variable[] inputs) {}

  /** Called after {@code link}'s forward with its inputs and output. */
  default void forwardPostprocess(Link link, Variable[] inputs, Variable output) {}

  /** Enables {@code hook} for every link called on this thread until the scope closes. */
  static Scope enable(LinkHook hook) {
    return Link.enableGlobal(hook);
  }
}
