// The CUDA simulator's device: a process that owns the "device" memory and runs kernels, spoken to
// over stdin/stdout with little-endian 64-bit words (see SimRuntime.java for the command list).
// Kernels are modules built by g++ from CUDA C through catena_cuda_shim.h and loaded with dlopen.
#include <dlfcn.h>
#include <signal.h>
#include <unistd.h>

#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

typedef uint64_t u64;

static FILE* in;
static FILE* out;
static std::map<uintptr_t, u64> allocations;
static u64 memoryLimit;
static u64 memoryUsed;
static std::string pendingError;
static char current[256] = "idle";

static void fault(int sig) {
  char msg[400];
  int n = snprintf(msg, sizeof msg, "catena-cudasim: device fault (signal %d) while %s\n", sig,
                   current);
  if (write(2, msg, n) < 0) {
  }
  _exit(70);
}

static u64 rd() {
  u64 v;
  if (fread(&v, 8, 1, in) != 1) exit(0);  // the JVM closed the pipe: the device goes away
  return v;
}
static double rdf() {
  u64 v = rd();
  double d;
  memcpy(&d, &v, 8);
  return d;
}
static void rdbytes(void* p, u64 n) {
  if (n && fread(p, 1, n, in) != n) exit(0);
}
static std::string rdstr() {
  u64 n = rd();
  std::string s(n, '\0');
  rdbytes(&s[0], n);
  return s;
}
static void wr(u64 v) { fwrite(&v, 8, 1, out); }
static void wrstr(const std::string& s) {
  wr(s.size());
  fwrite(s.data(), 1, s.size(), out);
}
static void fail(const std::string& m) {
  if (pendingError.empty()) pendingError = m;
}
// Replies OK, or the first error of an asynchronous command since the last reply.
static bool replyStatus() {
  if (!pendingError.empty()) {
    wr(1);
    wrstr(pendingError);
    pendingError.clear();
    return false;
  }
  wr(0);
  return true;
}

static bool valid(uintptr_t p, u64 n, const char* what) {
  auto it = allocations.upper_bound(p);
  if (it != allocations.begin()) {
    --it;
    if (p >= it->first && p + n <= it->first + it->second) return true;
  }
  char m[200];
  snprintf(m, sizeof m, "%s: invalid device pointer 0x%lx for %lu bytes (not in an allocation)",
           what, (unsigned long)p, (unsigned long)n);
  fail(m);
  return false;
}

// ---- kernel execution over real threads

struct Barrier {  // __syncthreads: threads that returned from the kernel count as arrived
  std::mutex m;
  std::condition_variable cv;
  unsigned total = 0, active = 0, arrived = 0, finished = 0;
  u64 gen = 0, blockGen = 0;
  void reset(unsigned t) {
    total = active = t;
    arrived = finished = 0;
  }
  void sync() {
    std::unique_lock<std::mutex> l(m);
    u64 g = gen;
    if (++arrived == active) {
      arrived = 0;
      gen++;
      cv.notify_all();
    } else {
      cv.wait(l, [&] { return g != gen; });
    }
  }
  void blockEnd() {
    std::unique_lock<std::mutex> l(m);
    u64 bg = blockGen;
    active--;
    if (++finished == total) {
      active = total;
      finished = arrived = 0;
      blockGen++;
      cv.notify_all();
      return;
    }
    if (arrived > 0 && arrived == active) {
      arrived = 0;
      gen++;
      cv.notify_all();
    }
    cv.wait(l, [&] { return bg != blockGen; });
  }
};
static Barrier barrier;
static void barrierSync() { barrier.sync(); }
static void barrierBlockEnd() { barrier.blockEnd(); }

struct Pool {  // persistent worker threads; job(i) for i < jobs
  std::mutex m;
  std::condition_variable cv, doneCv;
  std::vector<std::thread> threads;
  std::function<void(unsigned)> job;
  unsigned jobs = 0, done = 0;
  u64 gen = 0;
  void run(unsigned n, std::function<void(unsigned)> f) {
    std::unique_lock<std::mutex> l(m);
    while (threads.size() < n) {
      unsigned id = threads.size();
      threads.emplace_back([this, id] { loop(id); });
    }
    job = f;
    jobs = n;
    done = 0;
    gen++;
    cv.notify_all();
    doneCv.wait(l, [&] { return done == jobs; });
  }
  void loop(unsigned id) {
    u64 seen = 0;
    std::unique_lock<std::mutex> l(m);
    for (;;) {
      cv.wait(l, [&] { return gen != seen; });
      seen = gen;
      if (id >= jobs) continue;
      auto f = job;
      l.unlock();
      f(id);
      l.lock();
      if (++done == jobs) doneCv.notify_all();
    }
  }
};
static Pool pool;

