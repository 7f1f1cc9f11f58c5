package dev.tenantsim.engine.platform.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class StageTest {

    /** Passes every attempt inward, or ends it when it is the innermost; logs what it sees. */
    private static final class Recording extends Stage {
        private final String name;
        private final List<String> log;
        private final int endWith;

        Recording(String name, List<String> log, int endWith) {
            this.name = name;
            this.log = log;
            this.endWith = endWith;
        }

        @Override
        void accept(int job) {
            log.add(name + " accept " + job);
            if (inner == null || job == endWith) {
                outer.ended(job, job == endWith ? 7 : SUCCESS);
            } else {
                inner.accept(job);
            }
        }

        @Override
        void ended(int job, int cause) {
            log.add(name + " ended " + job + " " + cause);
            if (outer != null) {
                outer.ended(job, cause);
            }
        }
    }

    @Test
    void chainLinksTheStagesOutermostFirst() {
        List<String> log = new ArrayList<>();
        Stage a = new Recording("a", log, -2);
        Stage b = new Recording("b", log, -2);
        Stage c = new Recording("c", log, -2);
        assertSame(a, Stage.chain(a, b, c));
        assertNull(a.outer);
        assertSame(b, a.inner);
        assertSame(a, b.outer);
        assertSame(c, b.inner);
        assertSame(b, c.outer);
        assertNull(c.inner);
    }

    @Test
    void anEndTravelsOutwardOnlyThroughTheStagesTheAttemptPassed() {
        List<String> log = new ArrayList<>();
        Stage client = new Recording("client", log, -2);
        Stage edge = new Recording("edge", log, 3);
        Stage app = new Recording("app", log, -2);
        Stage db = new Recording("db", log, -2);
        Stage.chain(client, edge, app, db);
        client.inner.accept(1);
        assertEquals(List.of("edge accept 1", "app accept 1", "db accept 1", "app ended 1 -1", "edge ended 1 -1",
                "client ended 1 -1"), log);
        log.clear();
        client.inner.accept(3); // the edge rejects it: the app and the database never see it
        assertEquals(List.of("edge accept 3", "client ended 3 7"), log);
    }
}
