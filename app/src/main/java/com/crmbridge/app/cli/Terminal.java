package com.crmbridge.app.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether a person is watching: standard input and output are a terminal. */
final class Terminal {
    private Terminal() {}

    /**
     * On JDK 17 to 21 {@link System#console()} is null unless both streams are a terminal; from JDK 22 it is never
     * null and {@code Console.isTerminal()} tells, so that method is called when the running JDK has it.
     */
    @SuppressWarnings("SystemConsoleNull") // the release is 17, where null is the answer
    static boolean attached() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (ReflectiveOperationException e) {
            return true; // JDK 17 to 21: a console exists only on a terminal
        }
    }
}
