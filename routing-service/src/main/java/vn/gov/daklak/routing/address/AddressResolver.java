package vn.gov.daklak.routing.address;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.reference.Communes;
import vn.gov.daklak.reference.FormerUnit;
import vn.gov.daklak.reference.FormerUnitMapping;
import vn.gov.daklak.reference.FoldedText;

/**
 * Finds the commune or ward an address text names, including the 286 pre-reform communes, wards and towns and the 24
 * pre-reform districts, towns and cities of old Phú Yên and old Đắk Lắk ("xa Hoa Thang, TP Buon Ma Thuot" → Phường
 * Tân Lập), by name with or without diacritics, or by old code after "mã".
 *
 * <p>A name counts when it follows a unit type ("xã", "x.", "phường", "p.", "thị trấn", "tt", "huyện", "h.",
 * "thành phố", "tp", "thị xã", "tx"), or when it is a whole comma-separated part of the address ("…, Tân Lập,
 * …"). District names narrow down homonyms (two old "Xã Hòa Thắng"). Immutable and thread-safe.
 */
public final class AddressResolver {

    private static final List<Prefix> PREFIXES = List.of(
            new Prefix(List.of("thi", "tran"), Set.of(UnitType.THI_TRAN)),
            new Prefix(List.of("thi", "xa"), Set.of(UnitType.THI_XA)),
            new Prefix(List.of("thanh", "pho"), Set.of(UnitType.THANH_PHO)),
            new Prefix(List.of("tt"), Set.of(UnitType.THI_TRAN)),
            new Prefix(List.of("tx"), Set.of(UnitType.THI_XA)),
            new Prefix(List.of("tp"), Set.of(UnitType.THANH_PHO)),
            new Prefix(List.of("huyen"), Set.of(UnitType.HUYEN)),
            new Prefix(List.of("h"), Set.of(UnitType.HUYEN)),
            new Prefix(List.of("xa"), Set.of(UnitType.XA)),
            new Prefix(List.of("x"), Set.of(UnitType.XA)),
            new Prefix(List.of("phuong"), Set.of(UnitType.PHUONG)),
            new Prefix(List.of("p"), Set.of(UnitType.PHUONG)),
            new Prefix(List.of("tinh"), Set.of(UnitType.TINH)));

    /** Parts of an address that name the province (or the country), never a commune. */
    private static final Set<String> PROVINCE_NAMES = Set.of("dak lak", "daklak", "phu yen", "viet nam", "vietnam");

    /** Common ways of writing a former city's name that its official name does not cover. */
    private static final Map<String, List<String>> DISTRICT_ALIASES = Map.of(
            "643", List.of("bmt", "buon me thuot", "ban me thuot"));

    private final Map<String, List<Variant>> byFirstWord = new HashMap<>();

    public AddressResolver() {
        for (Commune c : Communes.all()) {
            Entry e = new Entry(Level.COMMUNE, c.isWard() ? UnitType.PHUONG : UnitType.XA, c.fullName(), true, null,
                    List.of(c.code()), Set.of());
            index(e, c.name());
        }
        Map<String, List<FormerUnitMapping>> byOldCode = new LinkedHashMap<>();
        Map<String, List<FormerUnitMapping>> byOldDistrict = new LinkedHashMap<>();
        for (FormerUnitMapping m : Communes.allFormerUnitMappings()) {
            byOldCode.computeIfAbsent(m.formerUnit().oldCode(), k -> new ArrayList<>()).add(m);
            byOldDistrict.computeIfAbsent(m.formerUnit().oldDistrictCode(), k -> new ArrayList<>()).add(m);
        }
        byOldCode.forEach((code, rows) -> {
            FormerUnit u = rows.get(0).formerUnit();
            Entry e = new Entry(Level.COMMUNE, UnitType.of(u.oldName()), u.oldName() + " (" + u.oldDistrictName()
                    + ")", false, code, successors(rows), Set.of(u.oldDistrictCode()));
            index(e, stripType(u.oldName()));
            for (FormerUnitMapping row : rows) {
                index(e, stripType(bandoName(row.bandoTextItem())));
            }
        });
        byOldDistrict.forEach((code, rows) -> {
            String name = rows.get(0).formerUnit().oldDistrictName();
            Entry e = new Entry(Level.DISTRICT, UnitType.of(name), name, false, null, successors(rows), Set.of(code));
            index(e, stripType(name));
            DISTRICT_ALIASES.getOrDefault(code, List.of()).forEach(alias -> index(e, alias));
        });
    }

