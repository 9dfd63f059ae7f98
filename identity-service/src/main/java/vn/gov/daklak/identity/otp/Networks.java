package vn.gov.daklak.identity.otp;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The network an address belongs to, as rate limits count it: an IPv4 /24 or an IPv6 /64 (what one subscriber or
 * one host usually gets), so hopping between addresses of one network buys an attacker nothing.
 */
final class Networks {

    private Networks() {
    }

    static String of(String ip) {
        if (ip == null || ip.isBlank()) {
            return "unknown";
        }
        try {
            byte[] address = InetAddress.getByName(literal(ip.strip())).getAddress();
            int prefixBytes = address.length == 4 ? 3 : 8;
            StringBuilder key = new StringBuilder(address.length == 4 ? "v4:" : "v6:");
            for (int i = 0; i < prefixBytes; i++) {
                key.append(String.format("%02x", address[i] & 0xFF));
            }
            return key.toString();
        } catch (UnknownHostException | IllegalArgumentException e) {
            return "unknown";
        }
    }

    /** Only IP literals: never resolve a name. */
    private static String literal(String ip) {
        String bare = ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
        if (!bare.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("not an IP literal");
        }
        return bare;
    }
}
