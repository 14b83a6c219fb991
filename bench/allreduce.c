/* The C side of the allreduce benchmark: MPI_Allreduce (float, sum, in place) of 4 KB to 64 MB,
 * the same loop as dl.distributed's AllreduceBench. Prints "bytes median_us min_us" per size.
 * Build and run: bench/allreduce-vs-c.sh (or mpicc -O2 -o allreduce allreduce.c). */
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>

static int cmp(const void* a, const void* b) {
  double x = *(const double*)a, y = *(const double*)b;
  return x < y ? -1 : x > y;
}

int main(int argc, char** argv) {
  MPI_Init(&argc, &argv);
  int rank;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  double budget = argc > 1 ? atof(argv[1]) : 0.5; /* seconds per size */
  for (long bytes = 4096; bytes <= 64L << 20; bytes *= 4) {
    long n = bytes / 4;
    float* buf = malloc(bytes);
    for (long i = 0; i < n; i++) buf[i] = (float)(i % 7);
    /* warm-up, then as many calls as fit the budget (decided by rank 0, at least 5) */
    MPI_Allreduce(MPI_IN_PLACE, buf, (int)n, MPI_FLOAT, MPI_SUM, MPI_COMM_WORLD);
    double t0 = MPI_Wtime();
    MPI_Allreduce(MPI_IN_PLACE, buf, (int)n, MPI_FLOAT, MPI_SUM, MPI_COMM_WORLD);
    double one = MPI_Wtime() - t0;
    int reps = one > 0 ? (int)(budget / one) : 1000;
    if (reps < 5) reps = 5;
    if (reps > 1000) reps = 1000;
    MPI_Bcast(&reps, 1, MPI_INT, 0, MPI_COMM_WORLD);
    double* t = malloc(sizeof(double) * reps);
    for (int r = 0; r < reps; r++) {
      MPI_Barrier(MPI_COMM_WORLD);
      double s = MPI_Wtime();
      MPI_Allreduce(MPI_IN_PLACE, buf, (int)n, MPI_FLOAT, MPI_SUM, MPI_COMM_WORLD);
      t[r] = MPI_Wtime() - s;
    }
    qsort(t, reps, sizeof(double), cmp);
    if (rank == 0) printf("%ld %.1f %.1f\n", bytes, t[reps / 2] * 1e6, t[0] * 1e6);
    free(t);
    free(buf);
  }
  MPI_Finalize();
  return 0;
}
