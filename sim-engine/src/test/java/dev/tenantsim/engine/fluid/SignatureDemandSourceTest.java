package dev.tenantsim.engine.fluid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.Slo;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SignatureDemandSourceTest {

    @Test
    void streamsEachTenantsSignatureAndMapsItsWork() {
        Signature flat = minute -> 2.0;
        Signature ramp = minute -> minute * 0.5;
        SignatureDemandSource source = new SignatureDemandSource(List.of(flat, ramp));
        double[] out = new double[5];
        source.fillRates(1, 10, out, 1, 3);
        assertArrayEquals(new double[] {0, 5.0, 5.5, 6.0, 0}, out, 0.0);
        source.fillRates(0, 0, out, 0, 2);
        assertEquals(2.0, out[1], 0.0);

        WorkMoments w = SignatureDemandSource.workOf(dev.tenantsim.workload.RequestWork.DEFAULT);
        assertEquals(0.008, w.appCpu().mean(), 1e-15);
        assertEquals(2.25, w.appCpu().scv(), 1e-12, "lognormal cv 1.5");
        assertEquals(4.0, w.dbCpu().scv(), 1e-12, "lognormal cv 2");
        assertEquals(2.0, w.dbIo().mean(), 0.0);
        assertEquals(1.0, w.dbIo().scv(), 1e-12, "exponential");
        assertEquals(new SloTarget(0.25, 0.01), SignatureDemandSource.sloOf(new Slo(0.25, 0.01, 0.999)));
    }

    @Test
    void aQuarterOfSignaturesRunsThroughTheFluidPass() {
        Signature diurnal = minute -> 5 + 4 * Math.sin(2 * Math.PI * minute / 1440.0);
        FluidModel model = FluidModel.builder(List.of(StackCapacity.of(4, 2, 2000, 50)), 2)
                .allTenants(SignatureDemandSource.workOf(dev.tenantsim.workload.RequestWork.DEFAULT),
                        TenantLimits.UNLIMITED, new SloTarget(0.5, 0.01), new int[] {0, 0})
                .build();
        FluidResult r = FluidPass.run(model, new SignatureDemandSource(List.of(diurnal, diurnal)),
                FluidOptions.defaults(FluidOptions.QUARTER_MINUTES).withSeriesSteps(1440));
        assertEquals(90, r.stacks().get(0).series().points(), "one point a day");
        // mean rate 5 req/s x 8 ms app CPU x 2 tenants over 4 cores
        assertEquals(2 * 5 * 0.008 / 4, r.stacks().get(0).meanUtilization(FluidResource.APP_CPU), 1e-3);
        assertEquals(2 * 5.0 * 60 * FluidOptions.QUARTER_MINUTES, r.tenants().servedRequests(0) + r.tenants().servedRequests(1),
                2 * 5.0 * 60 * FluidOptions.QUARTER_MINUTES * 1e-6);
    }
}
