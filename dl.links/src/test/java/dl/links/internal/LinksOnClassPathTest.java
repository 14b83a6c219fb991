package dl.links.internal;

import dl.testing.ServiceRegistrations;
import org.junit.jupiter.api.Test;

class LinksOnClassPathTest {
  @Test
  void theClassPathRegistrationsAgreeWithModuleInfo() {
    ServiceRegistrations.assertAgree(LinksOnClassPath.class.getModule(), new LinksOnClassPath());
  }
}
