package dl.plugins.mish.internal;

import dl.testing.ServiceRegistrations;
import org.junit.jupiter.api.Test;

class MishOnClassPathTest {
  @Test
  void theClassPathRegistrationsAgreeWithModuleInfo() {
    ServiceRegistrations.assertAgree(MishOnClassPath.class.getModule(), new MishOnClassPath());
  }
}
