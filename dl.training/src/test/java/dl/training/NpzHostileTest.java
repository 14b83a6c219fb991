package dl.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.links.Classifier;
import dl.training.serializers.HostArray;
import dl.training.serializers.Npz;
import dl.training.serializers.NpzFile;
import dl.training.serializers.SerializationException;
import dl.training.serializers.Serializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile and unusual archives (fixtures written by NumPy and Python's zipfile, see
 * make_hostile.py): refused with the file and entry named and the model unchanged, or read.
 */
class NpzHostileTest {
  static final Path FIXTURES = NpzTest.FIXTURES;
  @org.junit.jupiter.api.io.TempDir Path dir;

  private static float[] w(Classifier m) {
    return m.namedParams().get("/predictor/l1/W").array().toFloatArray();
  }

  /** Loading {@code fixture} into a fresh model fails naming it and {@code what}; nothing moves. */
  private static String refused(String fixture, String... what) {
    String m = refusedByLoad(fixture, what);
    IOException io = assertThrows(IOException.class, () -> NpzFile.read(FIXTURES.resolve(fixture)));
    assertTrue(io.getMessage().contains(fixture), io.getMessage());
    return m;
  }

  private static String refusedByLoad(String fixture, String... what) {
    Classifier m = NpzTest.model(11);
    float[] before = w(m);
    float[] b1 = m.namedParams().get("/predictor/l1/b").array().toFloatArray();
    SerializationException e =
        assertThrows(SerializationException.class, () -> Npz.loadNpz(FIXTURES.resolve(fixture), m));
    assertTrue(e.getMessage().contains(fixture), e.getMessage());
    for (String s : what) {
      assertTrue(e.getMessage().contains(s), e.getMessage());
    }
    assertArrayEquals(before, w(m));
    assertArrayEquals(b1, m.namedParams().get("/predictor/l1/b").array().toFloatArray());
    return e.getMessage();
  }

  @Test
  void refusesDotDotAndAbsoluteEntryNames() {
    refused("dotdot.npz", "../evil.npy", "'..'");
    refused("absolute.npz", "/abs/evil.npy", "absolute");
  }

  @Test
  void refusesADuplicateEntryInsteadOfLettingTheLastWin() {
    refused("duplicate.npz", "predictor/l1/b", "twice");
  }

  @Test
  void refusesANegativeDimensionNamingTheKey() {
    refused("negative_dim.npz", "predictor/l1/W", "negative dimension -4");
  }

  @Test
  void refusesAHugeDeclarationBeforeInflating() {
    // 1.6 GB declared, 1 KB present: refused on the declared size, without an OutOfMemoryError.
    refused("huge_declared.npz", "predictor/l1/W", "(400000000,)", "before inflating");
  }

  @Test
  void refusesAnHonestEntryLargerThanTheTargetOrTheCap() {
    String m =
        refusedByLoad("big_honest.npz", "predictor/l1/W", "(1000, 1000)", "before inflating");
    assertTrue(m.contains("the target holds 12"), m);
    Path f = FIXTURES.resolve("big_honest.npz");
    IOException e = assertThrows(IOException.class, () -> NpzFile.read(f, 1 << 20));
    assertTrue(e.getMessage().contains("over the limit of 1048576 bytes"), e.getMessage());
  }

  @Test
  void acceptsOnlyTheExactPicklesNumpyWritesForNone() throws IOException {
    for (String f : new String[] {"none_numpy1.npz", "none_numpy2.npz"}) {
      assertEquals(HostArray.Kind.NONE, NpzFile.read(FIXTURES.resolve(f)).get("lazy").kind(), f);
    }
    IOException e =
        assertThrows(
            IOException.class, () -> NpzFile.read(FIXTURES.resolve("pickle_tampered.npz")));
    assertTrue(
        e.getMessage().contains("pickle_tampered.npz")
            && e.getMessage().contains("lazy")
            && e.getMessage().contains("never unpickles"),
        e.getMessage());
  }

