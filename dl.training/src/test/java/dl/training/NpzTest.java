package dl.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Chain;
import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Rng;
import dl.api.Variable;
import dl.links.Classifier;
import dl.links.Linear;
import dl.optimizers.Adam;
import dl.training.serializers.HostArray;
import dl.training.serializers.Npy;
import dl.training.serializers.Npz;
import dl.training.serializers.NpzFile;
import dl.training.serializers.SerializationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .npz reading (NumPy-written fixtures), writing (checked by bytes and by NumPy) and loading. */
class NpzTest {
  static final Path FIXTURES = Path.of("src/test/resources/npz");
  @TempDir Path dir;

  /** Classifier(l1: 3→4, l2: 4→2), Chainer's layout of the fixture chainer_model.npz. */
  static final class Net extends Chain {
    final Linear l1 = addLink("l1", new Linear(3, 4));
    final Linear l2 = addLink("l2", new Linear(4, 2));

    @Override
    protected Variable forward(Variable... x) {
      return l2.call(l1.call(x[0]));
    }
  }

  static Classifier model(long seed) {
    Rng.seed(seed);
    return new Classifier(new Net());
  }

  private static void checkFixture(Map<String, HostArray> m) {
    assertArrayEquals(new int[] {2, 3}, m.get("f32").shape());
    assertArrayEquals(new float[] {0, .25f, .5f, .75f, 1, 1.25f}, (float[]) m.get("f32").data());
    // Fortran order on disk, C order here.
    assertArrayEquals(
        new double[] {0.5, 1.5, 2.5, 3.5, 4.5, 5.5}, (double[]) m.get("f64_fortran").data());
    assertArrayEquals(new long[] {1, -2, 300000}, (long[]) m.get("i32_big").data());
    assertArrayEquals(new double[] {1.5, -2.25}, (double[]) m.get("f64_big").data());
    assertArrayEquals(new byte[] {0, (byte) 255, 7}, (byte[]) m.get("u8").data());
    assertArrayEquals(new boolean[] {true, false}, (boolean[]) m.get("b").data());
    assertEquals(42, m.get("i64_scalar").getDouble(0));
    assertEquals(0, m.get("i64_scalar").shape().length);
    assertEquals(0.125, m.get("f64_scalar").getDouble(0));
    assertEquals("{\"a\": [1, 2]} ü", m.get("text").data());
    assertEquals(HostArray.Kind.NONE, m.get("lazy").kind());
  }

  @Test
  void readsNumpyStoredCompressedAndStreamedArchives() throws IOException {
    checkFixture(NpzFile.read(FIXTURES.resolve("numpy_stored.npz")));
    checkFixture(NpzFile.read(FIXTURES.resolve("numpy_compressed.npz")));
    checkFixture(NpzFile.read(FIXTURES.resolve("numpy_streamed.npz")));
  }

  @Test
  void refusesPickledObjectArraysWithoutUnpickling() {
    IOException e =
        assertThrows(IOException.class, () -> NpzFile.read(FIXTURES.resolve("pickled_object.npz")));
    assertTrue(e.getMessage().contains("pickled_object.npz"), e.getMessage());
    assertTrue(e.getMessage().contains("obj") && e.getMessage().contains("never unpickles"));
  }

