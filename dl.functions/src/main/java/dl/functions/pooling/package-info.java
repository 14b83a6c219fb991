/** The pooling functions of the library; call them through {@link dl.functions.F}. */
package dl.functions.pooling;
