package dl.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin kit outside this repository: a Maven project of its own ({@code src/it/plugin-project}
 * with the complete POM of docs/plugins.md, which imports {@code dev.catena:catena-bom}) builds and
 * passes its tests against the reactor's artifacts. They are laid out in a fresh local repository
 * the way {@code mvn install} would put them; every other artifact comes from the build's own local
 * repository through a {@code file:} mirror, so nothing is downloaded.
 */
class StandalonePluginTest {
  static final List<String> MODULES =
      List.of(
          "dl.api",
          "dl.engine",
          "dl.backend.openblas",
          "dl.functions",
          "dl.links",
          "dl.optimizers",
          "dl.testing");

  @TempDir static Path tmp;

  @Test
  void aPluginProjectWithTheGuidesPomBuildsAndPassesItsTests() throws Exception {
    Path root = Path.of(System.getProperty("catena.root"));
    String version = System.getProperty("catena.version");
    Path repo = tmp.resolve("repository");
    install(repo, "catena-parent", version, root.resolve("pom.xml"), null);
    install(repo, "catena-bom", version, root.resolve("catena-bom/pom.xml"), null);
    for (String m : MODULES) {
      Path jar = root.resolve(m + "/target/" + m + "-" + version + ".jar");
      assertTrue(Files.isRegularFile(jar), jar + " is missing: run after the reactor's package");
      install(repo, m, version, root.resolve(m + "/pom.xml"), jar);
    }
    Path project = tmp.resolve("example-cube");
    copyTree(root.resolve("dl.image/src/it/plugin-project"), project);
    Files.writeString(project.resolve("pom.xml"), guidePom(root.resolve("docs/plugins.md")));
    Path settings = tmp.resolve("settings.xml");
    Files.writeString(
        settings,
        "<settings><mirrors><mirror><id>build</id><mirrorOf>*</mirrorOf><url>"
            + Path.of(System.getProperty("catena.localRepository")).toUri()
            + "</url></mirror></mirrors></settings>\n");
    Path mvn = Path.of(System.getProperty("catena.mavenHome"), "bin", "mvn");
    Proc p =
        Proc.run(
            Map.of("JAVA_HOME", System.getProperty("java.home"), "MAVEN_OPTS", ""),
            List.of(
                mvn.toString(),
                "-B",
                "-o",
                "-Daether.offline.protocols=file",
                "-s",
                settings.toString(),
                "-Dmaven.repo.local=" + repo,
                "-f",
                project.resolve("pom.xml").toString(),
                "verify"));
    assertEquals(0, p.exit(), p.toString());
    // The function harness (forward, gradient, double gradient per backend and dtype) and the
    // model test both ran, inside the module (surefire's module-path mode).
    Matcher total =
        Pattern.compile("Tests run: (\\d+), Failures: 0, Errors: 0, Skipped: 0\n").matcher(p.out());
    assertTrue(total.find() && Integer.parseInt(total.group(1)) >= 3, p.toString());
    assertTrue(p.out().contains("in org.example.cube.CubeTest"), p.toString());
    assertTrue(p.out().contains("in org.example.cube.InAModelTest"), p.toString());
    assertTrue(Files.isRegularFile(project.resolve("target/example-cube-1.0.0.jar")), p.toString());
    System.out.printf("[dl.image] standalone plugin project: mvn verify %.1f s%n", p.seconds());
  }

  /** The guide's standalone POM: its one XML block that imports the BOM. */
  static String guidePom(Path guide) throws IOException {
    Matcher m =
        Pattern.compile("```xml\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(guide));
    while (m.find()) {
      if (m.group(1).contains("<artifactId>catena-bom</artifactId>")) {
        return m.group(1);
      }
    }
    throw new AssertionError(guide + " has no ```xml block with a POM importing catena-bom");
  }

  /** What {@code mvn install} leaves in a local repository for one artifact. */
  static void install(Path repo, String artifact, String version, Path pom, Path jar)
      throws IOException {
    Path dir = repo.resolve("dev/catena/" + artifact + "/" + version);
    Files.createDirectories(dir);
    Files.copy(pom, dir.resolve(artifact + "-" + version + ".pom"));
    if (jar != null) {
      Files.copy(jar, dir.resolve(artifact + "-" + version + ".jar"));
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path f : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
