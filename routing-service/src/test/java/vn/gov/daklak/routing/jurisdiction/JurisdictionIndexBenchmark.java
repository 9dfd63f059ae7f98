package vn.gov.daklak.routing.jurisdiction;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Tiny benchmark (not a test): load time, the heap the index keeps, then median / p99 latency of
 * {@link JurisdictionIndex#locate} for 100 000 uniformly random points in the province bounding box
 * (lon 107.48–109.46, lat 12.16–13.70).
 *
 * <p>Run from the repository root after {@code mvn -o -q -pl routing-service test-compile}:
 * <pre>
 * mvn -o -q dependency:build-classpath -pl routing-service -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp "$(cat /tmp/cp.txt):routing-service/target/classes:routing-service/target/test-classes" \
 *     vn.gov.daklak.routing.jurisdiction.JurisdictionIndexBenchmark [points] [seed]
 * </pre>
 */
public final class JurisdictionIndexBenchmark {

    private static final double MIN_LON = 107.48418;
    private static final double MAX_LON = 109.45887;
    private static final double MIN_LAT = 12.16055;
    private static final double MAX_LAT = 13.69530;

    private JurisdictionIndexBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 66L;

        // load the classes involved (JTS, Jackson, reference data) first, so the heap figure is the index alone
        JurisdictionIndex.fromGeoJson(new java.io.ByteArrayInputStream(("{\"type\":\"FeatureCollection\","
                + "\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"A\"},\"geometry\":{"
                + "\"type\":\"Polygon\",\"coordinates\":[[[108,12],[108.1,12],[108.1,12.1],[108,12]]]}}]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).locate(12.01, 108.05);
        long heapBefore = usedHeapAfterGc();
        long t0 = System.nanoTime();
        JurisdictionIndex index = new JurisdictionIndex();
        long loadNanos = System.nanoTime() - t0;
        long heapAfter = usedHeapAfterGc();
        System.out.printf("load: %.0f ms (%d units, %d vertices)%n", loadNanos / 1e6, index.size(),
                index.vertexCount());
        System.out.printf("index heap (retained after GC, before any lookup): %.1f MB (%.0f bytes per vertex)%n",
                (heapAfter - heapBefore) / 1048576.0, (heapAfter - heapBefore) / (double) index.vertexCount());

        SplittableRandom random = new SplittableRandom(seed);
        double[] lats = new double[n];
        double[] lons = new double[n];
        for (int i = 0; i < n; i++) {
            lats[i] = MIN_LAT + random.nextDouble() * (MAX_LAT - MIN_LAT);
            lons[i] = MIN_LON + random.nextDouble() * (MAX_LON - MIN_LON);
        }

        // warm-up pass (JIT), not measured
        for (int i = 0; i < Math.min(n, 20_000); i++) {
            index.locate(lats[i], lons[i]);
        }

        long[] nanos = new long[n];
        Map<Location.Method, Integer> methods = new EnumMap<>(Location.Method.class);
        int empty = 0;
        int ambiguous = 0;
        long total0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            Optional<Location> l = index.locate(lats[i], lons[i]);
            nanos[i] = System.nanoTime() - s;
            if (l.isEmpty()) {
                empty++;
            } else {
                methods.merge(l.get().method(), 1, Integer::sum);
                if (l.get().boundaryAmbiguous()) {
                    ambiguous++;
                }
            }
        }
        long totalNanos = System.nanoTime() - total0;
        Arrays.sort(nanos);
        System.out.printf("lookups: %d in %.0f ms; median %.1f µs, p99 %.1f µs, max %.1f µs%n", n, totalNanos / 1e6,
                nanos[n / 2] / 1e3, nanos[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)] / 1e3,
                nanos[n - 1] / 1e3);
        System.out.printf("results: %s, empty %d (outside the province, e.g. Gia Lai / Khánh Hòa / sea), "
                + "boundaryAmbiguous %d%n", methods, empty, ambiguous);
        // lookups build JTS's lazy per-polygon indexes (IndexedFacetDistance); measure the index again after them
        System.out.printf("index heap after %d lookups: %.1f MB%n", n,
                (usedHeapAfterGc() - heapBefore) / 1048576.0);
        java.lang.ref.Reference.reachabilityFence(index);
    }

    private static long usedHeapAfterGc() {
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
