/**
 * A stand-in for a third-party plugin: a separate module that requires only {@code dl.api} and
 * provides a function through the SPI. Its test finds the function by name at run time.
 */
module dl.spitest {
  requires dl.api;

  exports dl.spitest;

  provides dl.api.spi.FunctionProvider with
      dl.spitest.Cube;
}
