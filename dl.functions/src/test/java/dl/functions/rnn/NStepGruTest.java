package dl.functions.rnn;

import java.util.Map;
import org.junit.jupiter.api.Nested;

/** n_step_gru and n_step_bigru over sequences of lengths 2, 2, 1. */
class NStepGruTest {
  @Nested
  class TwoLayers extends NStepCase {
    TwoLayers() {
      super(
          "n_step_gru",
          new RnnRef("gru", 2, false, new int[] {2, 2, 1}, 3, 2),
          Map.of("n_layers", 2));
    }
  }

  @Nested
  class Bi extends NStepCase {
    Bi() {
      super(
          "n_step_bigru",
          new RnnRef("gru", 2, true, new int[] {3, 1}, 2, 2),
          Map.of("n_layers", 2));
    }
  }
}