typedef void (*SetupFn)(const unsigned*, const unsigned*, void (*)(void), void (*)(void));
typedef void (*BlocksFn)(void**, long long, long long);
typedef void (*ThreadFn)(void**, unsigned);
struct Function {
  std::string name;
  SetupFn setup;
  BlocksFn blocks;
  ThreadFn thread;
  bool synchronous;  // uses __syncthreads or __shared__: blocks run one at a time, threads at once
};
static std::vector<Function> functions;

static void load() {
  std::string path = rdstr();
  u64 n = rd();
  std::vector<std::string> names;
  for (u64 i = 0; i < n; i++) names.push_back(rdstr());
  void* h = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    fail(std::string("cannot load module ") + path + ": " + dlerror());
    replyStatus();
    return;
  }
  SetupFn setup = (SetupFn)dlsym(h, "__catena_setup");
  bool synchronous = dlsym(h, "__catena_synchronous") != nullptr;
  std::vector<u64> ids;
  for (auto& name : names) {
    BlocksFn b = (BlocksFn)dlsym(h, ("__catena_blocks_" + name).c_str());
    ThreadFn t = (ThreadFn)dlsym(h, ("__catena_thread_" + name).c_str());
    if (!setup || !b || !t) {
      fail("module " + path + " has no kernel named " + name);
      break;
    }
    ids.push_back(functions.size());
    functions.push_back({name, setup, b, t, synchronous});
  }
  if (replyStatus())
    for (u64 id : ids) wr(id);
}

static void launch() {
  u64 f = rd();
  unsigned g[3], b[3];
  for (int i = 0; i < 3; i++) g[i] = (unsigned)rd();
  for (int i = 0; i < 3; i++) b[i] = (unsigned)rd();
  u64 shmem = rd();
  rd();  // stream: one in-order queue serves every stream
  u64 nargs = rd();
  std::vector<std::vector<uint64_t>> store(nargs);
  std::vector<void*> args(nargs);
  for (u64 i = 0; i < nargs; i++) {
    u64 len = rd();
    store[i].resize((len + 7) / 8 + 1);  // 8-byte aligned copies of the argument values
    rdbytes(store[i].data(), len);
    args[i] = store[i].data();
  }
  if (f >= functions.size()) {
    fail("launch: invalid kernel handle");
    return;
  }
  Function& fn = functions[f];
  unsigned threads = b[0] * b[1] * b[2];
  long long blocks = (long long)g[0] * g[1] * g[2];
  if (threads == 0 || threads > 1024 || blocks == 0 || b[2] > 64 || shmem > 49152) {
    fail("launch " + fn.name + ": invalid configuration (grid " + std::to_string(g[0]) + "x" +
         std::to_string(g[1]) + "x" + std::to_string(g[2]) + ", block " + std::to_string(b[0]) +
         "x" + std::to_string(b[1]) + "x" + std::to_string(b[2]) + ", " + std::to_string(shmem) +
         " bytes of shared memory; at most 1024 threads and 48 KiB)");
    return;
  }
  snprintf(current, sizeof current, "running kernel %s", fn.name.c_str());
  fn.setup(g, b, barrierSync, barrierBlockEnd);
  void** a = args.data();
  if (fn.synchronous) {
    barrier.reset(threads);
    pool.run(threads, [&](unsigned t) { fn.thread(a, t); });
  } else {
    unsigned hw = std::thread::hardware_concurrency();
    unsigned w = (unsigned)std::min<long long>(blocks, hw ? hw : 1);
    pool.run(w, [&](unsigned t) { fn.blocks(a, blocks * t / w, blocks * (t + 1) / w); });
  }
  snprintf(current, sizeof current, "idle");
}

// ---- cuBLAS's GEMM (column-major) and cuDNN's convolution and pooling, as reference loops

template <class T>
static void gemm(bool ta, bool tb, long m, long n, long k, T alpha, const T* A, long lda,
                 long sA, const T* B, long ldb, long sB, T beta, T* C, long ldc, long sC,
                 long batch) {
  std::vector<T> acc(m);
  for (long q = 0; q < batch; q++) {
    const T* a = A + q * sA;
    const T* bb = B + q * sB;
    T* c = C + q * sC;
    for (long j = 0; j < n; j++) {
      for (long i = 0; i < m; i++) acc[i] = 0;
      for (long l = 0; l < k; l++) {
        T bv = tb ? bb[j + l * ldb] : bb[l + j * ldb];
        if (ta)
          for (long i = 0; i < m; i++) acc[i] += a[l + i * lda] * bv;
        else
          for (long i = 0; i < m; i++) acc[i] += a[i + l * lda] * bv;
      }
      for (long i = 0; i < m; i++)
        c[i + j * ldc] = beta == 0 ? alpha * acc[i] : alpha * acc[i] + beta * c[i + j * ldc];
    }
  }
}

