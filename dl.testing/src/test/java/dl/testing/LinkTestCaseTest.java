package dl.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.Link;
import dl.api.NdArrays;
import dl.api.Parameter;
import dl.api.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/**
 * The link harness itself, on a link defined here: y = W² · x with a (2, 3) parameter W; and the
 * same link with a 1% wrong gradient of W², which the harness must reject.
 */
class LinkTestCaseTest extends LinkTestCase {
  /** y = (factor-scaled square of W) · x. */
  static final class SquareScale extends Link {
    final Parameter w;
    final double factor;

    SquareScale(double factor) {
      this.factor = factor;
      double[] v = {0.5, -1.0, 1.5, 0.25, -0.75, 2.0};
      w = addParam("W", new Parameter(NdArrays.of(v, 2, 3).astype(dl.api.Config.dtype())));
    }

    @Override
    protected Variable forward(Variable... x) {
      Variable sq = new GradientCheckTest.Square(factor).applyOne(w);
      return new GradientCheckTest.Mul().applyOne(sq, x[0]);
    }
  }

  @Override
  protected Link createLink(DType dtype) {
    return new SquareScale(1);
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3)};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    TestArray w = param(link, "/W");
    double[] y = new double[6];
    for (int i = 0; i < 6; i++) {
      y[i] = w.data()[i] * w.data()[i] * in[0].data()[i];
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), y, 2, 3)};
  }

  /** The same case with a parameter gradient 1% off. */
  static final class Wrong extends LinkTestCaseTest {
    @Override
    protected Link createLink(DType dtype) {
      return new SquareScale(1.01);
    }
  }

  private static void runAll(Stream<DynamicNode> nodes) throws Throwable {
    for (DynamicNode n : nodes.toList()) {
      ((DynamicTest) n).getExecutable().execute();
    }
  }

  @Test
  void aWrongParameterGradientIsCaught() {
    AssertionError e = assertThrows(AssertionError.class, () -> runAll(new Wrong().linkTests()));
    assertTrue(e.getMessage().contains("gradient check"), e.getMessage());
    // The failure names the test case, the check, the backend and the dtype.
    assertTrue(e.getMessage().startsWith("Wrong backward [cpu, float64]: "), e.getMessage());
  }

  @Test
  void testNamesSayCheckBackendAndDtype() {
    List<String> names = new Wrong().linkTests().map(DynamicNode::getDisplayName).toList();
    List<String> expected = new ArrayList<>();
    for (dl.api.Device d : Backends.available()) {
      expected.add("forward [" + d + ", float32]");
      expected.add("forward [" + d + ", float64]");
      expected.add("backward [" + d + ", float64]");
    }
    assertEquals(expected, names);
    assertTrue(names.contains("backward [cpu, float64]"), names.toString());
  }
}
