package dl.training.serializers;

/**
 * A value could not be saved or loaded; the message names the file and the key.
 *
 * <pre>{@code
 * try { Npz.loadNpz(file, model); } catch (SerializationException e) { log(e.getMessage()); }
 * }</pre>
 */
public class SerializationException extends RuntimeException {
  public SerializationException(String message) {
    super(message);
  }

  public SerializationException(String message, Throwable cause) {
    super(message, cause);
  }
}
