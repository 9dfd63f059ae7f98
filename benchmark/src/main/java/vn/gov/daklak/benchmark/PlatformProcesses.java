package vn.gov.daklak.benchmark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The platform's processes found by the ports they listen on ({@code /proc/net/tcp*} socket inodes matched against
 * {@code /proc/<pid>/fd}), so another engineer's platform on other ports is never counted; their CPU time
 * ({@code utime + stime} of {@code /proc/<pid>/stat}) and resident memory ({@code VmRSS}). Linux only.
 */
final class PlatformProcesses {
    private static final double CLOCK_TICKS = clockTicks();

    /** role → pid, in the order the roles were given; roles sharing a process (Kafka and MongoDB) share a pid. */
    final Map<String, Long> pids;

    private PlatformProcesses(Map<String, Long> pids) {
        this.pids = pids;
    }

    /**
     * @param portsByRole e.g. launcher → [9092, 27017], feedback → [8081]: a role's process is the one listening on
     *                    the first of its ports that is found
     */
    static PlatformProcesses find(Map<String, List<Integer>> portsByRole) {
        Map<Integer, Set<Long>> inodesByPort = listeningInodes();
        Map<Long, Long> pidByInode = new HashMap<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                long pid = Long.parseLong(proc.getFileName().toString());
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
                    for (Path fd : fds) {
                        String target;
                        try {
                            target = Files.readSymbolicLink(fd).toString();
                        } catch (IOException e) {
                            continue;
                        }
                        if (target.startsWith("socket:[")) {
                            pidByInode.put(Long.parseLong(target.substring(8, target.length() - 1)), pid);
                        }
                    }
                } catch (IOException | SecurityException e) {
                    // another user's process or gone
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc", e);
        }
        Map<String, Long> pids = new LinkedHashMap<>();
        for (var role : portsByRole.entrySet()) {
            for (int port : role.getValue()) {
                Long pid = inodesByPort.getOrDefault(port, Set.of()).stream().map(pidByInode::get)
                        .filter(p -> p != null).findFirst().orElse(null);
                if (pid != null) {
                    pids.put(role.getKey(), pid);
                    break;
                }
            }
        }
        return new PlatformProcesses(pids);
    }

    private static Map<Integer, Set<Long>> listeningInodes() {
        Map<Integer, Set<Long>> out = new HashMap<>();
        for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                List<String> lines = Files.readAllLines(Path.of(file));
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length < 10 || !"0A".equals(f[3])) {
                        continue; // not LISTEN
                    }
                    int port = Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16);
                    out.computeIfAbsent(port, k -> new HashSet<>()).add(Long.parseLong(f[9]));
                }
            } catch (IOException e) {
                // no IPv6
            }
        }
        return out;
    }

    /** CPU seconds (user + system) used so far by each distinct process, by role; -1 for one that is gone. */
    Map<String, Double> cpuSeconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        pids.forEach((role, pid) -> out.put(role, cpuSeconds(pid)));
        return out;
    }

    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // f[0] is field 3 (state): utime is field 14, stime field 15
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static double selfCpuSeconds() {
        return cpuSeconds(ProcessHandle.current().pid());
    }

    /** Resident memory of each distinct process in MB, by role (a process named by two roles counted once). */
    Map<String, Double> rssMegabytes() {
        Map<String, Double> out = new LinkedHashMap<>();
        Map<Long, String> seen = new TreeMap<>();
        pids.forEach((role, pid) -> {
            if (seen.putIfAbsent(pid, role) == null) {
                out.put(role, rssKilobytes(pid) / 1024.0);
            }
        });
        return out;
    }

    static long rssKilobytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return 0;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return Double.parseDouble(out);
        } catch (IOException | InterruptedException | RuntimeException e) {
            return 100;
        }
    }
}
