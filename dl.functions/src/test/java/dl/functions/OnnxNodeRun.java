package dl.functions;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Variable;
import dl.testing.onnx.OnnxAttribute;
import dl.testing.onnx.OnnxNode;
import dl.testing.onnx.OnnxTensor;
import java.util.List;
import java.util.Set;

/**
 * One ONNX node being run with Catena: its attributes, the operator set version, and its inputs as
 * variables ({@code null} where an optional input is omitted). Mappings in {@link OnnxOps} read it
 * and throw {@link Unmapped} for semantics Catena does not cover.
 */
final class OnnxNodeRun {
  /**
   * Thrown by a mapping when a case uses semantics Catena does not support; the reason is shown.
   */
  static final class Unmapped extends RuntimeException {
    Unmapped(String reason) {
      super(reason, null, false, false);
    }
  }

  final OnnxNode node;
  final int opset;
  final Backend backend;

  /** The dtype floating constants take (float64 in gradient checks), or null to keep theirs. */
  final DType floatDtype;

  private final List<Variable> in;

  /** Collects the inputs read on the host (attributes in disguise); may be null. */
  private final Set<Variable> hostReads;

  OnnxNodeRun(
      OnnxNode node,
      int opset,
      Backend backend,
      DType floatDtype,
      List<Variable> in,
      Set<Variable> hostReads) {
    this.node = node;
    this.opset = opset;
    this.backend = backend;
    this.floatDtype = floatDtype;
    this.in = in;
    this.hostReads = hostReads;
  }

  private Variable host(int i) {
    Variable v = in.get(i);
    if (hostReads != null) {
      hostReads.add(v);
    }
    return v;
  }

  /** Number of inputs given (omitted trailing inputs are not counted). */
  int inputs() {
    return in.size();
  }

  /** Whether optional input {@code i} is present. */
  boolean has(int i) {
    return i < in.size() && in.get(i) != null;
  }

  /** Floating input {@code i} (integer inputs are not mapped: Catena's functions take floats). */
  Variable x(int i) {
    Variable v = in.get(i);
    if (!v.dtype().isFloating()) {
      throw new Unmapped("input dtype " + v.dtype());
    }
    return v;
  }

  /** Input {@code i} of any dtype (labels). */
  Variable raw(int i) {
    return in.get(i);
  }

  /** Integer input {@code i} read on the host (shapes, axes). */
  int[] ints(int i) {
    return host(i).array().toIntArray();
  }

  /** Input {@code i} taken as a constant array (class weights): held fixed in gradient checks. */
  dl.api.NdArray constant(int i) {
    return host(i).array();
  }

  /** A scalar input read on the host. */
  double scalar(int i) {
    return host(i).array().getDouble(0);
  }

  long i(String name, long dflt) {
    return node.intAttr(name, dflt);
  }

  double f(String name, double dflt) {
    return node.floatAttr(name, dflt);
  }

  int[] ints(String name) {
    return node.intsAttr(name);
  }

  OnnxTensor tensor(String name) {
    OnnxAttribute a = node.attribute(name);
    return a == null ? null : a.t();
  }

  /** Fails as not mapped when an attribute is present. */
  void unsupportedAttr(String... names) {
    for (String n : names) {
      if (node.attribute(n) != null) {
        throw new Unmapped("attribute " + n);
      }
    }
  }

  /** Fails as not mapped unless the condition holds. */
  void require(boolean ok, String reason) {
    if (!ok) {
      throw new Unmapped(reason);
    }
  }
}
