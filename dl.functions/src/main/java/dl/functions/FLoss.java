package dl.functions;

import dl.api.NdArray;
import dl.api.Variable;
import dl.functions.loss.AbsoluteError;
import dl.functions.loss.BernoulliNll;
import dl.functions.loss.ConnectionistTemporalClassification;
import dl.functions.loss.Contrastive;
import dl.functions.loss.GaussianKlDivergence;
import dl.functions.loss.GaussianNll;
import dl.functions.loss.Hinge;
import dl.functions.loss.HuberLoss;
import dl.functions.loss.MeanAbsoluteError;
import dl.functions.loss.MeanSquaredError;
import dl.functions.loss.NegativeSampling;
import dl.functions.loss.SigmoidCrossEntropy;
import dl.functions.loss.SoftTargetCrossEntropy;
import dl.functions.loss.SoftmaxCrossEntropy;
import dl.functions.loss.SquaredError;
import dl.functions.loss.TripletLoss;

/**
 * The loss functions of {@link F}. Users call them as {@code F.name(...)}; the facade is split into
 * one class per category so that each stays small (the generated {@link F} delegates to it).
 */
final class FLoss {
  private FLoss() {}

  // ---- losses, evaluation, noise ----

  /**
   * Mean cross entropy, ignore label -1 (floating {@code t}: soft targets): {@code
   * F.softmaxCrossEntropy(logits, t)}.
   */
  public static Variable softmaxCrossEntropy(Variable x, Variable t) {
    return softmaxCrossEntropy(x, t, true, null, -1, "mean", "cross-entropy");
  }

  /**
   * Every option in Chainer's order; {@code classWeight} (C,) or null; a floating {@code t} of x's
   * shape holds soft targets ({@code softTargetLoss} "cross-entropy" or "kl-divergence"): {@code
   * F.softmaxCrossEntropy(x, t, true, w, -1, "mean", "cross-entropy")}.
   */
  public static Variable softmaxCrossEntropy(
      Variable x,
      Variable t,
      boolean normalize,
      NdArray classWeight,
      int ignoreLabel,
      String reduce,
      String softTargetLoss) {
    if (t.dtype().isFloating() && t.ndim() == x.ndim()) {
      if (classWeight != null) {
        throw new IllegalArgumentException(
            "softmax_cross_entropy: class_weight is not supported with soft targets");
      }
      return SoftTargetCrossEntropy.apply(x, t, reduce, softTargetLoss);
    }
    return new SoftmaxCrossEntropy(ignoreLabel, normalize, reduce, classWeight).applyOne(x, t);
  }

  /**
   * Cross entropy with Chainer's options ({@code reduce} is "mean" or "no"): {@code
   * F.softmaxCrossEntropy(x, t, -1, false, "mean")}.
   */
  public static Variable softmaxCrossEntropy(
      Variable x, Variable t, int ignoreLabel, boolean normalize, String reduce) {
    return new SoftmaxCrossEntropy(ignoreLabel, normalize, reduce).applyOne(x, t);
  }

  /** Mean of squared differences: {@code F.meanSquaredError(y, t)}. */
  public static Variable meanSquaredError(Variable x0, Variable x1) {
    return new MeanSquaredError().applyOne(x0, x1);
  }

  /** Elementwise {@code |x0 - x1|}: {@code F.absoluteError(x0, x1)}. */
  public static Variable absoluteError(Variable x0, Variable x1) {
    return AbsoluteError.apply(x0, x1);
  }

  /** Elementwise {@code (x0 - x1)²}: {@code F.squaredError(x0, x1)}. */
  public static Variable squaredError(Variable x0, Variable x1) {
    return SquaredError.apply(x0, x1);
  }

  /** Mean of absolute differences: {@code F.meanAbsoluteError(y, t)}. */
  public static Variable meanAbsoluteError(Variable x0, Variable x1) {
    return MeanAbsoluteError.apply(x0, x1);
  }

  /** Bernoulli NLL of x given logits y, summed: {@code F.bernoulliNll(x, y)}. */
  public static Variable bernoulliNll(Variable x, Variable y) {
    return BernoulliNll.apply(x, y, "sum");
  }

  /** Bernoulli NLL, reduce "sum", "mean" or "no": {@code F.bernoulliNll(x, y, "mean")}. */
  public static Variable bernoulliNll(Variable x, Variable y, String reduce) {
    return BernoulliNll.apply(x, y, reduce);
  }

  /** Contrastive loss, margin 1, mean: {@code F.contrastive(x0, x1, y)}. */
  public static Variable contrastive(Variable x0, Variable x1, Variable y) {
    return Contrastive.apply(x0, x1, y, 1.0, "mean");
  }

  /** Contrastive loss: {@code F.contrastive(x0, x1, y, 2.0, "no")}. */
  public static Variable contrastive(
      Variable x0, Variable x1, Variable y, double margin, String reduce) {
    return Contrastive.apply(x0, x1, y, margin, reduce);
  }

