package vn.gov.daklak.routing.rules;

import vn.gov.daklak.contracts.identity.TeamType;

/**
 * Where a rule sends a report: the active team of a type in the report's commune ({@link Scope#COMMUNE}), or a
 * province-level team ({@link Scope#PROVINCE}), named by {@code teamId} when several of the type exist (departments,
 * utilities).
 */
public record TeamTarget(TeamType teamType, Scope scope, String teamId) {

    public enum Scope { COMMUNE, PROVINCE }

    /** Vietnamese description, e.g. "Công an xã/phường" or "Sở Xây dựng (66-SO-XD)". */
    public String label() {
        String type = switch (teamType) {
            case COMMUNITY_DIGITAL -> "Tổ công nghệ số cộng đồng";
            case RAPID_RESPONSE -> "Tổ phản ứng nhanh";
            case COMMUNE_POLICE -> "Công an xã/phường";
            case COMMUNE_ENVIRONMENT -> "cán bộ môi trường xã/phường";
            case COMMUNE_INFRASTRUCTURE -> "tổ hạ tầng xã/phường";
            case PROVINCE_DEPARTMENT -> "sở, ngành cấp tỉnh";
            case UTILITY -> "đơn vị dịch vụ công ích";
            case PROVINCE_TRIAGE -> "bộ phận tiếp nhận, phân loại của tỉnh";
        };
        return teamId == null ? type : type + " " + teamId;
    }
}
