// The thin C layer between Java and MPI that dl.distributed.internal.MpiNative binds with JavaCPP.
// MPI handles are implementation types (pointers in Open MPI, ints in MPICH), so Java sees small
// ints instead: communicators and requests are slots in fixed tables, datatypes and operations are
// codes. Every function returns an MPI error code (0 = MPI_SUCCESS) or, for the handle makers, a
// handle >= 0 or -(error code) - 1. Built with mpicxx, so it compiles against any MPI's mpi.h.
#ifndef CATENA_MPI_H
#define CATENA_MPI_H

#include <mpi.h>
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#define CMPI_MAX_COMMS 256
#define CMPI_MAX_REQUESTS 1024

static MPI_Comm cmpi_comms[CMPI_MAX_COMMS];
static int cmpi_comm_used[CMPI_MAX_COMMS];
static MPI_Request cmpi_requests[CMPI_MAX_REQUESTS];
static int cmpi_request_used[CMPI_MAX_REQUESTS];

// Codes shared with dl.distributed.internal.Mpi.
static MPI_Datatype cmpi_type(int code) {
  switch (code) {
    case 0: return MPI_BYTE;
    case 1: return MPI_INT;
    case 2: return MPI_LONG_LONG;
    case 3: return MPI_FLOAT;
    default: return MPI_DOUBLE;
  }
}

static MPI_Op cmpi_op(int code) {
  switch (code) {
    case 1: return MPI_MAX;
    case 2: return MPI_MIN;
    case 3: return MPI_PROD;
    default: return MPI_SUM;
  }
}

static MPI_Comm cmpi_comm(int h) {
  return h >= 0 && h < CMPI_MAX_COMMS && cmpi_comm_used[h] ? cmpi_comms[h] : MPI_COMM_NULL;
}

static int cmpi_new_comm(MPI_Comm c) {
  for (int i = 0; i < CMPI_MAX_COMMS; i++) {
    if (!cmpi_comm_used[i]) {
      cmpi_comm_used[i] = 1;
      cmpi_comms[i] = c;
      return i;
    }
  }
  return -1;
}

// Returns the thread level provided, or -(error) - 1. Handle 0 is MPI_COMM_WORLD afterwards.
static int cmpi_init() {
  // A JVM loads this library with RTLD_LOCAL; Open MPI's plugins (mca_*.so) then cannot see
  // libmpi's symbols. Reopen the library that defines MPI_Init as global, as Open MPI's own Java
  // bindings do. Harmless elsewhere (MPICH has no such plugins).
  Dl_info info;
  if (dladdr((void*)&MPI_Init, &info) && info.dli_fname != NULL) {
    dlopen(info.dli_fname, RTLD_NOW | RTLD_GLOBAL | RTLD_NOLOAD);
  }
  int flag = 0;
  MPI_Initialized(&flag);
  int provided = MPI_THREAD_SINGLE;
  if (!flag) {
    int rc = MPI_Init_thread(NULL, NULL, MPI_THREAD_SERIALIZED, &provided);
    if (rc != MPI_SUCCESS) return -rc - 1;
  } else {
    MPI_Query_thread(&provided);
  }
  // Errors come back as codes, so that Java throws with the message instead of MPI aborting.
  MPI_Comm_set_errhandler(MPI_COMM_WORLD, MPI_ERRORS_RETURN);
  cmpi_comms[0] = MPI_COMM_WORLD;
  cmpi_comm_used[0] = 1;
  return provided;
}

static int cmpi_finalize() {
  int flag = 0;
  MPI_Finalized(&flag);
  return flag ? 0 : MPI_Finalize();
}

static int cmpi_abort(int comm, int code) { return MPI_Abort(cmpi_comm(comm), code); }

static int cmpi_rank(int comm) {
  int r = -1;
  int rc = MPI_Comm_rank(cmpi_comm(comm), &r);
  return rc == MPI_SUCCESS ? r : -rc - 1;
}

static int cmpi_size(int comm) {
  int s = -1;
  int rc = MPI_Comm_size(cmpi_comm(comm), &s);
  return rc == MPI_SUCCESS ? s : -rc - 1;
}

