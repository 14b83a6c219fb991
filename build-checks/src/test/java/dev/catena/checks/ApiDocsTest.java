package dev.catena.checks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree.Kind;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The documentation rules of dl.api that javadoc's doclint cannot state alone: every public or
 * protected type, constructor, method, field and enum constant has a comment (doclint's "missing"
 * group would also demand every @param and @return tag), and every public top-level type shows a
 * short example ({@code <pre>} or {@code {@snippet}}). Javadoc itself runs in each module with
 * doclint on for syntax, HTML and references.
 */
class ApiDocsTest {
  @Test
  void publicApiOfDlApiIsDocumentedWithExamples() throws Exception {
    Path module = Tree.root().resolve("dl.api");
    List<Path> sources = Tree.mainSources(module);
    assertTrue(sources.size() > 20, "dl.api sources not found under " + module);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> missing = new ArrayList<>();
    List<String> noExample = new ArrayList<>();
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> files = fm.getJavaFileObjectsFromPaths(sources);
      JavacTask task =
          (JavacTask) javac.getTask(null, fm, null, List.of("-proc:none"), null, files);
      DocTrees docs = DocTrees.instance(task); // before parse: keeps the doc comments
      for (CompilationUnitTree unit : task.parse()) {
        if (unit.getPackage() == null) {
          continue; // module-info
        }
        String file = module.relativize(Path.of(unit.getSourceFile().toUri())).toString();
        new TreePathScanner<Void, Void>() {
          @Override
          public Void visitClass(ClassTree c, Void p) {
            TreePath path = getCurrentPath();
            if (!visible(c.getModifiers(), path)) {
              return null; // nothing inside a hidden type is API
            }
            DocCommentTree doc = docs.getDocCommentTree(path);
            String where = file + ": " + c.getSimpleName();
            if (doc == null) {
              missing.add("type " + where);
            } else if (path.getParentPath().getLeaf() instanceof CompilationUnitTree) {
              String text = doc.toString();
              if (!text.contains("<pre>") && !text.contains("{@snippet")) {
                noExample.add(where);
              }
            }
            return super.visitClass(c, p);
          }

          @Override
          public Void visitMethod(MethodTree m, Void p) {
            TreePath path = getCurrentPath();
            boolean generated = m.getName().contentEquals("<init>") && m.getBody() == null;
            if (!generated
                && visible(m.getModifiers(), path)
                && !overrides(m.getModifiers())
                && docs.getDocCommentTree(path) == null) {
              String name =
                  m.getName().contentEquals("<init>") ? "constructor" : m.getName().toString();
              missing.add("method " + file + ": " + name);
            }
            return null;
          }

          @Override
          public Void visitVariable(VariableTree v, Void p) {
            TreePath path = getCurrentPath();
            if (path.getParentPath().getLeaf() instanceof ClassTree
                && visible(v.getModifiers(), path)
                && docs.getDocCommentTree(path) == null) {
              missing.add("field " + file + ": " + v.getName());
            }
            return null;
          }
        }.scan(unit, null);
      }
    }
    assertTrue(
        missing.isEmpty(),
        "public API of dl.api without a doc comment (" + missing.size() + "): " + missing);
    assertTrue(
        noExample.isEmpty(),
        "public types of dl.api without a short example in <pre> ("
            + noExample.size()
            + "): "
            + noExample);
  }

  /** Public or protected, or implicitly public as a member of an interface or annotation. */
  private static boolean visible(ModifiersTree mods, TreePath path) {
    if (mods.getFlags().contains(Modifier.PRIVATE)) {
      return false;
    }
    if (mods.getFlags().contains(Modifier.PUBLIC) || mods.getFlags().contains(Modifier.PROTECTED)) {
      return true;
    }
    TreePath parent = path.getParentPath();
    if (parent != null && parent.getLeaf() instanceof ClassTree owner) {
      Kind k = owner.getKind();
      if (k == Kind.INTERFACE || k == Kind.ANNOTATION_TYPE) {
        return true;
      }
      // enum constants are public static final fields of their enum
      return k == Kind.ENUM && path.getLeaf() instanceof VariableTree;
    }
    return false;
  }

  /** An @Override method inherits its documentation. */
  private static boolean overrides(ModifiersTree mods) {
    return mods.getAnnotations().stream()
        .anyMatch(a -> a.getAnnotationType().toString().endsWith("Override"));
  }
}
