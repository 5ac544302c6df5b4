package nl.bondgenoot.benchmarks;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Median wall times of tasks measured warm and interleaved: after 10 rounds of warm-up, 31 rounds in
 * which the tasks take turns, so that drift of the machine (GC, other processes) hits all alike.
 */
final class Medians {

    static final int WARMUP = 10;
    static final int RUNS = 31;

    private Medians() {
    }

    /** The median time in milliseconds of each task, in the order given. */
    static double[] of(Callable<?>... tasks) throws Exception {
        return of(WARMUP, RUNS, tasks);
    }

    /** The same with fewer rounds, for tasks that take seconds. */
    static double[] of(int warmup, int runs, Callable<?>... tasks) throws Exception {
        final int RUNS = runs;
        double[][] times = new double[tasks.length][RUNS];
        for (int round = -warmup; round < RUNS; round++) {
            for (int t = 0; t < tasks.length; t++) {
                System.gc(); // start each measurement with the same heap, not with the last one's garbage
                long start = System.nanoTime();
                tasks[t].call();
                if (round >= 0) {
                    times[t][round] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        double[] medians = new double[tasks.length];
        for (int t = 0; t < tasks.length; t++) {
            Arrays.sort(times[t]);
            medians[t] = times[t][RUNS / 2];
        }
        return medians;
    }
}
