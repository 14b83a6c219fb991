package dl.functions;

import dl.api.Config;
import dl.api.NdArray;
import dl.api.Variable;
import dl.functions.noise.Dropout;
import dl.functions.noise.Gaussian;
import dl.functions.noise.GumbelSoftmax;
import dl.functions.noise.Zoneout;

/**
 * The noise functions (dropout, ...) of {@link F}. Users call them as {@code F.name(...)}; the
 * facade is split into one class per category so that each stays small (the generated {@link F}
 * delegates to it).
 */
final class FNoise {
  private FNoise() {}

  /** Dropout with ratio 0.5 in training, identity otherwise: {@code F.dropout(h)}. */
  public static Variable dropout(Variable x) {
    return dropout(x, 0.5);
  }

  /**
   * Dropout in training ({@code Config.train()}), identity otherwise: {@code F.dropout(h, 0.2)}.
   */
  public static Variable dropout(Variable x, double ratio) {
    return dropout(x, ratio, null);
  }

  /**
   * Dropout with a given mask (values 0 or {@code 1/(1-ratio)}; null draws one): {@code
   * F.dropout(h, 0.5, mask)}.
   */
  public static Variable dropout(Variable x, double ratio, NdArray mask) {
    if (!Config.train()) {
      return x;
    }
    return new Dropout(ratio, mask).applyOne(x);
  }

  /** A sample of N(mean, exp(lnVar)) by reparameterisation: {@code F.gaussian(mu, lnVar)}. */
  public static Variable gaussian(Variable mean, Variable lnVar) {
    return Gaussian.apply(mean, lnVar, null);
  }

  /** The sample with given standard normal noise: {@code F.gaussian(mu, lnVar, eps)}. */
  public static Variable gaussian(Variable mean, Variable lnVar, NdArray eps) {
    return Gaussian.apply(mean, lnVar, eps);
  }

  /** Gumbel-softmax with tau 0.1 over axis 1: {@code F.gumbelSoftmax(logits)}. */
  public static Variable gumbelSoftmax(Variable logBeta) {
    return gumbelSoftmax(logBeta, 0.1, 1);
  }

  /** Gumbel-softmax over axis 1: {@code F.gumbelSoftmax(logits, 0.5)}. */
  public static Variable gumbelSoftmax(Variable logBeta, double tau) {
    return gumbelSoftmax(logBeta, tau, 1);
  }

  /** Gumbel-softmax: {@code F.gumbelSoftmax(logits, 0.5, -1)}. */
  public static Variable gumbelSoftmax(Variable logBeta, double tau, int axis) {
    return GumbelSoftmax.apply(logBeta, tau, axis, null);
  }

  /** Gumbel-softmax with given Gumbel noise: {@code F.gumbelSoftmax(logits, 0.5, 1, g)}. */
  public static Variable gumbelSoftmax(Variable logBeta, double tau, int axis, NdArray g) {
    return GumbelSoftmax.apply(logBeta, tau, axis, g);
  }

  /** Zoneout with ratio 0.5 in training, {@code x} otherwise: {@code F.zoneout(h, hNew)}. */
  public static Variable zoneout(Variable h, Variable x) {
    return zoneout(h, x, 0.5);
  }

  /**
   * Zoneout in training ({@code Config.train()}), {@code x} otherwise: {@code F.zoneout(h, x,
   * 0.3)}.
   */
  public static Variable zoneout(Variable h, Variable x, double ratio) {
    return zoneout(h, x, ratio, null);
  }

  /**
   * Zoneout with a given flag (1 takes {@code x}, 0 keeps {@code h}; null draws one): {@code
   * F.zoneout(h, x, 0.5, flag)}.
   */
  public static Variable zoneout(Variable h, Variable x, double ratio, NdArray flagX) {
    if (!Config.train()) {
      return x;
    }
    return new Zoneout(ratio, flagX).applyOne(h, x);
  }
}
