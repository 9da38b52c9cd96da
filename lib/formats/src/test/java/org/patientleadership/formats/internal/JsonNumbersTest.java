package org.patientleadership.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.patientleadership.InvalidInputException;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.AssessmentResult;
import org.patientleadership.assessment.ScoringOptions;
import org.patientleadership.fhir.FhirQuestionnaire;
import org.patientleadership.json.JsonFormat;

/** The one rule for numbers read from JSON (issue 15, defect 1), directly and through every reader. */
class JsonNumbersTest {

    private final List<String> problems = new ArrayList<>();

    @Test
    void test_whole_refusesDecimalsAndOutOfRange_withoutThrowing() {
        assertThat(JsonNumbers.whole(3, 0, 4, problems::add)).hasValue(3);
        assertThat(JsonNumbers.whole(new BigInteger("9".repeat(400)), 0, 4, problems::add)).isEmpty();
        assertThat(JsonNumbers.whole(Long.MIN_VALUE, 0, 4, problems::add)).isEmpty();
        assertThat(JsonNumbers.whole(2.0, 0, 4, problems::add)).isEmpty();
        assertThat(JsonNumbers.whole(Double.POSITIVE_INFINITY, 0, 4, problems::add)).isEmpty();
        assertThat(JsonNumbers.whole(new BigDecimal("1E+999"), 0, 4, problems::add)).isEmpty();
        assertThat(problems).containsExactly("the number is out of range", "the number is out of range",
                "expected a whole number, found the decimal number 2.0",
                "expected a whole number, found the decimal number (too large to show)",
                "expected a whole number, found the decimal number (too large to show)");
    }

    @Test
    void test_decimal_refusesInfinity_readsTinyAndNegativeZeroAsZero() {
        assertThat(JsonNumbers.decimal(Double.POSITIVE_INFINITY, 0, 100, problems::add)).isEmpty();
        assertThat(JsonNumbers.decimal(new BigDecimal("1E+999"), 0, 100, problems::add)).isEmpty();
        assertThat(JsonNumbers.decimal(Double.NaN, 0, 100, problems::add)).isEmpty();
        OptionalDouble zero = JsonNumbers.decimal(-0.0, 0, 100, problems::add);
        assertThat(Double.doubleToRawLongBits(zero.getAsDouble())).isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(JsonNumbers.decimal(new BigDecimal("1E-999"), 0, 100, problems::add)).hasValue(0.0);
        assertThat(JsonNumbers.decimal(new BigInteger("1" + "0".repeat(29)), 0, 100, problems::add)).isEmpty();
        assertThat(problems).hasSize(4).allSatisfy(p -> assertThat(p).startsWith("the number is out of range"));
    }

    @ParameterizedTest
    @CsvSource({"2, 2, true", "2.0, 2, true", "2e0, 2, true", "2.5, 2, false", "1e999, 2, false", "-0, 0, true"})
    void test_isEqual_comparesExactly(String text, int expected, boolean equal) {
        Number value = JsonTrees.parse("[" + text + "]", "test").get(0).numberValue();
        assertThat(JsonNumbers.isEqual(value, expected)).isEqualTo(equal);
    }

    private static String resultJson() {
        Assessment a = Assessment.builder("North", LocalDate.of(2026, 1, 1)).rate(1, 2).rate(2, 0).build();
        return JsonFormat.write(AssessmentResult.of(a, ScoringOptions.DEFAULT.withMinimumCoverage(0), 5));
    }

    @Test
    void test_resultDocument_hugeDecimal_isOurException_withThePointer() {
        String json = resultJson().replaceFirst("\"normalised\": [0-9.]+", "\"normalised\": 1e999");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> JsonFormat.read(json, AssessmentResult.class));
        assertThat(e.location()).matches("/.*/normalised");
        assertThat(e.getMessage()).contains("too large to be read");
    }

    @Test
    void test_resultDocument_negativeZero_readsAsZero() {
        String json = resultJson().replaceFirst("\"normalised\": [0-9.]+", "\"normalised\": -0.0");
        assertThat(json).contains("-0.0");
        AssessmentResult read = JsonFormat.read(json, AssessmentResult.class);
        assertThat(JsonFormat.write(read)).doesNotContain("-0.0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1e999 | the ordinal value does not match", "-1e999 | the ordinal value does not match",
        "1e-999 | the ordinal value does not match", "\"4\" | the ordinal value does not match"})
    void test_fhirOrdinalValue_neverThrowsANumberFormatException(String value, String message) {
        Assessment a = Assessment.builder("North", LocalDate.of(2026, 1, 1)).rate(1, 3).build();
        String json = FhirQuestionnaire.toResponse(a).replaceFirst("\"valueDecimal\": [0-9]+", "\"valueDecimal\": "
                + value);
        assertThat(json).contains("\"valueDecimal\": " + value);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> FhirQuestionnaire.readResponse(json));
        assertThat(e.location()).endsWith("/valueCoding/extension/0/valueDecimal");
        assertThat(e.getMessage()).contains(message);
    }

    @Test
    void test_fhirOrdinalValue_writtenAsDecimal_isAccepted() {
        Assessment a = Assessment.builder("North", LocalDate.of(2026, 1, 1)).rate(1, 3).build();
        String json = FhirQuestionnaire.toResponse(a).replaceFirst("\"valueDecimal\": 3", "\"valueDecimal\": 3.0");
        assertThat(json).contains("\"valueDecimal\": 3.0");
        assertThat(FhirQuestionnaire.readResponse(json)).isEqualTo(a);
    }
}
