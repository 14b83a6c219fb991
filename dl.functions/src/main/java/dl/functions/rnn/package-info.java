/** The rnn functions of the library; call them through {@link dl.functions.F}. */
package dl.functions.rnn;
