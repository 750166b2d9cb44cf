/* Memory-latency floor: a pointer chase through one random cycle over the cache lines of 64 MB (one int per 64-byte
 * line; every load depends on the previous one and misses the caches), for a fixed number of steps; prints the seconds it took. Its run-to-run spread is what the
 * host's shared caches and memory cost, noisy neighbours included.
 * Build: cc -O2 -o memlat memlat.c   Run: ./memlat [steps] [MiB]   (bench/noise-harness.sh builds and runs it) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv) {
    uint64_t steps = argc > 1 ? strtoull(argv[1], 0, 10) : 50000000ULL;
    size_t mib = argc > 2 ? strtoull(argv[2], 0, 10) : 64;
    size_t lines = mib * 1024 * 1024 / 64, stride = 64 / sizeof(uint32_t);
    uint32_t *next = calloc(lines * stride, sizeof(uint32_t)), *succ = malloc(lines * sizeof(uint32_t));
    if (!next || !succ) { fprintf(stderr, "out of memory\n"); return 1; }
    uint64_t s = 20261201;                       /* fixed seed: the same cycle every run */
    for (size_t i = 0; i < lines; i++) succ[i] = (uint32_t)i;
    for (size_t i = lines - 1; i > 0; i--) {     /* Sattolo (one cycle) with splitmix64, as MemoryLatencyProbe */
        s += 0x9e3779b97f4a7c15ULL; uint64_t z = s;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL; z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL; z ^= z >> 31;
        size_t j = z % i; uint32_t t = succ[i]; succ[i] = succ[j]; succ[j] = t;
    }
    for (size_t i = 0; i < lines; i++) next[i * stride] = succ[i] * (uint32_t)stride;
    free(succ);
    struct timespec a, b;
    uint32_t p = 0;
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (uint64_t i = 0; i < steps; i++) p = next[p];
    clock_gettime(CLOCK_MONOTONIC, &b);
    printf("%.6f %u\n", (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9, p);
    free(next);
    return 0;
}
