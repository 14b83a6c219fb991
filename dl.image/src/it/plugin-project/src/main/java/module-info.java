/** A plugin built outside Catena's reactor: the function {@code example_cube}. */
module org.example.cube {
  requires transitive dl.api;
  requires dl.functions; // backward is written with F

  exports org.example.cube;

  provides dl.api.spi.FunctionProvider with
      org.example.cube.Cube;
}
