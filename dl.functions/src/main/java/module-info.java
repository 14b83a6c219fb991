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
      dl.functions.array.Cast,
      dl.functions.array.Copy,
      dl.functions.array.Depth2Space,
      dl.functions.array.Space2Depth,
      dl.functions.array.Flatten,
      dl.functions.array.Flip,
      dl.functions.array.Hstack,
      dl.functions.array.Vstack,
      dl.functions.array.Dstack,
      dl.functions.array.Moveaxis,
      dl.functions.array.Pad,
      dl.functions.array.PadSequence,
      dl.functions.array.Permutate,
      dl.functions.array.Repeat,
      dl.functions.array.ResizeImages,
      dl.functions.array.Rollaxis,
      dl.functions.array.ScatterAdd,
      dl.functions.array.SelectItem,
      dl.functions.array.Separate,
      dl.functions.array.SplitAxis,
      dl.functions.array.Stack,
      dl.functions.array.Swapaxes,
      dl.functions.array.Tile,
      dl.functions.array.TransposeSequence,
      dl.functions.array.Where,
      dl.functions.array.Im2Col,
      // connection
      dl.functions.connection.Linear,
      // loss
      dl.functions.loss.SoftmaxCrossEntropy,
      dl.functions.loss.MeanSquaredError,
      dl.functions.loss.AbsoluteError,
      dl.functions.loss.BernoulliNll,
      dl.functions.loss.Contrastive,
      dl.functions.loss.GaussianKlDivergence,
      dl.functions.loss.GaussianNll,
      dl.functions.loss.Hinge,
      dl.functions.loss.HuberLoss,
      dl.functions.loss.MeanAbsoluteError,
      dl.functions.loss.SigmoidCrossEntropy,
      dl.functions.loss.SquaredError,
      dl.functions.loss.TripletLoss,
      dl.functions.loss.NegativeSampling,
      dl.functions.loss.ConnectionistTemporalClassification,
      // evaluation
      dl.functions.evaluation.Accuracy,
      dl.functions.evaluation.BinaryAccuracy,
      dl.functions.evaluation.ClassificationSummary,
      dl.functions.evaluation.Precision,
      dl.functions.evaluation.Recall,
      dl.functions.evaluation.F1Score,
      dl.functions.evaluation.R2Score,
      // noise
      dl.functions.noise.Dropout,
      // normalization
      // pooling
      // rnn
      // util
      // (Add stays last: every entry above ends with a comma, so additions never touch it)
      dl.functions.math.Add;
}
