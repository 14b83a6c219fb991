package dl.plugins.glu.internal;

import dl.testing.ServiceRegistrations;
import org.junit.jupiter.api.Test;

class GluOnClassPathTest {
  @Test
  void theClassPathRegistrationsAgreeWithModuleInfo() {
    ServiceRegistrations.assertAgree(GluOnClassPath.class.getModule(), new GluOnClassPath());
  }
}
