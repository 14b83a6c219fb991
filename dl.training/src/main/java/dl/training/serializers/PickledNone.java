package dl.training.serializers;

import java.util.Arrays;

/**
 * The pickles NumPy writes for {@code numpy.asarray(None)} (Chainer's uninitialised parameter),
 * byte for byte: an object array is accepted only when it is exactly one of them, and never
 * unpickled.
 */
final class PickledNone {
  private PickledNone() {}

  /**
   * Whether {@code p} is exactly one of the pickles NumPy writes for {@code numpy.asarray(None)}
   * (what Chainer saves for an uninitialised parameter): compared byte for byte, never run. Any
   * other object array, however similar, is refused.
   */
  static boolean matches(byte[] p) {
    for (byte[] known : KNOWN) {
      if (Arrays.equals(p, known)) {
        return true;
      }
    }
    return false;
  }

  /** {@code pickle.dumps(numpy.asarray(None), protocol=2)}, loadable by NumPy 1 and 2. */
  static final byte[] PROTOCOL2 = {
    -128, 2, 99, 110, 117, 109, 112, 121, 46, 99, 111, 114, 101, 46, 109, 117, 108, 116, 105, 97,
    114, 114, 97, 121, 10, 95, 114, 101, 99, 111, 110, 115, 116, 114, 117, 99, 116, 10, 113, 0, 99,
    110, 117, 109, 112, 121, 10, 110, 100, 97, 114, 114, 97, 121, 10, 113, 1, 75, 0, -123, 113, 2,
    99, 95, 99, 111, 100, 101, 99, 115, 10, 101, 110, 99, 111, 100, 101, 10, 113, 3, 88, 1, 0, 0, 0,
    98, 113, 4, 88, 6, 0, 0, 0, 108, 97, 116, 105, 110, 49, 113, 5, -122, 113, 6, 82, 113, 7, -121,
    113, 8, 82, 113, 9, 40, 75, 1, 41, 99, 110, 117, 109, 112, 121, 10, 100, 116, 121, 112, 101, 10,
    113, 10, 88, 2, 0, 0, 0, 79, 56, 113, 11, -119, -120, -121, 113, 12, 82, 113, 13, 40, 75, 3, 88,
    1, 0, 0, 0, 124, 113, 14, 78, 78, 78, 74, -1, -1, -1, -1, 74, -1, -1, -1, -1, 75, 63, 116, 113,
    15, 98, -119, 93, 113, 16, 78, 97, 116, 113, 17, 98, 46
  };

  /** NumPy 1.17 to 1.26: pickle protocol 3, {@code numpy.core} (written by NumPy 1.24). */
  private static final byte[] PICKLED_NONE_NUMPY1 = {
    -128, 3, 99, 110, 117, 109, 112, 121, 46, 99, 111, 114, 101, 46, 109, 117, 108, 116, 105, 97,
    114, 114, 97, 121, 10, 95, 114, 101, 99, 111, 110, 115, 116, 114, 117, 99, 116, 10, 113, 0, 99,
    110, 117, 109, 112, 121, 10, 110, 100, 97, 114, 114, 97, 121, 10, 113, 1, 75, 0, -123, 113, 2,
    67, 1, 98, 113, 3, -121, 113, 4, 82, 113, 5, 40, 75, 1, 41, 99, 110, 117, 109, 112, 121, 10,
    100, 116, 121, 112, 101, 10, 113, 6, 88, 2, 0, 0, 0, 79, 56, 113, 7, -119, -120, -121, 113, 8,
    82, 113, 9, 40, 75, 3, 88, 1, 0, 0, 0, 124, 113, 10, 78, 78, 78, 74, -1, -1, -1, -1, 74, -1, -1,
    -1, -1, 75, 63, 116, 113, 11, 98, -119, 93, 113, 12, 78, 97, 116, 113, 13, 98, 46
  };

  /** NumPy 2: pickle protocol 4, {@code numpy._core} (written by NumPy 2.4). */
  private static final byte[] PICKLED_NONE_NUMPY2 = {
    -128, 4, -107, -121, 0, 0, 0, 0, 0, 0, 0, -116, 22, 110, 117, 109, 112, 121, 46, 95, 99, 111,
    114, 101, 46, 109, 117, 108, 116, 105, 97, 114, 114, 97, 121, -108, -116, 12, 95, 114, 101, 99,
    111, 110, 115, 116, 114, 117, 99, 116, -108, -109, -108, -116, 5, 110, 117, 109, 112, 121, -108,
    -116, 7, 110, 100, 97, 114, 114, 97, 121, -108, -109, -108, 75, 0, -123, -108, 67, 1, 98, -108,
    -121, -108, 82, -108, 40, 75, 1, 41, 104, 3, -116, 5, 100, 116, 121, 112, 101, -108, -109, -108,
    -116, 2, 79, 56, -108, -119, -120, -121, -108, 82, -108, 40, 75, 3, -116, 1, 124, -108, 78, 78,
    78, 74, -1, -1, -1, -1, 74, -1, -1, -1, -1, 75, 63, 116, -108, 98, -119, 93, -108, 78, 97, 116,
    -108, 98, 46
  };

  /**
   * {@code np.save(np.asarray(None))} as NumPy writes it: protocol 2 with {@code numpy.core} (NumPy
   * up to 1.16 on Python 3, and Catena's writer), protocol 3 (NumPy 1.17 to 1.26), protocol 4 with
   * {@code numpy._core} (NumPy 2).
   */
  private static final byte[][] KNOWN = {PROTOCOL2, PICKLED_NONE_NUMPY1, PICKLED_NONE_NUMPY2};

  /** Longer than any of them: more bytes are never read. */
  static final int MAX = 512;
}
