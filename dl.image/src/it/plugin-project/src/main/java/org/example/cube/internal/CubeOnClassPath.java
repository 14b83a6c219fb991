package org.example.cube.internal;

import dl.api.spi.ClassPathProviders;
import dl.api.spi.FunctionProvider;
import java.util.List;
import org.example.cube.Cube;

/** The plugin's providers for the class path (named in META-INF/services). */
public final class CubeOnClassPath implements ClassPathProviders {
  /** Called by ServiceLoader on the class path. */
  public CubeOnClassPath() {}

  @Override
  public List<Entry<?>> providers() {
    return List.of(ClassPathProviders.entry(FunctionProvider.class, Cube.class, Cube::provider));
  }
}
