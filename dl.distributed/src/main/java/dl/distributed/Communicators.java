package dl.distributed;

import dl.distributed.internal.Mpi;
import dl.distributed.internal.MpiTransport;
import dl.distributed.internal.SelfTransport;
import dl.distributed.internal.Transport;
import java.util.List;

/**
 * Creates communicators over MPI's world (ChainerMN's {@code create_communicator}).
 *
 * <ul>
 *   <li>{@code naive}: one allreduce per parameter;
 *   <li>{@code flat}: all gradients packed into one buffer and one allreduce;
 *   <li>{@code pure_nccl}: {@code flat}'s packing, reduced by NCCL on the GPU of {@link
 *       Communicator#intraRank()}; the NCCL unique id is broadcast over MPI and the NCCL
 *       communicator created on the first reduction;
 *   <li>{@code dummy}: packs and unpacks but sends nothing (to measure the rest).
 * </ul>
 *
 * <p>A process not started by an MPI launcher ({@code mpirun}) gets a one-process communicator (no
 * MPI needed), so the same program runs as one process anywhere.
 *
 * <pre>{@code
 * Communicator comm = Communicators.create("flat");
 * Optimizer opt = MultiNodeOptimizer.create(new Adam(), comm).setup(model);
 * }</pre>
 */
public final class Communicators {
  /** The communicator names {@link #create} accepts. */
  public static final List<String> NAMES = List.of("naive", "flat", "pure_nccl", "dummy");

  private static Transport world;

  private Communicators() {}

  /** A communicator of the given kind over every process of the job. */
  public static Communicator create(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "Communicators.create: unknown communicator '" + name + "', expected one of " + NAMES);
    }
    if (name.equals("pure_nccl")) {
      String why = PureNcclCommunicator.unavailableReason();
      if (why != null) {
        throw new IllegalStateException("Communicators.create(\"pure_nccl\"): " + why);
      }
    }
    return of(name, world());
  }

  static Communicator of(String name, Transport t) {
    switch (name) {
      case "naive":
        return new NaiveCommunicator(t);
      case "flat":
        return new FlatCommunicator(t);
      case "pure_nccl":
        return new PureNcclCommunicator(t);
      default:
        return new DummyCommunicator(t);
    }
  }

  /** Whether this process was started by an MPI launcher ({@code mpirun}, {@code srun}). */
  public static boolean launchedByMpi() {
    return System.getenv("OMPI_COMM_WORLD_SIZE") != null
        || System.getenv("PMI_SIZE") != null
        || System.getenv("PMIX_RANK") != null;
  }

  /** Null when the MPI binding is usable, else why not. */
  public static String mpiUnavailableReason() {
    return Mpi.unavailableReason();
  }

  private static synchronized Transport world() {
    if (world == null) {
      // Without a launcher there is nobody to talk to: a job of one, with or without MPI (and
      // without MPI singleton start-up in, say, a test JVM).
      if (!launchedByMpi()) {
        world = new SelfTransport();
      } else if (Mpi.unavailableReason() == null) {
        world = MpiTransport.world();
      } else {
        throw new IllegalStateException(Mpi.unavailableReason());
      }
    }
    return world;
  }
}
