package dl.engine;

import dl.api.FunctionHook;
import dl.api.FunctionNode;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.VariableNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * One backward pass (Chainer's {@code _backprop}). Functions are visited once each, in descending
 * rank, so every consumer of a variable runs before its creator and the variable's gradients are
 * complete when they are summed.
 */
final class Backprop {
  private record Entry(FunctionNode f, int rank, long order) {}

  private final IdentityHashMap<VariableNode, List<Variable>> table = new IdentityHashMap<>();
  private final PriorityQueue<Entry> heap =
      new PriorityQueue<>(
          (a, b) ->
              a.rank != b.rank ? Integer.compare(b.rank, a.rank) : Long.compare(a.order, b.order));
  private final Set<FunctionNode> seen =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<FunctionHook> hooks;
  private final boolean retainGrad;

  /** For grad(): which nodes lie on a path from the requested inputs (null in backward()). */
  private final Map<VariableNode, Boolean> relevant;

  private final Set<VariableNode> captured;
  private final IdentityHashMap<VariableNode, Variable> capturedGrads = new IdentityHashMap<>();
  private long counter;

  Backprop(List<FunctionHook> hooks, boolean retainGrad, Set<VariableNode> inputsOfGrad) {
    this.hooks = hooks;
    this.retainGrad = retainGrad;
    this.captured = inputsOfGrad;
    this.relevant = inputsOfGrad == null ? null : new IdentityHashMap<>();
  }

  void seed(VariableNode node, Variable grad) {
    table.computeIfAbsent(node, k -> new ArrayList<>()).add(grad);
    push(node.creator());
  }

  private void push(FunctionNode f) {
    if (f != null && seen.add(f)) {
      heap.add(new Entry(f, f.rank(), counter++));
    }
  }

  /** Whether {@code node} depends on one of grad()'s inputs (memoised, iterative). */
  private boolean isRelevant(VariableNode node) {
    if (relevant == null) {
      return true;
    }
    Boolean known = relevant.get(node);
    if (known != null) {
      return known;
    }
    // Iterative post-order walk: deep graphs (long RNN unrolls) must not overflow the stack.
    java.util.ArrayDeque<VariableNode> stack = new java.util.ArrayDeque<>();
    stack.push(node);
    while (!stack.isEmpty()) {
      VariableNode n = stack.peek();
      if (relevant.containsKey(n)) {
        stack.pop();
        continue;
      }
      if (captured.contains(n)) {
        relevant.put(n, true);
        stack.pop();
        continue;
      }
      FunctionNode c = n.creator();
      if (c == null) {
        relevant.put(n, false);
        stack.pop();
        continue;
      }
      boolean pending = false;
      boolean any = false;
      for (VariableNode in : c.inputs()) {
        Boolean r = relevant.get(in);
        if (r == null) {
          stack.push(in);
          pending = true;
        } else {
          any |= r;
        }
      }
      if (!pending) {
        relevant.put(n, any);
        stack.pop();
      }
    }
    return relevant.get(node);
  }

  void run() {
    while (!heap.isEmpty()) {
      FunctionNode f = heap.poll().f;
      int n = f.outputCount();
      Variable[] gys = new Variable[n];
      boolean any = false;
      for (int i = 0; i < n; i++) {
        VariableNode out = f.output(i);
        if (out == null) {
          continue;
        }
        gys[i] = GradSum.of(table.remove(out));
        if (gys[i] != null) {
          any = true;
          if (captured != null && captured.contains(out)) {
            capturedGrads.put(out, gys[i]);
          }
          if (retainGrad) {
            Variable v = out.liveVariable();
            if (v != null) {
              v.setGradVar(gys[i]);
            }
          }
        }
      }
      if (!any) {
        continue;
      }
      List<VariableNode> inputs = f.inputs();
      int[] targets = targets(inputs);
      if (targets.length == 0) {
        continue;
      }
      for (FunctionHook h : hooks) {
        h.backwardPreprocess(f, gys);
      }
      Variable[] gxs = f.backward(targets, gys);
      for (FunctionHook h : hooks) {
        h.backwardPostprocess(f, gys, gxs);
      }
      if (gxs == null || gxs.length != inputs.size()) {
        throw new IllegalStateException(
            "backward of "
                + f.label()
                + " returned "
                + (gxs == null ? "null" : gxs.length + " gradients")
                + " for "
                + inputs.size()
                + " inputs");
      }
      for (int t : targets) {
        Variable gx = gxs[t];
        if (gx == null) {
          continue;
        }
        VariableNode in = inputs.get(t);
        if (!Arrays.equals(gx.shape(), in.shape()) || gx.dtype() != in.dtype()) {
          throw new IllegalStateException(
              "backward of "
                  + f.label()
                  + ": the gradient of input "
                  + t
                  + " has shape "
                  + Shapes.str(gx.shape())
                  + " and dtype "
                  + gx.dtype()
                  + ", expected "
                  + Shapes.str(in.shape())
                  + " and "
                  + in.dtype());
        }
        List<Variable> list = table.computeIfAbsent(in, k -> new ArrayList<>());
        if (list.isEmpty() && in.creator() == null && captured == null) {
          // Leaves accumulate across backward() calls until cleared.
          Variable leaf = in.liveVariable();
          if (leaf != null && leaf.gradVar() != null) {
            list.add(leaf.gradVar());
          }
        }
        list.add(gx);
        push(in.creator());
      }
    }
  }

  private int[] targets(List<VariableNode> inputs) {
    int[] t = new int[inputs.size()];
    int k = 0;
    for (int i = 0; i < inputs.size(); i++) {
      VariableNode in = inputs.get(i);
      if (in.requiresGrad() && isRelevant(in)) {
        t[k++] = i;
      }
    }
    return Arrays.copyOf(t, k);
  }

  /** Writes the summed gradients of leaves into their variables (backward()). */
  void writeLeafGrads() {
    for (Map.Entry<VariableNode, List<Variable>> e : table.entrySet()) {
      VariableNode node = e.getKey();
      if (node.creator() == null && node.requiresGrad()) {
        Variable v = node.liveVariable();
        if (v != null) {
          v.setGradVar(GradSum.of(e.getValue()));
        }
      }
    }
  }

  /** The gradient that reached {@code node} (grad()). */
  Variable gradOf(VariableNode node) {
    Variable g = capturedGrads.get(node);
    return g != null ? g : GradSum.of(table.get(node));
  }
}
