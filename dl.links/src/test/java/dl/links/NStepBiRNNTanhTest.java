package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.api.Variable;
import dl.functions.rnn.NStepOutput;
import java.util.List;

/** NStepBiRNNTanh(1 layers, in 3, out 2) on sequences of lengths 2, 3, 1, zero states. */
class NStepBiRNNTanhTest extends NStepCase {
  @Override
  protected Link createLink(DType dtype) {
    NStepBiRNNTanh l = new NStepBiRNNTanh(1, IN, OUT, 0.0);
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
    return Kind.TANH;
  }

  @Override
  int layers() {
    return 1;
  }

  @Override
  boolean bi() {
    return true;
  }

  @Override
  boolean withState() {
    return false;
  }

  @Override
  NStepOutput callNoCell(Link link, Variable hx, List<Variable> xs) {
    return ((NStepBiRNNTanh) link).call(hx, xs);
  }
}
