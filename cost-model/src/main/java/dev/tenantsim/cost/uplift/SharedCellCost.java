package dev.tenantsim.cost.uplift;

import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.bom.CellTemplate;
import dev.tenantsim.cost.bom.StackKind;
import dev.tenantsim.cost.price.PriceBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A tenant's share of a performance or isolated cell. The cell is sized (see
 * {@link CellTemplate#size}) for its design load, the peak demand of the assignment it is planned
 * for; a tenant pays the cell's bill × its peak / the design load, rounded half-even. A tenant
 * at least as large as the design load fills a cell alone and pays a cell sized for its own peak.
 */
public record SharedCellCost(CellTemplate template, double designPeakDemand, PriceBook book) implements PlacementCost {
    public SharedCellCost {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(book, "book");
        if (template.kind() != StackKind.PERFORMANCE_CELL && template.kind() != StackKind.ISOLATED_CELL) {
            throw new IllegalArgumentException("template.kind (" + template.kind().yamlName()
                    + ") must be performance-cell or isolated-cell");
        }
        if (!(designPeakDemand > 0) || Double.isInfinite(designPeakDemand)) {
            throw new IllegalArgumentException("designPeakDemand (" + designPeakDemand + ") must be a finite number > 0");
        }
        DedicatedStackCost.costOf(template, book, designPeakDemand);
    }

    @Override
    public StackKind kind() {
        return template.kind();
    }

    /** The bill of one cell at its design load. */
    public Money cellCost() {
        return DedicatedStackCost.costOf(template, book, designPeakDemand);
    }

    @Override
    public Money costToServe(double peakDemand) {
        if (!(peakDemand >= 0)) {
            throw new IllegalArgumentException("peakDemand (" + peakDemand + ") must be >= 0");
        }
        if (peakDemand >= designPeakDemand) {
            return DedicatedStackCost.costOf(template, book, peakDemand);
        }
        BigDecimal share = BigDecimal.valueOf(peakDemand).divide(BigDecimal.valueOf(designPeakDemand), 18, RoundingMode.HALF_EVEN);
        return cellCost().times(share, RoundingMode.HALF_EVEN);
    }
}
