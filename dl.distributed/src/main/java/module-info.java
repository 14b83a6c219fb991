/**
 * Training across processes and machines (ChainerMN's API): communicators over MPI ({@code naive},
 * {@code flat}, {@code dummy}) and NCCL ({@code pure_nccl}), the multi-node optimizer, dataset
 * scattering and multi-node extensions. The MPI binding is a JavaCPP library built at build time
 * where {@code mpi.h} is installed; without it, a process not started by {@code mpirun} runs as a
 * job of one. Optional: nothing requires this module.
 */
module dl.distributed {
  requires transitive dl.api;
  requires transitive dl.training;
  requires org.bytedeco.javacpp;
  requires org.bytedeco.cuda;

  exports dl.distributed;
}
