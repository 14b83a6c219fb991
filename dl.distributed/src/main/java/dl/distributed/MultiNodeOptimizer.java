package dl.distributed;

import dl.api.Link;
import dl.api.Optimizer;
import dl.api.Parameter;
import dl.api.UpdateRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ChainerMN's multi-node optimizer: before each update of the wrapped optimizer, every gradient is
 * replaced by its mean over the ranks. On the first update, and whenever the set of initialised
 * parameters changes (a lazily initialised link got its shape), rank 0's parameters are broadcast
 * to every rank instead and that update is skipped, so that all ranks start from the same model.
 *
 * <pre>{@code
 * Communicator comm = Communicators.create("flat");
 * Optimizer opt = MultiNodeOptimizer.create(new Adam(), comm).setup(model);
 * opt.update(() -> model.call(x, t));   // Optimizer's update(lossFunction) calls update()
 * }</pre>
 */
public final class MultiNodeOptimizer extends Optimizer {
  private final Optimizer actual;
  private final Communicator comm;
  private final boolean zeroFill;
  private List<String> lastParams = List.of();

  private MultiNodeOptimizer(Optimizer actual, Communicator comm, boolean zeroFill) {
    this.actual = actual;
    this.comm = comm;
    this.zeroFill = zeroFill;
  }

  /** Wraps {@code actual}; missing gradients count as zeros (ChainerMN's {@code zero_fill}). */
  public static MultiNodeOptimizer create(Optimizer actual, Communicator comm) {
    return create(actual, comm, true);
  }

  /** Wraps {@code actual}, with ChainerMN's {@code zero_fill} option. */
  public static MultiNodeOptimizer create(Optimizer actual, Communicator comm, boolean zeroFill) {
    if (actual instanceof MultiNodeOptimizer) {
      throw new IllegalArgumentException(
          "MultiNodeOptimizer.create: the optimizer is already a multi-node one");
    }
    return new MultiNodeOptimizer(actual, comm, zeroFill);
  }

  /** The wrapped optimizer. */
  public Optimizer actualOptimizer() {
    return actual;
  }

  /** The communicator. */
  public Communicator communicator() {
    return comm;
  }

  @Override
  public MultiNodeOptimizer setup(Link link) {
    super.setup(link); // this optimizer's target; the rules below are the wrapped optimizer's
    actual.setup(link);
    lastParams = List.of();
    return this;
  }

  @Override
  protected UpdateRule createUpdateRule() {
    return null; // setup() installs the wrapped optimizer's rules right after
  }

  /**
   * Averages the gradients already computed over the ranks and updates with the wrapped optimizer,
   * or broadcasts rank 0's parameters and skips the update when the parameter set changed.
   */
  @Override
  public void update() {
    Link target = target();
    if (isChanged(target)) {
      comm.bcastData(target);
      return;
    }
    comm.multiNodeMeanGrad(target, zeroFill);
    actual.setT(t());
    actual.setEpoch(epoch());
    actual.update();
    setT(actual.t());
  }

  @Override
  public void newEpoch() {
    super.newEpoch();
    actual.setEpoch(epoch());
  }

  private boolean isChanged(Link target) {
    List<String> now = new ArrayList<>();
    for (Map.Entry<String, Parameter> e : new TreeMap<>(target.namedParams()).entrySet()) {
      now.add(e.getKey() + (e.getValue().isInitialized() ? "" : " (uninitialised)"));
    }
    boolean changed = !now.equals(lastParams);
    lastParams = now;
    return changed;
  }
}
