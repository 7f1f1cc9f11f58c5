package dev.tenantsim.cost.uplift;

import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.bom.StackKind;

/** One cell of the sensitivity table: the price of a move for a tenant of a given size. */
public record SensitivityRow(double peakDemand, StackKind from, StackKind to, Money costFrom, Money costTo,
        Money deltaCost, Money listPrice) {
}
