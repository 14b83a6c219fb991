package dl.training.extensions;

import dl.api.Link;
import dl.training.Extension;
import dl.training.Trainer;
import dl.training.Trigger;
import dl.training.serializers.Npz;
import dl.training.serializers.Serializable;
import dl.training.serializers.Serializers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Chainer's {@code snapshot} and {@code snapshot_object}: writes the trainer (or one object) as an
 * {@code .npz} into the trainer's {@code out} folder, through a temporary file and an atomic move,
 * so a killed run leaves either the previous snapshot or the new one. {@code filename} may contain
 * {@code {.updater.iteration}} and {@code {.updater.epoch}} (Chainer's placeholders). {@code
 * nRetains > 0} keeps only that many newest snapshots; {@code autoload} loads the newest one in
 * {@code initialize}, so starting the same command again resumes.
 *
 * <pre>{@code
 * trainer.extend(Snapshot.snapshot());                                  // every epoch
 * trainer.extend(Snapshot.snapshotObject(model, "model_epoch_{.updater.epoch}"), "model",
 *     Trigger.of(1, "epoch"));
 * }</pre>
 */
public final class Snapshot implements Extension {
  private final Serializable target;
  private final String filename;
  private final int nRetains;
  private final boolean autoload;

  private Snapshot(Serializable target, String filename, int nRetains, boolean autoload) {
    this.target = target;
    this.filename = filename;
    this.nRetains = nRetains;
    this.autoload = autoload;
  }

  /** The whole trainer as {@code snapshot_iter_{.updater.iteration}}. */
  public static Snapshot snapshot() {
    return snapshot("snapshot_iter_{.updater.iteration}", -1, false);
  }

  /** The whole trainer; {@code nRetains} ≤ 0 keeps all. */
  public static Snapshot snapshot(String filename, int nRetains, boolean autoload) {
    return new Snapshot(null, filename, nRetains, autoload);
  }

  /** One link. */
  public static Snapshot snapshotObject(Link link, String filename) {
    return new Snapshot(Serializers.of(link), filename, -1, false);
  }

  /** Any serializable object. */
  public static Snapshot snapshotObject(
      Serializable obj, String filename, int nRetains, boolean autoload) {
    return new Snapshot(obj, filename, nRetains, autoload);
  }

  @Override
  public String defaultName() {
    return "_Snapshot"; // Chainer's class name, so that snapshots' trigger keys match Chainer's
  }

  @Override
  public Trigger defaultTrigger() {
    return Trigger.of(1, "epoch");
  }

  @Override
  public int defaultPriority() {
    return -100;
  }

  private Serializable target(Trainer trainer) {
    return target != null ? target : trainer;
  }

  @Override
  public void initialize(Trainer trainer) {
    if (!autoload) {
      return;
    }
    List<Path> existing = existing(trainer.out());
    if (!existing.isEmpty()) {
      Npz.loadNpz(existing.get(existing.size() - 1), target(trainer), "", true);
    }
  }

  @Override
  public void call(Trainer trainer) {
    String name =
        filename
            .replace("{.updater.iteration}", Long.toString(trainer.updater().iteration()))
            .replace("{.updater.epoch}", Integer.toString(trainer.updater().epoch()));
    Npz.saveNpz(trainer.out().resolve(name), target(trainer), true);
    if (nRetains > 0) {
      List<Path> existing = existing(trainer.out());
      for (int i = 0; i < existing.size() - nRetains; i++) {
        try {
          Files.deleteIfExists(existing.get(i));
        } catch (IOException e) {
          throw new UncheckedIOException("snapshot: cannot delete " + existing.get(i), e);
        }
      }
    }
  }

  /** Files in {@code out} matching the filename template, oldest (lowest number) first. */
  List<Path> existing(Path out) {
    String regex =
        Pattern.quote(filename)
            .replace("{.updater.iteration}", "\\E(\\d+)\\Q")
            .replace("{.updater.epoch}", "\\E(\\d+)\\Q");
    Pattern p = Pattern.compile(regex);
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(out)) {
      return found;
    }
    try (Stream<Path> files = Files.list(out)) {
      files.filter(f -> p.matcher(f.getFileName().toString()).matches()).forEach(found::add);
    } catch (IOException e) {
      throw new UncheckedIOException("snapshot: cannot list " + out, e);
    }
    found.sort(Comparator.comparingLong(f -> number(p, f)));
    return found;
  }

  private static long number(Pattern p, Path f) {
    Matcher m = p.matcher(f.getFileName().toString());
    if (m.matches() && m.groupCount() > 0) {
      return Long.parseLong(m.group(1));
    }
    try {
      return Files.getLastModifiedTime(f).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}
