package vn.gov.daklak.routing.rules;

/** Category codes of rules: a rule's category covers itself and its subcategories ("DIEN" covers "DIEN.DAY_DIEN"). */
final class CategoryCodes {

    private CategoryCodes() {
    }

    static boolean covers(String ruleCategory, String reportCategory) {
        if (ruleCategory == null || reportCategory == null) {
            return false;
        }
        String r = ruleCategory.strip();
        String c = reportCategory.strip();
        return c.equals(r) || c.startsWith(r + ".");
    }
}
