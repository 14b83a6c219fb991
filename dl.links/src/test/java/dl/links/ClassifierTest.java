package dl.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.NdArrays;
import dl.api.Reporter;
import dl.api.Scope;
import dl.api.Variable;
import dl.functions.F;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ClassifierTest {
  /** A predictor with fixed weights: y = x·Wᵀ + b with W = [[1, 0], [0, 2], [1, 1]], b = 0. */
  private static Linear fixedPredictor() {
    Linear l = Linear.builder(3).inSize(2).build();
    l.W.array().backend().copyInto(l.W.array(), NdArrays.of(new float[] {1, 0, 0, 2, 1, 1}, 3, 2));
    return l;
  }

  private static double softmaxCrossEntropy(double[] y, int[] t, int classes) {
    double total = 0;
    for (int i = 0; i < t.length; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < classes; c++) {
        max = Math.max(max, y[i * classes + c]);
      }
      double s = 0;
      for (int c = 0; c < classes; c++) {
        s += Math.exp(y[i * classes + c] - max);
      }
      total += -(y[i * classes + t[i]] - max - Math.log(s));
    }
    return total / t.length;
  }

  @Test
  void reportsLossAndAccuracyAsMainObservations() {
    Classifier model = new Classifier(fixedPredictor());
    assertEquals(
        List.of("/predictor/W", "/predictor/b"), List.copyOf(model.namedParams().keySet()));
    Reporter reporter = new Reporter();
    reporter.addObserver("main", model);
    Map<String, Object> observation = Reporter.newObservation();
    // rows: x = (1, 2) → y = (1, 4, 3), argmax 1; x = (3, -1) → y = (3, -2, 2), argmax 0
    Variable x = new Variable(NdArrays.of(new float[] {1, 2, 3, -1}, 2, 2));
    int[] labels = {1, 2};
    Variable t = new Variable(NdArrays.of(labels, 2));
    Variable loss;
    try (Scope s = reporter.scope(observation)) {
      loss = model.call(x, t);
    }
    assertEquals(List.of("main/loss", "main/accuracy"), List.copyOf(observation.keySet()));
    double expectedLoss = softmaxCrossEntropy(new double[] {1, 4, 3, 3, -2, 2}, labels, 3);
    assertEquals(expectedLoss, loss.item(), 1e-5);
    assertEquals(expectedLoss, ((Variable) observation.get("main/loss")).item(), 1e-5);
    assertEquals(0.5, ((Variable) observation.get("main/accuracy")).item(), 1e-7);
    assertSame(loss, model.loss);
    assertEquals(0.5, model.accuracy.item(), 1e-7);
    assertEquals(List.of(2, 3), List.of(model.y.shape()[0], model.y.shape()[1]));
    assertTrue(loss.creator() != null, "the returned loss keeps its graph for backward");
  }

  @Test
  void accuracyCanBeTurnedOffAndTheLossReplaced() {
    Classifier model =
        new Classifier(
            new Sequential(fixedPredictor(), (UnaryOperator<Variable>) F::relu),
            F::softmaxCrossEntropy);
    model.computeAccuracy = false;
    Reporter reporter = new Reporter();
    reporter.addObservers("main", model);
    reporter.addObserver("main", model);
    Map<String, Object> observation = Reporter.newObservation();
    Variable x = new Variable(NdArrays.of(new float[] {1, 2, 3, -1}, 2, 2));
    Variable t = new Variable(NdArrays.of(new int[] {1, 0}, 2));
    try (Scope s = reporter.scope(observation)) {
      model.call(x, t);
    }
    assertEquals(List.of("main/loss"), List.copyOf(observation.keySet()));
    assertNull(model.accuracy);
    assertFalse(model.computeAccuracy);
    // relu(y) = (1, 4, 3), (3, 0, 2)
    assertEquals(
        softmaxCrossEntropy(new double[] {1, 4, 3, 3, 0, 2}, new int[] {1, 0}, 3),
        model.loss.item(),
        1e-5);
  }

  @Test
  void withoutAReporterCallingStillWorks() {
    Classifier model = new Classifier(fixedPredictor());
    Variable loss =
        model.call(
            new Variable(NdArrays.of(new float[] {1, 2}, 1, 2)),
            new Variable(NdArrays.of(new int[] {1}, 1)));
    assertEquals(softmaxCrossEntropy(new double[] {1, 4, 3}, new int[] {1}, 3), loss.item(), 1e-5);
    assertEquals(1.0, model.accuracy.item());
  }
}
