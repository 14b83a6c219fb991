package dl.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two "nodes" on one machine: two network namespaces joined by a veth pair, each rank in its own
 * UTS namespace with its own host name, so that intra/inter ranks come from real host names and the
 * collectives run over a real TCP link. mpirun runs in the first namespace and starts the second
 * node's daemon through an rsh agent that enters the second namespace (there is no ssh).
 */
class TwoNamespacesTest {
  private static final String TAG = Long.toString(ProcessHandle.current().pid() % 100000);
  private static final String NS_A = "catena-a-" + TAG;
  private static final String NS_B = "catena-b-" + TAG;
  private static final String VETH_A = "vca" + TAG;
  private static final String VETH_B = "vcb" + TAG;
  private static Path dir;
  private static boolean made;

  private static int sh(String... cmd) throws Exception {
    return MpiRun.exec(List.of(cmd), 30).exitCode();
  }

  @BeforeAll
  static void makeNamespaces() throws Exception {
    String why = MpiRun.unavailableReason();
    assumeTrue(why == null, () -> "skipped: " + why);
    assumeTrue(
        MpiRun.onPath("ip") && MpiRun.onPath("unshare") && MpiRun.onPath("hostname"),
        "skipped: needs ip (iproute2), unshare and hostname");
    int rc = sh("ip", "netns", "add", NS_A);
    assumeTrue(rc == 0, "skipped: cannot make network namespaces here (needs root, CAP_SYS_ADMIN)");
    made = true;
    String[][] setup = {
      {"ip", "netns", "add", NS_B},
      {"ip", "link", "add", VETH_A, "type", "veth", "peer", "name", VETH_B},
      {"ip", "link", "set", VETH_A, "netns", NS_A},
      {"ip", "link", "set", VETH_B, "netns", NS_B},
      {"ip", "-n", NS_A, "addr", "add", "10.231.0.1/24", "dev", VETH_A},
      {"ip", "-n", NS_B, "addr", "add", "10.231.0.2/24", "dev", VETH_B},
      {"ip", "-n", NS_A, "link", "set", "lo", "up"},
      {"ip", "-n", NS_B, "link", "set", "lo", "up"},
      {"ip", "-n", NS_A, "link", "set", VETH_A, "up"},
      {"ip", "-n", NS_B, "link", "set", VETH_B, "up"},
    };
    for (String[] cmd : setup) {
      int r = sh(cmd);
      assumeTrue(r == 0, () -> "skipped: '" + String.join(" ", cmd) + "' failed");
    }
    dir = Files.createTempDirectory("catena-netns");
    Path agent = dir.resolve("agent.sh");
    Files.writeString(
        agent,
        "#!/bin/sh\n"
            + "# mpirun's rsh agent: agent.sh HOST COMMAND... runs COMMAND on node b.\n"
            + "shift\n"
            + "exec ip netns exec "
            + NS_B
            + " unshare --uts sh -c \"hostname nodeb; $*\"\n");
    Files.setPosixFilePermissions(agent, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @AfterAll
  static void removeNamespaces() throws Exception {
    if (made) {
      sh("ip", "netns", "del", NS_A); // removes the veth pair too
      sh("ip", "netns", "del", NS_B);
    }
    if (dir != null) {
      Files.deleteIfExists(dir.resolve("agent.sh"));
      Files.deleteIfExists(dir);
    }
  }

  @Test
  void ranksOnTwoHostsSeeTwoInterRanksOverTcp() throws Exception {
    List<String> mpirun =
        new ArrayList<>(
            List.of(
                "mpirun",
                "--allow-run-as-root",
                "--host",
                "10.231.0.1:1,10.231.0.2:1",
                "-np",
                "2",
                "--mca",
                "plm_rsh_agent",
                dir.resolve("agent.sh").toString(),
                "--mca",
                "btl",
                "self,tcp",
                "--mca",
                "btl_tcp_if_include",
                "10.231.0.0/24",
                "--mca",
                "oob_tcp_if_include",
                "10.231.0.0/24"));
    mpirun.addAll(MpiRun.javaCommand("hosts"));
    StringBuilder line = new StringBuilder("hostname nodea; exec");
    for (String a : mpirun) {
      line.append(" '").append(a.replace("'", "'\\''")).append('\'');
    }
    MpiRun.Result r =
        MpiRun.exec(
            List.of("ip", "netns", "exec", NS_A, "unshare", "--uts", "sh", "-c", line.toString()),
            120);
    assertEquals(0, r.exitCode(), r::output);
    assertTrue(r.output().contains("HOST rank 0 name nodea intra 0/1 inter 0/2"), r::output);
    assertTrue(r.output().contains("HOST rank 1 name nodeb intra 0/1 inter 1/2"), r::output);
  }
}
