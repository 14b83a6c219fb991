package dl.spitest.internal;

import dl.testing.ServiceRegistrations;
import org.junit.jupiter.api.Test;

class SpitestOnClassPathTest {
  @Test
  void theClassPathRegistrationsAgreeWithModuleInfo() {
    ServiceRegistrations.assertAgree(
        SpitestOnClassPath.class.getModule(), new SpitestOnClassPath());
  }
}
