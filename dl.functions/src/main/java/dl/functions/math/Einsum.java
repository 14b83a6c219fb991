package dl.functions.math;

import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.ArrayList;
import java.util.List;

/**
 * Einstein summation (Chainer's {@code einsum}), a practical subset: subscripts of letters, one
 * group per operand, with an explicit output after {@code "->"} or, without it, NumPy's implicit
 * output (the letters used once, sorted). An index shared by operands must have one size; indices
 * absent from the output are summed. An index repeated within one operand takes the diagonal
 * ({@code "ii->i"}, or the trace {@code "ii->"}). Not supported (refused with an error): {@code
 * "..."} (ellipsis broadcasting).
 *
 * <p>Every operand is aligned to a common index order and the aligned operands are multiplied with
 * broadcasting before the sum, so memory grows with the product of all index sizes: use {@code
 * matmul} or {@code tensordot} for large contractions. A composite, differentiable any number of
 * times.
 *
 * <pre>{@code
 * Variable c = F.einsum("ij,jk->ik", a, b);
 * Variable t = F.einsum("bij->bji", x);
 * Variable tr = F.einsum("ii", m);   // the trace
 * }</pre>
 */
public final class Einsum {
  private Einsum() {}

  /** Registered as {@code "einsum"}; any number of inputs; option {@code subscripts} (String). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "einsum",
        (o, in) ->
            new Variable[] {apply(dl.functions.internal.Opts.string(o, "subscripts", ""), in)});
  }

  /** The contraction described by {@code subscripts}. */
  public static Variable apply(String subscripts, Variable... operands) {
    String fn = "einsum";
    String s = subscripts.replace(" ", "");
    if (s.contains(".")) {
      throw InvalidTypeException.of(
          fn, "subscripts", 0, "subscripts without '...' (not supported)", s);
    }
    int arrow = s.indexOf("->");
    String[] ins = (arrow < 0 ? s : s.substring(0, arrow)).split(",", -1);
    if (ins.length != operands.length) {
      throw InvalidTypeException.of(
          fn,
          "subscripts",
          0,
          operands.length + " operand subscript groups",
          ins.length + " in \"" + s + "\"");
    }
    List<Character> letters = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    int[] uses = new int[128];
    Variable[] ops = operands.clone();
    for (int i = 0; i < ins.length; i++) {
      Check.floating(fn, "operands[" + i + "]", i, operands[i].array());
      Check.sameDtype(
          fn, "operands[0]", operands[0].array(), "operands[" + i + "]", i, operands[i].array());
      String g = ins[i];
      int[] shape = operands[i].shape();
      if (g.length() != shape.length) {
        throw InvalidTypeException.of(
            fn,
            "operands[" + i + "]",
            i,
            "ndim == " + g.length() + " (subscripts \"" + g + "\")",
            "shape " + Shapes.str(shape));
      }
      for (int k = 0; k < g.length(); k++) {
        char c = g.charAt(k);
        if (!Character.isLetter(c) || c >= 128) {
          throw InvalidTypeException.of(
              fn, "subscripts", 0, "letters, ',' and '->'", "\"" + g + "\" at '" + c + "'");
        }
        uses[c]++; // counted before diagonals, so the implicit output of "ii" is the trace
      }
      // A repeated letter: keep the diagonal of its two axes, dropping the second.
      for (int q = 1; q < g.length(); q++) {
        int p = g.indexOf(g.charAt(q));
        if (p < q) {
          if (shape[p] != shape[q]) {
            throw InvalidTypeException.of(
                fn,
                "operands[" + i + "]",
                i,
                "equal sizes for the repeated index '" + g.charAt(q) + "'",
                "shape " + Shapes.str(shape));
          }
          ops[i] = diagonal(ops[i], p, q);
          shape = ops[i].shape();
          g = g.substring(0, q) + g.substring(q + 1);
          ins[i] = g;
          q--;
        }
      }
      for (int k = 0; k < g.length(); k++) {
        char c = g.charAt(k);
        int at = letters.indexOf(c);
        if (at < 0) {
          letters.add(c);
          sizes.add(shape[k]);
        } else if (sizes.get(at) != shape[k]) {
          throw InvalidTypeException.of(
              fn,
              "operands[" + i + "]",
              i,
              "size " + sizes.get(at) + " for index '" + c + "'",
              "size " + shape[k] + " (shape " + Shapes.str(shape) + ")");
        }
      }
    }
    String out;
    if (arrow >= 0) {
      out = s.substring(arrow + 2);
    } else {
      StringBuilder b = new StringBuilder();
      for (char c = 0; c < 128; c++) {
        if (uses[c] == 1) {
          b.append(c);
        }
      }
      out = b.toString();
    }
    // Order: the output's letters first, then the summed ones, so no final transpose is needed.
    List<Character> order = new ArrayList<>();
    for (int k = 0; k < out.length(); k++) {
      char c = out.charAt(k);
      if (!letters.contains(c) || order.contains(c)) {
        throw InvalidTypeException.of(
            fn,
            "subscripts",
            0,
            "output letters distinct and used by an operand",
            "\"" + out + "\"");
      }
      order.add(c);
    }
    for (char c : letters) {
      if (!order.contains(c)) {
        order.add(c);
      }
    }
    Variable prod = null;
    for (int i = 0; i < operands.length; i++) {
      Variable v = align(ops[i], ins[i], order);
      prod = prod == null ? v : F.mul(prod, v);
    }
    int nSum = order.size() - out.length();
    if (nSum == 0) {
      return prod;
    }
    int[] axes = new int[nSum];
    for (int k = 0; k < nSum; k++) {
      axes[k] = out.length() + k;
    }
    return F.sum(prod, axes, false);
  }

  /**
   * The diagonal of axes {@code p < q} of {@code x}, as axis {@code p}: a masked sum over {@code
   * q}.
   */
  private static Variable diagonal(Variable x, int p, int q) {
    int n = x.shape()[p];
    double[] eye = new double[n * n];
    for (int k = 0; k < n; k++) {
      eye[k * n + k] = 1;
    }
    int[] ms = new int[x.ndim()];
    java.util.Arrays.fill(ms, 1);
    ms[p] = n;
    ms[q] = n;
    var b = x.array().backend();
    NdArray mask = b.astype(b.fromArray(eye, n, n), x.dtype()).reshape(ms);
    return F.sum(F.mul(x, Variable.constant(mask)), new int[] {q}, false);
  }

  /** {@code x} transposed to {@code order} with size-1 axes for the letters it lacks. */
  private static Variable align(Variable x, String g, List<Character> order) {
    int[] perm = new int[g.length()];
    int[] shape = new int[order.size()];
    int j = 0;
    for (int k = 0; k < order.size(); k++) {
      int at = g.indexOf(order.get(k));
      if (at >= 0) {
        perm[j++] = at;
        shape[k] = x.shape()[at];
      } else {
        shape[k] = 1;
      }
    }
    return F.reshape(F.transpose(x, perm), shape);
  }
}
