package org.patientleadership.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.patientleadership.assessment.Assessment;

/** Laws of REDCap records, proven over generated assessments, damaged exports and garbage. */
class RedcapProperties {

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
    void writeThenRead_givesEqualAssessments_numberedAsRecords(@ForAll("assessments") List<Assessment> written) {
        ImportResult read = RedcapImport.read(utf8(RedcapExport.records(written)));
        assertThat(read.notes()).isEmpty();
        assertThat(read.orThrow()).isEqualTo(written);
        assertThat(read.rows()).allSatisfy(r -> assertThat(r.redcap().orElseThrow().recordId())
                .isEqualTo(Integer.toString(r.row() - 1)));
    }

    @Property
    void arbitraryBytes_areRefusedOrReported_neverReadAsAssessments(@ForAll byte[] bytes) {
        Damage.readsOrRefuses(bytes, RedcapImport::read, true);
    }

    @Property
    void arbitraryText_isRefusedOrReported_neverReadAsAssessments(@ForAll String text) {
        Damage.readsOrRefuses(utf8(text), RedcapImport::read, true);
    }

    @Property(tries = 300)
    void damagedExport_isReadOrRefused_withProblemsOnly(@ForAll("assessments") List<Assessment> written,
            @ForAll("mutations") List<Damage.Mutation> mutations) {
        Damage.readsOrRefuses(Damage.apply(utf8(RedcapExport.records(written)), mutations), RedcapImport::read,
                false);
    }
}
