package dl.training.datasets;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Device;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Shapes;
import dl.training.serializers.HostArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chainer's {@code concat_examples}: a list of examples becomes stacked arrays on a device. Tuples
 * ({@code Object[]}) give an {@code NdArray[]} per position, maps give a map per key, bare arrays
 * give one array. Floats keep their width, integers and booleans become int32. With a padding
 * value, arrays of different shapes are padded to the largest extent on every axis.
 *
 * <pre>{@code
 * Object batch = Converters.concatExamples(train.get(0, 100), Device.cpu(), null);
 * NdArray x = ((NdArray[]) batch)[0];   // (100, 784)
 * }</pre>
 */
public final class Converters {
  private Converters() {}

  /** A converter: examples to arrays on a device. */
  @FunctionalInterface
  public interface Converter {
    Object convert(List<?> batch, Device device);
  }

  /** {@code concatExamples} without padding. */
  public static final Converter CONCAT_EXAMPLES =
      (batch, device) -> concatExamples(batch, device, null);

  /** Stacks examples; {@code device} null means the default device. */
  public static Object concatExamples(List<?> batch, Device device, Double padding) {
    if (batch.isEmpty()) {
      throw new IllegalArgumentException("concatExamples: the batch is empty");
    }
    Backend b = device == null ? NdArrays.backend() : device.backend();
    Object first = batch.get(0);
    if (first instanceof Object[]) {
      int width = ((Object[]) first).length;
      NdArray[] out = new NdArray[width];
      for (int k = 0; k < width; k++) {
        List<HostArray> column = new ArrayList<>(batch.size());
        for (Object ex : batch) {
          Object[] tuple = (Object[]) ex;
          if (tuple.length != width) {
            throw new IllegalArgumentException(
                "concatExamples: examples have " + width + " and " + tuple.length + " elements");
          }
          column.add(asHost(tuple[k]));
        }
        out[k] = stack(b, column, padding, "element " + k);
      }
      return out;
    }
    if (first instanceof Map) {
      Map<String, NdArray> out = new LinkedHashMap<>();
      for (Object key : ((Map<?, ?>) first).keySet()) {
        List<HostArray> column = new ArrayList<>(batch.size());
        for (Object ex : batch) {
          Object v = ((Map<?, ?>) ex).get(key);
          if (v == null) {
            throw new IllegalArgumentException(
                "concatExamples: an example has no key '" + key + "'");
          }
          column.add(asHost(v));
        }
        out.put(key.toString(), stack(b, column, padding, "key " + key));
      }
      return out;
    }
    List<HostArray> column = new ArrayList<>(batch.size());
    for (Object ex : batch) {
      column.add(asHost(ex));
    }
    return stack(b, column, padding, "examples");
  }

  private static HostArray asHost(Object o) {
    if (o instanceof HostArray) {
      return (HostArray) o;
    } else if (o instanceof NdArray) {
      return HostArray.of((NdArray) o);
    } else if (o instanceof Integer || o instanceof Long) {
      return new HostArray(HostArray.Kind.INT32, new int[0], new long[] {((Number) o).longValue()});
    } else if (o instanceof Number) {
      return new HostArray(
          HostArray.Kind.FLOAT32, new int[0], new float[] {((Number) o).floatValue()});
    }
    throw new IllegalArgumentException(
        "concatExamples: cannot convert a " + (o == null ? "null" : o.getClass().getName()));
  }

  /** Stacks host arrays along a new first axis. */
  static NdArray stack(Backend b, List<HostArray> xs, Double padding, String what) {
    HostArray h0 = xs.get(0);
    int[] shape = h0.shape().clone();
    for (HostArray h : xs) {
      if (h.shape().length != shape.length) {
        throw new IllegalArgumentException(
            "concatExamples: " + what + " has ranks " + shape.length + " and " + h.shape().length);
      }
      if (!Arrays.equals(h.shape(), shape)) {
        if (padding == null) {
          throw new IllegalArgumentException(
              "concatExamples: "
                  + what
                  + " has shapes "
                  + Shapes.str(h0.shape())
                  + " and "
                  + Shapes.str(h.shape())
                  + "; pass a padding value to pad them");
        }
        for (int a = 0; a < shape.length; a++) {
          shape[a] = Math.max(shape[a], h.shape()[a]);
        }
      }
    }
    int per = Shapes.size(shape);
    int n = xs.size();
    int[] full = new int[shape.length + 1];
    full[0] = n;
    System.arraycopy(shape, 0, full, 1, shape.length);
    DType dt =
        h0.kind() == HostArray.Kind.FLOAT32
            ? DType.FLOAT32
            : h0.kind() == HostArray.Kind.FLOAT64 ? DType.FLOAT64 : DType.INT32;
    double pad = padding == null ? 0 : padding;
    if (dt == DType.FLOAT32 && padding == null && h0.data() instanceof float[]) {
      float[] out = new float[n * per]; // the common case without per-element indexing
      for (int i = 0; i < n; i++) {
        System.arraycopy((float[]) xs.get(i).data(), 0, out, i * per, per);
      }
      return b.fromArray(out, full);
    }
    double[] out = new double[n * per];
    for (int i = 0; i < n; i++) {
      HostArray h = xs.get(i);
      if (Arrays.equals(h.shape(), shape)) {
        for (int j = 0; j < per; j++) {
          out[i * per + j] = h.getDouble(j);
        }
      } else {
        Arrays.fill(out, i * per, (i + 1) * per, pad);
        int[] idx = new int[shape.length];
        for (int j = 0; j < h.size(); j++) {
          int dst = 0;
          for (int a = 0; a < shape.length; a++) {
            dst = dst * shape[a] + idx[a];
          }
          out[i * per + dst] = h.getDouble(j);
          for (int a = shape.length - 1; a >= 0; a--) {
            if (++idx[a] < h.shape()[a]) {
              break;
            }
            idx[a] = 0;
          }
        }
      }
    }
    if (dt == DType.FLOAT64) {
      return b.fromArray(out, full);
    }
    if (dt == DType.FLOAT32) {
      float[] f = new float[out.length];
      for (int i = 0; i < f.length; i++) {
        f[i] = (float) out[i];
      }
      return b.fromArray(f, full);
    }
    int[] v = new int[out.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = (int) out[i];
    }
    return b.fromArray(v, full);
  }
}