  @Test
  void readsFloat16BytesAndUnicodeOfAnyRank() throws IOException {
    Map<String, HostArray> m = NpzFile.read(FIXTURES.resolve("dtypes.npz"));
    assertEquals(HostArray.Kind.FLOAT16, m.get("f2").kind());
    assertArrayEquals(new float[] {1.5f, -2f, 65504f, 5.9604645e-8f}, (float[]) m.get("f2").data());
    assertArrayEquals(
        new float[] {0.25f, Float.POSITIVE_INFINITY}, (float[]) m.get("f2_big").data());
    assertArrayEquals(new int[] {1, 2}, m.get("f2_big").shape());
    byte[][] s = (byte[][]) m.get("bytes").data();
    assertEquals("ab|", new String(s[0], StandardCharsets.US_ASCII) + "|");
    assertEquals(0, s[1].length);
    assertEquals("xyz", new String(s[2], StandardCharsets.US_ASCII));
    assertEquals(
        "hello", new String(((byte[][]) m.get("bytes0").data())[0], StandardCharsets.US_ASCII));
    assertArrayEquals(new int[] {2, 2}, m.get("text").shape());
    assertArrayEquals(new String[] {"a", "bc", "déf", ""}, (String[]) m.get("text").data());
    assertArrayEquals(new String[] {"xy"}, (String[]) m.get("text_big").data());
    assertEquals("bc", m.get("text").row(0).row(1).data());
    for (String k : new String[] {"complex", "dates", "structured"}) {
      assertEquals(HostArray.Kind.UNSUPPORTED, m.get(k).kind(), k);
    }
    assertTrue(m.get("complex").toString().contains("<c8"), m.get("complex").toString());
  }

  @Test
  void unsupportedEntriesThatNobodyLoadsDoNotBlockTheRest() throws IOException {
    Classifier m = NpzTest.model(12);
    Npz.loadNpz(FIXTURES.resolve("dtypes.npz"), m);
    float[] stored =
        (float[]) NpzFile.read(FIXTURES.resolve("dtypes.npz")).get("predictor/l1/W").data();
    assertArrayEquals(stored, w(m));
    // Asked for, an unsupported entry fails naming the file, the key and the dtype.
    SerializationException e =
        assertThrows(
            SerializationException.class,
            () ->
                Npz.loadNpz(
                    FIXTURES.resolve("dtypes.npz"),
                    (Serializer s) -> s.array("complex", null),
                    "",
                    true));
    assertTrue(
        e.getMessage().contains("dtypes.npz")
            && e.getMessage().contains("complex")
            && e.getMessage().contains("<c8"),
        e.getMessage());
    // A 0-d byte string loads as a string; a float16 array into a float32 parameter.
    String[] got = new String[1];
    Npz.loadNpz(
        FIXTURES.resolve("dtypes.npz"), s -> got[0] = s.value("bytes0", "default"), "", true);
    assertEquals("hello", got[0]);
    dl.api.NdArray[] f2 = new dl.api.NdArray[1];
    Npz.loadNpz(FIXTURES.resolve("dtypes.npz"), s -> f2[0] = s.array("f2", null), "", true);
    assertArrayEquals(new float[] {1.5f, -2f, 65504f, 5.9604645e-8f}, f2[0].toFloatArray());
    assertNull(NpzFile.read(FIXTURES.resolve("dtypes.npz")).get("absent"));
  }

  @Test
  void batchNormalizationsCountIsWrittenAsChainersInt64AndLoadsBack() throws IOException {
    Path f = dir.resolve("bn.npz");
    Npz.saveNpz(f, new dl.links.BatchNormalization(3));
    HostArray n = NpzFile.read(f).get("N");
    assertEquals(HostArray.Kind.INT64, n.kind());
    assertEquals(0, n.shape().length);
    dl.links.BatchNormalization back = new dl.links.BatchNormalization(3);
    Npz.loadNpz(f, back);
    assertEquals(dl.api.DType.INT32, back.persistent("N").dtype());
  }
}
