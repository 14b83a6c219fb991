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
  exports dl.functions.rnn;
  exports dl.functions.util;

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
      dl.functions.math.Absolute,
      dl.functions.math.Arccos,
      dl.functions.math.Arcsin,
      dl.functions.math.Arctan,
      dl.functions.math.Arctan2,
      dl.functions.math.Arctanh,
      dl.functions.math.Argmax,
      dl.functions.math.Argmin,
      dl.functions.math.Average,
      dl.functions.math.BatchDet,
      dl.functions.math.BatchInv,
      dl.functions.math.BatchMatmul,
      dl.functions.math.Bias,
      dl.functions.math.Ceil,
      dl.functions.math.Clip,
      dl.functions.math.Cosh,
      dl.functions.math.Cumprod,
      dl.functions.math.Cumsum,
      dl.functions.math.Det,
      dl.functions.math.Digamma,
      dl.functions.math.Einsum,
      dl.functions.math.Erf,
      dl.functions.math.Erfc,
      dl.functions.math.Expm1,
      dl.functions.math.Floor,
      dl.functions.math.Fmod,
      dl.functions.math.Identity,
      dl.functions.math.Inv,
      dl.functions.math.Lgamma,
      dl.functions.math.LinearInterpolate,
      dl.functions.math.Log10,
      dl.functions.math.Log1p,
      dl.functions.math.Log2,
      dl.functions.math.Maximum,
      dl.functions.math.Minimum,
      dl.functions.math.Polygamma,
      dl.functions.math.Prod,
      dl.functions.math.Rsqrt,
      dl.functions.math.Scale,
      dl.functions.math.Sign,
      dl.functions.math.Sinh,
      dl.functions.math.SquaredDifference,
      dl.functions.math.Tensordot,
      // activation
      dl.functions.activation.Relu,
      dl.functions.activation.LeakyRelu,
      dl.functions.activation.Sigmoid,
      dl.functions.activation.Tanh,
      dl.functions.activation.Softmax,
      dl.functions.activation.LogSoftmax,
      dl.functions.activation.ClippedRelu,
      dl.functions.activation.Crelu,
      dl.functions.activation.Elu,
      dl.functions.activation.Gelu,
      dl.functions.activation.HardSigmoid,
      dl.functions.activation.Maxout,
      dl.functions.activation.Prelu,
      dl.functions.activation.Relu6,
      dl.functions.activation.Selu,
      dl.functions.activation.Softplus,
      dl.functions.activation.Swish,
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
      // loss
      dl.functions.loss.SoftmaxCrossEntropy,
      dl.functions.loss.MeanSquaredError,
      // evaluation
      dl.functions.evaluation.Accuracy,
      // noise
      dl.functions.noise.Dropout,
      dl.functions.noise.Gaussian,
      dl.functions.noise.GumbelSoftmax,
      dl.functions.noise.Zoneout,
      // normalization
      // pooling
      // rnn
      dl.functions.rnn.Lstm,
      dl.functions.rnn.NStepLstm,
      dl.functions.rnn.NStepBiLstm,
      dl.functions.rnn.NStepGru,
      dl.functions.rnn.NStepBiGru,
      dl.functions.rnn.NStepRnn,
      dl.functions.rnn.NStepBiRnn,
      // util
      dl.functions.util.Forget,
      // (Add stays last: every entry above ends with a comma, so additions never touch it)
      dl.functions.math.Add;
}
