package dl.training;

import dl.training.serializers.NpzFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

final class NpzTestSupport {
  private NpzTestSupport() {}

  static float[] floats(Path f, String key) {
    try {
      return (float[]) NpzFile.read(f).get(key).data();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
