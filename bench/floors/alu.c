/* ALU floor: a pure integer loop (xorshift and multiply-add in registers, no memory traffic) run for a fixed number
 * of steps; prints the seconds it took. Its run-to-run spread is what the host's CPU scheduling alone costs.
 * Build: cc -O2 -o alu alu.c   Run: ./alu [steps]            (bench/noise-harness.sh builds and runs it) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv) {
    uint64_t steps = argc > 1 ? strtoull(argv[1], 0, 10) : 2000000000ULL;
    uint64_t x = 88172645463325252ULL, acc = 0;
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (uint64_t i = 0; i < steps; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        acc = acc * 6364136223846793005ULL + x;
    }
    clock_gettime(CLOCK_MONOTONIC, &b);
    printf("%.6f %llu\n", (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9, (unsigned long long)(acc & 0xffff));
    return 0;
}
