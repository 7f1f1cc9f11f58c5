package dev.tenantsim.cost.casestudy;

import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.margin.MarginChange;
import dev.tenantsim.cost.margin.MarginStatement;

/**
 * The published before/after of a tiered re-architecture: revenue $2.1M → $2.8M per month,
 * infrastructure $127K → $389K, gross margin 94% → 86%, "+$440K/month net". No SLA credits are
 * stated, so they are $0 on both sides.
 *
 * <p>Net, defined as the change in gross profit, is (2,800,000 − 389,000) − (2,100,000 − 127,000)
 * = 2,411,000 − 1,973,000 = $438,000 exactly (= +$700K revenue − $262K infrastructure). The
 * published +$440K is that figure rounded to the nearest $10K; the inputs themselves are
 * published rounded (revenue to $0.1M), so the source's own unrounded net is not recoverable.
 */
public final class TieredReArchitecture {
    /** Why computed net differs from the published one. */
    public static final String NET_DIFFERENCE = "Net = change in gross profit = (2.8M − 389K) − (2.1M − 127K) = +$438,000;"
            + " the source's +$440K is this rounded to the nearest $10K (its inputs are themselves rounded).";

    private TieredReArchitecture() {
    }

    public static MarginStatement before() {
        return new MarginStatement(Money.ofDollars(2_100_000), Money.ofDollars(127_000), Money.ZERO);
    }

    public static MarginStatement after() {
        return new MarginStatement(Money.ofDollars(2_800_000), Money.ofDollars(389_000), Money.ZERO);
    }

    public static MarginChange change() {
        return before().to(after());
    }

    /** The source's +$440K beside the computed +$438K. */
    public static PublishedFigure publishedNet() {
        return new PublishedFigure("net monthly effect of the tiered re-architecture", Money.ofDollars(440_000),
                change().net(), NET_DIFFERENCE);
    }
}
