package dl.functions;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Device;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.functions.OnnxNodeRun.Unmapped;
import dl.testing.Backends;
import dl.testing.GradientCheck;
import dl.testing.onnx.OnnxCase;
import dl.testing.onnx.OnnxModel;
import dl.testing.onnx.OnnxNode;
import dl.testing.onnx.OnnxTensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Runs ONNX's backend node tests (v1.22.0) for every operator mapped in {@link OnnxOps}, on every
 * backend present, and compares with ONNX's tolerances ({@code |actual - expected| <= atol + rtol
 * |expected|}, rtol 1e-3, atol 1e-7). ONNX has no gradient data, so each mapped case's backward is
 * also checked numerically in float64 at its inputs. Prints a coverage table; every mapped case
 * must pass. The data is found through the system property {@code catena.conformance} (the folder
 * holding {@code onnx-v1.22.0}) or by walking up from the working directory to a {@code
 * shared/conformance}.
 */
class OnnxConformanceTest {
  static final double RTOL = 1e-3;
  static final double ATOL = 1e-7;

  /** Cases of one operator (or of multi-node graphs). */
  static final class Row {
    int total;
    int mapped;
    int passed;
    final TreeSet<String> reasons = new TreeSet<>();
  }

  /** Cases whose inputs sit where the function has no derivative, so backward is not checked. */
  static final Map<String, String> NO_GRADIENT_CHECK =
      Map.of(
          "leakyrelu_example", "an input at the kink 0",
          "elu_example", "an input at the kink 0 (alpha 2)",
          "selu_example", "an input at the kink 0 (alpha 2)",
          "floor_example", "an input at the jump 2",
          "sign", "an input at the jump 0",
          "pow", "a base 0 at the edge of the domain (log 0 in d/dy)",
          "reduce_min_default_axes_keepdims_example", "tied minima");

  static Path nodeDir() {
    String prop = System.getProperty("catena.conformance");
    if (prop != null) {
      return Path.of(prop, "onnx-v1.22.0", "node");
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path d = p.resolve("shared").resolve("conformance").resolve("onnx-v1.22.0").resolve("node");
      if (Files.isDirectory(d)) {
        return d;
      }
    }
    return null;
  }

  @Test
  void everyMappedCasePasses() throws Exception {
    Path dir = nodeDir();
    if (dir == null || !Files.isDirectory(dir)) {
      String prop = System.getProperty("catena.conformance");
      String where =
          prop != null
              ? dir + " (from -Dcatena.conformance) does not exist"
              : "no shared/conformance/onnx-v1.22.0/node in "
                  + Path.of("").toAbsolutePath()
                  + " or above it";
      String msg = "ONNX conformance data absent: " + where + "; skipping the conformance run";
      System.out.println(msg);
      assumeTrue(false, msg);
    }
    List<OnnxCase> cases = OnnxCase.all(dir);
    Map<String, Row> rows = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (OnnxCase c : cases) {
      List<OnnxNode> nodes = c.model().nodes();
      String key = nodes.size() == 1 ? nodes.get(0).opType() : "(multi-node graphs)";
      Row row = rows.computeIfAbsent(key, k -> new Row());
      row.total++;
      String failure = null;
      try {
        for (Device d : Backends.available()) {
          String f;
          try {
            f = run(c, d.backend());
          } catch (Unmapped u) {
            throw u;
          } catch (RuntimeException ex) {
            f = "threw " + ex;
          }
          if (f != null && failure == null) {
            failure = d + ": " + f;
          }
        }
      } catch (Unmapped u) {
        row.reasons.add(u.getMessage());
        continue;
      }
      row.mapped++;
      if (failure == null) {
        row.passed++;
      } else {
        failures.add(c.name() + ": " + failure);
      }
    }
    printTable(rows, cases.size());
    assertTrue(failures.isEmpty(), failures.size() + " mapped cases failed:\n" + failures);
  }

