package dev.tenantsim.scenario.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ConstraintParserTest {
    private static ConstraintParser parser() {
        Map<String, Double> slos = new LinkedHashMap<>();
        slos.put("pro", 250.0);
        slos.put("enterprise", 100.0);
        return new ConstraintParser("--subject-to", slos);
    }

    @Test
    void theBriefsExampleParsesIntoOneConstraintPerTierAndClause() {
        List<DesignConstraint> cs = parser().parse("p99(*)<=slo, blastRadius<=2%, availability(enterprise)>=99.95%");
        assertEquals(4, cs.size());
        assertEquals("p99(pro) <= 250.0 ms", cs.get(0).describe());
        assertEquals("p99(enterprise) <= 100.0 ms", cs.get(1).describe());
        assertEquals(0.02, cs.get(2).bound(), 1e-12);
        assertTrue(cs.get(2).upper());
        assertEquals(0.9995, cs.get(3).bound(), 1e-12);
        assertFalse(cs.get(3).upper());
    }

    @Test
    void durationsFractionsAndStrictOperatorsAreRead() {
        List<DesignConstraint> cs = parser().parse(" p99(pro) < 1.5s ,errorRate(pro)<=0.01, availability > 0.999");
        assertEquals(1500.0, cs.get(0).bound(), 1e-9);
        assertTrue(cs.get(0).strict());
        assertTrue(cs.get(0).holds(1499) && !cs.get(0).holds(1500));
        assertEquals(0.01, cs.get(1).bound(), 1e-12);
        assertEquals(null, cs.get(2).tier());
    }

    @Test
    void anUnknownFigureIsNamedWithItsColumnAndASuggestion() {
        ConstraintSyntaxException e = assertThrows(ConstraintSyntaxException.class, () -> parser().parse("blastRadius<=2%, p98(pro)<=slo"));
        assertEquals(18, e.column());
        assertTrue(e.getMessage().startsWith("--subject-to:18: p98(pro)<=slo — unknown figure 'p98'; did you mean 'p99'?"), e.getMessage());
        assertTrue(e.getMessage().contains("allowed: p99(TIER), availability(TIER), errorRate(TIER), blastRadius"), e.getMessage());
    }

    @Test
    void anUnknownTierListsTheScenariosTiers() {
        ConstraintSyntaxException e = assertThrows(ConstraintSyntaxException.class, () -> parser().parse("availability(enterprize)>=99%"));
        assertEquals(14, e.column());
        assertTrue(e.getMessage().contains("unknown tier 'enterprize'; did you mean 'enterprise'? allowed: pro, enterprise, *"), e.getMessage());
    }

    @Test
    void aBadUnitSaysWhatIsAllowedForThatFigure() {
        ConstraintSyntaxException share = assertThrows(ConstraintSyntaxException.class, () -> parser().parse("blastRadius<=2x"));
        assertEquals(14, share.column());
        assertTrue(share.getMessage().contains("bad unit in bound '2x'; allowed: a percentage"), share.getMessage());
        ConstraintSyntaxException latency = assertThrows(ConstraintSyntaxException.class, () -> parser().parse("p99(pro)<=200kb"));
        assertTrue(latency.getMessage().contains("bad unit in bound '200kb'; allowed: slo"), latency.getMessage());
        ConstraintSyntaxException range = assertThrows(ConstraintSyntaxException.class, () -> parser().parse("availability(pro)>=120%"));
        assertTrue(range.getMessage().contains("must be from 0% to 100%"), range.getMessage());
    }

    @Test
    void missingPiecesAreLocated() {
        assertTrue(assertThrows(ConstraintSyntaxException.class, () -> parser().parse("p99<=slo")).getMessage()
                .contains("p99 is per tier; write p99(TIER)"));
        assertTrue(assertThrows(ConstraintSyntaxException.class, () -> parser().parse("blastRadius(pro)<=2%")).getMessage()
                .contains("takes no tier"));
        assertEquals(14, assertThrows(ConstraintSyntaxException.class, () -> parser().parse("p99(pro)<=1s,,blastRadius<=1%")).column());
        assertTrue(assertThrows(ConstraintSyntaxException.class, () -> parser().parse("p99(pro) = 1s")).getMessage()
                .contains("expected a comparison"));
        assertTrue(assertThrows(ConstraintSyntaxException.class, () -> parser().parse("p99(pro)<=")).getMessage()
                .contains("expected a bound"));
    }
}