  @Test
  void loadsAChainerLayoutModelFromNumpy() {
    Classifier m = model(1);
    Npz.loadNpz(FIXTURES.resolve("chainer_model.npz"), m);
    Map<String, HostArray> raw;
    try {
      raw = NpzFile.read(FIXTURES.resolve("chainer_model.npz"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertArrayEquals(
        (float[]) raw.get("predictor/l2/W").data(),
        m.namedParams().get("/predictor/l2/W").array().toFloatArray());
  }

  @Test
  void writesNpyHeadersLikeNumpy() throws IOException {
    byte[] b = Npy.write(HostArray.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3));
    assertEquals(0, (10 + ((b[8] & 0xff) | (b[9] & 0xff) << 8)) % 64, "header aligned to 64");
    String header = new String(b, 10, 70, StandardCharsets.ISO_8859_1);
    assertTrue(
        header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }"), header);
    byte[] one = Npy.write(HostArray.of(new int[] {7}, 1));
    assertTrue(new String(one, StandardCharsets.ISO_8859_1).contains("'shape': (1,)"));
  }

  @Test
  void savesAModelWithChainerKeysStoredOrDeflated() throws IOException {
    Classifier m = model(2);
    Path f = dir.resolve("model.npz");
    Npz.saveNpz(f, m);
    try (ZipFile z = new ZipFile(f.toFile())) {
      List<String> names = z.stream().map(ZipEntry::getName).sorted().toList();
      assertEquals(
          List.of(
              "predictor/l1/W.npy",
              "predictor/l1/b.npy",
              "predictor/l2/W.npy",
              "predictor/l2/b.npy"),
          names);
      assertEquals(ZipEntry.DEFLATED, z.getEntry("predictor/l1/W.npy").getMethod());
    }
    Path stored = dir.resolve("stored.npz");
    Npz.saveNpz(stored, dl.training.serializers.Serializers.of(m), false);
    try (ZipFile z = new ZipFile(stored.toFile())) {
      assertEquals(ZipEntry.STORED, z.getEntry("predictor/l1/W.npy").getMethod());
    }
    Classifier back = model(3);
    Npz.loadNpz(stored, back);
    assertArrayEquals(
        m.namedParams().get("/predictor/l1/W").array().toFloatArray(),
        back.namedParams().get("/predictor/l1/W").array().toFloatArray());
  }

  @Test
  void optimizerStateRoundTripsUnderChainerKeys() throws IOException {
    Classifier m = model(4);
    Adam opt = new Adam();
    opt.setup(m);
    Variable x = new Variable(NdArrays.of(new float[] {1, 2, 3, -1, 0, 1}, 2, 3));
    Variable t = new Variable(NdArrays.of(new int[] {0, 1}, 2));
    opt.update(() -> m.call(x, t));
    opt.update(() -> m.call(x, t));
    Path f = dir.resolve("opt.npz");
    Npz.saveNpz(f, opt);
    Map<String, HostArray> raw = NpzFile.read(f);
    assertEquals(2, raw.get("t").getDouble(0));
    assertEquals(2, raw.get("predictor/l1/W/t").getDouble(0));
    assertArrayEquals(new int[] {4, 3}, raw.get("predictor/l1/W/m").shape());
    assertTrue(raw.containsKey("predictor/l1/W/v"));

    Classifier m2 = model(4);
    Adam opt2 = new Adam();
    opt2.setup(m2);
    Npz.loadNpz(f, opt2); // state loaded before any update: names come from the file
    assertEquals(2, opt2.t());
    assertArrayEquals(
        opt.target()
            .namedParams()
            .get("/predictor/l1/W")
            .updateRule()
            .state()
            .get("m")
            .toFloatArray(),
        m2.namedParams().get("/predictor/l1/W").updateRule().state().get("m").toFloatArray());
  }

  @Test
  void numpyLoadsWhatCatenaWrites() throws Exception {
    Path f = dir.resolve("catena.npz");
    Map<String, HostArray> m = new LinkedHashMap<>();
    m.put("a/b", HostArray.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3));
    m.put("n", HostArray.scalar(7L));
    m.put("s", HostArray.string("héllo"));
    m.put("lazy", HostArray.none()); // Chainer's uninitialised parameter
    NpzFile.write(f, m, true);
    assertEquals(HostArray.Kind.NONE, NpzFile.read(f).get("lazy").kind());
    assertEquals(m.keySet(), NpzFile.read(f).keySet());
    Process p;
    try {
      p =
          new ProcessBuilder(
                  "python3",
                  "-c",
                  "import numpy as np,sys; d=np.load(sys.argv[1], allow_pickle=True);"
                      + " print(d['a/b'].dtype, d['a/b'].shape, float(d['a/b'][1,2]), int(d['n']),"
                      + " str(d['s']), d['lazy'][()] is None)",
                  f.toString())
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      org.junit.jupiter.api.Assumptions.assumeTrue(false, "python3 is not installed: " + e);
      return;
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    org.junit.jupiter.api.Assumptions.assumeFalse(
        out.contains("No module named 'numpy'"), "NumPy is not installed");
    assertEquals("float32 (2, 3) 6.0 7 héllo True", out);
  }

  @Test
  void aTruncatedFileNamesTheFileAndLeavesTheModelUntouched() throws IOException {
    Classifier m = model(5);
    Path f = dir.resolve("model.npz");
    Npz.saveNpz(f, m);
    byte[] all = Files.readAllBytes(f);
    Path cut = dir.resolve("cut.npz");
    Files.write(cut, Arrays.copyOf(all, all.length / 2));
    Classifier target = model(6);
    float[] before = target.namedParams().get("/predictor/l1/W").array().toFloatArray();
    SerializationException e =
        assertThrows(SerializationException.class, () -> Npz.loadNpz(cut, target));
    assertTrue(e.getMessage().contains("cut.npz"), e.getMessage());
    assertArrayEquals(before, target.namedParams().get("/predictor/l1/W").array().toFloatArray());
  }

  @Test
  void aCorruptEntryNamesTheKey() throws IOException {
    Path f = dir.resolve("bad.npz");
    Map<String, HostArray> m = new LinkedHashMap<>();
    m.put("predictor/l1/W", HostArray.of(new float[12], 4, 3));
    NpzFile.write(f, m, false);
    byte[] b = Files.readAllBytes(f);
    // Overwrite the .npy magic of the single stored entry.
    String s = new String(b, StandardCharsets.ISO_8859_1);
    int at = s.indexOf("NUMPY");
    b[at] = 'X';
    Files.write(f, b);
    SerializationException e =
        assertThrows(SerializationException.class, () -> Npz.loadNpz(f, model(1)));
    assertTrue(
        e.getMessage().contains("bad.npz") && e.getMessage().contains("predictor/l1/W"),
        e.getMessage());
  }

  @Test
  void aDifferentModelNamesMissingAndUnexpectedKeysAndChangesNothing() {
    Path f = dir.resolve("m.npz");
    Npz.saveNpz(f, model(7));
    Chain other =
        new Chain() {
          {
            addLink("l1", new Linear(3, 4));
          }

          {
            addLink("l3", new Linear(4, 2));
          }
        };
    Classifier target = new Classifier(other);
    float[] before = target.namedParams().get("/predictor/l1/W").array().toFloatArray();
    SerializationException e =
        assertThrows(SerializationException.class, () -> Npz.loadNpz(f, target));
    assertTrue(
        e.getMessage().contains("Missing keys: [predictor/l3/W, predictor/l3/b]"), e.getMessage());
    assertTrue(
        e.getMessage().contains("unexpected keys: [predictor/l2/W, predictor/l2/b]"),
        e.getMessage());
    // l1 was present and valid, but nothing is assigned when anything is missing.
    assertArrayEquals(before, target.namedParams().get("/predictor/l1/W").array().toFloatArray());
    Npz.loadNpz(f, target, "", false); // non-strict: loads what matches
    assertArrayEquals(
        NpzTestSupport.floats(f, "predictor/l1/W"),
        target.namedParams().get("/predictor/l1/W").array().toFloatArray());
  }

  @Test
  void aShapeMismatchNamesTheKeyAndShapes() {
    Path f = dir.resolve("m.npz");
    Npz.saveNpz(f, model(7));
    Chain other =
        new Chain() {
          {
            addLink("l1", new Linear(3, 5));
          }

          {
            addLink("l2", new Linear(5, 2));
          }
        };
    SerializationException e =
        assertThrows(SerializationException.class, () -> Npz.loadNpz(f, new Classifier(other)));
    assertTrue(
        e.getMessage().contains("predictor/l1/W")
            && e.getMessage().contains("(5, 3)")
            && e.getMessage().contains("(4, 3)"),
        e.getMessage());
  }

  @Test
  void pathLoadsAModelOutOfALargerFileAndLazyParametersTakeTheStoredShape() {
    Path f = dir.resolve("snap.npz");
    Classifier m = model(8);
    Npz.saveNpz(
        f,
        s -> dl.training.serializers.Serializers.link(s.child("updater").child("model:main"), m),
        true);
    Chain lazy =
        new Chain() {
          {
            addLink("l1", new Linear(4));
          }

          {
            addLink("l2", new Linear(2));
          }
        };
    Classifier target = new Classifier(lazy);
    Npz.loadNpz(f, target, "updater/model:main/", true);
    assertArrayEquals(
        m.namedParams().get("/predictor/l2/W").array().toFloatArray(),
        target.namedParams().get("/predictor/l2/W").array().toFloatArray());
    assertEquals(DType.FLOAT32, target.namedParams().get("/predictor/l2/W").dtype());
  }
}
