package dev.tenantsim.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tenantsim.scenario.yaml.YList;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YNode;
import dev.tenantsim.scenario.yaml.YScalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The deal desk's prospective tenant as the form describes it, checked field by field (each
 * message names the field, the value and what is allowed): its users, data, request rate or a
 * profile "like" an existing named tenant, residency region, the tier whose contract it would sign
 * and its required SLO (p99 and availability), and the target margin of its list price.
 */
record Prospect(String id, String like, int users, String data, Double requestsPerUserPerMinute, String region, String tier,
                double p99Ms, Double availabilityPercent, BigDecimal targetMargin, int replications) {
    static final String TIER = "deal";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");
    private static final Pattern SIZE = Pattern.compile("\\d+(\\.\\d+)?\\s*(B|KB|MB|GB|TB|PB|KiB|MiB|GiB|TiB)");

    /** Reads and checks the form's JSON body ({@code users}, {@code data}, {@code like}, {@code slo.p99Ms}, ...). */
    static Prospect of(JsonNode b, BigDecimal defaultMargin, int defaultReplications) {
        String id = text(b, "name", "prospect");
        if (!NAME.matcher(id).matches()) {
            throw bad("name", id, "must be a tenant id: letters, digits, '-', '_' or '.', at most 63");
        }
        String like = text(b, "like", null);
        Integer users = b.hasNonNull("users") && !b.get("users").asText().isBlank() ? whole(b, "users") : null;
        if (users == null && like == null) {
            throw bad("users", "", "must be given (a whole number of users >= 1), or a tenant to be like");
        }
        if (users != null && users < 1) {
            throw bad("users", String.valueOf(users), "must be a whole number of users >= 1");
        }
        String data = text(b, "data", null);
        if (data != null && !SIZE.matcher(data).matches()) {
            throw bad("data", data, "must be a size such as 50GB or 1.5TB");
        }
        Double rate = number(b, "requestsPerUserPerMinute");
        if (rate != null && !(rate >= 0 && rate <= 10_000)) {
            throw bad("requestsPerUserPerMinute", fmt(rate), "must be a number of requests per user per minute from 0 to 10000");
        }
        String region = text(b, "region", null);
        if (region != null && !NAME.matcher(region).matches()) {
            throw bad("region", region, "must be a region name such as eu");
        }
        String tier = text(b, "tier", null);
        JsonNode slo = b.path("slo");
        Double p99 = number(slo, "p99Ms");
        if (p99 == null || !(p99 > 0 && p99 <= 3_600_000)) {
            throw bad("slo.p99Ms", p99 == null ? slo.path("p99Ms").asText("") : fmt(p99), "must be a latency in ms > 0 (at most an hour)");
        }
        Double availability = number(slo, "availabilityPercent");
        if (availability != null && !(availability >= 50 && availability < 100)) {
            throw bad("slo.availabilityPercent", fmt(availability), "must be a percentage from 50 to below 100, e.g. 99.9");
        }
        BigDecimal margin = defaultMargin;
        if (b.hasNonNull("targetMarginPercent") && !b.get("targetMarginPercent").asText().isBlank()) {
            Double m = number(b, "targetMarginPercent");
            if (m == null || !(m >= 0 && m < 100)) {
                throw bad("targetMarginPercent", b.get("targetMarginPercent").asText(), "must be a percentage from 0 to below 100");
            }
            margin = BigDecimal.valueOf(m).movePointLeft(2).stripTrailingZeros();
        }
        int reps = defaultReplications;
        if (b.hasNonNull("replications") && !b.get("replications").asText().isBlank()) {
            reps = whole(b, "replications");
            if (reps < 1 || reps > WhatIf.MAX_REPLICATIONS) {
                throw bad("replications", String.valueOf(reps), "must be a whole number from 1 to " + WhatIf.MAX_REPLICATIONS);
            }
        }
        return new Prospect(id, like, users == null ? 0 : users, data, rate, region, tier, p99, availability, margin, reps);
    }

    /**
     * The prospect as a {@code tenants.explicit} entry: the "like" tenant's entry with this id, the
     * deal's tier and the form's users, data, rate and region over it.
     */
    YMap entry(YMap root) {
        YMap e = new YMap(dev.tenantsim.scenario.yaml.Location.NONE);
        if (like != null) {
            likeTenant(root).entries().forEach(x -> e.put(x.key(), x.value()));
        }
        e.put("id", YamlFlow.string(id));
        e.put("tier", YamlFlow.string(TIER));
        if (users > 0) {
            e.put("users", YamlFlow.number(String.valueOf(users)));
        }
        if (data != null) {
            e.put("data", YamlFlow.string(data.replace(" ", "")));
        }
        if (requestsPerUserPerMinute != null) {
            e.put("requestsPerUserPerMinute", YamlFlow.number(fmt(requestsPerUserPerMinute)));
        }
        if (region != null) {
            e.put("region", YamlFlow.string(region));
        }
        return e;
    }

    /** The tier whose contract (fee, error budget, credits) the deal copies: the form's, else the "like" tenant's. */
    String baseTier(YMap root) {
        String t = tier;
        if (t == null && like != null) {
            t = likeTenant(root).get("tier") instanceof YScalar s ? s.text() : null;
        }
        List<String> tiers = root.get("tiers") instanceof YMap m ? new ArrayList<>(m.keys()) : List.of();
        if (t == null || !tiers.contains(t)) {
            throw bad("tier", t == null ? "" : t, "must be one of the scenario's tiers: " + String.join(", ", tiers));
        }
        return t;
    }

    /** The named tenant the prospect is like, or a 400 listing the named tenants. */
    private YMap likeTenant(YMap root) {
        YMap base = explicitTenant(root, like);
        if (base == null) {
            throw bad("like", like, "is not a named tenant of this scenario (tenants.explicit); named: "
                    + (explicitIds(root).isEmpty() ? "none" : String.join(", ", explicitIds(root))));
        }
        return base;
    }

    static YMap explicitTenant(YMap root, String id) {
        for (YNode n : explicit(root)) {
            if (n instanceof YMap m && m.get("id") instanceof YScalar s && s.text().equals(id)) {
                return m;
            }
        }
        return null;
    }

    static List<String> explicitIds(YMap root) {
        List<String> ids = new ArrayList<>();
        for (YNode n : explicit(root)) {
            if (n instanceof YMap m && m.get("id") instanceof YScalar s) {
                ids.add(s.text());
            }
        }
        return ids;
    }

    static List<YNode> explicit(YMap root) {
        return FormFields.at(root, "tenants.explicit") instanceof YList l ? l.items() : List.of();
    }

    private static String text(JsonNode b, String field, String dflt) {
        JsonNode n = b.get(field);
        return n == null || n.isNull() || n.asText().isBlank() ? dflt : n.asText().trim();
    }

    private static Double number(JsonNode b, String field) {
        JsonNode n = b.get(field);
        if (n == null || n.isNull() || n.asText().isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(n.asText().trim());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw bad(field, n.asText(), "must be a finite number");
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(field, n.asText(), "must be a number");
        }
    }

    private static int whole(JsonNode b, String field) {
        String t = b.get(field).asText().trim();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw bad(field, t, "must be a whole number");
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    static BadRequest bad(String field, String value, String rule) {
        return new BadRequest(400, field + " (" + value + ") " + rule);
    }
}
