package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.api.Variable;
import dl.functions.rnn.NStepOutput;
import java.util.List;

/** NStepRNNReLU(1 layers, in 3, out 2) on sequences of lengths 2, 3, 1, initial states given. */
class NStepRNNReLUTest extends NStepCase {
  @Override
  protected Link createLink(DType dtype) {
    NStepRNNReLU l = new NStepRNNReLU(1, IN, OUT, 0.0);
    java.util.SplittableRandom r = new java.util.SplittableRandom(11);
    for (dl.api.Parameter p : l.params()) {
      if (p.name().startsWith("b")) {
        Ref.randomize(p, r, -0.5, 0.5);
      }
    }
    return l;
  }

  @Override
  Kind kind() {
    return Kind.RELU;
  }

  @Override
  int layers() {
    return 1;
  }

  @Override
  boolean bi() {
    return false;
  }

  @Override
  boolean withState() {
    return true;
  }

  @Override
  NStepOutput callNoCell(Link link, Variable hx, List<Variable> xs) {
    return ((NStepRNNReLU) link).call(hx, xs);
  }
}
