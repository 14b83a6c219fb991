package dl.training.datasets;

import dl.training.serializers.HostArray;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * CIFAR-10 and CIFAR-100 from their binary versions: records of label byte(s) then 3072 pixels
 * (1024 each of red, green and blue, row-major), read straight out of the {@code .tar.gz} or from
 * extracted {@code .bin} files. CIFAR-100 yields the fine labels, as Chainer's {@code
 * get_cifar100}.
 *
 * <pre>{@code
 * List<Dataset<?>> tt = StandardDatasets.getCifar10(Options.defaults());
 * }</pre>
 */
final class Cifar {
  static final String C10_URL = "https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz";
  static final String C10_MD5 = "c32a1d4ab5d03f1284b67883e8d87530";
  static final String C100_URL = "https://www.cs.toronto.edu/~kriz/cifar-100-binary.tar.gz";
  static final String C100_MD5 = "03b5dce01913d631647c71ecec9e9cb8";

  private Cifar() {}

  static List<Dataset<?>> load(boolean hundred, StandardDatasets.Options o) throws IOException {
    String tarName = hundred ? "cifar-100-binary.tar.gz" : "cifar-10-binary.tar.gz";
    Map<String, byte[]> bins;
    if (o.dir() != null) {
      bins = fromFolder(o.dir(), tarName);
    } else {
      Path cache = StandardDatasets.datasetRoot().resolve(hundred ? "cifar-100" : "cifar-10");
      Path tar = cache.resolve(tarName);
      if (!Files.isRegularFile(tar)) {
        String url = o.mirror() != null ? o.mirror() + tarName : hundred ? C100_URL : C10_URL;
        Download.cached(URI.create(url), hundred ? C100_MD5 : C10_MD5, tar, o.progress());
      }
      bins = readTar(tar);
    }
    int labelBytes = hundred ? 2 : 1;
    List<byte[]> train = new ArrayList<>();
    List<byte[]> test = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : bins.entrySet()) {
      String n = e.getKey();
      if (n.startsWith("test")) {
        test.add(e.getValue());
      } else if (n.startsWith("data_batch") || n.equals("train.bin")) {
        train.add(e.getValue());
      }
    }
    if (train.isEmpty() || test.isEmpty()) {
      throw new IOException(
          "CIFAR: no training or test batches found (have " + bins.keySet() + ")");
    }
    return List.of(split(train, labelBytes, o), split(test, labelBytes, o));
  }

  private static Map<String, byte[]> fromFolder(Path dir, String tarName) throws IOException {
    if (Files.isRegularFile(dir.resolve(tarName))) {
      return readTar(dir.resolve(tarName));
    }
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir, 2)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (f.getFileName().toString().endsWith(".bin")) {
          out.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
      }
    }
    if (out.isEmpty()) {
      throw new IOException("CIFAR: neither " + tarName + " nor .bin files in " + dir);
    }
    return out;
  }

  /** The {@code .bin} members of a gzipped tar, by base name. */
  static Map<String, byte[]> readTar(Path tar) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (InputStream in =
        new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tar), 1 << 16))) {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512) {
        String name = cstring(header, 0, 100);
        if (name.isEmpty()) {
          break; // end-of-archive blocks
        }
        String prefix = cstring(header, 345, 155);
        String sizeText = cstring(header, 124, 12).trim();
        long size = sizeText.isEmpty() ? 0 : Long.parseLong(sizeText, 8);
        byte[] data = in.readNBytes((int) size);
        if (data.length != size) {
          throw new IOException(tar + ": truncated member " + name);
        }
        in.readNBytes((int) ((512 - size % 512) % 512));
        String full = prefix.isEmpty() ? name : prefix + "/" + name;
        if (header[156] == '0' || header[156] == 0) {
          String base = full.substring(full.lastIndexOf('/') + 1);
          if (base.endsWith(".bin")) {
            out.put(base, data);
          }
        }
      }
    }
    return out;
  }

  private static String cstring(byte[] b, int off, int len) {
    int end = off;
    while (end < off + len && b[end] != 0) {
      end++;
    }
    return new String(b, off, end - off, StandardCharsets.ISO_8859_1);
  }

  private static Dataset<?> split(List<byte[]> parts, int labelBytes, StandardDatasets.Options o)
      throws IOException {
    int rec = labelBytes + 3072;
    int n = 0;
    for (byte[] p : parts) {
      if (p.length % rec != 0) {
        throw new IOException(
            "CIFAR: a batch of "
                + p.length
                + " bytes is not a whole number of "
                + rec
                + "-byte records");
      }
      n += p.length / rec;
    }
    byte[] px = new byte[n * 3072];
    long[] labels = new long[n];
    int i = 0;
    for (byte[] p : parts) {
      for (int r = 0; r < p.length / rec; r++, i++) {
        labels[i] = p[r * rec + labelBytes - 1] & 0xff; // CIFAR-100: the fine label comes second
        System.arraycopy(p, r * rec + labelBytes, px, i * 3072, 3072);
      }
    }
    int ndim = o.ndim() == 0 ? 3 : o.ndim();
    if (ndim != 1 && ndim != 3) {
      throw new IllegalArgumentException("get_cifar: ndim must be 1 or 3, got " + ndim);
    }
    int[] shape = ndim == 1 ? new int[] {n, 3072} : new int[] {n, 3, 32, 32};
    return StandardDatasets.pack(
        new HostArray(HostArray.Kind.UINT8, new int[] {n, 3072}, px),
        new HostArray(HostArray.Kind.INT64, new int[] {n}, labels),
        shape,
        o);
  }
}
