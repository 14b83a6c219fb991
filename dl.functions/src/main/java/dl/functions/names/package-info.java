/**
 * Chainer's dimension-specific function names ({@code convolution_2d}, {@code max_pooling_2d}, ...)
 * for {@code Engine.get().function(name)}: each is the N-d function with Chainer's keywords and a
 * check that {@code x} has the named number of spatial axes. Not exported: only the registry
 * reaches these classes.
 */
package dl.functions.names;
