package dl.functions.loss;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Triplet loss (Chainer's {@code triplet}, Schroff et al. 2015) with squared distances, as Chainer
 * (PyTorch uses plain ones): {@code max(0, ‖a - p‖² - ‖a - n‖² + margin)} per row; {@code reduce
 * "mean"} averages over rows, {@code "no"} keeps them. A composite.
 *
 * <pre>{@code
 * Variable loss = TripletLoss.apply(a, p, n, 0.2, "mean");   // or F.triplet(a, p, n)
 * }</pre>
 */
public final class TripletLoss {
  private TripletLoss() {}

  /** Registered as {@code "triplet"}; options {@code margin} (0.2), {@code reduce} ("mean"). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "triplet",
        (o, in) ->
            new Variable[] {
              apply(
                  in[0],
                  in[1],
                  in[2],
                  Opts.real(o, "margin", 0.2),
                  Opts.string(o, "reduce", "mean"))
            });
  }

  public static Variable apply(
      Variable anchor, Variable positive, Variable negative, double margin, String reduce) {
    String fn = "triplet";
    LossOps.reduce(fn, reduce, "mean", "no");
    if (!(margin > 0)) {
      throw new IllegalArgumentException(fn + ": margin must be > 0, got " + margin);
    }
    LossOps.same(fn, "anchor", anchor, "positive", positive, 1);
    LossOps.same(fn, "anchor", anchor, "negative", negative, 2);
    Check.ndim(fn, "anchor", 0, anchor.array(), 2);
    Variable dp = F.sum(F.square(F.sub(anchor, positive)), 1);
    Variable dn = F.sum(F.square(F.sub(anchor, negative)), 1);
    Variable hinge = F.relu(F.add(F.sub(dp, dn), margin));
    return "mean".equals(reduce) ? F.mean(hinge) : hinge;
  }
}