  /** Runs a case on one backend: null when it passes, else what differs. */
  static String run(OnnxCase c, Backend b) {
    OnnxModel m = c.model();
    for (OnnxNode n : m.nodes()) {
      if (!n.domain().isEmpty() && !n.domain().equals("ai.onnx")) {
        throw new Unmapped("domain " + n.domain());
      }
      if (!OnnxOps.OPS.containsKey(n.opType())) {
        throw new Unmapped("no function for " + n.opType());
      }
    }
    NdArray[] x = new NdArray[m.inputs().size()];
    for (int i = 0; i < x.length; i++) {
      OnnxTensor t = c.inputs().get(i);
      if (t == null) {
        throw new Unmapped("input kind " + m.inputs().get(i).kind());
      }
      x[i] = toArray(t, b);
    }
    Variable[] vs = new Variable[x.length];
    for (int i = 0; i < x.length; i++) {
      vs[i] = new Variable(x[i], null, x[i].dtype().isFloating());
    }
    Set<Variable> host = Collections.newSetFromMap(new IdentityHashMap<>());
    Variable[] ys = execute(m, b, null, vs, host);
    boolean[] fixed = new boolean[x.length];
    for (int i = 0; i < x.length; i++) {
      fixed[i] = host.contains(vs[i]);
    }
    for (int j = 0; j < m.outputs().size(); j++) {
      OnnxTensor e = c.outputs().get(j);
      if (e == null || e.values() == null) {
        throw new Unmapped("output kind " + m.outputs().get(j).kind());
      }
      DType dt = dtype(e);
      Variable y = ys[j];
      if (y == null) {
        return "output " + j + " not produced";
      }
      String diff = compare(e, y.array(), dt);
      if (diff != null) {
        return "output " + j + " " + diff;
      }
    }
    return NO_GRADIENT_CHECK.containsKey(c.name()) ? null : gradientCheck(m, b, x, fixed, ys);
  }

  /**
   * ONNX has no gradient data: the backward pass of the mapped graph is checked numerically in
   * float64 at the case's inputs, with the harness's tolerances; inputs that the mapping reads on
   * the host ({@code fixed}: bounds, pad values, axes) are held fixed.
   */
  static String gradientCheck(OnnxModel m, Backend b, NdArray[] x, boolean[] fixed, Variable[] ys) {
    NdArray[] all64 = new NdArray[x.length];
    List<Integer> free = new ArrayList<>();
    boolean any = false;
    for (int i = 0; i < x.length; i++) {
      all64[i] = x[i].dtype().isFloating() ? x[i].astype(DType.FLOAT64) : x[i];
      if (!fixed[i]) {
        any |= x[i].dtype().isFloating();
        free.add(i);
      }
    }
    NdArray[] x64 = new NdArray[free.size()];
    for (int k = 0; k < x64.length; k++) {
      x64[k] = all64[free.get(k)];
    }
    for (Variable y : ys) {
      for (double v : y.array().toDoubleArray()) {
        any &= Double.isFinite(v); // no derivative where the value is NaN or infinite
      }
    }
    boolean floatingOut = false;
    for (Variable y : ys) {
      floatingOut |= y.dtype().isFloating();
    }
    if (!any || !floatingOut) {
      return null; // integer outputs (argmax) have no gradient
    }
    SplittableRandom rng = new SplittableRandom(1);
    NdArray[] gy = new NdArray[ys.length];
    for (int j = 0; j < ys.length; j++) {
      double[] g = new double[ys[j].size()];
      for (int k = 0; k < g.length; k++) {
        g[k] = rng.nextDouble(-1, 1);
      }
      gy[j] = b.fromArray(g, ys[j].shape());
    }
    try {
      GradientCheck.checkBackward(
          in -> {
            // Inputs read on the host (Clip's bounds, Pad's value) are attributes: held fixed.
            Variable[] full = new Variable[all64.length];
            for (int i = 0; i < full.length; i++) {
              full[i] = fixed[i] ? Variable.constant(all64[i]) : null;
            }
            for (int k = 0; k < in.length; k++) {
              full[free.get(k)] = in[k];
            }
            return execute(m, b, DType.FLOAT64, full, null);
          },
          x64,
          gy,
          GradientCheck.options());
      return null;
    } catch (AssertionError e) {
      return "gradient check: " + e.getMessage();
    }
  }

  /** Runs the graph on inputs given in the graph's input order; its outputs, in order. */
  static Variable[] execute(
      OnnxModel m, Backend b, DType floatDtype, Variable[] x, Set<Variable> hostReads) {
    Map<String, Variable> values = new HashMap<>();
    for (int i = 0; i < x.length; i++) {
      values.put(m.inputs().get(i).name(), x[i]);
    }
    m.initializers()
        .forEach(
            (k, t) -> {
              NdArray a = toArray(t, b);
              boolean cast = floatDtype != null && a.dtype().isFloating();
              values.put(k, Variable.constant(cast ? a.astype(floatDtype) : a));
            });
    for (OnnxNode n : m.nodes()) {
      List<Variable> in = new ArrayList<>();
      for (String name : n.inputs()) {
        in.add(name.isEmpty() ? null : values.get(name));
      }
      while (!in.isEmpty() && in.get(in.size() - 1) == null) {
        in.remove(in.size() - 1);
      }
      Variable[] out =
          OnnxOps.OPS
              .get(n.opType())
              .apply(new OnnxNodeRun(n, m.opset(""), b, floatDtype, in, hostReads));
      for (int j = 0; j < n.outputs().size() && j < out.length; j++) {
        values.put(n.outputs().get(j), out[j]);
      }
    }
    Variable[] ys = new Variable[m.outputs().size()];
    for (int j = 0; j < ys.length; j++) {
      ys[j] = values.get(m.outputs().get(j).name());
    }
    return ys;
  }

