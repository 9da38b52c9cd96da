package org.patientleadership.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.patientleadership.assessment.Assessment;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.json.JsonFormat;

/** The inputs every benchmark shares: a realistic assessment, its plain form, its JSON, and cohorts. */
final class Fixtures {

    /** Marks a point not applicable in the plain {@code int[40]} form. */
    static final int NOT_APPLICABLE = -1;
    /** Marks a point unanswered in the plain {@code int[40]} form. */
    static final int UNANSWERED = -2;
    /** The section of each point (0-based), for the plain loops. */
    static final int[] SECTION_OF = new int[ChecklistPoint.COUNT];

    static {
        for (ChecklistPoint p : Checklist.points()) {
            SECTION_OF[p.number() - 1] = p.section().number() - 1;
        }
    }

    private Fixtures() {
    }

    /** A realistic assessment: every point answered, one not applicable, one unanswered, some evidence. */
    static Assessment assessment() {
        return generate(new Random(7), "Riverside Community NHS Trust (fictional)");
    }

    /**
     * The same organisation a year earlier: the same points answered, each rating moved by at most one level
     * (so some points fell back).
     */
    static Assessment lastYear(Assessment now) {
        Random random = new Random(11);
        Assessment.Builder b = Assessment.builder(now.organisation(), now.date().minusYears(1));
        for (org.patientleadership.assessment.Answer a : now.answers()) {
            if (a.isNotApplicable()) {
                b.notApplicable(a.point());
            } else {
                int r = a.rating().getAsInt() + random.nextInt(3) - 1;
                b.rate(a.point(), Math.max(0, Math.min(4, r)));
            }
        }
        return b.build();
    }

    static Assessment generate(Random random, String organisation) {
        Assessment.Builder b = Assessment.builder(organisation, LocalDate.of(2026, 3, 31))
                .assessorRoles("Director of Nursing", "Patient leader");
        for (int point = 1; point <= ChecklistPoint.COUNT; point++) {
            double roll = random.nextDouble();
            if (roll < 0.04) {
                b.notApplicable(point);
            } else if (roll < 0.08) {
                continue;
            } else if (roll < 0.2) {
                b.rate(point, random.nextInt(5), "Evidence note for point " + point);
            } else {
                b.rate(point, random.nextInt(5));
            }
        }
        return b.build();
    }

    /** The same answers as a plain {@code int[40]}: ratings, {@link #NOT_APPLICABLE} or {@link #UNANSWERED}. */
    static int[] plain(Assessment a) {
        int[] ratings = new int[ChecklistPoint.COUNT];
        java.util.Arrays.fill(ratings, UNANSWERED);
        a.answers().forEach(ans -> ratings[ans.point() - 1] = ans.rating().isPresent()
                ? ans.rating().getAsInt() : NOT_APPLICABLE);
        return ratings;
    }

    static byte[] json(Assessment a) {
        return JsonFormat.write(a).getBytes(StandardCharsets.UTF_8);
    }

    /** A pool of distinct generated assessments, cycled to make cohorts of any size without holding them all. */
    static List<Assessment> pool(int size) {
        Random random = new Random(2026);
        List<Assessment> pool = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            pool.add(generate(random, "Organisation " + i));
        }
        return pool;
    }

    /** Cycles through a pool until {@code size} items have been given. */
    static <T> Iterable<T> cycle(List<T> pool, int size) {
        return () -> new Iterator<T>() {
            private int given;

            @Override
            public boolean hasNext() {
                return given < size;
            }

            @Override
            public T next() {
                return pool.get(given++ % pool.size());
            }
        };
    }
}
