package dl.links;

import dl.api.Link;
import dl.api.Variable;
import dl.api.spi.LinkProvider;

/**
 * Batch renormalization (Chainer's {@code L.BatchRenormalization}; Ioffe, "Batch Renormalization:
 * Towards Reducing Minibatch Dependence in Batch-Normalized Models", 2017): batch normalization
 * whose training output is corrected towards the running statistics by {@code r = clip(σ_B/σ,
 * 1/rmax, rmax)} and {@code d = clip((μ_B − μ)/σ, −dmax, dmax)}, held constant in backward. Test
 * mode and {@code finetune} behave as in {@link BatchNormalization}.
 *
 * <p>Hyperparameters and defaults: {@code size} — required; {@code rmax} 1; {@code dmax} 0 (with
 * both defaults it is batch normalization); {@code decay} 0.9; {@code eps} 2e-5; {@code useGamma},
 * {@code useBeta} true; {@code freezeRunningStatistics} false (true keeps the running statistics
 * fixed during training). Persistent values: {@code avg_mean} 0, {@code avg_var} 1, {@code N} 0.
 *
 * <pre>{@code
 * BatchRenormalization brn = new BatchRenormalization(16, 3.0, 5.0);
 * }</pre>
 */
public class BatchRenormalization extends BatchNormalization {
  private final double rmax;
  private final double dmax;
  private final boolean freeze;

  /** A layer over {@code size} channels with {@code rmax} and {@code dmax}. */
  public BatchRenormalization(int size, double rmax, double dmax) {
    this(builder().size(size), rmax, dmax, false);
  }

  /** Every option ({@code options} must give the size). */
  public BatchRenormalization(
      Builder options, double rmax, double dmax, boolean freezeRunningStatistics) {
    super(checked(options, rmax, dmax));
    this.rmax = rmax;
    this.dmax = dmax;
    this.freeze = freezeRunningStatistics;
  }

  private static Builder checked(Builder o, double rmax, double dmax) {
    if (o.size == null) {
      throw new IllegalArgumentException("BatchRenormalization: size is required");
    }
    if (o.size.length != 1) {
      // F.batchRenormalization reduces every axis but 1, so the parameters are (channels)
      throw new IllegalArgumentException(
          "BatchRenormalization: size must be one channel count, got "
              + java.util.Arrays.toString(o.size));
    }
    if (o.axis != null) {
      throw new IllegalArgumentException(
          "BatchRenormalization: axis is not supported (as in Chainer)");
    }
    if (!(rmax >= 1) || !(dmax >= 0)) {
      throw new IllegalArgumentException(
          "BatchRenormalization: rmax must be >= 1 and dmax >= 0, got " + rmax + ", " + dmax);
    }
    return o;
  }

  @Override
  protected Link newLike() {
    return new BatchRenormalization(spec, rmax, dmax, freeze);
  }

  @Override
  protected Variable normalizeTraining(
      Variable x, Variable g, Variable b, double decay, int[] axes) {
    return new dl.functions.normalization.BatchRenormalization(
            rmax, dmax, spec.eps, avgMean(), avgVar(), decay, !freeze)
        .applyOne(x, g, b);
  }

  /**
   * The provider behind {@code Engine.get().link("BatchRenormalization")}: options {@code size},
   * {@code rmax}, {@code dmax}, {@code decay}, {@code eps}, {@code freeze_running_statistics}.
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "BatchRenormalization",
        opts -> {
          Options o =
              Options.of(
                  "BatchRenormalization",
                  opts,
                  "size",
                  "rmax",
                  "dmax",
                  "decay",
                  "eps",
                  "freeze_running_statistics");
          int[] size = o.shape("size");
          if (size == null) {
            throw new IllegalArgumentException("BatchRenormalization: option 'size' is required");
          }
          return new BatchRenormalization(
              builder().size(size).decay(o.number("decay", 0.9)).eps(o.number("eps", 2e-5)),
              o.number("rmax", 1),
              o.number("dmax", 0),
              o.bool("freeze_running_statistics", false));
        });
  }
}
