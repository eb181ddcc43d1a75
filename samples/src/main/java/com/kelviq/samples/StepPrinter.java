package com.kelviq.samples;

import java.io.PrintStream;

/** Prints a walkthrough one numbered line per step: {@code  3. customers.retrieve      c1 is "Ann Lee"}. */
public final class StepPrinter {
    private final PrintStream out;
    private int step;

    /** A printer writing to {@code out}. */
    public StepPrinter(PrintStream out) {
        this.out = out;
    }

    /** Prints a heading line, not numbered. */
    public void heading(String text) {
        out.println(text);
    }

    /** Prints one numbered step: the operation and what happened. */
    public void step(String operation, String format, Object... args) {
        step++;
        out.printf("%3d. %-32s %s%n", step, operation, String.format(format, args));
    }

    /** How many steps were printed. */
    public int steps() {
        return step;
    }
}
