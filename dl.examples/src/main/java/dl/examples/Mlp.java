package dl.examples;

import dl.api.Chain;
import dl.api.Variable;
import dl.functions.F;
import dl.links.Linear;

/**
 * Chainer's {@code train_mnist.py} MLP: three linear layers with ReLU in between, input size
 * inferred on the first call.
 *
 * <pre>{@code
 * Mlp mlp = new Mlp(1000, 10);
 * Variable logits = mlp.call(x);
 * }</pre>
 */
public final class Mlp extends Chain {
  private final Linear l1;
  private final Linear l2;
  private final Linear l3;

  public Mlp(int units, int outputs) {
    l1 = addLink("l1", new Linear(units));
    l2 = addLink("l2", new Linear(units));
    l3 = addLink("l3", new Linear(outputs));
  }

  @Override
  protected Variable forward(Variable... x) {
    Variable h1 = F.relu(l1.call(x[0]));
    Variable h2 = F.relu(l2.call(h1));
    return l3.call(h2);
  }
}
