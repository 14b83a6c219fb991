package dl.examples;

import dl.api.Chain;
import dl.api.Variable;
import dl.functions.F;
import dl.links.Convolution2D;
import dl.links.Linear;

/**
 * The small CNN of the anchors' PyTorch script: conv 1→32 3x3 pad 1, ReLU, max-pool 2; conv 32→64
 * 3x3 pad 1, ReLU, max-pool 2; linear 3136→128, ReLU; linear 128→10. Flat 784-pixel inputs are
 * viewed as 1×28×28 images.
 *
 * <pre>{@code
 * Variable logits = new Cnn().call(x);   // x: (N, 784) or (N, 1, 28, 28)
 * }</pre>
 */
public final class Cnn extends Chain {
  private final Convolution2D conv1;
  private final Convolution2D conv2;
  private final Linear fc1;
  private final Linear fc2;

  public Cnn() {
    conv1 = addLink("conv1", new Convolution2D(1, 32, 3, 1, 1));
    conv2 = addLink("conv2", new Convolution2D(32, 64, 3, 1, 1));
    fc1 = addLink("fc1", new Linear(64 * 7 * 7, 128));
    fc2 = addLink("fc2", new Linear(128, 10));
  }

  @Override
  protected Variable forward(Variable... x) {
    Variable h = x[0].ndim() == 4 ? x[0] : F.reshape(x[0], x[0].shape()[0], 1, 28, 28);
    h = F.maxPooling2d(F.relu(conv1.call(h)), 2);
    h = F.maxPooling2d(F.relu(conv2.call(h)), 2);
    return fc2.call(F.relu(fc1.call(h)));
  }

  @Override
  protected Chain newLike() {
    return new Cnn();
  }
}