struct Conv {
  long n, c, h, w, k, cg, r, s, ph, pw, sh, sw, dh, dw, groups, oh, ow;
};

template <class T>
static void blend(T* y, const std::vector<double>& v, double alpha, double beta) {
  for (size_t i = 0; i < v.size(); i++)
    y[i] = (T)(beta == 0 ? alpha * v[i] : alpha * v[i] + beta * (double)y[i]);
}

// kind 0: y = conv(x, w); 1: dx from (w, dy); 2: dw from (x, dy). Cross-correlation, NCHW.
template <class T>
static void conv(int kind, const Conv& d, T* x, T* w, T* y, double alpha, double beta) {
  long kg = d.k / d.groups;
  std::vector<double> acc(kind == 0 ? d.n * d.k * d.oh * d.ow
                                    : kind == 1 ? d.n * d.c * d.h * d.w : d.k * d.cg * d.r * d.s);
  for (long n = 0; n < d.n; n++)
    for (long k = 0; k < d.k; k++) {
      long g = k / kg;
      for (long oh = 0; oh < d.oh; oh++)
        for (long ow = 0; ow < d.ow; ow++) {
          long yi = ((n * d.k + k) * d.oh + oh) * d.ow + ow;
          double sum = 0;
          for (long c = 0; c < d.cg; c++)
            for (long r = 0; r < d.r; r++) {
              long ih = oh * d.sh - d.ph + r * d.dh;
              if (ih < 0 || ih >= d.h) continue;
              for (long s = 0; s < d.s; s++) {
                long iw = ow * d.sw - d.pw + s * d.dw;
                if (iw < 0 || iw >= d.w) continue;
                long xi = ((n * d.c + g * d.cg + c) * d.h + ih) * d.w + iw;
                long wi = ((k * d.cg + c) * d.r + r) * d.s + s;
                if (kind == 0)
                  sum += (double)x[xi] * w[wi];
                else if (kind == 1)
                  acc[xi] += (double)w[wi] * y[yi];
                else
                  acc[wi] += (double)x[xi] * y[yi];
              }
            }
          if (kind == 0) acc[yi] = sum;
        }
    }
  blend(kind == 0 ? y : kind == 1 ? x : w, acc, alpha, beta);
}

struct Pooling {
  long mode, n, c, h, w, wh, ww, ph, pw, sh, sw, oh, ow;  // mode 0 max, 1 avg incl, 2 avg excl
};

template <class T>
static void pooling(int kind, const Pooling& p, const T* x, T* y, const T* dy, T* dx, double alpha,
                    double beta) {
  std::vector<double> acc(kind == 0 ? p.n * p.c * p.oh * p.ow : p.n * p.c * p.h * p.w);
  for (long nc = 0; nc < p.n * p.c; nc++)
    for (long oh = 0; oh < p.oh; oh++)
      for (long ow = 0; ow < p.ow; ow++) {
        long yi = (nc * p.oh + oh) * p.ow + ow;
        double best = -INFINITY, sum = 0;
        long arg = -1, count = 0;
        for (long r = 0; r < p.wh; r++)
          for (long s = 0; s < p.ww; s++) {
            long ih = oh * p.sh - p.ph + r, iw = ow * p.sw - p.pw + s;
            if (ih < 0 || ih >= p.h || iw < 0 || iw >= p.w) continue;
            long xi = (nc * p.h + ih) * p.w + iw;
            double v = x[xi];
            count++;
            sum += v;
            if (arg < 0 || v > best) {
              best = v;
              arg = xi;
            }
          }
        double div = p.mode == 1 ? (double)(p.wh * p.ww) : (double)count;
        if (kind == 0) {
          acc[yi] = p.mode == 0 ? best : sum / div;
          continue;
        }
        if (p.mode == 0) {
          if (arg >= 0) acc[arg] += dy[yi];
          continue;
        }
        for (long r = 0; r < p.wh; r++)
          for (long s = 0; s < p.ww; s++) {
            long ih = oh * p.sh - p.ph + r, iw = ow * p.sw - p.pw + s;
            if (ih < 0 || ih >= p.h || iw < 0 || iw >= p.w) continue;
            acc[(nc * p.h + ih) * p.w + iw] += dy[yi] / div;
          }
      }
  blend(kind == 0 ? y : dx, acc, alpha, beta);
}

