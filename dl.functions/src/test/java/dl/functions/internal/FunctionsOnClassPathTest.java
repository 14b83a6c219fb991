package dl.functions.internal;

import dl.testing.ServiceRegistrations;
import org.junit.jupiter.api.Test;

class FunctionsOnClassPathTest {
  @Test
  void theClassPathRegistrationsAgreeWithModuleInfo() {
    ServiceRegistrations.assertAgree(
        FunctionsOnClassPath.class.getModule(), new FunctionsOnClassPath());
  }
}
