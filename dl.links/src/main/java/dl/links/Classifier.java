package dl.links;

import dl.api.Chain;
import dl.api.Link;
import dl.api.Reporter;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A classifier around a predictor (Chainer's {@code links.Classifier}): called with inputs and a
 * label, it computes {@code y = predictor(inputs...)}, the loss {@code lossFun(y, t)} and, when
 * {@link #computeAccuracy} is on, {@code accFun(y, t)}; it reports {@code loss} and {@code
 * accuracy} through the {@link Reporter} with itself as observer (so a classifier registered as
 * {@code "main"} gives {@code main/loss} and {@code main/accuracy}) and returns the loss. The
 * predictor is the child {@code "predictor"}: parameters are {@code /predictor/l1/W}, ...
 *
 * <p>Hyperparameters and defaults: {@code lossFun} — {@code F::softmaxCrossEntropy}; {@code accFun}
 * — {@code F::accuracy}; {@code computeAccuracy} — {@code true}; the label is the last argument
 * (Chainer's {@code label_key=-1}).
 *
 * <pre>{@code
 * Classifier model = new Classifier(new MLP());
 * reporter.addObserver("main", model);
 * Variable loss = model.call(x, t);
 * double acc = model.accuracy.item();
 * }</pre>
 */
public class Classifier extends Chain {
  /** The predictor, registered as the child {@code "predictor"}. */
  public final Link predictor;

  private final BiFunction<Variable, Variable, Variable> lossFun;
  private final BiFunction<Variable, Variable, Variable> accFun;

  /** Whether {@code call} computes and reports the accuracy (default true). */
  public boolean computeAccuracy = true;

  /** The prediction of the last call (null before). */
  public Variable y;

  /** The loss of the last call. */
  public Variable loss;

  /** The accuracy of the last call (null when not computed). */
  public Variable accuracy;

  /** Softmax cross entropy as loss and accuracy as metric. */
  public Classifier(Link predictor) {
    this(predictor, F::softmaxCrossEntropy, F::accuracy);
  }

  /** A given loss function, with accuracy as metric. */
  public Classifier(Link predictor, BiFunction<Variable, Variable, Variable> lossFun) {
    this(predictor, lossFun, F::accuracy);
  }

  /** A given loss and metric. */
  public Classifier(
      Link predictor,
      BiFunction<Variable, Variable, Variable> lossFun,
      BiFunction<Variable, Variable, Variable> accFun) {
    if (predictor == null || lossFun == null || accFun == null) {
      throw new IllegalArgumentException(
          "Classifier: predictor, lossFun and accFun must not be" + " null");
    }
    this.predictor = addLink("predictor", predictor);
    this.lossFun = lossFun;
    this.accFun = accFun;
  }

  /** {@code inputs = (x..., t)}: predicts, computes and reports the loss (and accuracy). */
  /** A Classifier over a fresh copy of the predictor, with the same functions and flag. */
  @Override
  protected Link newLike() {
    if (getClass() != Classifier.class) {
      return super.newLike();
    }
    Classifier c = new Classifier(newLikeOf(predictor), lossFun, accFun);
    c.computeAccuracy = computeAccuracy;
    return c;
  }

  @Override
  protected Variable forward(Variable... inputs) {
    if (inputs.length < 2) {
      throw new IllegalArgumentException(
          "Classifier: expected the predictor's inputs followed by"
              + " the label, got "
              + inputs.length
              + " argument(s)");
    }
    y = null;
    loss = null;
    accuracy = null;
    Variable t = inputs[inputs.length - 1];
    y = predictor.call(Arrays.copyOf(inputs, inputs.length - 1));
    loss = lossFun.apply(y, t);
    Reporter.report(Map.of("loss", loss), this);
    if (computeAccuracy) {
      accuracy = accFun.apply(y, t);
      Reporter.report(Map.of("accuracy", accuracy), this);
    }
    return loss;
  }

  /**
   * The provider behind {@code Engine.get().link("Classifier")}. Options: {@code predictor}
   * (required), {@code lossFun}, {@code accFun} ({@code BiFunction<Variable, Variable, Variable>}),
   * {@code computeAccuracy}.
   */
  @SuppressWarnings("unchecked")
  public static LinkProvider provider() {
    return LinkProvider.of(
        "Classifier",
        opts -> {
          Options o =
              Options.of(
                  "Classifier",
                  opts,
                  "predictor",
                  "lossfun",
                  "accfun",
                  "compute_accuracy",
                  "loss_fun",
                  "acc_fun");
          Object lf = o.raw("lossfun") != null ? o.raw("lossfun") : o.raw("loss_fun");
          Object af = o.raw("accfun") != null ? o.raw("accfun") : o.raw("acc_fun");
          for (Object f : new Object[] {lf, af}) {
            if (f != null && !(f instanceof BiFunction<?, ?, ?>)) {
              throw new IllegalArgumentException(
                  "Classifier: lossFun and accFun must be"
                      + " BiFunction<Variable, Variable, Variable>, got "
                      + f.getClass().getName());
            }
          }
          Classifier c =
              new Classifier(
                  o.requiredLink("predictor"),
                  lf == null
                      ? F::softmaxCrossEntropy
                      : (BiFunction<Variable, Variable, Variable>) lf,
                  af == null ? F::accuracy : (BiFunction<Variable, Variable, Variable>) af);
          c.computeAccuracy = o.bool("compute_accuracy", true);
          return c;
        });
  }
}
