package dl.functions;

import dl.api.DType;
import dl.api.Device;
import dl.api.NdArray;
import dl.api.Variable;
import dl.functions.array.Index;
import dl.functions.math.Einsum;
import dl.functions.rnn.NStepOutput;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The function library with Chainer's names ({@code chainer.functions as F}). Each method applies
 * one new function node; everything is differentiable as often as Chainer's is. Chainer's {@code
 * snake_case} names are camel case here ({@code softmax_cross_entropy} is {@link
 * #softmaxCrossEntropy}); by name ({@code Engine.get().function("softmax_cross_entropy")}) they
 * keep Chainer's spelling and keyword names.
 *
 * <pre>{@code
 * Variable h = F.relu(F.linear(x, W, b));
 * Variable loss = F.softmaxCrossEntropy(F.linear(h, W2, b2), t);
 * }</pre>
 *
 * <h2>Arithmetic, elementwise math and reductions</h2>
 *
 * <p>{@link #add add}, {@link #sub sub}, {@link #rsub rsub}, {@link #mul mul}, {@link #div div},
 * {@link #rdiv rdiv}, {@link #neg neg}, {@link #pow pow}, {@link #square square}, {@link #sqrt
 * sqrt}, {@link #exp exp}, {@link #log log}, {@link #sin sin}, {@link #cos cos}, {@link #tan tan},
 * {@link #sum sum}, {@link #mean mean}, {@link #max max}, {@link #min min}, {@link #logsumexp
 * logsumexp}, {@link #matmul matmul}, {@link #absolute absolute}, {@link #arccos arccos}, {@link
 * #arcsin arcsin}, {@link #arctan arctan}, {@link #arctanh arctanh}, {@link #cosh cosh}, {@link
 * #sinh sinh}, {@link #erf erf}, {@link #erfc erfc}, {@link #expm1 expm1}, {@link #log1p log1p},
 * {@link #log10 log10}, {@link #log2 log2}, {@link #rsqrt rsqrt}, {@link #lgamma lgamma}, {@link
 * #digamma digamma}, {@link #floor floor}, {@link #ceil ceil}, {@link #sign sign}, {@link
 * #polygamma polygamma}, {@link #arctan2 arctan2}, {@link #fmod fmod}, {@link #maximum maximum},
 * {@link #minimum minimum}, {@link #squaredDifference squaredDifference}, {@link #clip clip},
 * {@link #linearInterpolate linearInterpolate}, {@link #bias bias}, {@link #scale scale}, {@link
 * #identity identity}, {@link #argmax argmax}, {@link #argmin argmin}, {@link #average average},
 * {@link #prod prod}, {@link #cumsum cumsum}, {@link #cumprod cumprod}.
 *
 * <h2>Tensor products and linear algebra</h2>
 *
 * <p>{@link #batchMatmul batchMatmul}, {@link #tensordot tensordot}, {@link #einsum einsum}, {@link
 * #inv inv}, {@link #batchInv batchInv}, {@link #det det}, {@link #batchDet batchDet}.
 *
 * <h2>Activations</h2>
 *
 * <p>{@link #relu relu}, {@link #leakyRelu leakyRelu}, {@link #sigmoid sigmoid}, {@link #tanh
 * tanh}, {@link #softmax softmax}, {@link #logSoftmax logSoftmax}, {@link #clippedRelu
 * clippedRelu}, {@link #crelu crelu}, {@link #elu elu}, {@link #hardSigmoid hardSigmoid}, {@link
 * #maxout maxout}, {@link #prelu prelu}, {@link #relu6 relu6}, {@link #selu selu}, {@link #softplus
 * softplus}, {@link #swish swish}, {@link #gelu gelu}.
 *
 * <h2>Array manipulation</h2>
 *
 * <p>{@link #broadcastTo broadcastTo}, {@link #sumTo sumTo}, {@link #reshape reshape}, {@link
 * #transpose transpose}, {@link #expandDims expandDims}, {@link #squeeze squeeze}, {@link #concat
 * concat}, {@link #getItem getItem}, {@link #cast cast}, {@link #copy copy}, {@link #depth2space
 * depth2space}, {@link #space2depth space2depth}, {@link #flatten flatten}, {@link #flip flip},
 * {@link #hstack hstack}, {@link #vstack vstack}, {@link #dstack dstack}, {@link #moveaxis
 * moveaxis}, {@link #pad pad}, {@link #padSequence padSequence}, {@link #permutate permutate},
 * {@link #repeat repeat}, {@link #resizeImages resizeImages}, {@link #rollaxis rollaxis}, {@link
 * #scatterAdd scatterAdd}, {@link #selectItem selectItem}, {@link #separate separate}, {@link
 * #splitAxis splitAxis}, {@link #stack stack}, {@link #swapaxes swapaxes}, {@link #tile tile},
 * {@link #transposeSequence transposeSequence}, {@link #where where}, {@link #im2col im2col}.
 *
 * <h2>Connections (linear, convolution, embedding)</h2>
 *
 * <p>{@link #linear linear}, {@link #convolutionNd convolutionNd}, {@link #convolution1d
 * convolution1d}, {@link #convolution2d convolution2d}, {@link #convolution3d convolution3d},
 * {@link #dilatedConvolution2d dilatedConvolution2d}, {@link #depthwiseConvolution2d
 * depthwiseConvolution2d}, {@link #deconvolutionNd deconvolutionNd}, {@link #deconvolution1d
 * deconvolution1d}, {@link #deconvolution2d deconvolution2d}, {@link #deconvolution3d
 * deconvolution3d}, {@link #embedId embedId}, {@link #bilinear bilinear}.
 *
 * <h2>Losses</h2>
 *
 * <p>{@link #softmaxCrossEntropy softmaxCrossEntropy}, {@link #meanSquaredError meanSquaredError},
 * {@link #absoluteError absoluteError}, {@link #squaredError squaredError}, {@link
 * #meanAbsoluteError meanAbsoluteError}, {@link #bernoulliNll bernoulliNll}, {@link #contrastive
 * contrastive}, {@link #gaussianKlDivergence gaussianKlDivergence}, {@link #gaussianNll
 * gaussianNll}, {@link #hinge hinge}, {@link #huberLoss huberLoss}, {@link #sigmoidCrossEntropy
 * sigmoidCrossEntropy}, {@link #triplet triplet}, {@link #tripletLoss tripletLoss}, {@link
 * #negativeSampling negativeSampling}, {@link #connectionistTemporalClassification
 * connectionistTemporalClassification}.
 *
 * <h2>Evaluation</h2>
 *
 * <p>{@link #accuracy accuracy}, {@link #binaryAccuracy binaryAccuracy}, {@link
 * #classificationSummary classificationSummary}, {@link #precision precision}, {@link #recall
 * recall}, {@link #f1Score f1Score}, {@link #r2Score r2Score}.
 *
 * <h2>Noise</h2>
 *
 * <p>{@link #dropout dropout}, {@link #gaussian gaussian}, {@link #gumbelSoftmax gumbelSoftmax},
 * {@link #zoneout zoneout}.
 *
 * <h2>Normalization</h2>
 *
 * <p>{@link #batchNormalization batchNormalization}, {@link #fixedBatchNormalization
 * fixedBatchNormalization}, {@link #layerNormalization layerNormalization}, {@link
 * #groupNormalization groupNormalization}, {@link #normalize normalize}, {@link
 * #localResponseNormalization localResponseNormalization}, {@link #batchRenormalization
 * batchRenormalization}.
 *
 * <h2>Pooling</h2>
 *
 * <p>{@link #maxPoolingNd maxPoolingNd}, {@link #maxPooling1d maxPooling1d}, {@link #maxPooling2d
 * maxPooling2d}, {@link #maxPooling3d maxPooling3d}, {@link #averagePoolingNd averagePoolingNd},
 * {@link #averagePooling1d averagePooling1d}, {@link #averagePooling2d averagePooling2d}, {@link
 * #averagePooling3d averagePooling3d}, {@link #maxPooling2dWithIndexes maxPooling2dWithIndexes},
 * {@link #unpooling2d unpooling2d}, {@link #upsampling2d upsampling2d}, {@link
 * #spatialPyramidPooling2d spatialPyramidPooling2d}, {@link #roiPooling2d roiPooling2d}.
 *
 * <h2>Recurrent networks</h2>
 *
 * <p>{@link #lstm lstm}, {@link #nStepLstm nStepLstm}, {@link #nStepBiLstm nStepBiLstm}, {@link
 * #nStepGru nStepGru}, {@link #nStepBiGru nStepBiGru}, {@link #nStepRnn nStepRnn}, {@link
 * #nStepBiRnn nStepBiRnn}.
 *
 * <h2>Utilities</h2>
 *
 * <p>{@link #forget forget}.
 *
 * <p>This class is generated from the category classes (FMath, FLinalg, FActivation, FArray,
 * FConnection, FLoss, FEvaluation, FNoise, FNormalization, FPooling, FRnn, FUtil) by {@code
 * FacadeTest} in the tests of {@code dl.functions}: edit those and regenerate.
 */
public final class F {
  private F() {}

  // ---- Arithmetic, elementwise math and reductions (FMath) ----

  /** {@code a + b} with broadcasting: {@code F.add(x, y)}. */
  public static Variable add(Variable a, Variable b) {
    return FMath.add(a, b);
  }

  /** {@code x + c}: {@code F.add(x, 1.0)}. */
  public static Variable add(Variable x, double c) {
    return FMath.add(x, c);
  }

  /** {@code a - b} with broadcasting: {@code F.sub(x, y)}. */
  public static Variable sub(Variable a, Variable b) {
    return FMath.sub(a, b);
  }

  /** {@code x - c}: {@code F.sub(x, 1.0)}. */
  public static Variable sub(Variable x, double c) {
    return FMath.sub(x, c);
  }

  /** {@code c - x}: {@code F.rsub(1.0, x)}. */
  public static Variable rsub(double c, Variable x) {
    return FMath.rsub(c, x);
  }

  /** {@code a * b} with broadcasting: {@code F.mul(x, y)}. */
  public static Variable mul(Variable a, Variable b) {
    return FMath.mul(a, b);
  }

  /** {@code x * c}: {@code F.mul(x, 0.5)}. */
  public static Variable mul(Variable x, double c) {
    return FMath.mul(x, c);
  }

  /** {@code a / b} with broadcasting: {@code F.div(x, y)}. */
  public static Variable div(Variable a, Variable b) {
    return FMath.div(a, b);
  }

  /** {@code x / c}: {@code F.div(x, 2.0)}. */
  public static Variable div(Variable x, double c) {
    return FMath.div(x, c);
  }

  /** {@code c / x}: {@code F.rdiv(1.0, x)}. */
  public static Variable rdiv(double c, Variable x) {
    return FMath.rdiv(c, x);
  }

  /** {@code -x}: {@code F.neg(x)}. */
  public static Variable neg(Variable x) {
    return FMath.neg(x);
  }

  /** {@code a ** b} elementwise with broadcasting: {@code F.pow(x, e)}. */
  public static Variable pow(Variable a, Variable b) {
    return FMath.pow(a, b);
  }

  /** {@code x ** c}: {@code F.pow(x, 2.0)}. */
  public static Variable pow(Variable x, double c) {
    return FMath.pow(x, c);
  }

  /** {@code x²}: {@code F.square(x)}. */
  public static Variable square(Variable x) {
    return FMath.square(x);
  }

  /** Square root: {@code F.sqrt(x)}. */
  public static Variable sqrt(Variable x) {
    return FMath.sqrt(x);
  }

  /** Exponential: {@code F.exp(x)}. */
  public static Variable exp(Variable x) {
    return FMath.exp(x);
  }

  /** Natural logarithm: {@code F.log(x)}. */
  public static Variable log(Variable x) {
    return FMath.log(x);
  }

  /** Sine: {@code F.sin(x)}. */
  public static Variable sin(Variable x) {
    return FMath.sin(x);
  }

  /** Cosine: {@code F.cos(x)}. */
  public static Variable cos(Variable x) {
    return FMath.cos(x);
  }

  /** Tangent: {@code F.tan(x)}. */
  public static Variable tan(Variable x) {
    return FMath.tan(x);
  }

  /** Sum of all elements (0-d): {@code F.sum(x)}. */
  public static Variable sum(Variable x) {
    return FMath.sum(x);
  }

  /** Sum over axes (none given: all): {@code F.sum(x, 1)}. */
  public static Variable sum(Variable x, int... axes) {
    return FMath.sum(x, axes);
  }

  /** Sum over axes (null: all), optionally keeping them: {@code F.sum(x, new int[] {1}, true)}. */
  public static Variable sum(Variable x, int[] axes, boolean keepdims) {
    return FMath.sum(x, axes, keepdims);
  }

  /** Mean of all elements (0-d): {@code F.mean(x)}. */
  public static Variable mean(Variable x) {
    return FMath.mean(x);
  }

  /** Mean over axes (none given: all): {@code F.mean(x, 0)}. */
  public static Variable mean(Variable x, int... axes) {
    return FMath.mean(x, axes);
  }

  /**
   * Mean over axes (null: all), optionally keeping them: {@code F.mean(x, new int[] {1}, true)}.
   */
  public static Variable mean(Variable x, int[] axes, boolean keepdims) {
    return FMath.mean(x, axes, keepdims);
  }

  /** Maximum of all elements: {@code F.max(x)}. */
  public static Variable max(Variable x) {
    return FMath.max(x);
  }

  /** Maximum over axes (none given: all): {@code F.max(x, 1)}. */
  public static Variable max(Variable x, int... axes) {
    return FMath.max(x, axes);
  }

  /** Maximum over axes (null: all) with keepdims: {@code F.max(x, new int[] {1}, true)}. */
  public static Variable max(Variable x, int[] axes, boolean keepdims) {
    return FMath.max(x, axes, keepdims);
  }

  /** Minimum of all elements: {@code F.min(x)}. */
  public static Variable min(Variable x) {
    return FMath.min(x);
  }

  /** Minimum over axes (none given: all): {@code F.min(x, 1)}. */
  public static Variable min(Variable x, int... axes) {
    return FMath.min(x, axes);
  }

  /** Minimum over axes (null: all) with keepdims: {@code F.min(x, new int[] {1}, true)}. */
  public static Variable min(Variable x, int[] axes, boolean keepdims) {
    return FMath.min(x, axes, keepdims);
  }

  /** {@code log Σ exp(x)} over axes (none given: all): {@code F.logsumexp(x, 1)}. */
  public static Variable logsumexp(Variable x, int... axes) {
    return FMath.logsumexp(x, axes);
  }

  /** Matrix product (2-d, batched 3-d, or 1-d vectors as in NumPy): {@code F.matmul(a, b)}. */
  public static Variable matmul(Variable a, Variable b) {
    return FMath.matmul(a, b);
  }

  /**
   * {@code op(a)·op(b)}, transposing the last two axes where asked; a 2-d operand next to a 3-d one
   * is treated as a batch of one; a 1-d operand is NumPy's vector ({@code (3) @ (3, 4)} is {@code
   * (4)}, vector·vector 0-d; its transpose flag ignored): {@code F.matmul(a, b, false, true)}.
   */
  public static Variable matmul(Variable a, Variable b, boolean transa, boolean transb) {
    return FMath.matmul(a, b, transa, transb);
  }

  /** Absolute value: {@code F.absolute(x)}. */
  public static Variable absolute(Variable x) {
    return FMath.absolute(x);
  }

  /** Inverse cosine: {@code F.arccos(x)}. */
  public static Variable arccos(Variable x) {
    return FMath.arccos(x);
  }

  /** Inverse sine: {@code F.arcsin(x)}. */
  public static Variable arcsin(Variable x) {
    return FMath.arcsin(x);
  }

  /** Inverse tangent: {@code F.arctan(x)}. */
  public static Variable arctan(Variable x) {
    return FMath.arctan(x);
  }

  /** Inverse hyperbolic tangent: {@code F.arctanh(x)}. */
  public static Variable arctanh(Variable x) {
    return FMath.arctanh(x);
  }

  /** Hyperbolic cosine: {@code F.cosh(x)}. */
  public static Variable cosh(Variable x) {
    return FMath.cosh(x);
  }

  /** Hyperbolic sine: {@code F.sinh(x)}. */
  public static Variable sinh(Variable x) {
    return FMath.sinh(x);
  }

  /** Error function: {@code F.erf(x)}. */
  public static Variable erf(Variable x) {
    return FMath.erf(x);
  }

  /** Complementary error function: {@code F.erfc(x)}. */
  public static Variable erfc(Variable x) {
    return FMath.erfc(x);
  }

  /** {@code exp(x) - 1}: {@code F.expm1(x)}. */
  public static Variable expm1(Variable x) {
    return FMath.expm1(x);
  }

  /** {@code log(1 + x)}: {@code F.log1p(x)}. */
  public static Variable log1p(Variable x) {
    return FMath.log1p(x);
  }

  /** Base-10 logarithm: {@code F.log10(x)}. */
  public static Variable log10(Variable x) {
    return FMath.log10(x);
  }

  /** Base-2 logarithm: {@code F.log2(x)}. */
  public static Variable log2(Variable x) {
    return FMath.log2(x);
  }

  /** {@code 1/√x}: {@code F.rsqrt(x)}. */
  public static Variable rsqrt(Variable x) {
    return FMath.rsqrt(x);
  }

  /** {@code log|Γ(x)|}: {@code F.lgamma(x)}. */
  public static Variable lgamma(Variable x) {
    return FMath.lgamma(x);
  }

  /** Digamma {@code ψ(x)}: {@code F.digamma(x)}. */
  public static Variable digamma(Variable x) {
    return FMath.digamma(x);
  }

  /** Floor (no gradient): {@code F.floor(x)}. */
  public static Variable floor(Variable x) {
    return FMath.floor(x);
  }

  /** Ceiling (no gradient): {@code F.ceil(x)}. */
  public static Variable ceil(Variable x) {
    return FMath.ceil(x);
  }

  /** Sign (no gradient): {@code F.sign(x)}. */
  public static Variable sign(Variable x) {
    return FMath.sign(x);
  }

  /** Polygamma {@code ψ⁽ⁿ⁾(x)}: {@code F.polygamma(1, x)}. */
  public static Variable polygamma(int n, Variable x) {
    return FMath.polygamma(n, x);
  }

  /** {@code atan2(x1, x2)} with broadcasting: {@code F.arctan2(y, x)}. */
  public static Variable arctan2(Variable x1, Variable x2) {
    return FMath.arctan2(x1, x2);
  }

  /** Remainder with the sign of {@code x}: {@code F.fmod(x, d)}. */
  public static Variable fmod(Variable x, Variable divisor) {
    return FMath.fmod(x, divisor);
  }

  /** Elementwise maximum of two same-shaped arrays: {@code F.maximum(a, b)}. */
  public static Variable maximum(Variable x1, Variable x2) {
    return FMath.maximum(x1, x2);
  }

  /** Elementwise minimum of two same-shaped arrays: {@code F.minimum(a, b)}. */
  public static Variable minimum(Variable x1, Variable x2) {
    return FMath.minimum(x1, x2);
  }

  /** {@code (x1 - x2)²}: {@code F.squaredDifference(a, b)}. */
  public static Variable squaredDifference(Variable x1, Variable x2) {
    return FMath.squaredDifference(x1, x2);
  }

  /** Limits to {@code [xMin, xMax]}: {@code F.clip(x, -1.0, 1.0)}. */
  public static Variable clip(Variable x, double xMin, double xMax) {
    return FMath.clip(x, xMin, xMax);
  }

  /** {@code p·x + (1 - p)·y}: {@code F.linearInterpolate(p, x, y)}. */
  public static Variable linearInterpolate(Variable p, Variable x, Variable y) {
    return FMath.linearInterpolate(p, x, y);
  }

  /** {@code x + y}, {@code y} broadcast from axis 1: {@code F.bias(x, b)}. */
  public static Variable bias(Variable x, Variable y) {
    return FMath.bias(x, y);
  }

  /** {@code x + y}, {@code y} broadcast from {@code axis}: {@code F.bias(x, b, 2)}. */
  public static Variable bias(Variable x, Variable y, int axis) {
    return FMath.bias(x, y, axis);
  }

  /** {@code x · y}, {@code y} broadcast from axis 1: {@code F.scale(x, gamma)}. */
  public static Variable scale(Variable x, Variable y) {
    return FMath.scale(x, y);
  }

  /** {@code x · y}, {@code y} broadcast from {@code axis}: {@code F.scale(x, gamma, 2)}. */
  public static Variable scale(Variable x, Variable y, int axis) {
    return FMath.scale(x, y, axis);
  }

  /** The input as a new variable: {@code F.identity(x)}. */
  public static Variable identity(Variable x) {
    return FMath.identity(x);
  }

  /** The inputs as new variables: {@code F.identity(a, b)}. */
  public static Variable[] identity(Variable... xs) {
    return FMath.identity(xs);
  }

  /** Index of the maximum of the flattened array (int32, 0-d): {@code F.argmax(x)}. */
  public static Variable argmax(Variable x) {
    return FMath.argmax(x);
  }

  /** Index of the maximum along an axis (int32): {@code F.argmax(x, 1)}. */
  public static Variable argmax(Variable x, int axis) {
    return FMath.argmax(x, axis);
  }

  /** Index of the minimum of the flattened array (int32, 0-d): {@code F.argmin(x)}. */
  public static Variable argmin(Variable x) {
    return FMath.argmin(x);
  }

  /** Index of the minimum along an axis (int32): {@code F.argmin(x, 1)}. */
  public static Variable argmin(Variable x, int axis) {
    return FMath.argmin(x, axis);
  }

  /** Mean of all elements: {@code F.average(x)}. */
  public static Variable average(Variable x) {
    return FMath.average(x);
  }

  /**
   * Weighted average over axes (null: all; weights may be null): {@code F.average(x, new int[] {1},
   * w, false)}.
   */
  public static Variable average(Variable x, int[] axes, Variable weights, boolean keepdims) {
    return FMath.average(x, axes, weights, keepdims);
  }

  /** Product of all elements: {@code F.prod(x)}. */
  public static Variable prod(Variable x) {
    return FMath.prod(x);
  }

  /** Product over axes (none given: all): {@code F.prod(x, 1)}. */
  public static Variable prod(Variable x, int... axes) {
    return FMath.prod(x, axes);
  }

  /** Product over axes (null: all) with keepdims: {@code F.prod(x, new int[] {1}, true)}. */
  public static Variable prod(Variable x, int[] axes, boolean keepdims) {
    return FMath.prod(x, axes, keepdims);
  }

  /** Cumulative sum of the flattened array: {@code F.cumsum(x)}. */
  public static Variable cumsum(Variable x) {
    return FMath.cumsum(x);
  }

  /** Cumulative sum along an axis: {@code F.cumsum(x, 1)}. */
  public static Variable cumsum(Variable x, int axis) {
    return FMath.cumsum(x, axis);
  }

  /** Cumulative product of the flattened array: {@code F.cumprod(x)}. */
  public static Variable cumprod(Variable x) {
    return FMath.cumprod(x);
  }

  /** Cumulative product along an axis: {@code F.cumprod(x, 1)}. */
  public static Variable cumprod(Variable x, int axis) {
    return FMath.cumprod(x, axis);
  }

  // ---- Tensor products and linear algebra (FLinalg) ----

  /** Chainer's batch_matmul: {@code F.batchMatmul(a, b)}. */
  public static Variable batchMatmul(Variable a, Variable b) {
    return FLinalg.batchMatmul(a, b);
  }

  /** Chainer's batch_matmul with transposes: {@code F.batchMatmul(a, b, true, false)}. */
  public static Variable batchMatmul(Variable a, Variable b, boolean transa, boolean transb) {
    return FLinalg.batchMatmul(a, b, transa, transb);
  }

  /** Contraction of the last two axes of {@code a} with the first two of {@code b}. */
  public static Variable tensordot(Variable a, Variable b) {
    return FLinalg.tensordot(a, b);
  }

  /** Contraction over {@code n} axes: {@code F.tensordot(a, b, 1)}. */
  public static Variable tensordot(Variable a, Variable b, int n) {
    return FLinalg.tensordot(a, b, n);
  }

  /** Contraction over axis pairs: {@code F.tensordot(a, b, new int[] {0}, new int[] {1})}. */
  public static Variable tensordot(Variable a, Variable b, int[] aAxes, int[] bAxes) {
    return FLinalg.tensordot(a, b, aAxes, bAxes);
  }

  /** Einstein summation (subset, see {@link Einsum}): {@code F.einsum("ij,jk->ik", a, b)}. */
  public static Variable einsum(String subscripts, Variable... operands) {
    return FLinalg.einsum(subscripts, operands);
  }

  /** Inverse of a square matrix: {@code F.inv(a)}. */
  public static Variable inv(Variable a) {
    return FLinalg.inv(a);
  }

  /** Inverses of a batch {@code (B, n, n)}: {@code F.batchInv(a)}. */
  public static Variable batchInv(Variable a) {
    return FLinalg.batchInv(a);
  }

  /** Determinant of a square matrix (0-d): {@code F.det(a)}. */
  public static Variable det(Variable a) {
    return FLinalg.det(a);
  }

  /** Determinants of a batch {@code (B, n, n)}: {@code F.batchDet(a)}. */
  public static Variable batchDet(Variable a) {
    return FLinalg.batchDet(a);
  }

  // ---- Activations (FActivation) ----

  /** {@code max(0, x)}: {@code F.relu(x)}. */
  public static Variable relu(Variable x) {
    return FActivation.relu(x);
  }

  /** Leaky ReLU with slope 0.2: {@code F.leakyRelu(x)}. */
  public static Variable leakyRelu(Variable x) {
    return FActivation.leakyRelu(x);
  }

  /** Leaky ReLU: {@code F.leakyRelu(x, 0.1)}. */
  public static Variable leakyRelu(Variable x, double slope) {
    return FActivation.leakyRelu(x, slope);
  }

  /** Logistic sigmoid: {@code F.sigmoid(x)}. */
  public static Variable sigmoid(Variable x) {
    return FActivation.sigmoid(x);
  }

  /** Hyperbolic tangent: {@code F.tanh(x)}. */
  public static Variable tanh(Variable x) {
    return FActivation.tanh(x);
  }

  /** Softmax over axis 1: {@code F.softmax(logits)}. */
  public static Variable softmax(Variable x) {
    return FActivation.softmax(x);
  }

  /** Softmax over an axis: {@code F.softmax(x, -1)}. */
  public static Variable softmax(Variable x, int axis) {
    return FActivation.softmax(x, axis);
  }

  /** Log-softmax over axis 1: {@code F.logSoftmax(logits)}. */
  public static Variable logSoftmax(Variable x) {
    return FActivation.logSoftmax(x);
  }

  /** Log-softmax over an axis: {@code F.logSoftmax(x, -1)}. */
  public static Variable logSoftmax(Variable x, int axis) {
    return FActivation.logSoftmax(x, axis);
  }

  /** {@code min(max(0, x), 20)}: {@code F.clippedRelu(x)}. */
  public static Variable clippedRelu(Variable x) {
    return FActivation.clippedRelu(x);
  }

  /** {@code min(max(0, x), z)}: {@code F.clippedRelu(x, 6.0)}. */
  public static Variable clippedRelu(Variable x, double z) {
    return FActivation.clippedRelu(x, z);
  }

  /** {@code concat(relu(x), relu(-x))} along axis 1: {@code F.crelu(x)}. */
  public static Variable crelu(Variable x) {
    return FActivation.crelu(x);
  }

  /** {@code concat(relu(x), relu(-x))} along an axis: {@code F.crelu(x, -1)}. */
  public static Variable crelu(Variable x, int axis) {
    return FActivation.crelu(x, axis);
  }

  /** ELU with alpha 1: {@code F.elu(x)}. */
  public static Variable elu(Variable x) {
    return FActivation.elu(x);
  }

  /** ELU: {@code F.elu(x, 0.5)}. */
  public static Variable elu(Variable x, double alpha) {
    return FActivation.elu(x, alpha);
  }

  /** {@code clip(0.2x + 0.5, 0, 1)}: {@code F.hardSigmoid(x)}. */
  public static Variable hardSigmoid(Variable x) {
    return FActivation.hardSigmoid(x);
  }

  /** Maxout over groups of {@code poolSize} along axis 1: {@code F.maxout(x, 4)}. */
  public static Variable maxout(Variable x, int poolSize) {
    return FActivation.maxout(x, poolSize);
  }

  /** Maxout over groups along an axis: {@code F.maxout(x, 4, 2)}. */
  public static Variable maxout(Variable x, int poolSize, int axis) {
    return FActivation.maxout(x, poolSize, axis);
  }

  /** Parametric ReLU, {@code W} broadcast from axis 1: {@code F.prelu(x, W)}. */
  public static Variable prelu(Variable x, Variable W) {
    return FActivation.prelu(x, W);
  }

  /** {@code min(max(0, x), 6)}: {@code F.relu6(x)}. */
  public static Variable relu6(Variable x) {
    return FActivation.relu6(x);
  }

  /** SELU with Chainer's constants: {@code F.selu(x)}. */
  public static Variable selu(Variable x) {
    return FActivation.selu(x);
  }

  /** {@code scale·elu(x, alpha)}: {@code F.selu(x, 1.67, 1.05)}. */
  public static Variable selu(Variable x, double alpha, double scale) {
    return FActivation.selu(x, alpha, scale);
  }

  /** Softplus with beta 1: {@code F.softplus(x)}. */
  public static Variable softplus(Variable x) {
    return FActivation.softplus(x);
  }

  /** {@code log(1 + exp(beta·x)) / beta}: {@code F.softplus(x, 2.0)}. */
  public static Variable softplus(Variable x, double beta) {
    return FActivation.softplus(x, beta);
  }

  /** {@code x·sigmoid(beta·x)}, {@code beta} broadcast from axis 1: {@code F.swish(x, beta)}. */
  public static Variable swish(Variable x, Variable beta) {
    return FActivation.swish(x, beta);
  }

  /** {@code 0.5·x·(1 + erf(x/√2))}: {@code F.gelu(x)}. */
  public static Variable gelu(Variable x) {
    return FActivation.gelu(x);
  }

  // ---- Array manipulation (FArray) ----

  /** Broadcast to a shape (itself when already that shape): {@code F.broadcastTo(b, 3, 4)}. */
  public static Variable broadcastTo(Variable x, int... shape) {
    return FArray.broadcastTo(x, shape);
  }

  /** Sum down to a shape (itself when already that shape): {@code F.sumTo(g, 4)}. */
  public static Variable sumTo(Variable x, int... shape) {
    return FArray.sumTo(x, shape);
  }

  /** New shape, one {@code -1} inferred (itself when unchanged): {@code F.reshape(x, -1, 784)}. */
  public static Variable reshape(Variable x, int... shape) {
    return FArray.reshape(x, shape);
  }

  /** Permuted axes (reversed when none): {@code F.transpose(x, 1, 0)}. */
  public static Variable transpose(Variable x, int... axes) {
    return FArray.transpose(x, axes);
  }

  /** Inserts an axis of size 1: {@code F.expandDims(x, 0)}. */
  public static Variable expandDims(Variable x, int axis) {
    return FArray.expandDims(x, axis);
  }

  /** Removes axes of size 1 (all when none are given): {@code F.squeeze(x, 0)}. */
  public static Variable squeeze(Variable x, int... axes) {
    return FArray.squeeze(x, axes);
  }

  /** Joins along axis 1: {@code F.concat(new Variable[] {a, b})}. */
  public static Variable concat(Variable[] xs) {
    return FArray.concat(xs);
  }

  /** Joins along an axis: {@code F.concat(new Variable[] {a, b}, 0)}. */
  public static Variable concat(Variable[] xs, int axis) {
    return FArray.concat(xs, axis);
  }

  /**
   * NumPy indexing, {@code x[0:2, 1]}: {@code F.getItem(x, Index.slice(0, 2), Index.at(1))}; one
   * integer-array or mask entry is allowed: {@code F.getItem(x, Index.all(), Index.array(2, 0))}.
   */
  public static Variable getItem(Variable x, Index... index) {
    return FArray.getItem(x, index);
  }

  /** Element type conversion (itself when already that type): {@code F.cast(x, DType.FLOAT64)}. */
  public static Variable cast(Variable x, DType type) {
    return FArray.cast(x, type);
  }

  /** A copy on a device, gradient copied back: {@code F.copy(x, Device.cpu())}. */
  public static Variable copy(Variable x, Device dst) {
    return FArray.copy(x, dst);
  }

  /** Depth to space blocks, TensorFlow order: {@code F.depth2space(x, 2)}. */
  public static Variable depth2space(Variable x, int r) {
    return FArray.depth2space(x, r);
  }

  /** Space blocks to depth, TensorFlow order: {@code F.space2depth(x, 2)}. */
  public static Variable space2depth(Variable x, int r) {
    return FArray.space2depth(x, r);
  }

  /** To one axis: {@code F.flatten(x)}. */
  public static Variable flatten(Variable x) {
    return FArray.flatten(x);
  }

  /** Reversed along an axis: {@code F.flip(x, 1)}. */
  public static Variable flip(Variable x, int axis) {
    return FArray.flip(x, axis);
  }

  /** Horizontal join (axis 1, or 0 for 1-d): {@code F.hstack(new Variable[] {a, b})}. */
  public static Variable hstack(Variable[] xs) {
    return FArray.hstack(xs);
  }

  /** Vertical join after atleast_2d: {@code F.vstack(new Variable[] {a, b})}. */
  public static Variable vstack(Variable[] xs) {
    return FArray.vstack(xs);
  }

  /** Depth-wise join after atleast_3d: {@code F.dstack(new Variable[] {a, b})}. */
  public static Variable dstack(Variable[] xs) {
    return FArray.dstack(xs);
  }

  /** Moves an axis: {@code F.moveaxis(x, 0, -1)}. */
  public static Variable moveaxis(Variable x, int source, int destination) {
    return FArray.moveaxis(x, source, destination);
  }

  /** Moves several axes: {@code F.moveaxis(x, new int[] {0, 1}, new int[] {-1, -2})}. */
  public static Variable moveaxis(Variable x, int[] source, int[] destination) {
    return FArray.moveaxis(x, source, destination);
  }

  /**
   * Pads with a constant: {@code F.pad(x, new int[] {1}, "constant", 0)}; modes edge, reflect and
   * symmetric too. The gradient of border copies flows into their sources (the true derivative;
   * Chainer 7.8.1 drops it).
   */
  public static Variable pad(Variable x, int[] padWidth, String mode, double constantValues) {
    return FArray.pad(x, padWidth, mode, constantValues);
  }

  /** Pads in a mode (constant value 0): {@code F.pad(x, 2, "reflect")}. */
  public static Variable pad(Variable x, int padWidth, String mode) {
    return FArray.pad(x, padWidth, mode);
  }

  /** Sequences padded with 0 to the longest and stacked: {@code F.padSequence(xs)}. */
  public static Variable padSequence(Variable[] xs) {
    return FArray.padSequence(xs);
  }

  /** Padded to {@code length} (null: longest) with a value: {@code F.padSequence(xs, 5, -1)}. */
  public static Variable padSequence(Variable[] xs, Integer length, double padding) {
    return FArray.padSequence(xs, length, padding);
  }

  /** Slices permuted along an axis: {@code F.permutate(x, idx, 0, false)}. */
  public static Variable permutate(Variable x, NdArray indices, int axis, boolean inv) {
    return FArray.permutate(x, indices, axis, inv);
  }

  /** Each element repeated along an axis: {@code F.repeat(x, 2, 0)}. */
  public static Variable repeat(Variable x, int repeats, int axis) {
    return FArray.repeat(x, repeats, axis);
  }

  /** Per-element repeats (axis null: flattened): {@code F.repeat(x, new int[] {1, 2}, 0)}. */
  public static Variable repeat(Variable x, int[] repeats, Integer axis) {
    return FArray.repeat(x, repeats, axis);
  }

  /** Bilinear resize, corners aligned: {@code F.resizeImages(x, 4, 6)}. */
  public static Variable resizeImages(Variable x, int outH, int outW) {
    return FArray.resizeImages(x, outH, outW);
  }

  /** Bilinear resize: {@code F.resizeImages(x, 4, 6, false)}. */
  public static Variable resizeImages(Variable x, int outH, int outW, boolean alignCorners) {
    return FArray.resizeImages(x, outH, outW, alignCorners);
  }

  /**
   * Resize in Chainer's {@code mode} ("bilinear" or "nearest"; nearest ignores {@code
   * alignCorners}): {@code F.resizeImages(x, 4, 6, "nearest", true)}.
   */
  public static Variable resizeImages(
      Variable x, int outH, int outW, String mode, boolean alignCorners) {
    return FArray.resizeImages(x, outH, outW, mode, alignCorners);
  }

  /** Rolls an axis to position 0: {@code F.rollaxis(x, 2)}. */
  public static Variable rollaxis(Variable x, int axis) {
    return FArray.rollaxis(x, axis);
  }

  /** Rolls an axis to lie before {@code start}: {@code F.rollaxis(x, 2, 1)}. */
  public static Variable rollaxis(Variable x, int axis, int start) {
    return FArray.rollaxis(x, axis, start);
  }

  /** {@code a} with {@code b} added at an index: {@code F.scatterAdd(a, idx, b)}. */
  public static Variable scatterAdd(Variable a, Index[] slices, Variable b) {
    return FArray.scatterAdd(a, slices, b);
  }

  /** {@code x[i, t[i]]}: {@code F.selectItem(x, t)}. */
  public static Variable selectItem(Variable x, Variable t) {
    return FArray.selectItem(x, t);
  }

  /** Slices along axis 0: {@code F.separate(x)}. */
  public static Variable[] separate(Variable x) {
    return FArray.separate(x);
  }

  /** Slices along an axis: {@code F.separate(x, 1)}. */
  public static Variable[] separate(Variable x, int axis) {
    return FArray.separate(x, axis);
  }

  /** Equal parts along an axis: {@code F.splitAxis(x, 2, 1)}. */
  public static Variable[] splitAxis(Variable x, int sections, int axis) {
    return FArray.splitAxis(x, sections, axis);
  }

  /** Parts at split points: {@code F.splitAxis(x, new int[] {1, 3}, 1)}. */
  public static Variable[] splitAxis(Variable x, int[] indices, int axis) {
    return FArray.splitAxis(x, indices, axis);
  }

  /** Stacked along a new axis 0: {@code F.stack(new Variable[] {a, b})}. */
  public static Variable stack(Variable[] xs) {
    return FArray.stack(xs);
  }

  /** Stacked along a new axis: {@code F.stack(new Variable[] {a, b}, 1)}. */
  public static Variable stack(Variable[] xs, int axis) {
    return FArray.stack(xs, axis);
  }

  /** Two axes exchanged: {@code F.swapaxes(x, 0, 1)}. */
  public static Variable swapaxes(Variable x, int axis1, int axis2) {
    return FArray.swapaxes(x, axis1, axis2);
  }

  /** The array repeated as a whole per axis: {@code F.tile(x, 2, 1)}. */
  public static Variable tile(Variable x, int... reps) {
    return FArray.tile(x, reps);
  }

  /** Sequences (decreasing lengths) transposed to time steps: {@code F.transposeSequence(xs)}. */
  public static Variable[] transposeSequence(Variable[] xs) {
    return FArray.transposeSequence(xs);
  }

  /** {@code condition ? x : y} elementwise: {@code F.where(cond, x, y)}. */
  public static Variable where(Variable condition, Variable x, Variable y) {
    return FArray.where(condition, x, y);
  }

  /**
   * Image patches as channels, Chainer's {@code im2col}: {@code F.im2col(x, 3, 1, 1)} (ksize,
   * stride, pad).
   */
  public static Variable im2col(Variable x, int ksize, int stride, int pad) {
    return FArray.im2col(x, ksize, stride, pad);
  }

  /** im2col with every option: {@code F.im2col(x, 3, 3, 2, 2, 1, 1, true, 1, 1)}. */
  public static Variable im2col(
      Variable x,
      int kh,
      int kw,
      int sy,
      int sx,
      int ph,
      int pw,
      boolean coverAll,
      int dy,
      int dx) {
    return FArray.im2col(x, kh, kw, sy, sx, ph, pw, coverAll, dy, dx);
  }

  // ---- Connections (linear, convolution, embedding) (FConnection) ----

  /** {@code x·Wᵀ}: {@code F.linear(x, W)}. */
  public static Variable linear(Variable x, Variable w) {
    return FConnection.linear(x, w);
  }

  /** {@code x·Wᵀ + b} ({@code b} may be null): {@code F.linear(x, W, b)}. */
  public static Variable linear(Variable x, Variable w, Variable b) {
    return FConnection.linear(x, w, b);
  }

  /**
   * {@code x·Wᵀ + b}, with the first {@code nBatchAxes} axes of {@code x} as batch axes and the
   * rest flattened (Chainer's {@code n_batch_axes}): {@code F.linear(images, W, b, 1)}.
   */
  public static Variable linear(Variable x, Variable w, Variable b, int nBatchAxes) {
    return FConnection.linear(x, w, b, nBatchAxes);
  }

  /**
   * N-d convolution with Chainer's arguments ({@code null} arrays take the defaults stride 1, pad
   * 0, dilate 1): {@code F.convolutionNd(x, W, b, new int[] {1, 1}, new int[] {1, 1}, false, null,
   * 1)}.
   */
  public static Variable convolutionNd(
      Variable x,
      Variable w,
      Variable b,
      int[] stride,
      int[] pad,
      boolean coverAll,
      int[] dilate,
      int groups) {
    return FConnection.convolutionNd(x, w, b, stride, pad, coverAll, dilate, groups);
  }

  /** 1-d convolution: {@code F.convolution1d(x, W, b, 1, 0)} ({@code b} may be null). */
  public static Variable convolution1d(Variable x, Variable w, Variable b, int stride, int pad) {
    return FConnection.convolution1d(x, w, b, stride, pad);
  }

  /** 2-d convolution: {@code F.convolution2d(x, W, b, 1, 1)} ({@code b} may be null). */
  public static Variable convolution2d(Variable x, Variable w, Variable b, int stride, int pad) {
    return FConnection.convolution2d(x, w, b, stride, pad);
  }

  /** 2-d convolution with stride 1 and no padding: {@code F.convolution2d(x, W, b)}. */
  public static Variable convolution2d(Variable x, Variable w, Variable b) {
    return FConnection.convolution2d(x, w, b);
  }

  /**
   * 2-d convolution with every Chainer option: {@code F.convolution2d(x, W, b, 1, 1, false, 1, 1)}.
   */
  public static Variable convolution2d(
      Variable x,
      Variable w,
      Variable b,
      int stride,
      int pad,
      boolean coverAll,
      int dilate,
      int groups) {
    return FConnection.convolution2d(x, w, b, stride, pad, coverAll, dilate, groups);
  }

  /** 3-d convolution: {@code F.convolution3d(x, W, b, 1, 0)} ({@code b} may be null). */
  public static Variable convolution3d(Variable x, Variable w, Variable b, int stride, int pad) {
    return FConnection.convolution3d(x, w, b, stride, pad);
  }

  /** Dilated 2-d convolution: {@code F.dilatedConvolution2d(x, W, b, 1, 2, 2)}. */
  public static Variable dilatedConvolution2d(
      Variable x, Variable w, Variable b, int stride, int pad, int dilate) {
    return FConnection.dilatedConvolution2d(x, w, b, stride, pad, dilate);
  }

  /**
   * Depthwise 2-d convolution, {@code W (multiplier, C, kh, kw)}, output channel {@code
   * c·multiplier + m} (Chainer's layout): {@code F.depthwiseConvolution2d(x, W, b, 1, 1)}.
   */
  public static Variable depthwiseConvolution2d(
      Variable x, Variable w, Variable b, int stride, int pad) {
    return FConnection.depthwiseConvolution2d(x, w, b, stride, pad);
  }

  /**
   * N-d transposed convolution ({@code outsize} null: Chainer's {@code get_deconv_outsize}): {@code
   * F.deconvolutionNd(x, W, b, new int[] {2, 2}, null, null, null, 1)}.
   */
  public static Variable deconvolutionNd(
      Variable x,
      Variable w,
      Variable b,
      int[] stride,
      int[] pad,
      int[] outsize,
      int[] dilate,
      int groups) {
    return FConnection.deconvolutionNd(x, w, b, stride, pad, outsize, dilate, groups);
  }

  /** 1-d transposed convolution: {@code F.deconvolution1d(x, W, b, 2, 0)}. */
  public static Variable deconvolution1d(Variable x, Variable w, Variable b, int stride, int pad) {
    return FConnection.deconvolution1d(x, w, b, stride, pad);
  }

  /** 2-d transposed convolution: {@code F.deconvolution2d(x, W, b, 2, 0)}. */
  public static Variable deconvolution2d(Variable x, Variable w, Variable b, int stride, int pad) {
    return FConnection.deconvolution2d(x, w, b, stride, pad);
  }

  /** 2-d transposed convolution to a given size: {@code F.deconvolution2d(x, W, b, 2, 0, 8, 8)}. */
  public static Variable deconvolution2d(
      Variable x, Variable w, Variable b, int stride, int pad, int outH, int outW) {
    return FConnection.deconvolution2d(x, w, b, stride, pad, outH, outW);
  }

  /** 3-d transposed convolution: {@code F.deconvolution3d(x, W, b, 2, 0)}. */
  public static Variable deconvolution3d(Variable x, Variable w, Variable b, int stride, int pad) {
    return FConnection.deconvolution3d(x, w, b, stride, pad);
  }

  /** Embedding lookup of int32 ids: {@code F.embedId(ids, W)}. */
  public static Variable embedId(Variable x, Variable w) {
    return FConnection.embedId(x, w);
  }

  /**
   * Embedding lookup; ids equal to {@code ignoreLabel} give zero rows: {@code F.embedId(ids, W,
   * -1)}.
   */
  public static Variable embedId(Variable x, Variable w, Integer ignoreLabel) {
    return FConnection.embedId(x, w, ignoreLabel);
  }

  /** Bilinear form without the linear terms: {@code F.bilinear(e1, e2, W)}. */
  public static Variable bilinear(Variable e1, Variable e2, Variable w) {
    return FConnection.bilinear(e1, e2, w);
  }

  /** Bilinear form with the linear terms and bias: {@code F.bilinear(e1, e2, W, V1, V2, b)}. */
  public static Variable bilinear(
      Variable e1, Variable e2, Variable w, Variable v1, Variable v2, Variable b) {
    return FConnection.bilinear(e1, e2, w, v1, v2, b);
  }

  // ---- Losses (FLoss) ----

  /**
   * Mean cross entropy, ignore label -1 (floating {@code t}: soft targets): {@code
   * F.softmaxCrossEntropy(logits, t)}.
   */
  public static Variable softmaxCrossEntropy(Variable x, Variable t) {
    return FLoss.softmaxCrossEntropy(x, t);
  }

  /**
   * Every option in Chainer's order; {@code classWeight} (C,) or null; a floating {@code t} of x's
   * shape holds soft targets ({@code softTargetLoss} "cross-entropy" or "kl-divergence"): {@code
   * F.softmaxCrossEntropy(x, t, true, w, -1, "mean", "cross-entropy")}.
   */
  public static Variable softmaxCrossEntropy(
      Variable x,
      Variable t,
      boolean normalize,
      NdArray classWeight,
      int ignoreLabel,
      String reduce,
      String softTargetLoss) {
    return FLoss.softmaxCrossEntropy(
        x, t, normalize, classWeight, ignoreLabel, reduce, softTargetLoss);
  }

  /**
   * Cross entropy with Chainer's options ({@code reduce} is "mean" or "no"): {@code
   * F.softmaxCrossEntropy(x, t, -1, false, "mean")}.
   */
  public static Variable softmaxCrossEntropy(
      Variable x, Variable t, int ignoreLabel, boolean normalize, String reduce) {
    return FLoss.softmaxCrossEntropy(x, t, ignoreLabel, normalize, reduce);
  }

  /** Mean of squared differences: {@code F.meanSquaredError(y, t)}. */
  public static Variable meanSquaredError(Variable x0, Variable x1) {
    return FLoss.meanSquaredError(x0, x1);
  }

  /** Elementwise {@code |x0 - x1|}: {@code F.absoluteError(x0, x1)}. */
  public static Variable absoluteError(Variable x0, Variable x1) {
    return FLoss.absoluteError(x0, x1);
  }

  /** Elementwise {@code (x0 - x1)²}: {@code F.squaredError(x0, x1)}. */
  public static Variable squaredError(Variable x0, Variable x1) {
    return FLoss.squaredError(x0, x1);
  }

  /** Mean of absolute differences: {@code F.meanAbsoluteError(y, t)}. */
  public static Variable meanAbsoluteError(Variable x0, Variable x1) {
    return FLoss.meanAbsoluteError(x0, x1);
  }

  /** Bernoulli NLL of x given logits y, summed: {@code F.bernoulliNll(x, y)}. */
  public static Variable bernoulliNll(Variable x, Variable y) {
    return FLoss.bernoulliNll(x, y);
  }

  /** Bernoulli NLL, reduce "sum", "mean" or "no": {@code F.bernoulliNll(x, y, "mean")}. */
  public static Variable bernoulliNll(Variable x, Variable y, String reduce) {
    return FLoss.bernoulliNll(x, y, reduce);
  }

  /** Contrastive loss, margin 1, mean: {@code F.contrastive(x0, x1, y)}. */
  public static Variable contrastive(Variable x0, Variable x1, Variable y) {
    return FLoss.contrastive(x0, x1, y);
  }

  /** Contrastive loss: {@code F.contrastive(x0, x1, y, 2.0, "no")}. */
  public static Variable contrastive(
      Variable x0, Variable x1, Variable y, double margin, String reduce) {
    return FLoss.contrastive(x0, x1, y, margin, reduce);
  }

  /** KL(N(mean, exp(lnVar)) ‖ N(0, 1)), summed: {@code F.gaussianKlDivergence(mu, lnVar)}. */
  public static Variable gaussianKlDivergence(Variable mean, Variable lnVar) {
    return FLoss.gaussianKlDivergence(mean, lnVar);
  }

  /** Gaussian KL divergence: {@code F.gaussianKlDivergence(mu, lnVar, "mean")}. */
  public static Variable gaussianKlDivergence(Variable mean, Variable lnVar, String reduce) {
    return FLoss.gaussianKlDivergence(mean, lnVar, reduce);
  }

  /** Gaussian NLL, summed: {@code F.gaussianNll(x, mean, lnVar)}. */
  public static Variable gaussianNll(Variable x, Variable mean, Variable lnVar) {
    return FLoss.gaussianNll(x, mean, lnVar);
  }

  /** Gaussian NLL: {@code F.gaussianNll(x, mean, lnVar, "no")}. */
  public static Variable gaussianNll(Variable x, Variable mean, Variable lnVar, String reduce) {
    return FLoss.gaussianNll(x, mean, lnVar, reduce);
  }

  /** One-vs-all hinge loss, L1, mean: {@code F.hinge(x, t)}. */
  public static Variable hinge(Variable x, Variable t) {
    return FLoss.hinge(x, t);
  }

  /** Hinge loss with norm "L1"/"L2" and reduce "mean"/"no": {@code F.hinge(x, t, "L2", "no")}. */
  public static Variable hinge(Variable x, Variable t, String norm, String reduce) {
    return FLoss.hinge(x, t, norm, reduce);
  }

  /** Huber loss summed along axis 1: {@code F.huberLoss(x, t, 1.0)}. */
  public static Variable huberLoss(Variable x, Variable t, double delta) {
    return FLoss.huberLoss(x, t, delta);
  }

  /** Huber loss, reduce "sum_along_second_axis" or "no": {@code F.huberLoss(x, t, 1, "no")}. */
  public static Variable huberLoss(Variable x, Variable t, double delta, String reduce) {
    return FLoss.huberLoss(x, t, delta, reduce);
  }

  /** Sigmoid cross entropy, -1 ignored, normalized mean: {@code F.sigmoidCrossEntropy(x, t)}. */
  public static Variable sigmoidCrossEntropy(Variable x, Variable t) {
    return FLoss.sigmoidCrossEntropy(x, t);
  }

  /** Sigmoid cross entropy: {@code F.sigmoidCrossEntropy(x, t, false, "no")}. */
  public static Variable sigmoidCrossEntropy(
      Variable x, Variable t, boolean normalize, String reduce) {
    return FLoss.sigmoidCrossEntropy(x, t, normalize, reduce);
  }

  /** Triplet loss, squared distances, margin 0.2, mean: {@code F.triplet(a, p, n)}. */
  public static Variable triplet(Variable anchor, Variable positive, Variable negative) {
    return FLoss.triplet(anchor, positive, negative);
  }

  /** Triplet loss: {@code F.triplet(a, p, n, 0.5, "no")}. */
  public static Variable triplet(
      Variable anchor, Variable positive, Variable negative, double margin, String reduce) {
    return FLoss.triplet(anchor, positive, negative, margin, reduce);
  }

  /** The name for {@link #triplet}: {@code F.tripletLoss(a, p, n, 0.2, "mean")}. */
  public static Variable tripletLoss(
      Variable anchor, Variable positive, Variable negative, double margin, String reduce) {
    return FLoss.tripletLoss(anchor, positive, negative, margin, reduce);
  }

  /**
   * Negative sampling, reduce "sum" or "no": {@code F.negativeSampling(x, t, w, sampler, 5, "sum")}
   * with {@code sampler} mapping a shape to int32 word ids.
   */
  public static Variable negativeSampling(
      Variable x,
      Variable t,
      Variable w,
      java.util.function.Function<int[], NdArray> sampler,
      int sampleSize,
      String reduce) {
    return FLoss.negativeSampling(x, t, w, sampler, sampleSize, reduce);
  }

  /** CTC loss, blank 0, batch mean: {@code F.connectionistTemporalClassification(xs, t, 0)}. */
  public static Variable connectionistTemporalClassification(Variable[] x, Variable t, int blank) {
    return FLoss.connectionistTemporalClassification(x, t, blank);
  }

  /**
   * CTC loss with lengths (null: full) and reduce "mean"/"no": {@code
   * F.connectionistTemporalClassification(xs, t, 0, inLen, labLen, "no")}.
   */
  public static Variable connectionistTemporalClassification(
      Variable[] x,
      Variable t,
      int blankSymbol,
      int[] inputLength,
      int[] labelLength,
      String reduce) {
    return FLoss.connectionistTemporalClassification(
        x, t, blankSymbol, inputLength, labelLength, reduce);
  }

  // ---- Evaluation (FEvaluation) ----

  /** Fraction of correct argmax predictions: {@code F.accuracy(y, t).item()}. */
  public static Variable accuracy(Variable y, Variable t) {
    return FEvaluation.accuracy(y, t);
  }

  /** Accuracy not counting {@code ignoreLabel} (null: none): {@code F.accuracy(y, t, -1)}. */
  public static Variable accuracy(Variable y, Variable t, Integer ignoreLabel) {
    return FEvaluation.accuracy(y, t, ignoreLabel);
  }

  /** Accuracy of {@code y >= 0} against 0/1 labels, -1 ignored: {@code F.binaryAccuracy(y, t)}. */
  public static Variable binaryAccuracy(Variable y, Variable t) {
    return FEvaluation.binaryAccuracy(y, t);
  }

  /**
   * {precision, recall, fbeta, support} per class: {@code F.classificationSummary(y, t, null, 1.0,
   * -1)} (labelNum null: max(t) + 1).
   */
  public static Variable[] classificationSummary(
      Variable y, Variable t, Integer labelNum, double beta, int ignoreLabel) {
    return FEvaluation.classificationSummary(y, t, labelNum, beta, ignoreLabel);
  }

  /** {precision, recall, f1, support}: {@code F.classificationSummary(y, t)}. */
  public static Variable[] classificationSummary(Variable y, Variable t) {
    return FEvaluation.classificationSummary(y, t);
  }

  /** {precision per class, support}: {@code F.precision(y, t)[0]}. */
  public static Variable[] precision(Variable y, Variable t) {
    return FEvaluation.precision(y, t);
  }

  /** {recall per class, support}: {@code F.recall(y, t)[0]}. */
  public static Variable[] recall(Variable y, Variable t) {
    return FEvaluation.recall(y, t);
  }

  /** {F1 per class, support}: {@code F.f1Score(y, t)[0]}. */
  public static Variable[] f1Score(Variable y, Variable t) {
    return FEvaluation.f1Score(y, t);
  }

  /** R² averaged over outputs: {@code F.r2Score(pred, truth)}. */
  public static Variable r2Score(Variable pred, Variable truth) {
    return FEvaluation.r2Score(pred, truth);
  }

  /** R², multioutput "uniform_average" or "raw_values": {@code F.r2Score(p, t, "raw_values")}. */
  public static Variable r2Score(Variable pred, Variable truth, String multioutput) {
    return FEvaluation.r2Score(pred, truth, multioutput);
  }

  // ---- Noise (FNoise) ----

  /** Dropout with ratio 0.5 in training, identity otherwise: {@code F.dropout(h)}. */
  public static Variable dropout(Variable x) {
    return FNoise.dropout(x);
  }

  /**
   * Dropout in training ({@code Config.train()}), identity otherwise: {@code F.dropout(h, 0.2)}.
   */
  public static Variable dropout(Variable x, double ratio) {
    return FNoise.dropout(x, ratio);
  }

  /**
   * Dropout with a given mask (values 0 or {@code 1/(1-ratio)}; null draws one): {@code
   * F.dropout(h, 0.5, mask)}.
   */
  public static Variable dropout(Variable x, double ratio, NdArray mask) {
    return FNoise.dropout(x, ratio, mask);
  }

  /** A sample of N(mean, exp(lnVar)) by reparameterisation: {@code F.gaussian(mu, lnVar)}. */
  public static Variable gaussian(Variable mean, Variable lnVar) {
    return FNoise.gaussian(mean, lnVar);
  }

  /** The sample with given standard normal noise: {@code F.gaussian(mu, lnVar, eps)}. */
  public static Variable gaussian(Variable mean, Variable lnVar, NdArray eps) {
    return FNoise.gaussian(mean, lnVar, eps);
  }

  /** Gumbel-softmax with tau 0.1 over axis 1: {@code F.gumbelSoftmax(logits)}. */
  public static Variable gumbelSoftmax(Variable logBeta) {
    return FNoise.gumbelSoftmax(logBeta);
  }

  /** Gumbel-softmax over axis 1: {@code F.gumbelSoftmax(logits, 0.5)}. */
  public static Variable gumbelSoftmax(Variable logBeta, double tau) {
    return FNoise.gumbelSoftmax(logBeta, tau);
  }

  /** Gumbel-softmax: {@code F.gumbelSoftmax(logits, 0.5, -1)}. */
  public static Variable gumbelSoftmax(Variable logBeta, double tau, int axis) {
    return FNoise.gumbelSoftmax(logBeta, tau, axis);
  }

  /** Gumbel-softmax with given Gumbel noise: {@code F.gumbelSoftmax(logits, 0.5, 1, g)}. */
  public static Variable gumbelSoftmax(Variable logBeta, double tau, int axis, NdArray g) {
    return FNoise.gumbelSoftmax(logBeta, tau, axis, g);
  }

  /** Zoneout with ratio 0.5 in training, {@code x} otherwise: {@code F.zoneout(h, hNew)}. */
  public static Variable zoneout(Variable h, Variable x) {
    return FNoise.zoneout(h, x);
  }

  /**
   * Zoneout in training ({@code Config.train()}), {@code x} otherwise: {@code F.zoneout(h, x,
   * 0.3)}.
   */
  public static Variable zoneout(Variable h, Variable x, double ratio) {
    return FNoise.zoneout(h, x, ratio);
  }

  /**
   * Zoneout with a given flag (1 takes {@code x}, 0 keeps {@code h}; null draws one): {@code
   * F.zoneout(h, x, 0.5, flag)}.
   */
  public static Variable zoneout(Variable h, Variable x, double ratio, NdArray flagX) {
    return FNoise.zoneout(h, x, ratio, flagX);
  }

  // ---- Normalization (FNormalization) ----

  /**
   * Batch normalization over axis 0 and the axes after gamma's, eps 2e-5: {@code
   * F.batchNormalization(x, g, b)}.
   */
  public static Variable batchNormalization(Variable x, Variable gamma, Variable beta) {
    return FNormalization.batchNormalization(x, gamma, beta);
  }

  /**
   * Batch normalization with Chainer's options; the running arrays (may be null) are updated in
   * place: {@code F.batchNormalization(x, g, b, 2e-5, avgMean, avgVar, 0.9, null)}.
   */
  public static Variable batchNormalization(
      Variable x,
      Variable gamma,
      Variable beta,
      double eps,
      NdArray runningMean,
      NdArray runningVar,
      double decay,
      int[] axis) {
    return FNormalization.batchNormalization(
        x, gamma, beta, eps, runningMean, runningVar, decay, axis);
  }

  /**
   * Normalization with fixed statistics, eps 2e-5: {@code F.fixedBatchNormalization(x, g, b, m,
   * v)}.
   */
  public static Variable fixedBatchNormalization(
      Variable x, Variable gamma, Variable beta, Variable mean, Variable var) {
    return FNormalization.fixedBatchNormalization(x, gamma, beta, mean, var);
  }

  /**
   * Fixed-statistics normalization with eps and axis: {@code F.fixedBatchNormalization(x, g, b, m,
   * v, 1e-5, null)}.
   */
  public static Variable fixedBatchNormalization(
      Variable x,
      Variable gamma,
      Variable beta,
      Variable mean,
      Variable var,
      double eps,
      int[] axis) {
    return FNormalization.fixedBatchNormalization(x, gamma, beta, mean, var, eps, axis);
  }

  /** Layer normalization of a 2-d x, eps 1e-5: {@code F.layerNormalization(x, gamma, beta)}. */
  public static Variable layerNormalization(Variable x, Variable gamma, Variable beta) {
    return FNormalization.layerNormalization(x, gamma, beta);
  }

  /** Layer normalization with eps: {@code F.layerNormalization(x, gamma, beta, 1e-6)}. */
  public static Variable layerNormalization(Variable x, Variable gamma, Variable beta, double eps) {
    return FNormalization.layerNormalization(x, gamma, beta, eps);
  }

  /** Group normalization, eps 1e-5: {@code F.groupNormalization(x, 2, gamma, beta)}. */
  public static Variable groupNormalization(Variable x, int groups, Variable gamma, Variable beta) {
    return FNormalization.groupNormalization(x, groups, gamma, beta);
  }

  /** Group normalization with eps: {@code F.groupNormalization(x, 2, gamma, beta, 1e-5)}. */
  public static Variable groupNormalization(
      Variable x, int groups, Variable gamma, Variable beta, double eps) {
    return FNormalization.groupNormalization(x, groups, gamma, beta, eps);
  }

  /** L2 normalization over axis 1, eps 1e-5: {@code F.normalize(x)}. */
  public static Variable normalize(Variable x) {
    return FNormalization.normalize(x);
  }

  /** L2 normalization {@code x/(‖x‖ + eps)} over {@code axis}: {@code F.normalize(x, 1e-5, 1)}. */
  public static Variable normalize(Variable x, double eps, int axis) {
    return FNormalization.normalize(x, eps, axis);
  }

  /**
   * Local response normalization with n 5, k 2, α 1e-4, β 0.75: {@code
   * F.localResponseNormalization(x)}.
   */
  public static Variable localResponseNormalization(Variable x) {
    return FNormalization.localResponseNormalization(x);
  }

  /** Local response normalization: {@code F.localResponseNormalization(x, 5, 2, 1e-4, 0.75)}. */
  public static Variable localResponseNormalization(
      Variable x, int n, double k, double alpha, double beta) {
    return FNormalization.localResponseNormalization(x, n, k, alpha, beta);
  }

  /**
   * Batch renormalization with running statistics (required; updated in place when {@code
   * updateStatistics}), eps 2e-5, decay 0.9: {@code F.batchRenormalization(x, g, b, 3, 5, mean,
   * var, true)}.
   */
  public static Variable batchRenormalization(
      Variable x,
      Variable gamma,
      Variable beta,
      double rmax,
      double dmax,
      NdArray runningMean,
      NdArray runningVar,
      boolean updateStatistics) {
    return FNormalization.batchRenormalization(
        x, gamma, beta, rmax, dmax, runningMean, runningVar, updateStatistics);
  }

  /**
   * Batch renormalization in Chainer's argument order, plus {@code axis} (null: axis 0 and those
   * after gamma's): {@code F.batchRenormalization(x, g, b, 3, 5, 2e-5, mean, var, 0.9, true,
   * null)}.
   */
  public static Variable batchRenormalization(
      Variable x,
      Variable gamma,
      Variable beta,
      double rmax,
      double dmax,
      double eps,
      NdArray runningMean,
      NdArray runningVar,
      double decay,
      boolean updateStatistics,
      int[] axis) {
    return FNormalization.batchRenormalization(
        x, gamma, beta, rmax, dmax, eps, runningMean, runningVar, decay, updateStatistics, axis);
  }

  // ---- Pooling (FPooling) ----

  /**
   * N-d max pooling with Chainer's arguments ({@code stride} null: the kernel size; {@code pad}
   * null: 0): {@code F.maxPoolingNd(x, new int[] {2, 2}, null, null, true)}.
   */
  public static Variable maxPoolingNd(
      Variable x, int[] ksize, int[] stride, int[] pad, boolean coverAll) {
    return FPooling.maxPoolingNd(x, ksize, stride, pad, coverAll);
  }

  /** 1-d max pooling: {@code F.maxPooling1d(x, 2, 2, 0, true)}. */
  public static Variable maxPooling1d(
      Variable x, int ksize, int stride, int pad, boolean coverAll) {
    return FPooling.maxPooling1d(x, ksize, stride, pad, coverAll);
  }

  /** 2-d max pooling with stride = ksize, no pad, cover_all: {@code F.maxPooling2d(x, 2)}. */
  public static Variable maxPooling2d(Variable x, int ksize) {
    return FPooling.maxPooling2d(x, ksize);
  }

  /** 2-d max pooling: {@code F.maxPooling2d(x, 3, 2, 1, true)}. */
  public static Variable maxPooling2d(
      Variable x, int ksize, int stride, int pad, boolean coverAll) {
    return FPooling.maxPooling2d(x, ksize, stride, pad, coverAll);
  }

  /** 3-d max pooling: {@code F.maxPooling3d(x, 2, 2, 0, true)}. */
  public static Variable maxPooling3d(
      Variable x, int ksize, int stride, int pad, boolean coverAll) {
    return FPooling.maxPooling3d(x, ksize, stride, pad, coverAll);
  }

  /**
   * N-d average pooling ({@code ignorePad}: Chainer's {@code pad_value=None}, dividing by the
   * elements inside the input; otherwise padding counts as zeros): {@code F.averagePoolingNd(x, new
   * int[] {2, 2}, null, null, false)}.
   */
  public static Variable averagePoolingNd(
      Variable x, int[] ksize, int[] stride, int[] pad, boolean ignorePad) {
    return FPooling.averagePoolingNd(x, ksize, stride, pad, ignorePad);
  }

  /** 1-d average pooling: {@code F.averagePooling1d(x, 2, 2, 0)}. */
  public static Variable averagePooling1d(Variable x, int ksize, int stride, int pad) {
    return FPooling.averagePooling1d(x, ksize, stride, pad);
  }

  /**
   * 2-d average pooling (padding counts as zeros, as Chainer): {@code F.averagePooling2d(x, 2, 2,
   * 0)}.
   */
  public static Variable averagePooling2d(Variable x, int ksize, int stride, int pad) {
    return FPooling.averagePooling2d(x, ksize, stride, pad);
  }

  /** 3-d average pooling: {@code F.averagePooling3d(x, 2, 2, 0)}. */
  public static Variable averagePooling3d(Variable x, int ksize, int stride, int pad) {
    return FPooling.averagePooling3d(x, ksize, stride, pad);
  }

  /**
   * 2-d max pooling that also returns Chainer's {@code return_indices} (int32 window offsets, no
   * gradient): {@code Variable[] yi = F.maxPooling2dWithIndexes(x, 2, 2, 0, true)}.
   */
  public static Variable[] maxPooling2dWithIndexes(
      Variable x, int ksize, int stride, int pad, boolean coverAll) {
    return FPooling.maxPooling2dWithIndexes(x, ksize, stride, pad, coverAll);
  }

  /** Unpooling with stride = ksize, Chainer's cover_all true: {@code F.unpooling2d(x, 2)}. */
  public static Variable unpooling2d(Variable x, int ksize) {
    return FPooling.unpooling2d(x, ksize);
  }

  /**
   * Unpooling ({@code outH, outW} negative: Chainer's {@code get_deconv_outsize}): {@code
   * F.unpooling2d(x, 2, 2, 0, -1, -1, false)}.
   */
  public static Variable unpooling2d(
      Variable x, int ksize, int stride, int pad, int outH, int outW, boolean coverAll) {
    return FPooling.unpooling2d(x, ksize, stride, pad, outH, outW, coverAll);
  }

  /**
   * Upsampling with max-pooling indexes ({@code outH, outW} negative: Chainer's deconv size):
   * {@code F.upsampling2d(y, idx, 2, 2, 0, 28, 28, true)}.
   */
  public static Variable upsampling2d(
      Variable x,
      dl.api.NdArray indexes,
      int ksize,
      int stride,
      int pad,
      int outH,
      int outW,
      boolean coverAll) {
    return FPooling.upsampling2d(x, indexes, ksize, stride, pad, outH, outW, coverAll);
  }

  /**
   * Spatial pyramid pooling ("max" or "average"): {@code F.spatialPyramidPooling2d(x, 3, "max")}.
   */
  public static Variable spatialPyramidPooling2d(Variable x, int pyramidHeight, String pooling) {
    return FPooling.spatialPyramidPooling2d(x, pyramidHeight, pooling);
  }

  /**
   * ROI max pooling: {@code rois (R, 4)} as {@code (y_min, x_min, y_max, x_max)}, {@code roiIndices
   * (R)} int32: {@code F.roiPooling2d(x, rois, roiIndices, 7, 7, 0.0625)}.
   */
  public static Variable roiPooling2d(
      Variable x, Variable rois, Variable roiIndices, int outH, int outW, double spatialScale) {
    return FPooling.roiPooling2d(x, rois, roiIndices, outH, outW, spatialScale);
  }

  /**
   * Chainer's {@code roi_pooling_2d(x, rois, outh, outw, spatial_scale)}: {@code rois (R, 5)} as
   * {@code (batch_index, x_min, y_min, x_max, y_max)}, in input pixels before {@code spatialScale}:
   * {@code F.roiPooling2d(x, rois, 7, 7, 0.0625)}. Like Chainer, no gradient flows into {@code
   * rois}.
   */
  public static Variable roiPooling2d(
      Variable x, Variable rois, int outH, int outW, double spatialScale) {
    return FPooling.roiPooling2d(x, rois, outH, outW, spatialScale);
  }

  // ---- Recurrent networks (FRnn) ----

  /** One LSTM step, returns {@code {c, h}}: {@code Variable[] ch = F.lstm(c, x)}. */
  public static Variable[] lstm(Variable cPrev, Variable x) {
    return FRnn.lstm(cPrev, x);
  }

  /** Stacked LSTMs: {@code F.nStepLstm(2, 0.5, hx, cx, ws, bs, xs).ys()}. */
  public static NStepOutput nStepLstm(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable cx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs) {
    return FRnn.nStepLstm(nLayers, dropoutRatio, hx, cx, ws, bs, xs);
  }

  /** Stacked bidirectional LSTMs: {@code F.nStepBiLstm(1, 0.0, hx, cx, ws, bs, xs).hy()}. */
  public static NStepOutput nStepBiLstm(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable cx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs) {
    return FRnn.nStepBiLstm(nLayers, dropoutRatio, hx, cx, ws, bs, xs);
  }

  /** Stacked GRUs: {@code F.nStepGru(1, 0.0, hx, ws, bs, xs).ys()}. */
  public static NStepOutput nStepGru(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs) {
    return FRnn.nStepGru(nLayers, dropoutRatio, hx, ws, bs, xs);
  }

  /** Stacked bidirectional GRUs: {@code F.nStepBiGru(1, 0.0, hx, ws, bs, xs).ys()}. */
  public static NStepOutput nStepBiGru(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs) {
    return FRnn.nStepBiGru(nLayers, dropoutRatio, hx, ws, bs, xs);
  }

  /** Stacked tanh RNNs: {@code F.nStepRnn(1, 0.0, hx, ws, bs, xs).ys()}. */
  public static NStepOutput nStepRnn(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs) {
    return FRnn.nStepRnn(nLayers, dropoutRatio, hx, ws, bs, xs);
  }

  /** Stacked RNNs, "tanh" or "relu": {@code F.nStepRnn(1, 0.0, hx, ws, bs, xs, "relu")}. */
  public static NStepOutput nStepRnn(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs,
      String activation) {
    return FRnn.nStepRnn(nLayers, dropoutRatio, hx, ws, bs, xs, activation);
  }

  /** Stacked bidirectional RNNs: {@code F.nStepBiRnn(1, 0.0, hx, ws, bs, xs, "tanh")}. */
  public static NStepOutput nStepBiRnn(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs,
      String activation) {
    return FRnn.nStepBiRnn(nLayers, dropoutRatio, hx, ws, bs, xs, activation);
  }

  // ---- Utilities (FUtil) ----

  /**
   * Calls {@code func} without keeping its graph, recomputing it in backward: {@code F.forget(v ->
   * F.tanh(F.linear(v, W)), x)}.
   */
  public static Variable forget(UnaryOperator<Variable> func, Variable x) {
    return FUtil.forget(func, x);
  }

  /**
   * {@link #forget(UnaryOperator, Variable)} for several inputs and outputs: {@code F.forget(xs ->
   * new Variable[] {F.mul(xs[0], xs[1])}, new Variable[] {a, b})}.
   */
  public static Variable[] forget(Function<Variable[], Variable[]> func, Variable[] xs) {
    return FUtil.forget(func, xs);
  }
}
