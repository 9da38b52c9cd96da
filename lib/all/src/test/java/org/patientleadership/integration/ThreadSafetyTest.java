package org.patientleadership.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.AssessmentResult;
import org.patientleadership.csv.CsvExport;
import org.patientleadership.csv.CsvImport;
import org.patientleadership.csv.RedcapExport;
import org.patientleadership.csv.RedcapImport;
import org.patientleadership.fhir.FhirQuestionnaire;
import org.patientleadership.json.JsonFormat;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Placer;
import org.patientleadership.profile.ProfileAnswers;
import org.patientleadership.profile.Profiler;
import org.patientleadership.formats.ReaderFuzzProperties;
import org.patientleadership.report.AssessmentReport;

/**
 * Eight threads sharing the same values and the library's codecs get the results one thread gets: every
 * writer and reader (JSON for each document type, FHIR, CSV, REDCap), scoring, placement, profiles and
 * reports. Kept short: a few rounds each.
 */
class ThreadSafetyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 2;

    @Test
    void test_eightThreads_sharingValuesAndCodecs_getTheSingleThreadResults() throws Exception {
        List<Assessment> assessments = ReaderFuzzProperties.assessments();
        List<Activity> activities = ReaderFuzzProperties.activities();
        List<ProfileAnswers> answers = ReaderFuzzProperties.profileAnswers();
        List<Supplier<Object>> tasks = new ArrayList<>();
        for (Assessment a : assessments) {
            tasks.add(() -> JsonFormat.read(JsonFormat.write(a), Assessment.class));
            tasks.add(() -> JsonFormat.write(AssessmentResult.of(a)));
            tasks.add(() -> FhirQuestionnaire.readResponse(FhirQuestionnaire.toResponse(a)));
            tasks.add(() -> AssessmentReport.of(a).html() + AssessmentReport.of(a).markdown());
        }
        tasks.add(() -> CsvImport.read(CsvExport.write(assessments).getBytes(StandardCharsets.UTF_8)).orThrow());
        tasks.add(() -> RedcapImport.read(RedcapExport.records(assessments).getBytes(StandardCharsets.UTF_8))
                .orThrow());
        for (Activity activity : activities) {
            tasks.add(() -> JsonFormat.read(JsonFormat.write(Placer.place(activity)), Placer.place(activity)
                    .getClass()));
        }
        for (ProfileAnswers a : answers) {
            tasks.add(() -> JsonFormat.write(Profiler.profile(JsonFormat.read(JsonFormat.write(a),
                    ProfileAnswers.class))));
        }
        List<Object> expected = tasks.stream().map(Supplier::get).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Object>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Object> results = new ArrayList<>();
                    for (int r = 0; r < ROUNDS; r++) {
                        for (int i = 0; i < tasks.size(); i++) {
                            int k = (i + offset) % tasks.size();
                            Object got = tasks.get(k).get();
                            if (r == ROUNDS - 1) {
                                results.add(got);
                            }
                        }
                    }
                    return results;
                }));
            }
            start.countDown();
            for (int t = 0; t < THREADS; t++) {
                List<Object> got = futures.get(t).get(2, TimeUnit.MINUTES);
                for (int i = 0; i < tasks.size(); i++) {
                    assertThat(got.get(i)).as("thread " + t + ", task " + ((i + t) % tasks.size()))
                            .isEqualTo(expected.get((i + t) % tasks.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