  /** Catena's dtype for an ONNX element type; integer types as int32 where the values fit. */
  static DType dtype(OnnxTensor t) {
    return switch (t.dataType()) {
      case OnnxTensor.FLOAT -> DType.FLOAT32;
      case OnnxTensor.DOUBLE -> DType.FLOAT64;
      // bool as int32 0/1: Catena has no bool dtype (where and masks take int32 conditions)
      case OnnxTensor.BOOL,
          OnnxTensor.INT8,
          OnnxTensor.UINT8,
          OnnxTensor.INT16,
          OnnxTensor.UINT16,
          OnnxTensor.INT32,
          OnnxTensor.UINT32,
          OnnxTensor.INT64,
          OnnxTensor.UINT64 ->
          DType.INT32;
      default -> throw new Unmapped("dtype " + t.typeName());
    };
  }

  /** An ONNX tensor as an array on a backend. */
  static NdArray toArray(OnnxTensor t, Backend b) {
    DType dt = dtype(t);
    double[] v = t.values();
    int[] shape = t.shape();
    if (dt == DType.FLOAT64) {
      return b.fromArray(v.clone(), shape);
    }
    if (dt == DType.FLOAT32) {
      float[] f = new float[v.length];
      for (int i = 0; i < v.length; i++) {
        f[i] = (float) v[i];
      }
      return b.fromArray(f, shape);
    }
    int[] n = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      // int64 values beyond int32 only occur as "to the end" slice bounds: clamping keeps them.
      n[i] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v[i]));
    }
    return b.fromArray(n, shape);
  }

  private static String compare(OnnxTensor e, NdArray y, DType dt) {
    if (y.dtype() != dt) {
      return "dtype " + y.dtype() + ", expected " + dt + " (" + e.typeName() + ")";
    }
    if (!java.util.Arrays.equals(y.shape(), e.shape())) {
      return "shape " + Shapes.str(y.shape()) + ", expected " + Shapes.str(e.shape());
    }
    double[] a = y.toDoubleArray();
    double[] x = e.values();
    for (int i = 0; i < a.length; i++) {
      boolean same =
          Double.isNaN(x[i])
              ? Double.isNaN(a[i])
              : a[i] == x[i] || Math.abs(a[i] - x[i]) <= ATOL + RTOL * Math.abs(x[i]);
      if (!same) {
        return "element " + i + ": " + a[i] + ", expected " + x[i];
      }
    }
    return null;
  }

  private static void printTable(Map<String, Row> rows, int total) {
    StringBuilder sb = new StringBuilder("ONNX v1.22.0 node tests on Catena\n");
    sb.append(
        String.format("%-22s %6s %6s %6s  %s%n", "op", "passed", "mapped", "total", "not mapped"));
    int passed = 0;
    int mapped = 0;
    List<String> none = new ArrayList<>();
    int noneCases = 0;
    for (Map.Entry<String, Row> en : rows.entrySet()) {
      Row r = en.getValue();
      passed += r.passed;
      mapped += r.mapped;
      if (!OnnxOps.OPS.containsKey(en.getKey()) && r.mapped == 0 && !en.getKey().startsWith("(")) {
        none.add(en.getKey());
        noneCases += r.total;
        continue;
      }
      sb.append(
          String.format(
              "%-22s %6d %6d %6d  %s%n",
              en.getKey(), r.passed, r.mapped, r.total, String.join("; ", r.reasons)));
    }
    sb.append(String.format("%-22s %6d %6d %6d%n", "TOTAL", passed, mapped, total));
    sb.append(
        "Backward checked numerically (float64) on every mapped case with floating inputs and"
            + " finite floating outputs (inputs read as attributes, e.g. Clip's bounds, held"
            + " fixed), except "
            + new TreeMap<>(NO_GRADIENT_CHECK)
            + "\n");
    sb.append(
        String.format(
            "no Catena function yet (%d ops, %d cases): %s%n",
            none.size(), noneCases, String.join(", ", none)));
    System.out.print(sb);
  }
}
