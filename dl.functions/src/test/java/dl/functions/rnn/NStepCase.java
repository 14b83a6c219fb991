package dl.functions.rnn;

import dl.api.DType;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An n-step RNN checked through its registered provider (inputs {@code hx, [cx], ws, bs, xs}) and
 * the facade, against {@link RnnRef}.
 */
abstract class NStepCase extends FunctionTestCase {
  final RnnRef ref;
  final String name;
  final Map<String, Object> options;

  NStepCase(String name, RnnRef ref, Map<String, Object> options) {
    this.name = name;
    this.ref = ref;
    this.options = options;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return ref.inputs(dtype, rng);
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return Engine.get().function(name).apply(options, in);
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return ref.expected(in);
  }
}
