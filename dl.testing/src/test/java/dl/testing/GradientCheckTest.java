package dl.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.Device;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The checker must pass correct gradients and catch wrong ones. */
class GradientCheckTest {
  /** y = x², with a backward that can be made wrong by a factor. */
  static final class Square extends FunctionNode {
    private final double factor;

    Square(double factor) {
      this.factor = factor;
    }

    @Override
    public NdArray[] forward(NdArray[] in) {
      retainInputs(0);
      return new NdArray[] {in[0].mul(in[0])};
    }

    @Override
    public Variable[] backward(int[] t, Variable[] gy) {
      Variable x = retainedInputs()[0];
      return new Variable[] {new Mul().applyOne(gy[0], new Scale(2 * factor).applyOne(x))};
    }
  }

  static final class Scale extends FunctionNode {
    private final double c;

    Scale(double c) {
      this.c = c;
    }

    @Override
    public NdArray[] forward(NdArray[] in) {
      return new NdArray[] {in[0].mul(c)};
    }

    @Override
    public Variable[] backward(int[] t, Variable[] gy) {
      return new Variable[] {new Scale(c).applyOne(gy[0])};
    }
  }

  static final class Mul extends FunctionNode {
    @Override
    public NdArray[] forward(NdArray[] in) {
      retainInputs(0, 1);
      return new NdArray[] {in[0].mul(in[1])};
    }

    @Override
    public Variable[] backward(int[] t, Variable[] gy) {
      Variable[] x = retainedInputs();
      return new Variable[] {new Mul().applyOne(gy[0], x[1]), new Mul().applyOne(gy[0], x[0])};
    }
  }

  private static NdArray[] input(DType dtype) {
    return new NdArray[] {
      TestArray.uniform(new SplittableRandom(3), dtype, -1, 1, 4, 3).to(Device.of("cpu").backend())
    };
  }

  private static NdArray[] gy(DType dtype) {
    return new NdArray[] {
      TestArray.uniform(new SplittableRandom(4), dtype, -1, 1, 4, 3).to(Device.of("cpu").backend())
    };
  }

  @Test
  void correctGradientPassesInBothDtypes() {
    for (DType d : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
      GradientCheck.checkBackward(
          x -> new Variable[] {new Square(1).applyOne(x)},
          input(d),
          gy(d),
          GradientCheck.options());
    }
  }

  @Test
  void wrongGradientFails() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                GradientCheck.checkBackward(
                    x -> new Variable[] {new Square(1.01).applyOne(x)},
                    input(DType.FLOAT64),
                    gy(DType.FLOAT64),
                    GradientCheck.options()));
    assertTrue(e.getMessage().contains("gradient check failed"), e.getMessage());
  }

  @Test
  void doubleBackwardPassesAndCatchesAWrongSecondDerivative() {
    NdArray[] ggx = gy(DType.FLOAT64);
    GradientCheck.checkDoubleBackward(
        x -> new Variable[] {new Square(1).applyOne(x)},
        input(DType.FLOAT64),
        gy(DType.FLOAT64),
        ggx,
        GradientCheck.doubleBackwardOptions());
    // First derivative right, second wrong: the scale inside backward has a wrong backward.
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                GradientCheck.checkDoubleBackward(
                    x -> new Variable[] {new BadSecondSquare().applyOne(x)},
                    input(DType.FLOAT64),
                    gy(DType.FLOAT64),
                    ggx,
                    GradientCheck.doubleBackwardOptions()));
    assertTrue(e.getMessage().contains("gradient check failed"), e.getMessage());
  }

  /** Scales by c but claims a derivative of 1.1·c. */
  static final class BadScale extends FunctionNode {
    @Override
    public NdArray[] forward(NdArray[] in) {
      return new NdArray[] {in[0].mul(2)};
    }

    @Override
    public Variable[] backward(int[] t, Variable[] gy) {
      return new Variable[] {new Scale(2.2).applyOne(gy[0])};
    }
  }

  /** x² whose first derivative is right and whose second derivative is wrong. */
  static final class BadSecondSquare extends FunctionNode {
    @Override
    public NdArray[] forward(NdArray[] in) {
      retainInputs(0);
      return new NdArray[] {in[0].mul(in[0])};
    }

    @Override
    public Variable[] backward(int[] t, Variable[] gy) {
      Variable x = retainedInputs()[0];
      return new Variable[] {new Mul().applyOne(gy[0], new BadScale().applyOne(x))};
    }
  }

  @Test
  void integerInputsMustNotGetGradients() {
    NdArray[] in = {
      input(DType.FLOAT64)[0],
      TestArray.integers(new SplittableRandom(1), 0, 3, 4, 3).to(Device.of("cpu").backend())
    };
    // The integer input is only an index here: multiply by it after casting outside the graph.
    GradientCheck.checkBackward(
        x ->
            new Variable[] {
              new Mul().applyOne(x[0], Variable.constant(x[1].array().astype(x[0].dtype())))
            },
        in,
        gy(DType.FLOAT64),
        GradientCheck.options());
  }
}
