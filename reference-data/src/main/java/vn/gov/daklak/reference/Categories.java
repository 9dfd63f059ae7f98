package vn.gov.daklak.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The 31 feedback categories (115 subcategories) and the responsible-unit dictionary of
 * {@code reference/categories/categories.json}. Loaded once, lazily, thread-safe; all results immutable.
 */
public final class Categories {

    private Categories() {
    }

    /** All 31 categories in file order. */
    public static List<Category> all() {
        return Data.INSTANCE.all;
    }

    /**
     * The category with this code. A subcategory code (e.g. "HT_GIAO_THONG.MAT_DUONG") returns its parent category.
     */
    public static Optional<Category> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        Category direct = Data.INSTANCE.byCode.get(c);
        if (direct != null) {
            return Optional.of(direct);
        }
        Subcategory sub = Data.INSTANCE.subByCode.get(c);
        return sub == null ? Optional.empty() : Optional.of(Data.INSTANCE.byCode.get(sub.parentCode()));
    }

    /** The subcategory with this full code (e.g. "HT_GIAO_THONG.MAT_DUONG"). */
    public static Optional<Subcategory> subcategory(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(Data.INSTANCE.subByCode.get(code.strip()));
    }

    /** Vietnamese name of a responsible unit code (e.g. "XA_PKT", "SO_XD"), from the json's {@code units} map. */
    public static Optional<String> unitName(String unitCode) {
        return unit(unitCode).map(u -> u[0]);
    }

    /** English name of a responsible unit code. */
    public static Optional<String> unitNameEn(String unitCode) {
        return unit(unitCode).map(u -> u[1]);
    }

    /** All responsible-unit codes defined in the json, in file order. */
    public static List<String> unitCodes() {
        return List.copyOf(Data.INSTANCE.units.keySet());
    }

    private static Optional<String[]> unit(String unitCode) {
        return unitCode == null ? Optional.empty() : Optional.ofNullable(Data.INSTANCE.units.get(unitCode.strip()));
    }

    private static final class Data {
        static final Data INSTANCE = new Data();

        final List<Category> all;
        final Map<String, Category> byCode;
        final Map<String, Subcategory> subByCode;
        final Map<String, String[]> units; // code -> {name_vi, name_en}; arrays never leave this class

        private Data() {
            JsonNode root = ReferenceData.readJson(ReferenceData.CATEGORIES_JSON);

            Map<String, String[]> unitMap = new LinkedHashMap<>();
            JsonNode unitsNode = root.get("units");
            if (unitsNode != null && unitsNode.isObject()) {
                for (Map.Entry<String, JsonNode> e : unitsNode.properties()) {
                    unitMap.put(e.getKey(), new String[] {
                            Json.requiredText(e.getValue(), "name_vi"), Json.text(e.getValue(), "name_en")});
                }
            }
            this.units = Collections.unmodifiableMap(unitMap);

            List<Category> cats = new ArrayList<>();
            Map<String, Category> index = new LinkedHashMap<>();
            Map<String, Subcategory> subs = new LinkedHashMap<>();
            for (JsonNode c : Json.array(root, "categories")) {
                String code = Json.requiredText(c, "code");
                List<Subcategory> subList = new ArrayList<>();
                for (JsonNode s : Json.array(c, "subcategories")) {
                    Subcategory sub = new Subcategory(Json.requiredText(s, "code"), Json.requiredText(s, "name_vi"),
                            Json.text(s, "name_en"), Json.strings(s, "urgent_keywords_vi"));
                    if (!sub.parentCode().equals(code)) {
                        throw new IllegalStateException("Subcategory " + sub.code() + " is not under " + code);
                    }
                    if (subs.put(sub.code(), sub) != null) {
                        throw new IllegalStateException("Duplicate subcategory code " + sub.code());
                    }
                    subList.add(sub);
                }
                Map<String, List<String>> responsible = new LinkedHashMap<>();
                for (String level : List.of("commune", "province", "external")) {
                    responsible.put(level, List.of());
                }
                JsonNode ru = c.get("responsible_units");
                if (ru != null && ru.isObject()) {
                    for (Map.Entry<String, JsonNode> e : ru.properties()) {
                        responsible.put(e.getKey(), Json.strings(ru, e.getKey()));
                    }
                }
                Category cat = new Category(code, Json.requiredText(c, "name_vi"), Json.text(c, "name_en"), subList,
                        responsible, Json.bool(c, "sensitive", false), Json.text(c, "public_visibility"),
                        Json.text(c, "urgency_default"), Json.strings(c, "urgent_keywords_vi"));
                if (index.put(code, cat) != null) {
                    throw new IllegalStateException("Duplicate category code " + code);
                }
                cats.add(cat);
            }
            this.all = List.copyOf(cats);
            this.byCode = Collections.unmodifiableMap(index);
            this.subByCode = Collections.unmodifiableMap(subs);
        }
    }
}
