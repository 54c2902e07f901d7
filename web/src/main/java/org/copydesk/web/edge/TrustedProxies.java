package org.copydesk.web.edge;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.copydesk.web.Settings;

/**
 * The proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} Copydesk believes: addresses and
 * ranges in CIDR notation ({@code 127.0.0.1}, {@code 10.0.0.0/8}, {@code ::1}, {@code fd00::/8}), set by the
 * system property {@code copydesk.proxies.trusted} or the environment variable
 * {@code COPYDESK_TRUSTED_PROXIES}, separated by commas or spaces. None by default: a request that comes
 * straight from a reader could otherwise claim any address and any scheme.
 *
 * <p>The reader's address is found from the right of {@code X-Forwarded-For}: each trusted proxy appended the
 * address it was reached from, so the first address from the right that is not a trusted proxy is the
 * reader's; what lies left of it was written by the reader and is not believed. Only IP literals are read,
 * never a name (which would mean a DNS lookup on every request).
 */
public final class TrustedProxies {

    public static final String PROPERTY = "copydesk.proxies.trusted";
    public static final String VARIABLE = "COPYDESK_TRUSTED_PROXIES";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> ranges;
    private final String spec;

    private TrustedProxies(String spec, List<Range> ranges) {
        this.spec = spec;
        this.ranges = List.copyOf(ranges);
    }

    /** The list as configured now (system property first, then the environment); empty if neither is set. */
    public static TrustedProxies configured() {
        String spec = Settings.get(PROPERTY, VARIABLE);
        return parse(spec == null ? "" : spec);
    }

    /**
     * Reads a list; an entry that is not an address or a range is refused with the reason, so that a typing
     * slip in the configuration stops the deployment instead of trusting nothing (or everything) in silence.
     */
    public static TrustedProxies parse(String spec) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : spec.strip().split("[,\\s]+")) {
            if (!entry.isEmpty()) {
                ranges.add(Range.parse(entry));
            }
        }
        return new TrustedProxies(spec.strip(), ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean trusts(InetAddress address) {
        return address != null && ranges.stream().anyMatch(r -> r.contains(address));
    }

    /**
     * The reader's address: the peer itself unless it is a trusted proxy, else the first address from the
     * right of {@code X-Forwarded-For} (all its headers, in order) that is not a trusted proxy. An entry that
     * is not an IP literal ends the walk at the last address read; if every address is a trusted proxy, the
     * leftmost is the reader.
     */
    public InetAddress client(InetAddress peer, List<String> forwardedFor) {
        if (!trusts(peer) || forwardedFor == null || forwardedFor.isEmpty()) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                return client;
            }
            client = hop.get();
            if (!trusts(client)) {
                return client;
            }
        }
        return client;
    }

    /**
     * The scheme the reader used, when a trusted proxy says so in {@code X-Forwarded-Proto} ({@code http} or
     * {@code https}; the rightmost value, written by the nearest proxy); empty otherwise.
     */
    public Optional<String> scheme(InetAddress peer, String forwardedProto) {
        if (!trusts(peer) || forwardedProto == null) {
            return Optional.empty();
        }
        String[] values = forwardedProto.split(",");
        String scheme = values[values.length - 1].strip().toLowerCase(java.util.Locale.ROOT);
        return scheme.equals("https") || scheme.equals("http") ? Optional.of(scheme) : Optional.empty();
    }

    /** An IP literal (IPv4, IPv6, IPv6 in brackets, either with a port after it), never looked up by name. */
    static Optional<InetAddress> literal(String text) {
        String s = text.strip();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end < 0) {
                return Optional.empty();
            }
            s = s.substring(1, end);
        } else if (s.indexOf(':') > 0 && s.indexOf(':') == s.lastIndexOf(':') && s.contains(".")) {
            s = s.substring(0, s.indexOf(':')); // 203.0.113.7:51234
        }
        if (!IPV4.matcher(s).matches() && !IPV6.matcher(s).matches()) {
            return Optional.empty();
        }
        if (IPV4.matcher(s).matches()) {
            for (String part : s.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(InetAddress.getByName(s)); // a literal: no lookup
        } catch (UnknownHostException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return spec.isEmpty() ? "none" : spec;
    }

    /** An address range: the first {@code bits} bits of {@code network}. */
    record Range(byte[] network, int bits) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            InetAddress base = literal(address)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "A trusted proxy must be an IP address or a range such as 10.0.0.0/8, not \"" + entry
                                    + "\""));
            int max = base.getAddress().length * 8;
            int bits = max;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > max) {
                    throw new IllegalArgumentException(
                            "The range \"" + entry + "\" needs a prefix length from 0 to " + max);
                }
            }
            return new Range(base.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((bytes[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
