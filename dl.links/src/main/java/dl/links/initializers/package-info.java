/**
 * Initializers of parameters (Chainer's {@code chainer.initializers}): constants ({@link
 * dl.links.initializers.Constant}, {@link dl.links.initializers.Zero}, {@link
 * dl.links.initializers.One}) and random ones scaled by the fan-in and fan-out of the weight shape
 * ({@code fanIn = shape[1]·prod(shape[2:])}, {@code fanOut = shape[0]·prod(shape[2:])}). Random
 * initializers take one seed from {@link dl.api.Rng#nextSeed()} per array, so {@code Rng.seed(s)}
 * reproduces a model's initial values on every backend.
 *
 * <pre>{@code
 * Rng.seed(0);
 * Parameter w = new Parameter(new HeNormal(), 256, 784);
 * }</pre>
 */
package dl.links.initializers;
