package org.wealthcrm.etl.generator;

/**
 * SplitMix64 random numbers with cheap reseeding, so every customer-day draws from its own stream
 * and the output does not depend on processing order. Uses StrictMath so results are the same on every JVM.
 */
final class Rng {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    Rng(long seed) {
        state = seed;
    }

    /** Restarts the stream at a seed derived from the run seed and two coordinates (e.g. day and customer). */
    Rng reseed(long seed, long a, long b) {
        state = mix(mix(seed + a * GOLDEN) ^ (b * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L));
        return this;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** Uniform in [from, to]. */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    double gaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** A log-normal amount in cents with the given median (in yuan), rounded to whole cents. */
    long logNormalCents(double medianYuan, double sigma) {
        return Math.max(1, Math.round(medianYuan * StrictMath.exp(sigma * gaussian()) * 100.0));
    }

    /** Index drawn from cumulative weights (ascending, last = total). */
    int weighted(double[] cumulative) {
        double x = nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > x) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    static double[] cumulative(double... weights) {
        double[] result = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            result[i] = sum;
        }
        return result;
    }
}
