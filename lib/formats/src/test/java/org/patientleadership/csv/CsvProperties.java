package org.patientleadership.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.patientleadership.InvalidInputException;
import org.patientleadership.assessment.Assessment;

/** Laws of the plain CSV format, proven over generated assessments, damaged files and garbage. */
class CsvProperties {

    @Provide
    Arbitrary<List<Assessment>> assessments() {
        return Generated.assessments();
    }

    @Provide
    Arbitrary<List<Damage.Mutation>> mutations() {
        return Damage.mutations();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Property
    void writeThenRead_givesEqualAssessments(@ForAll("assessments") List<Assessment> written) {
        ImportResult read = CsvImport.read(utf8(CsvExport.write(written)));
        assertThat(read.notes()).isEmpty();
        assertThat(read.orThrow()).isEqualTo(written);
        assertThat(read.rows()).extracting(RowResult::row)
                .isEqualTo(IntStream.rangeClosed(2, written.size() + 1).boxed().toList());
    }

    @Property(tries = 200)
    void readsTheSame_withByteOrderMarkAndCrlf(@ForAll("assessments") List<Assessment> written) {
        String text = CsvExport.write(written);
        if (text.chars().filter(c -> c == '\n' || c == '\r').count() == written.size() + 1) {
            text = text.replace("\n", "\r\n");
        }
        assertThat(CsvImport.read(utf8("\uFEFF" + text)).orThrow()).isEqualTo(written);
    }

    @Property
    void arbitraryBytes_areRefusedOrReported_neverReadAsAssessments(@ForAll byte[] bytes) {
        Damage.readsOrRefuses(bytes, CsvImport::read, true);
    }

    @Property
    void arbitraryText_isRefusedOrReported_neverReadAsAssessments(@ForAll String text) {
        Damage.readsOrRefuses(utf8(text), CsvImport::read, true);
    }

    @Property(tries = 300)
    void damagedFile_isReadOrRefused_withProblemsOnly(@ForAll("assessments") List<Assessment> written,
            @ForAll("mutations") List<Damage.Mutation> mutations) {
        Damage.readsOrRefuses(Damage.apply(utf8(CsvExport.write(written)), mutations), CsvImport::read, false);
    }

    @Property
    void anyRatingCell_isReadOnTheScale_orReportedAtItsCell(@ForAll String cell) {
        ImportResult result;
        try {
            result = CsvImport.read(Samples.plain(Map.of("point_20", cell.replace("\u0000", ""))));
        } catch (InvalidInputException e) {
            return;
        }
        RowResult row = result.rows().get(0);
        row.assessment().flatMap(a -> a.answer(20)).ifPresent(a -> assertThat(a.rating().orElse(0)).isBetween(0, 4));
        if (!row.isRead()) {
            assertThat(row.problems()).singleElement().satisfies(p -> {
                assertThat(p.location()).isIn("row 2, column point_20", "row 2");
                assertThat(p.location().equals("row 2") || p.allowed().contains("NA (not applicable)")).isTrue();
            });
        }
    }
}
