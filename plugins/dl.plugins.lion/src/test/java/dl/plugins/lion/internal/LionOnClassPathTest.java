package dl.plugins.lion.internal;

import dl.testing.ServiceRegistrations;
import org.junit.jupiter.api.Test;

class LionOnClassPathTest {
  @Test
  void theClassPathRegistrationsAgreeWithModuleInfo() {
    ServiceRegistrations.assertAgree(LionOnClassPath.class.getModule(), new LionOnClassPath());
  }
}
