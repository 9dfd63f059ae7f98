package vn.gov.daklak.console.publicpages;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * feedback-service's public statistics come per commune and category; the map and the overview show them per
 * commune: received, resolved, resolved on time and the on-time share.
 */
public record CommuneStats(String communeCode, String communeName, long received, long resolved,
                           long resolvedOnTime) {

    public Integer onTimePercent() {
        return resolved == 0 ? null : (int) Math.round(100.0 * resolvedOnTime / resolved);
    }

    @SuppressWarnings("unchecked")
    public static List<CommuneStats> perCommune(Map<String, Object> stats) {
        Map<String, CommuneStats> byCommune = new LinkedHashMap<>();
        Object rows = stats == null ? null : stats.get("rows");
        if (rows instanceof Collection<?> list) {
            for (Object o : list) {
                Map<String, Object> row = (Map<String, Object>) o;
                String code = String.valueOf(row.get("communeCode"));
                CommuneStats add = new CommuneStats(code, (String) row.get("communeName"), number(row, "received"),
                        number(row, "resolved"), number(row, "resolvedOnTime"));
                byCommune.merge(code, add, CommuneStats::plus);
            }
        }
        return byCommune.values().stream().sorted((a, b) -> Long.compare(b.received, a.received)).toList();
    }

    private CommuneStats plus(CommuneStats other) {
        return new CommuneStats(communeCode, communeName, received + other.received, resolved + other.resolved,
                resolvedOnTime + other.resolvedOnTime);
    }

    private static long number(Map<String, Object> row, String key) {
        return row.get(key) instanceof Number n ? n.longValue() : 0;
    }
}