  /** KL(N(mean, exp(lnVar)) ‖ N(0, 1)), summed: {@code F.gaussianKlDivergence(mu, lnVar)}. */
  public static Variable gaussianKlDivergence(Variable mean, Variable lnVar) {
    return GaussianKlDivergence.apply(mean, lnVar, "sum");
  }

  /** Gaussian KL divergence: {@code F.gaussianKlDivergence(mu, lnVar, "mean")}. */
  public static Variable gaussianKlDivergence(Variable mean, Variable lnVar, String reduce) {
    return GaussianKlDivergence.apply(mean, lnVar, reduce);
  }

  /** Gaussian NLL, summed: {@code F.gaussianNll(x, mean, lnVar)}. */
  public static Variable gaussianNll(Variable x, Variable mean, Variable lnVar) {
    return GaussianNll.apply(x, mean, lnVar, "sum");
  }

  /** Gaussian NLL: {@code F.gaussianNll(x, mean, lnVar, "no")}. */
  public static Variable gaussianNll(Variable x, Variable mean, Variable lnVar, String reduce) {
    return GaussianNll.apply(x, mean, lnVar, reduce);
  }

  /** One-vs-all hinge loss, L1, mean: {@code F.hinge(x, t)}. */
  public static Variable hinge(Variable x, Variable t) {
    return Hinge.apply(x, t, "L1", "mean");
  }

  /** Hinge loss with norm "L1"/"L2" and reduce "mean"/"no": {@code F.hinge(x, t, "L2", "no")}. */
  public static Variable hinge(Variable x, Variable t, String norm, String reduce) {
    return Hinge.apply(x, t, norm, reduce);
  }

  /** Huber loss summed along axis 1: {@code F.huberLoss(x, t, 1.0)}. */
  public static Variable huberLoss(Variable x, Variable t, double delta) {
    return HuberLoss.apply(x, t, delta, "sum_along_second_axis");
  }

  /** Huber loss, reduce "sum_along_second_axis" or "no": {@code F.huberLoss(x, t, 1, "no")}. */
  public static Variable huberLoss(Variable x, Variable t, double delta, String reduce) {
    return HuberLoss.apply(x, t, delta, reduce);
  }

  /** Sigmoid cross entropy, -1 ignored, normalized mean: {@code F.sigmoidCrossEntropy(x, t)}. */
  public static Variable sigmoidCrossEntropy(Variable x, Variable t) {
    return SigmoidCrossEntropy.apply(x, t, true, "mean");
  }

  /** Sigmoid cross entropy: {@code F.sigmoidCrossEntropy(x, t, false, "no")}. */
  public static Variable sigmoidCrossEntropy(
      Variable x, Variable t, boolean normalize, String reduce) {
    return SigmoidCrossEntropy.apply(x, t, normalize, reduce);
  }

  /** Triplet loss, squared distances, margin 0.2, mean: {@code F.triplet(a, p, n)}. */
  public static Variable triplet(Variable anchor, Variable positive, Variable negative) {
    return TripletLoss.apply(anchor, positive, negative, 0.2, "mean");
  }

  /** Triplet loss: {@code F.triplet(a, p, n, 0.5, "no")}. */
  public static Variable triplet(
      Variable anchor, Variable positive, Variable negative, double margin, String reduce) {
    return TripletLoss.apply(anchor, positive, negative, margin, reduce);
  }

  /** The name for {@link #triplet}: {@code F.tripletLoss(a, p, n, 0.2, "mean")}. */
  public static Variable tripletLoss(
      Variable anchor, Variable positive, Variable negative, double margin, String reduce) {
    return TripletLoss.apply(anchor, positive, negative, margin, reduce);
  }

  /**
   * Negative sampling, reduce "sum" or "no": {@code F.negativeSampling(x, t, w, sampler, 5, "sum")}
   * with {@code sampler} mapping a shape to int32 word ids.
   */
  public static Variable negativeSampling(
      Variable x,
      Variable t,
      Variable w,
      java.util.function.Function<int[], NdArray> sampler,
      int sampleSize,
      String reduce) {
    return NegativeSampling.apply(x, t, w, sampler, sampleSize, reduce);
  }

  /** CTC loss, blank 0, batch mean: {@code F.connectionistTemporalClassification(xs, t, 0)}. */
  public static Variable connectionistTemporalClassification(Variable[] x, Variable t, int blank) {
    return connectionistTemporalClassification(x, t, blank, null, null, "mean");
  }

  /**
   * CTC loss with lengths (null: full) and reduce "mean"/"no": {@code
   * F.connectionistTemporalClassification(xs, t, 0, inLen, labLen, "no")}.
   */
  public static Variable connectionistTemporalClassification(
      Variable[] x,
      Variable t,
      int blankSymbol,
      int[] inputLength,
      int[] labelLength,
      String reduce) {
    Variable[] in = java.util.Arrays.copyOf(x, x.length + 1);
    in[x.length] = t;
    return new ConnectionistTemporalClassification(blankSymbol, inputLength, labelLength, reduce)
        .applyOne(in);
  }
}
