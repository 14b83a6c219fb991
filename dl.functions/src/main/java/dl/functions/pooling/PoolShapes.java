package dl.functions.pooling;

import dl.api.NdArray;

/**
 * Layout moves between Chainer's {@code (N, C, *Out)} and the window layout {@code (N, Out, C)}.
 */
final class PoolShapes {
  private PoolShapes() {}

  static NdArray toChannelsFirst(NdArray y, int n, int c, int[] out) {
    int[] shape = new int[2 + out.length];
    shape[0] = n;
    shape[1] = c;
    System.arraycopy(out, 0, shape, 2, out.length);
    return (c == 1 ? y : y.transpose(0, 2, 1)).reshape(shape);
  }

  static NdArray toChannelsLast(NdArray y, int n, int c, int no) {
    return c == 1 ? y.reshape(n, no, 1) : y.reshape(n, c, no).transpose(0, 2, 1);
  }
}
