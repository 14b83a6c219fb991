package dl.testing;

import dl.api.DType;
import dl.api.Variable;
import java.util.SplittableRandom;

/** The harness itself, run on a function defined here: y = x². */
class FunctionTestCaseTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {new GradientCheckTest.Square(1).applyOne(in[0])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {in[0].map(v -> v * v)};
  }

  @org.junit.jupiter.api.Test
  void testNamesSayCheckBackendAndDtype() {
    java.util.List<String> names =
        functionTests().map(org.junit.jupiter.api.DynamicNode::getDisplayName).toList();
    org.junit.jupiter.api.Assertions.assertTrue(
        names.containsAll(
            java.util.List.of(
                "forward [cpu, float32]",
                "backward [cpu, float64]",
                "double backward [cpu, float64]")),
        names.toString());
    org.junit.jupiter.api.Assertions.assertEquals(6 * Backends.available().size(), names.size());
  }
}
