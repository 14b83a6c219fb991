package dl.testing.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One ONNX backend node test: a folder {@code test_<case>/} with {@code model.onnx} and {@code
 * test_data_set_0/input_<i>.pb}, {@code output_<j>.pb}. Inputs and outputs that are not tensors
 * (sequences, optionals) are null in the lists, with their kind in the model's values.
 *
 * <pre>{@code
 * for (OnnxCase c : OnnxCase.all(Path.of("../shared/conformance/onnx-v1.22.0/node"))) {
 *   System.out.println(c.name() + ": " + c.model().nodes().get(0).opType());
 * }
 * }</pre>
 *
 * @param name the folder name without {@code test_}
 * @param model the graph
 * @param inputs the input tensors, in the graph's input order (null where not a tensor)
 * @param outputs the expected output tensors, in the graph's output order (null where not a tensor)
 */
public record OnnxCase(
    String name, OnnxModel model, List<OnnxTensor> inputs, List<OnnxTensor> outputs) {

  /** Reads a case folder. */
  public static OnnxCase read(Path dir) throws IOException {
    OnnxModel m = OnnxModel.read(dir.resolve("model.onnx"));
    Path data = dir.resolve("test_data_set_0");
    String n = dir.getFileName().toString();
    return new OnnxCase(
        n.startsWith("test_") ? n.substring(5) : n,
        m,
        tensors(data, "input_", m.inputs()),
        tensors(data, "output_", m.outputs()));
  }

  /** Every case folder under {@code nodeDir}, sorted by name. */
  public static List<OnnxCase> all(Path nodeDir) throws IOException {
    List<OnnxCase> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(nodeDir)) {
      for (Path p : s.sorted().toList()) {
        if (Files.isRegularFile(p.resolve("model.onnx"))) {
          out.add(read(p));
        }
      }
    }
    return out;
  }

  private static List<OnnxTensor> tensors(Path data, String prefix, List<OnnxModel.Value> values)
      throws IOException {
    List<OnnxTensor> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Path f = data.resolve(prefix + i + ".pb");
      boolean tensor = values.get(i).kind().equals("tensor");
      out.add(tensor && Files.isRegularFile(f) ? OnnxTensor.read(f) : null);
    }
    return out;
  }
}
