package dl.functions.math;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Integer input and bad options are refused with the function's name, before forward runs. */
class BadInputTest {
  private static final Variable INTS = new Variable(NdArrays.of(new int[] {1, 2, 3, 4}, 2, 2));

  @Test
  void integerInputIsRefusedByName() {
    Map<String, Function<Variable, Variable>> fns =
        Map.ofEntries(
            Map.entry("absolute", F::absolute),
            Map.entry("arccos", F::arccos),
            Map.entry("arcsin", F::arcsin),
            Map.entry("arctan", F::arctan),
            Map.entry("arctanh", F::arctanh),
            Map.entry("cosh", F::cosh),
            Map.entry("sinh", F::sinh),
            Map.entry("erf", F::erf),
            Map.entry("erfc", F::erfc),
            Map.entry("expm1", F::expm1),
            Map.entry("log1p", F::log1p),
            Map.entry("log10", F::log10),
            Map.entry("log2", F::log2),
            Map.entry("rsqrt", F::rsqrt),
            Map.entry("lgamma", F::lgamma),
            Map.entry("digamma", F::digamma),
            Map.entry("floor", F::floor),
            Map.entry("ceil", F::ceil),
            Map.entry("sign", F::sign),
            Map.entry("argmax", x -> F.argmax(x)),
            Map.entry("cumsum", x -> F.cumsum(x)),
            Map.entry("cumprod", x -> F.cumprod(x)),
            Map.entry("prod", x -> F.prod(x)),
            Map.entry("clip", x -> F.clip(x, 0, 1)),
            Map.entry("elu", x -> F.elu(x)),
            Map.entry("softplus", x -> F.softplus(x)),
            Map.entry("gelu", x -> F.gelu(x)),
            Map.entry("hard_sigmoid", x -> F.hardSigmoid(x)),
            Map.entry("clipped_relu", x -> F.clippedRelu(x)),
            Map.entry("crelu", x -> F.crelu(x)));
    for (var e : fns.entrySet()) {
      InvalidTypeException ex =
          assertThrows(InvalidTypeException.class, () -> e.getValue().apply(INTS), e.getKey());
      assertTrue(ex.getMessage().contains(e.getKey()), e.getKey() + ": " + ex.getMessage());
      assertTrue(ex.getMessage().contains("int32"), e.getKey() + ": " + ex.getMessage());
    }
  }

  @Test
  void badOptionsAndAxesAreRefused() {
    Variable x = new Variable(NdArrays.of(new float[] {1, 2, 3, 4}, 2, 2));
    for (Runnable r :
        List.<Runnable>of(
            () -> F.clip(x, 1, 0),
            () -> F.clippedRelu(x, 0),
            () -> F.softplus(x, 0),
            () -> F.polygamma(-1, x),
            () -> F.cumsum(x, 2),
            () -> F.cumprod(x, -3),
            () -> F.prod(x, 2),
            () -> F.argmin(x, 5),
            () -> F.crelu(x, 2),
            () -> F.maxout(x, 0))) {
      assertThrows(InvalidTypeException.class, r::run);
    }
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> F.cumsum(x, 2));
    assertTrue(
        e.getMessage().contains("cumsum") && e.getMessage().contains("axis == 2"), e.getMessage());
  }
}