int main(int argc, char** argv) {
  signal(SIGSEGV, fault);
  signal(SIGBUS, fault);
  signal(SIGFPE, fault);
  memoryLimit = argc > 1 ? strtoull(argv[1], nullptr, 10) : (8ull << 30);
  in = stdin;
  out = stdout;
  for (;;) {
    fflush(out);
    u64 op = rd();
    switch (op) {
      case 1: {  // MALLOC size
        u64 n = rd();
        if (memoryUsed + n > memoryLimit) {
          wr(2);
          wrstr("out of memory: " + std::to_string(n) + " bytes requested, " +
                std::to_string(memoryLimit - memoryUsed) + " of " + std::to_string(memoryLimit) +
                " free");
          break;
        }
        void* p = aligned_alloc(256, (n + 255) / 256 * 256 + 256);
        allocations[(uintptr_t)p] = n;
        memoryUsed += n;
        if (replyStatus()) wr((uintptr_t)p);
        break;
      }
      case 2: {  // FREE ptr
        uintptr_t p = rd();
        auto it = allocations.find(p);
        if (it == allocations.end()) {
          fail("free: invalid device pointer (not an allocation)");
          break;
        }
        memoryUsed -= it->second;
        allocations.erase(it);
        free((void*)p);
        break;
      }
      case 3: {  // HTOD dst n bytes
        uintptr_t p = rd();
        u64 n = rd();
        std::vector<char> buf(n);
        rdbytes(buf.data(), n);
        if (valid(p, n, "copy host to device")) memcpy((void*)p, buf.data(), n);
        break;
      }
      case 4: {  // DTOH src n
        uintptr_t p = rd();
        u64 n = rd();
        bool ok = valid(p, n, "copy device to host");
        if (replyStatus() && ok) fwrite((void*)p, 1, n, out);
        break;
      }
      case 5: {  // DTOD dst src n
        uintptr_t d = rd(), s = rd();
        u64 n = rd();
        if (valid(d, n, "copy device to device") && valid(s, n, "copy device to device"))
          memmove((void*)d, (void*)s, n);
        break;
      }
      case 6: {  // MEMSET dst value n
        uintptr_t d = rd();
        int v = (int)rd();
        u64 n = rd();
        if (valid(d, n, "memset")) memset((void*)d, v, n);
        break;
      }
      case 7:
        load();
        break;
      case 8:
        launch();
        break;
      case 9:  // SYNC
        replyStatus();
        break;
      case 10: {  // GEMM
        u64 dt = rd(), ta = rd(), tb = rd();
        long m = rd(), n = rd(), k = rd();
        double alpha = rdf();
        uintptr_t A = rd();
        long lda = rd(), sA = rd();
        uintptr_t B = rd();
        long ldb = rd(), sB = rd();
        double beta = rdf();
        uintptr_t C = rd();
        long ldc = rd(), sC = rd(), batch = rd();
        snprintf(current, sizeof current, "running GEMM %ldx%ldx%ld", m, n, k);
        if (dt == 0)
          gemm<float>(ta, tb, m, n, k, alpha, (float*)A, lda, sA, (float*)B, ldb, sB, beta,
                      (float*)C, ldc, sC, batch);
        else
          gemm<double>(ta, tb, m, n, k, alpha, (double*)A, lda, sA, (double*)B, ldb, sB, beta,
                       (double*)C, ldc, sC, batch);
        snprintf(current, sizeof current, "idle");
        break;
      }
      case 11: {  // CONV kind dtype geometry x w y alpha beta
        int kind = rd();
        u64 dt = rd();
        Conv d;
        long* f = &d.n;
        for (int i = 0; i < 17; i++) f[i] = rd();
        uintptr_t x = rd(), w = rd(), y = rd();
        double alpha = rdf(), beta = rdf();
        snprintf(current, sizeof current, "running convolution (kind %d)", kind);
        if (dt == 0)
          conv<float>(kind, d, (float*)x, (float*)w, (float*)y, alpha, beta);
        else
          conv<double>(kind, d, (double*)x, (double*)w, (double*)y, alpha, beta);
        snprintf(current, sizeof current, "idle");
        break;
      }
      case 12: {  // POOL kind dtype geometry x y dy dx alpha beta
        int kind = rd();
        u64 dt = rd();
        Pooling p;
        long* f = &p.mode;
        for (int i = 0; i < 13; i++) f[i] = rd();
        uintptr_t x = rd(), y = rd(), dy = rd(), dx = rd();
        double alpha = rdf(), beta = rdf();
        snprintf(current, sizeof current, "running pooling (kind %d)", kind);
        if (dt == 0)
          pooling<float>(kind, p, (float*)x, (float*)y, (float*)dy, (float*)dx, alpha, beta);
        else
          pooling<double>(kind, p, (double*)x, (double*)y, (double*)dy, (double*)dx, alpha, beta);
        snprintf(current, sizeof current, "idle");
        break;
      }
      case 13:  // INFO
        if (replyStatus()) {
          wr(memoryLimit);
          wr(memoryLimit - memoryUsed);
        }
        break;
      default:
        fflush(out);
        _exit(0);
    }
  }
}
