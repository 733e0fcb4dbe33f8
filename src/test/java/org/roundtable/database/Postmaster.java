package org.roundtable.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** The running PostgreSQL server of a data folder, seen as processes: what a crash test kills. */
final class Postmaster {

    private final long pid;

    private Postmaster(long pid) {
        this.pid = pid;
    }

    /** The server named on the first line of the folder's postmaster.pid. */
    static Postmaster of(Path dataDirectory) throws IOException {
        return new Postmaster(Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim()));
    }

    /**
     * Kills the postmaster and every backend at once with SIGKILL, as a crash or the OOM killer would: nothing gets
     * to flush or clean up. pg_ctl starts the postmaster in a session of its own, so its process group is exactly
     * the server; killing only the postmaster would leave backends holding the shared memory.
     */
    void killWithItsBackends(Duration deadline) throws IOException, InterruptedException {
        if (processGroupOf(pid) != pid) {
            throw new IllegalStateException("PostgreSQL " + pid + " does not lead its own process group; refusing to kill a group");
        }
        List<Long> group = Stream.concat(Stream.of(pid), ProcessHandle.of(pid).stream()
                .flatMap(ProcessHandle::descendants).map(ProcessHandle::pid)).toList();
        Process kill = new ProcessBuilder("kill", "-9", "--", "-" + pid).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -9 of process group " + pid + " failed");
        }
        Poll.until(() -> group.stream().noneMatch(Postmaster::running), deadline, "PostgreSQL processes " + group + " have died");
    }

    long pid() {
        return pid;
    }

    // A killed process nobody has reaped yet stays as a zombie: it holds no memory, sockets or files any more.
    private static boolean running(long pid) {
        String stat = stat(pid);
        return stat != null && stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
    }

    private static long processGroupOf(long pid) {
        String stat = stat(pid);
        if (stat == null) {
            throw new IllegalStateException("No process " + pid);
        }
        // /proc/PID/stat: "pid (command) state ppid pgrp ..."; the command may hold spaces, so count from the ')'.
        String[] afterCommand = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(afterCommand[2]);
    }

    private static String stat(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