    /** What {@code addressText} names; {@link AddressMatch.Kind#NONE} for null, blank or nothing recognised. */
    public AddressMatch resolve(String addressText) {
        if (addressText == null || addressText.isBlank()) {
            return AddressMatch.none();
        }
        List<Mention> mentions = mentions(addressText);
        List<Mention> communes = new ArrayList<>();
        Set<String> districtCodes = new LinkedHashSet<>();
        List<Entry> districts = new ArrayList<>();
        boolean anyPrefixedCommune = mentions.stream().anyMatch(m -> m.prefixed() && m.has(Level.COMMUNE));
        for (Mention m : mentions) {
            if (m.has(Level.DISTRICT)) {
                // a bare name that is both a current unit and a former district ("Buôn Ma Thuột", "Ea Kar") is read
                // as the old district: routing all of an old city to its namesake ward would be wrong more often
                for (Entry e : m.entries(Level.DISTRICT)) {
                    districts.add(e);
                    districtCodes.addAll(e.districtCodes());
                }
            } else if (m.prefixed() || !anyPrefixedCommune) {
                communes.add(m);
            }
        }
        if (communes.isEmpty()) {
            if (districts.isEmpty()) {
                return AddressMatch.none();
            }
            Set<String> codes = new LinkedHashSet<>();
            districts.forEach(d -> codes.addAll(d.successors()));
            String names = districts.stream().map(Entry::display).distinct().collect(Collectors.joining(", "));
            if (codes.size() == 1) {
                return new AddressMatch(AddressMatch.Kind.FORMER_UNIT, List.copyOf(codes), "Địa chỉ ghi " + names
                        + " trước sắp xếp 01/07/2025, nay thuộc " + fullName(codes.iterator().next()));
            }
            return new AddressMatch(AddressMatch.Kind.FORMER_DISTRICT, List.copyOf(codes), "Địa chỉ chỉ ghi " + names
                    + " trước sắp xếp 01/07/2025, nay gồm " + fullNames(codes));
        }
        return resolveCommunes(communes, districtCodes);
    }

    private AddressMatch resolveCommunes(List<Mention> communes, Set<String> districtCodes) {
        List<Entry> chosen = new ArrayList<>();
        Set<String> codes = null;
        for (Mention m : communes) {
            List<Entry> entries = m.entries(Level.COMMUNE);
            if (!districtCodes.isEmpty()) {
                List<Entry> inDistrict = entries.stream().filter(e -> e.isIn(districtCodes)).toList();
                if (!inDistrict.isEmpty()) {
                    entries = inDistrict;
                }
            } else if (entries.stream().anyMatch(Entry::current)) {
                // without a district, a name that is a current unit's means that unit
                entries = entries.stream().filter(Entry::current).toList();
            }
            Set<String> mentionCodes = new LinkedHashSet<>();
            entries.forEach(e -> mentionCodes.addAll(e.successors()));
            if (codes == null) {
                codes = mentionCodes;
            } else {
                Set<String> both = new LinkedHashSet<>(codes);
                both.retainAll(mentionCodes);
                if (both.isEmpty()) {
                    codes.addAll(mentionCodes);
                } else {
                    codes = both;
                }
            }
            chosen.addAll(entries);
        }
        final Set<String> result = codes;
        List<Entry> relevant = chosen.stream().filter(e -> e.successors().stream().anyMatch(result::contains))
                .distinct().toList();
        if (result.size() == 1) {
            String code = result.iterator().next();
            Entry former = relevant.stream().filter(e -> !e.current()).findFirst().orElse(null);
            if (relevant.stream().allMatch(Entry::current) || former == null) {
                return new AddressMatch(AddressMatch.Kind.CURRENT_UNIT, List.of(code), "Địa chỉ ghi " + fullName(code));
            }
            return new AddressMatch(AddressMatch.Kind.FORMER_UNIT, List.of(code), "Địa chỉ ghi "
                    + describe(former) + " trước sắp xếp 01/07/2025, nay thuộc " + fullName(code));
        }
        if (relevant.size() == 1 && !relevant.get(0).current()) {
            return new AddressMatch(AddressMatch.Kind.FORMER_UNIT_SPLIT, List.copyOf(result), "Địa chỉ ghi "
                    + describe(relevant.get(0)) + " trước sắp xếp 01/07/2025, nay chia cho " + fullNames(result));
        }
        String options = relevant.stream()
                .map(e -> (e.current() ? e.display() : describe(e) + " nay thuộc " + fullNames(e.successors())))
                .collect(Collectors.joining("; hoặc "));
        return new AddressMatch(AddressMatch.Kind.AMBIGUOUS, List.copyOf(result),
                "Địa chỉ ghi tên trùng của nhiều nơi: " + options);
    }

