// The CUDA simulator's shim: lets g++ compile the CUDA C source that NVRTC would get. Force-included
// (-include) before the kernel source. No system headers, so that a kernel compiles in a blink.
#ifndef CATENA_CUDA_SHIM_H
#define CATENA_CUDA_SHIM_H

#define __global__
#define __device__
#define __host__
#define __forceinline__ inline
#define __restrict__ __restrict
#define __launch_bounds__(...)
// Shared memory is one static object per module: blocks of a kernel that uses it run one at a time.
#define __shared__ static
// `extern __shared__ T name[];` (dynamic shared memory) is rewritten by the simulator's compiler
// step to `extern __catena_dynamic_shared T name[];`, defined in the generated companion code.
#define __catena_dynamic_shared

struct uint3 {
  unsigned int x, y, z;
};
struct dim3 {
  unsigned int x, y, z;
};

extern "C" {
// The launch context, set by the generated companion code of the module.
extern thread_local uint3 threadIdx;
extern thread_local uint3 blockIdx;
extern dim3 blockDim;
extern dim3 gridDim;
extern void (*__catena_barrier)(void);
static const int warpSize = 32;

float expf(float);
double exp(double);
float logf(float);
double log(double);
float sqrtf(float);
double sqrt(double);
float sinf(float);
double sin(double);
float cosf(float);
double cos(double);
float tanf(float);
double tan(double);
float tanhf(float);
double tanh(double);
float sinhf(float);
double sinh(double);
float coshf(float);
double cosh(double);
float asinf(float);
double asin(double);
float acosf(float);
double acos(double);
float atanf(float);
double atan(double);
float atan2f(float, float);
double atan2(double, double);
float floorf(float);
double floor(double);
float ceilf(float);
double ceil(double);
float expm1f(float);
double expm1(double);
float log1pf(float);
double log1p(double);
float erff(float);
double erf(double);
float powf(float, float);
double pow(double, double);
float fmodf(float, float);
double fmod(double, double);
float fabsf(float);
double fabs(double);
float fmaxf(float, float);
double fmax(double, double);
float fminf(float, float);
double fmin(double, double);
float roundf(float);
double round(double);
float truncf(float);
double trunc(double);
float log2f(float);
double log2(double);
float log10f(float);
double log10(double);
float exp2f(float);
double exp2(double);
float cbrtf(float);
double cbrt(double);
float hypotf(float, float);
double hypot(double, double);
float copysignf(float, float);
double copysign(double, double);
}

// CUDA's overloads and intrinsics.
static inline void __syncthreads() { __catena_barrier(); }
static inline void __threadfence() { __atomic_thread_fence(__ATOMIC_SEQ_CST); }
static inline float rsqrtf(float x) { return 1.0f / sqrtf(x); }
static inline double rsqrt(double x) { return 1.0 / sqrt(x); }
static inline float __expf(float x) { return expf(x); }
static inline float __logf(float x) { return logf(x); }
static inline float __fdividef(float a, float b) { return a / b; }
static inline float exp(float x) { return expf(x); }
static inline float log(float x) { return logf(x); }
static inline float sqrt(float x) { return sqrtf(x); }
static inline float fabs(float x) { return fabsf(x); }
static inline float tanh(float x) { return tanhf(x); }
static inline float pow(float a, float b) { return powf(a, b); }
static inline int abs(int x) { return x < 0 ? -x : x; }
static inline long long llabs(long long x) { return x < 0 ? -x : x; }
static inline int max(int a, int b) { return a > b ? a : b; }
static inline int min(int a, int b) { return a < b ? a : b; }
static inline long long max(long long a, long long b) { return a > b ? a : b; }
static inline long long min(long long a, long long b) { return a < b ? a : b; }
static inline unsigned int max(unsigned int a, unsigned int b) { return a > b ? a : b; }
static inline unsigned int min(unsigned int a, unsigned int b) { return a < b ? a : b; }
static inline float max(float a, float b) { return fmaxf(a, b); }
static inline float min(float a, float b) { return fminf(a, b); }
static inline double max(double a, double b) { return fmax(a, b); }
static inline double min(double a, double b) { return fmin(a, b); }
static inline double __longlong_as_double(long long v) {
  double d;
  __builtin_memcpy(&d, &v, 8);
  return d;
}
static inline long long __double_as_longlong(double v) {
  long long r;
  __builtin_memcpy(&r, &v, 8);
  return r;
}
static inline float __int_as_float(int v) {
  float f;
  __builtin_memcpy(&f, &v, 4);
  return f;
}
static inline int __float_as_int(float v) {
  int r;
  __builtin_memcpy(&r, &v, 4);
  return r;
}

// Atomics: the hardware's through GCC's builtins; floating adds as compare-and-swap loops.
static inline int atomicAdd(int* p, int v) { return __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST); }
static inline unsigned int atomicAdd(unsigned int* p, unsigned int v) {
  return __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST);
}
static inline unsigned long long atomicAdd(unsigned long long* p, unsigned long long v) {
  return __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST);
}
static inline float atomicAdd(float* p, float v) {
  int* ip = reinterpret_cast<int*>(p);
  int old = __atomic_load_n(ip, __ATOMIC_SEQ_CST);
  int want;
  do {
    want = __float_as_int(__int_as_float(old) + v);
  } while (!__atomic_compare_exchange_n(ip, &old, want, false, __ATOMIC_SEQ_CST,
                                        __ATOMIC_SEQ_CST));
  return __int_as_float(old);
}
static inline double atomicAdd(double* p, double v) {
  long long* ip = reinterpret_cast<long long*>(p);
  long long old = __atomic_load_n(ip, __ATOMIC_SEQ_CST);
  long long want;
  do {
    want = __double_as_longlong(__longlong_as_double(old) + v);
  } while (!__atomic_compare_exchange_n(ip, &old, want, false, __ATOMIC_SEQ_CST,
                                        __ATOMIC_SEQ_CST));
  return __longlong_as_double(old);
}
static inline int atomicMax(int* p, int v) {
  int old = __atomic_load_n(p, __ATOMIC_SEQ_CST);
  while (old < v &&
         !__atomic_compare_exchange_n(p, &old, v, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
  }
  return old;
}
static inline int atomicMin(int* p, int v) {
  int old = __atomic_load_n(p, __ATOMIC_SEQ_CST);
  while (old > v &&
         !__atomic_compare_exchange_n(p, &old, v, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
  }
  return old;
}
static inline int atomicExch(int* p, int v) { return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST); }
static inline int atomicCAS(int* p, int cmp, int v) {
  __atomic_compare_exchange_n(p, &cmp, v, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
  return cmp;
}
static inline unsigned long long atomicCAS(unsigned long long* p, unsigned long long cmp,
                                           unsigned long long v) {
  __atomic_compare_exchange_n(p, &cmp, v, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
  return cmp;
}

// Calls a kernel with its arguments from cuLaunchKernel's `void** kernelParams`.
namespace catena_sim {
template <unsigned long... I>
struct Seq {};
template <unsigned long N, unsigned long... I>
struct MakeSeq : MakeSeq<N - 1, N - 1, I...> {};
template <unsigned long... I>
struct MakeSeq<0, I...> {
  typedef Seq<I...> type;
};
template <class... A, unsigned long... I>
inline void invoke(void (*f)(A...), void** p, Seq<I...>) {
  f(*static_cast<A*>(p[I])...);
}
template <class... A>
inline void invoke(void (*f)(A...), void** p) {
  invoke(f, p, typename MakeSeq<sizeof...(A)>::type());
}
}  // namespace catena_sim

#endif
