package vn.gov.daklak.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The 102 commune-level units of Tỉnh Đắk Lắk (post-1 July 2025) and the mapping from the 286 pre-reform communes
 * of old Phú Yên (106) and old Đắk Lắk (180) to them.
 *
 * <p>Source files: {@code reference/daklak/daklak_units.json} and {@code reference/daklak/daklak_old_to_new.csv}.
 * Loaded once, lazily, on first use (thread-safe holder idiom); everything returned is immutable.
 */
public final class Communes {

    private Communes() {
    }

    /** All 102 units in the official (GSO 1027) order. */
    public static List<Commune> all() {
        return Data.INSTANCE.all;
    }

    /** The unit with this new 5-digit code. Pre-reform codes are NOT resolved here: use {@link #successorsOf}. */
    public static Optional<Commune> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(Data.INSTANCE.byCode.get(code.strip()));
    }

    /**
     * The rows of the old→new table for one pre-reform commune code: one row when the old unit went wholly into a
     * new unit ({@code full}), two rows when it was split ({@code partial}); empty for an unknown code.
     */
    public static List<FormerUnitMapping> formerUnitsByOldCode(String oldCode) {
        if (oldCode == null) {
            return List.of();
        }
        return Data.INSTANCE.mappingsByOldCode.getOrDefault(oldCode.strip(), List.of());
    }

    /** The new unit(s) a pre-reform commune went into (two for a split unit); empty for an unknown code. */
    public static List<Commune> successorsOf(String oldCode) {
        return formerUnitsByOldCode(oldCode).stream()
                .map(m -> byCode(m.newCode()).orElseThrow())
                .toList();
    }

    /**
     * Old→new rows whose old unit has this name, compared with {@link VietnameseText#matchKey} (tone placement,
     * case and apostrophes do not matter). The type prefix is optional: "Hòa Thắng" matches "Xã Hòa Thắng".
     * Old names are not unique (e.g. two "Xã Hòa Thắng", in Phú Hòa and in Buôn Ma Thuột): check the district.
     * Both the pre-reform list spelling ("Xã Eachà Rang", "Xã ĐLiê Ya") and the spelling of the official
     * "trước sáp nhập" text ("Xã Ea Chà Rang", "Xã Dliê Ya") are accepted.
     */
    public static List<FormerUnitMapping> formerUnitsByName(String oldName) {
        if (oldName == null || oldName.isBlank()) {
            return List.of();
        }
        String key = VietnameseText.matchKey(oldName);
        List<FormerUnitMapping> out = new ArrayList<>();
        for (FormerUnitMapping m : Data.INSTANCE.mappings) {
            if (nameMatches(m.formerUnit().oldName(), key) || nameMatches(bandoName(m.bandoTextItem()), key)) {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Like {@link #formerUnitsByName(String)} but restricted to one old district, matched the same way and also
     * without its type prefix ("Buôn Ma Thuột" matches "Thành phố Buôn Ma Thuột").
     */
    public static List<FormerUnitMapping> formerUnitsByName(String oldName, String oldDistrictName) {
        if (oldDistrictName == null || oldDistrictName.isBlank()) {
            return formerUnitsByName(oldName);
        }
        String key = VietnameseText.matchKey(oldDistrictName);
        return formerUnitsByName(oldName).stream()
                .filter(m -> {
                    String d = m.formerUnit().oldDistrictName();
                    return VietnameseText.matchKey(d).equals(key) || VietnameseText.matchKey(stripType(d)).equals(key);
                })
                .toList();
    }

    /** All 294 rows of the old→new table (286 old communes; the 8 split ones appear twice). */
    public static List<FormerUnitMapping> allFormerUnitMappings() {
        return Data.INSTANCE.mappings;
    }

    private static final List<String> TYPE_PREFIXES = List.of(
            "Thành phố ", "Thị xã ", "Thị trấn ", "Huyện ", "Phường ", "Xã ");

    private static boolean nameMatches(String name, String key) {
        return name != null && !name.isBlank()
                && (VietnameseText.matchKey(name).equals(key) || VietnameseText.matchKey(stripType(name)).equals(key));
    }

    /** The bando text item without its parenthesised qualifier ("Xã Hòa Thắng (huyện Phú Hòa)" → "Xã Hòa Thắng"). */
    private static String bandoName(String item) {
        if (item == null) {
            return null;
        }
        int paren = item.indexOf('(');
        return (paren < 0 ? item : item.substring(0, paren)).strip();
    }

    private static String stripType(String name) {
        for (String p : TYPE_PREFIXES) {
            if (name.regionMatches(true, 0, p, 0, p.length())) {
                return name.substring(p.length());
            }
        }
        return name;
    }

    /** Loaded on first access of {@code Data.INSTANCE} (JVM class-initialisation guarantees once + visibility). */
    private static final class Data {
        static final Data INSTANCE = new Data();

        final List<Commune> all;
        final Map<String, Commune> byCode;
        final List<FormerUnitMapping> mappings;
        final Map<String, List<FormerUnitMapping>> mappingsByOldCode;

        private Data() {
            JsonNode root = ReferenceData.readJson(ReferenceData.DAKLAK_UNITS_JSON);
            List<Commune> units = new ArrayList<>();
            Map<String, Commune> index = new LinkedHashMap<>();
            for (JsonNode u : Json.array(root, "units")) {
                List<FormerUnit> former = new ArrayList<>();
                for (JsonNode o : Json.array(u, "old_units")) {
                    former.add(new FormerUnit(
                            Json.requiredText(o, "old_code"),
                            Json.requiredText(o, "old_name"),
                            Json.text(o, "old_district_code"),
                            Json.text(o, "old_district_name"),
                            Json.text(o, "old_province_name"),
                            Json.requiredText(o, "merge_type")));
                }
                Commune c = new Commune(
                        Json.requiredText(u, "code"),
                        Json.requiredText(u, "name"),
                        Json.requiredText(u, "full_name"),
                        Json.requiredText(u, "type"),
                        Json.text(u, "type_vi"),
                        Json.text(u, "name_en"),
                        Json.requiredDouble(u, "label_lat"),
                        Json.requiredDouble(u, "label_lon"),
                        former);
                if (index.put(c.code(), c) != null) {
                    throw new IllegalStateException("Duplicate commune code " + c.code());
                }
                units.add(c);
            }
            this.all = List.copyOf(units);
            this.byCode = Collections.unmodifiableMap(index);

            List<FormerUnitMapping> rows = new ArrayList<>();
            Map<String, List<FormerUnitMapping>> byOld = new LinkedHashMap<>();
            for (Map<String, String> r : Csv.read(ReferenceData.DAKLAK_OLD_TO_NEW_CSV)) {
                FormerUnitMapping m = new FormerUnitMapping(
                        new FormerUnit(r.get("old_code"), r.get("old_name"), r.get("old_district_code"),
                                r.get("old_district_name"), r.get("old_province_name"), r.get("merge_type")),
                        r.get("new_code"), r.get("new_full_name"), r.get("bando_text_item"));
                if (!index.containsKey(m.newCode())) {
                    throw new IllegalStateException("Old→new row points to unknown new code " + m.newCode());
                }
                rows.add(m);
                byOld.computeIfAbsent(m.formerUnit().oldCode(), k -> new ArrayList<>()).add(m);
            }
            this.mappings = List.copyOf(rows);
            Map<String, List<FormerUnitMapping>> frozen = new LinkedHashMap<>();
            byOld.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            this.mappingsByOldCode = Collections.unmodifiableMap(frozen);
        }
    }
}