// Writes the NUL-terminated processor name into buf (at least MPI_MAX_PROCESSOR_NAME bytes).
static int cmpi_processor_name(void* buf, int capacity) {
  char name[MPI_MAX_PROCESSOR_NAME + 1];
  int len = 0;
  int rc = MPI_Get_processor_name(name, &len);
  if (rc != MPI_SUCCESS) return -rc - 1;
  if (len >= capacity) len = capacity - 1;
  memcpy(buf, name, len);
  ((char*)buf)[len] = 0;
  return len;
}

static int cmpi_max_processor_name() { return MPI_MAX_PROCESSOR_NAME; }

static int cmpi_error_string(int code, void* buf, int capacity) {
  char s[MPI_MAX_ERROR_STRING + 1];
  int len = 0;
  if (MPI_Error_string(code, s, &len) != MPI_SUCCESS) len = 0;
  if (len >= capacity) len = capacity - 1;
  memcpy(buf, s, len);
  ((char*)buf)[len] = 0;
  return len;
}

static int cmpi_split(int comm, int color, int key) {
  MPI_Comm out;
  int rc = MPI_Comm_split(cmpi_comm(comm), color, key, &out);
  if (rc != MPI_SUCCESS) return -rc - 1;
  MPI_Comm_set_errhandler(out, MPI_ERRORS_RETURN);
  int h = cmpi_new_comm(out);
  return h < 0 ? -MPI_ERR_COMM - 1 : h;
}

static int cmpi_free(int comm) {
  if (comm <= 0 || comm >= CMPI_MAX_COMMS || !cmpi_comm_used[comm]) return MPI_ERR_COMM;
  int rc = MPI_Comm_free(&cmpi_comms[comm]);
  cmpi_comm_used[comm] = 0;
  return rc;
}

static int cmpi_barrier(int comm) { return MPI_Barrier(cmpi_comm(comm)); }

static int cmpi_bcast(void* buf, int count, int type, int root, int comm) {
  return MPI_Bcast(buf, count, cmpi_type(type), root, cmpi_comm(comm));
}

// send == NULL means in place (MPI_IN_PLACE).
static int cmpi_allreduce(void* send, void* recv, int count, int type, int op, int comm) {
  return MPI_Allreduce(send == NULL ? MPI_IN_PLACE : send, recv, count, cmpi_type(type),
                       cmpi_op(op), cmpi_comm(comm));
}

// Returns a request handle for cmpi_wait, or -(error) - 1.
static int cmpi_iallreduce(void* send, void* recv, int count, int type, int op, int comm) {
  int h = -1;
  for (int i = 0; i < CMPI_MAX_REQUESTS; i++) {
    if (!cmpi_request_used[i]) { h = i; break; }
  }
  if (h < 0) return -MPI_ERR_REQUEST - 1;
  int rc = MPI_Iallreduce(send == NULL ? MPI_IN_PLACE : send, recv, count, cmpi_type(type),
                          cmpi_op(op), cmpi_comm(comm), &cmpi_requests[h]);
  if (rc != MPI_SUCCESS) return -rc - 1;
  cmpi_request_used[h] = 1;
  return h;
}

static int cmpi_wait(int request) {
  if (request < 0 || request >= CMPI_MAX_REQUESTS || !cmpi_request_used[request]) {
    return MPI_ERR_REQUEST;
  }
  int rc = MPI_Wait(&cmpi_requests[request], MPI_STATUS_IGNORE);
  cmpi_request_used[request] = 0;
  return rc;
}

static int cmpi_allgather(void* send, int count, void* recv, int type, int comm) {
  return MPI_Allgather(send, count, cmpi_type(type), recv, count, cmpi_type(type),
                       cmpi_comm(comm));
}

static int cmpi_gather(void* send, int count, void* recv, int type, int root, int comm) {
  return MPI_Gather(send, count, cmpi_type(type), recv, count, cmpi_type(type), root,
                    cmpi_comm(comm));
}

static int cmpi_scatter(void* send, int count, void* recv, int type, int root, int comm) {
  return MPI_Scatter(send, count, cmpi_type(type), recv, count, cmpi_type(type), root,
                     cmpi_comm(comm));
}

static double cmpi_wtime() { return MPI_Wtime(); }

#endif
