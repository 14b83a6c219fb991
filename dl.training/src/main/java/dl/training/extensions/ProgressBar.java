package dl.training.extensions;

import dl.training.Extension;
import dl.training.Trainer;
import dl.training.Trigger;
import dl.training.triggers.EarlyStoppingTrigger;
import dl.training.triggers.IntervalTrigger;
import java.io.PrintStream;

/**
 * Chainer's {@code ProgressBar}: every {@code updateInterval} iterations, the total and the epoch's
 * progress, iterations per second and the estimated time to finish. On a terminal the bar redraws
 * in place (ANSI cursor movement); otherwise, as in a log file or a pipe, it prints one plain line
 * per update.
 *
 * <pre>{@code
 * trainer.extend(new ProgressBar());   // length from the stop trigger, every 100 iterations
 * }</pre>
 */
public final class ProgressBar implements Extension {
  private final Trigger trainingLength;
  private final int updateInterval;
  private final int barLength;
  private final PrintStream out;
  private final boolean live;
  private long lastIteration = -1;
  private long lastNanos;
  private int linesDrawn;

  public ProgressBar() {
    this(null, 100, 50, System.out, System.console() != null);
  }

  /**
   * @param trainingLength an {@link IntervalTrigger} giving the length (null: the stop trigger's)
   * @param live redraw in place (true on a terminal)
   */
  public ProgressBar(
      Trigger trainingLength, int updateInterval, int barLength, PrintStream out, boolean live) {
    this.trainingLength = trainingLength;
    this.updateInterval = updateInterval;
    this.barLength = barLength;
    this.out = out;
    this.live = live;
  }

  @Override
  public String defaultName() {
    return "ProgressBar";
  }

  @Override
  public int defaultPriority() {
    return PRIORITY_READER - 1;
  }

  @Override
  public void call(Trainer trainer) {
    long it = trainer.updater().iteration();
    if (lastIteration < 0) {
      lastIteration = it - 1;
      lastNanos = System.nanoTime();
    }
    if (it % updateInterval != 0) {
      return;
    }
    Trigger t = trainingLength != null ? trainingLength : trainer.stopTrigger();
    if (t instanceof EarlyStoppingTrigger) {
      t = ((EarlyStoppingTrigger) t).maxTrigger();
    }
    long now = System.nanoTime();
    double speed = (it - lastIteration) / Math.max(1e-9, (now - lastNanos) / 1e9);
    lastIteration = it;
    lastNanos = now;
    double epochDetail = trainer.updater().epochDetail();
    StringBuilder sb = new StringBuilder();
    double rate = Double.NaN;
    String lengthText = "";
    if (t instanceof IntervalTrigger) {
      IntervalTrigger iv = (IntervalTrigger) t;
      rate = iv.unit().equals("iteration") ? it / iv.period() : epochDetail / iv.period();
      lengthText = " / " + PrintReport.formatG(iv.period()) + " " + iv.unit() + "s";
    }
    if (!Double.isNaN(rate)) {
      sb.append(bar("     total", rate)).append('\n');
    }
    sb.append(bar("this epoch", epochDetail - Math.floor(epochDetail))).append('\n');
    sb.append(String.format("%10d iter, %d epoch%s%n", it, trainer.updater().epoch(), lengthText));
    String eta = "";
    if (!Double.isNaN(rate) && rate > 0 && speed > 0) {
      double remaining = it * (1 / Math.min(rate, 1) - 1) / speed;
      long s = Math.round(remaining);
      eta =
          String.format(" Estimated time to finish: %d:%02d:%02d.", s / 3600, s / 60 % 60, s % 60);
    }
    sb.append(String.format("%10.5g iters/sec.%s%n", speed, eta));
    if (live) {
      if (linesDrawn > 0) {
        out.print("\033[" + linesDrawn + "A"); // back to the first line of the previous bar
      }
      out.print(sb.toString().replace("\n", "\033[K\n"));
      linesDrawn = (int) sb.chars().filter(c -> c == '\n').count();
    } else {
      out.print(sb.toString().replace("\n", "  ").trim().replaceAll("\\s{2,}", "  ") + "\n");
    }
    out.flush();
  }

  private String bar(String title, double rate) {
    double r = Math.max(0, Math.min(1, rate));
    int marks = (int) (r * barLength);
    return String.format(
        "%s [%s%s] %6.2f%%", title, "#".repeat(marks), ".".repeat(barLength - marks), r * 100);
  }

  @Override
  public void finish(Trainer trainer) {
    if (live && linesDrawn > 0) {
      out.print("\033[J");
      out.flush();
    }
  }
}
