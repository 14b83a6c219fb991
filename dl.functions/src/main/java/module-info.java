/**
 * Catena's function library: {@link dl.functions.F} with Chainer's names, each function a {@code
 * FunctionNode} registered by name, and the arithmetic behind {@code Variable}'s operators.
 */
module dl.functions {
  requires transitive dl.api;

  exports dl.functions;
  exports dl.functions.math;
  exports dl.functions.activation;
  exports dl.functions.array;
  exports dl.functions.connection;
  exports dl.functions.loss;
  exports dl.functions.evaluation;
  exports dl.functions.noise;
  exports dl.functions.pooling;
  exports dl.functions.normalization;

  provides dl.api.spi.VariableMath with
      dl.functions.BasicMath;
  provides dl.api.spi.FunctionProvider with
      // math
      dl.functions.math.Sub,
      dl.functions.math.Mul,
      dl.functions.math.Div,
      dl.functions.math.Neg,
      dl.functions.math.Pow,
      dl.functions.math.PowConstant,
      dl.functions.math.AddConstant,
      dl.functions.math.MulConstant,
      dl.functions.math.Square,
      dl.functions.math.Sqrt,
      dl.functions.math.Exp,
      dl.functions.math.Log,
      dl.functions.math.Sin,
      dl.functions.math.Cos,
      dl.functions.math.Tan,
      dl.functions.math.Sum,
      dl.functions.math.Mean,
      dl.functions.math.Max,
      dl.functions.math.Min,
      dl.functions.math.LogSumExp,
      dl.functions.math.MatMul,
      // activation
      dl.functions.activation.Relu,
      dl.functions.activation.LeakyRelu,
      dl.functions.activation.Sigmoid,
      dl.functions.activation.Tanh,
      dl.functions.activation.Softmax,
      dl.functions.activation.LogSoftmax,
      // array
      dl.functions.array.BroadcastTo,
      dl.functions.array.SumTo,
      dl.functions.array.Reshape,
      dl.functions.array.Transpose,
      dl.functions.array.ExpandDims,
      dl.functions.array.Squeeze,
      dl.functions.array.Concat,
      dl.functions.array.GetItem,
      // connection
      dl.functions.connection.Linear,
      dl.functions.connection.ConvolutionNd,
      dl.functions.connection.DeconvolutionNd,
      dl.functions.connection.EmbedId,
      dl.functions.connection.Bilinear,
      // loss
      dl.functions.loss.SoftmaxCrossEntropy,
      dl.functions.loss.MeanSquaredError,
      // evaluation
      dl.functions.evaluation.Accuracy,
      // noise
      dl.functions.noise.Dropout,
      // normalization
      dl.functions.normalization.BatchNormalization,
      dl.functions.normalization.FixedBatchNormalization,
      dl.functions.normalization.BatchRenormalization,
      dl.functions.normalization.LayerNormalization,
      dl.functions.normalization.GroupNormalization,
      dl.functions.normalization.Normalize,
      dl.functions.normalization.LocalResponseNormalization,
      // pooling
      dl.functions.pooling.MaxPoolingNd,
      dl.functions.pooling.AveragePoolingNd,
      dl.functions.pooling.Unpooling2d,
      dl.functions.pooling.Upsampling2d,
      dl.functions.pooling.SpatialPyramidPooling2d,
      dl.functions.pooling.RoiPooling2d,
      // rnn
      // util
      // (Add stays last: every entry above ends with a comma, so additions never touch it)
      dl.functions.math.Add;
}
