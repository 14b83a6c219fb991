package dl.optimizers.internal;

import dl.testing.ServiceRegistrations;
import org.junit.jupiter.api.Test;

class OptimizersOnClassPathTest {
  @Test
  void theClassPathRegistrationsAgreeWithModuleInfo() {
    ServiceRegistrations.assertAgree(
        OptimizersOnClassPath.class.getModule(), new OptimizersOnClassPath());
  }
}
