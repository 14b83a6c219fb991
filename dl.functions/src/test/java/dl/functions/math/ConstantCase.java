package dl.functions.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.DType;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * A harness case for a function of one array and a constant ({@code x + c}, {@code x * c}, {@code x
 * ** c}): inputs uniform in {@code [low, high)} of a given shape, or fixed values; the expected
 * output is {@code ref} applied to each input element in double.
 */
abstract class ConstantCase extends FunctionTestCase {
  private final UnaryOperator<Variable> f;
  private final DoubleUnaryOperator ref;
  private final double low;
  private final double high;
  private final double[] values;
  private final int[] shape;

  /** Inputs uniform in {@code [low, high)} with the given shape ({@code {}}: a 0-d array). */
  ConstantCase(
      UnaryOperator<Variable> f, DoubleUnaryOperator ref, double low, double high, int... shape) {
    this.f = f;
    this.ref = ref;
    this.low = low;
    this.high = high;
    this.values = null;
    this.shape = shape.clone();
  }

  /** The given input values as a vector. */
  ConstantCase(UnaryOperator<Variable> f, DoubleUnaryOperator ref, double[] values) {
    this.f = f;
    this.ref = ref;
    this.low = 0;
    this.high = 0;
    this.values = values.clone();
    this.shape = new int[] {values.length};
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    if (values == null) {
      return new TestArray[] {TestArray.uniform(rng, dtype, low, high, shape)};
    }
    double[] v = values.clone();
    for (int i = 0; i < v.length && dtype == DType.FLOAT32; i++) {
      v[i] = (float) v[i];
    }
    return new TestArray[] {TestArray.of(dtype, v, shape)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {f.apply(in[0])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {in[0].map(ref)};
  }

  /**
   * {@code f} refuses an int32 input before forward runs, with Chainer's message naming the
   * function {@code label}, the argument {@code x}, the expected dtype kind and the actual dtype.
   */
  static void refusesIntegers(String label, UnaryOperator<Variable> f) {
    Variable ints = new Variable(NdArrays.of(new int[] {1, 2, 3, 4}, 2, 2));
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> f.apply(ints));
    assertEquals(
        label
            + ": invalid argument x (input 0)\nExpect: x.dtype.kind == f\nActual: x.dtype == int32",
        e.getMessage());
  }

  /**
   * {@code f} records one node of class {@code type} labelled {@code label}, taking {@code x} as
   * its only input: the constant is the node's own, not a second, broadcast array.
   */
  static void recordsNode(
      Class<? extends FunctionNode> type, String label, UnaryOperator<Variable> f) {
    Variable x = new Variable(NdArrays.of(new float[] {1, 2, 3}, 3));
    FunctionNode node = f.apply(x).creator();
    assertInstanceOf(type, node, label);
    assertEquals(label, node.label());
    assertEquals(1, node.inputs().size(), label + " inputs");
  }

  /**
   * The function registered as {@code name}, called with {@code options} on a float32 {@code (2,
   * 3)} input, keeps the dtype and shape and gives {@code ref} of each element.
   */
  static void providerComputes(String name, Map<String, Object> options, DoubleUnaryOperator ref) {
    float[] x = {0.5f, 1, 1.5f, 2, 2.5f, 3};
    Variable in = new Variable(NdArrays.of(x, 2, 3));
    Variable y = Engine.get().function(name).apply(options, in)[0];
    assertEquals(DType.FLOAT32, y.dtype(), name);
    assertArrayEquals(new int[] {2, 3}, y.shape(), name);
    double[] expected = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      expected[i] = ref.applyAsDouble(x[i]);
    }
    assertArrayEquals(expected, y.array().toDoubleArray(), 1e-6, name);
  }
}
