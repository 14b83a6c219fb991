package dl.optimizers;

import dl.api.DType;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Parameter;

/**
 * A link holding float64 parameters {@code p} and {@code q} with fixed values, for formula tests.
 */
final class Holder extends Link {
  final Parameter p;
  final Parameter q;

  Holder(double[] p0, double[] q0) {
    p = addParam("p", new Parameter(NdArrays.of(p0.clone(), p0.length)));
    q = addParam("q", new Parameter(NdArrays.of(q0.clone(), q0.length)));
  }

  static NdArray vec(double... v) {
    NdArray a = NdArrays.of(v.clone(), v.length);
    if (a.dtype() != DType.FLOAT64) {
      throw new AssertionError("expected float64");
    }
    return a;
  }
}
