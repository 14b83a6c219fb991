package dl.training;

import dl.training.serializers.Serializer;

/**
 * A running weighted mean and standard deviation of a scalar (Chainer's {@code reporter.Summary}).
 *
 * <pre>{@code
 * Summary s = new Summary();
 * s.add(1.0); s.add(3.0);
 * assert s.mean() == 2.0;
 * }</pre>
 */
public final class Summary {
  private double x;
  private double x2;
  private double n;

  public void add(double value) {
    add(value, 1);
  }

  public void add(double value, double weight) {
    x += weight * value;
    x2 += weight * value * value;
    n += weight;
  }

  public double mean() {
    return x / n;
  }

  /** The standard deviation, {@code sqrt(max(0, E[x²] − E[x]²))}. */
  public double std() {
    double m = mean();
    return Math.sqrt(Math.max(0, x2 / n - m * m));
  }

  public double weight() {
    return n;
  }

  /** Serializes {@code _x}, {@code _x2}, {@code _n} as Chainer does. */
  public void serialize(Serializer s) {
    x = s.value("_x", x);
    x2 = s.value("_x2", x2);
    n = s.value("_n", n);
  }
}
