package dl.functions.array;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;

/**
 * The gradient of {@link GetItem}: zeros of the input's shape with the output gradient added at the
 * selected places. Its own gradient is {@link GetItem} again, so slicing differentiates twice. Not
 * registered: it is only created by {@code GetItem.backward}.
 */
final class GetItemGrad extends FunctionNode {
  private final GetItem.Plan plan;
  private final Index[] index;

  GetItemGrad(GetItem.Plan plan, Index[] index) {
    this.plan = plan;
    this.index = index;
  }

  @Override
  public String label() {
    return "get_item_grad";
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    var b = in[0].backend();
    NdArray gx = b.zeros(plan.inShape(), in[0].dtype());
    b.sliceAddInto(gx, plan.start(), plan.stop(), plan.step(), in[0].reshape(plan.sliced()));
    return new NdArray[] {gx};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] ggx) {
    return new Variable[] {new GetItem(index).applyOne(ggx[0])};
  }
}
