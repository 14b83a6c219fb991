package dl.backend.cuda;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user-defined elementwise kernel from a short CUDA C expression, like CuPy's {@code
 * ElementwiseKernel}: parameters are declared as {@code "float32 x, float32 y"}, the operation
 * assigns the outputs, and the kernel runs over every index {@code i} of same-shaped arrays.
 * Third-party functions use it to add a GPU kernel without touching the backend.
 *
 * <pre>{@code
 * ElementwiseKernel squaredDiff = new ElementwiseKernel(
 *     "float32 x, float32 y", "float32 z", "z = (x - y) * (x - y)", "squared_diff");
 * String cudaC = squaredDiff.source();   // compiled with NVRTC on first launch
 * }</pre>
 */
public final class ElementwiseKernel {
  private static final Pattern PARAM = Pattern.compile("\\s*(float32|float64|int32)\\s+(\\w+)\\s*");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final List<String[]> inputs;
  private final List<String[]> outputs;
  private final String operation;
  private final String name;

  public ElementwiseKernel(String inParams, String outParams, String operation, String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "ElementwiseKernel: invalid name '" + name + "' (a C identifier)");
    }
    this.inputs = parse("inParams", inParams);
    this.outputs = parse("outParams", outParams);
    if (outputs.isEmpty()) {
      throw new IllegalArgumentException("ElementwiseKernel " + name + ": no output parameter");
    }
    if (operation.contains("}") || operation.contains("{")) {
      throw new IllegalArgumentException(
          "ElementwiseKernel " + name + ": the operation is a statement list without braces");
    }
    this.operation = operation;
    this.name = name;
  }

  private static List<String[]> parse(String what, String params) {
    List<String[]> out = new ArrayList<>();
    if (params.isBlank()) {
      return out;
    }
    for (String p : params.split(",")) {
      Matcher m = PARAM.matcher(p);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "ElementwiseKernel: "
                + what
                + " entry '"
                + p.trim()
                + "' must be 'TYPE NAME' with TYPE float32, float64 or int32");
      }
      out.add(new String[] {m.group(1), m.group(2)});
    }
    return out;
  }

  private static String ctype(String dtype) {
    return KernelSource.ctype(dl.api.DType.of(dtype));
  }

  /** The CUDA C source: inputs read at {@code i} into locals, outputs written back. */
  public String source() {
    StringBuilder sig = new StringBuilder();
    StringBuilder load = new StringBuilder();
    StringBuilder store = new StringBuilder();
    for (String[] p : inputs) {
      sig.append("const ").append(ctype(p[0])).append("* ").append(p[1]).append("_, ");
      load.append("    const ")
          .append(ctype(p[0]))
          .append(' ')
          .append(p[1])
          .append(" = ")
          .append(p[1])
          .append("_[i];\n");
    }
    for (String[] p : outputs) {
      sig.append(ctype(p[0])).append("* ").append(p[1]).append("_, ");
      load.append("    ").append(ctype(p[0])).append(' ').append(p[1]).append(";\n");
      store.append("    ").append(p[1]).append("_[i] = ").append(p[1]).append(";\n");
    }
    return "extern \"C\" __global__ void catena_user_"
        + name
        + "("
        + sig
        + "long long n) {\n"
        + "  for (long long i = blockIdx.x * (long long) blockDim.x + threadIdx.x; i < n;"
        + " i += (long long) blockDim.x * gridDim.x) {\n"
        + load
        + "    "
        + operation.trim()
        + (operation.trim().endsWith(";") ? "" : ";")
        + "\n"
        + store
        + "  }\n"
        + "}\n";
  }

  /** The kernel's symbol in the compiled module. */
  public String symbol() {
    return "catena_user_" + name;
  }
}
