package dl.links;

import dl.api.Link;
import java.util.Map;

/** Reads the options shared by the GRU providers. */
final class GruOptions {
  private GruOptions() {}

  /** kind 0: StatelessGRU, 1: StatefulGRU, 2: GRU. */
  static Link read(String name, Map<String, Object> opts, int kind) {
    Options o = Options.of(name, opts, "in_size", "out_size", "init", "inner_init", "bias_init");
    int in = o.requiredInt("in_size");
    int out = o.requiredInt("out_size");
    var init = o.initializer("init");
    var inner = o.initializer("inner_init");
    var bias = o.initializer("bias_init");
    return switch (kind) {
      case 0 -> new StatelessGRU(in, out, init, inner, bias);
      case 1 -> new StatefulGRU(in, out, init, inner, bias);
      default -> new GRU(in, out, init, inner, bias);
    };
  }
}
