package dl.functions.rnn;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** n_step_rnn (tanh, relu) and n_step_birnn over sequences of lengths 3, 2, 2. */
class NStepRnnTest {
  @Nested
  class Tanh extends NStepCase {
    Tanh() {
      super(
          "n_step_rnn",
          new RnnRef("tanh", 2, false, new int[] {3, 3, 1}, 3, 2),
          Map.of("n_layers", 2));
    }
  }

  @Nested
  class Relu extends NStepCase {
    Relu() {
      super(
          "n_step_rnn",
          new RnnRef("relu", 1, false, new int[] {3, 2, 1}, 3, 3),
          Map.of("n_layers", 1, "activation", "relu"));
    }
  }

  @Nested
  class BiTanh extends NStepCase {
    BiTanh() {
      super(
          "n_step_birnn",
          new RnnRef("tanh", 2, true, new int[] {2, 1, 1}, 2, 2),
          Map.of("n_layers", 2, "activation", "tanh"));
    }
  }

  @Test
  void unknownActivationIsRejected() {
    Variable h = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> F.nStepRnn(1, 0, h, new Variable[1][2], new Variable[1][2], new Variable[0], "gelu"));
  }
}