    // ---------------------------------------------------------------- scanning

    private List<Mention> mentions(String text) {
        List<Token> tokens = tokens(text);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            Prefix prefix = prefixAt(tokens, i);
            if (prefix != null) {
                int nameStart = i + prefix.words().size();
                if (prefix.types().contains(UnitType.TINH)) {
                    i = skipSegment(tokens, nameStart, t.segment());
                    continue;
                }
                Match match = nameAt(tokens, nameStart, prefix.types(), false);
                if (match != null) {
                    out.add(new Mention(true, match.entries()));
                    i = match.end();
                    continue;
                }
            }
            if (isOldCode(tokens, i)) {
                out.add(new Mention(true, oldCodeEntries(t.word())));
                i++;
                continue;
            }
            if (i == 0 || tokens.get(i - 1).segment() != t.segment()) {
                Match match = nameAt(tokens, i, null, true);
                if (match != null) {
                    out.add(new Mention(false, match.entries()));
                    i = match.end();
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private Prefix prefixAt(List<Token> tokens, int i) {
        for (Prefix p : PREFIXES) {
            if (wordsAt(tokens, i, p.words(), tokens.get(i).segment()) && i + p.words().size() < tokens.size()
                    && tokens.get(i + p.words().size()).segment() == tokens.get(i).segment()) {
                return p;
            }
        }
        return null;
    }

    /**
     * The longest indexed name starting at {@code start} within its segment, of an allowed type (null: any);
     * {@code wholeSegment}: the name must also end its segment, must contain a letter and must not be the
     * province.
     */
    private Match nameAt(List<Token> tokens, int start, Set<UnitType> types, boolean wholeSegment) {
        if (start >= tokens.size()) {
            return null;
        }
        int segment = tokens.get(start).segment();
        int best = -1;
        List<Entry> entries = new ArrayList<>();
        for (Variant v : byFirstWord.getOrDefault(tokens.get(start).word(), List.of())) {
            if (types != null && !types.contains(v.entry().type())) {
                continue;
            }
            int end = start + v.words().size();
            if (!wordsAt(tokens, start, v.words(), segment)) {
                continue;
            }
            if (wholeSegment && (end < tokens.size() && tokens.get(end).segment() == segment
                    || v.words().stream().noneMatch(w -> w.chars().anyMatch(Character::isLetter))
                    || PROVINCE_NAMES.contains(String.join(" ", v.words())))) {
                continue;
            }
            if (end > best) {
                best = end;
                entries.clear();
            }
            if (end == best && !entries.contains(v.entry())) {
                entries.add(v.entry());
            }
        }
        return best < 0 ? null : new Match(entries, best);
    }

    private static boolean wordsAt(List<Token> tokens, int start, List<String> words, int segment) {
        if (start + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            Token t = tokens.get(start + k);
            if (t.segment() != segment || !t.word().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static int skipSegment(List<Token> tokens, int from, int segment) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).segment() == segment) {
            i++;
        }
        return i;
    }

    /** A 5-digit known old code, after "mã" (code) or alone in its part of the address. */
    private static boolean isOldCode(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.word().length() != 5 || !t.word().chars().allMatch(Character::isDigit)
                || Communes.formerUnitsByOldCode(t.word()).isEmpty()) {
            return false;
        }
        boolean afterMa = i > 0 && tokens.get(i - 1).segment() == t.segment()
                && (tokens.get(i - 1).word().equals("ma") || i > 1 && tokens.get(i - 2).word().equals("ma"));
        boolean alone = (i == 0 || tokens.get(i - 1).segment() != t.segment())
                && (i + 1 == tokens.size() || tokens.get(i + 1).segment() != t.segment());
        return afterMa || alone;
    }

    private List<Entry> oldCodeEntries(String oldCode) {
        return byFirstWord.values().stream().flatMap(List::stream).map(Variant::entry)
                .filter(e -> oldCode.equals(e.oldCode())).distinct().toList();
    }

    /** Words of the text, each with the number of the comma-separated part it is in. */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        String[] segments = text.split("[,;()\\[\\]/\\n\\r|]|\\s[-–—]\\s");
        for (int s = 0; s < segments.length; s++) {
            for (String w : FoldedText.words(segments[s])) {
                out.add(new Token(w, s));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- gazetteer

    private void index(Entry entry, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        List<String> words = FoldedText.words(name);
        if (words.isEmpty()) {
            return;
        }
        add(new Variant(entry, words));
        if (words.size() > 1) {
            add(new Variant(entry, List.of(String.join("", words)))); // "EaBar" = "Ea Bar"
        }
    }

    private void add(Variant v) {
        List<Variant> list = byFirstWord.computeIfAbsent(v.words().get(0), k -> new ArrayList<>());
        if (!list.contains(v)) {
            list.add(v);
        }
    }

    private static List<String> successors(List<FormerUnitMapping> rows) {
        return rows.stream().map(FormerUnitMapping::newCode).distinct().toList();
    }

    private static String describe(Entry e) {
        return e.display();
    }

    private static String fullName(String code) {
        return Communes.byCode(code).map(Commune::fullName).orElse(code);
    }

    private static String fullNames(java.util.Collection<String> codes) {
        List<String> names = codes.stream().map(AddressResolver::fullName).toList();
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
    }

    /** The bando text item without its parenthesised qualifiers ("Xã Ea Bar (huyện Sông Hinh)" → "Xã Ea Bar"). */
    private static String bandoName(String item) {
        if (item == null) {
            return null;
        }
        int paren = item.indexOf('(');
        return (paren < 0 ? item : item.substring(0, paren)).strip();
    }

    private static String stripType(String name) {
        if (name == null) {
            return null;
        }
        for (String p : List.of("Thành phố ", "Thị xã ", "Thị trấn ", "Huyện ", "Phường ", "Xã ")) {
            if (name.regionMatches(true, 0, p, 0, p.length())) {
                return name.substring(p.length());
            }
        }
        return name;
    }

    private enum Level { COMMUNE, DISTRICT }

    private enum UnitType {
        XA, PHUONG, THI_TRAN, HUYEN, THANH_PHO, THI_XA, TINH;

        static UnitType of(String fullName) {
            String f = FoldedText.fold(fullName == null ? "" : fullName);
            if (f.startsWith("thanh pho ")) {
                return THANH_PHO;
            }
            if (f.startsWith("thi xa ")) {
                return THI_XA;
            }
            if (f.startsWith("thi tran ")) {
                return THI_TRAN;
            }
            if (f.startsWith("huyen ")) {
                return HUYEN;
            }
            if (f.startsWith("phuong ")) {
                return PHUONG;
            }
            return XA;
        }
    }

    /**
     * @param current       a post-reform unit (its name is today's)
     * @param oldCode       the pre-reform code, for a former commune-level unit
     * @param successors    new unit codes it means (two for a split unit, several for a district)
     * @param districtCodes the pre-reform district(s) it lay in (empty for current units)
     */
    private record Entry(Level level, UnitType type, String display, boolean current, String oldCode,
                         List<String> successors, Set<String> districtCodes) {

        boolean isIn(Set<String> districts) {
            if (!current) {
                return districtCodes.stream().anyMatch(districts::contains);
            }
            return Communes.byCode(successors.get(0)).orElseThrow().formerUnits().stream()
                    .anyMatch(f -> districts.contains(f.oldDistrictCode()));
        }
    }

    private record Variant(Entry entry, List<String> words) {
    }

    private record Prefix(List<String> words, Set<UnitType> types) {
    }

    private record Token(String word, int segment) {
    }

    private record Match(List<Entry> entries, int end) {
    }

    private record Mention(boolean prefixed, List<Entry> all) {
        boolean has(Level level) {
            return all.stream().anyMatch(e -> e.level() == level);
        }

        List<Entry> entries(Level level) {
            return all.stream().filter(e -> e.level() == level).toList();
        }
    }
}
