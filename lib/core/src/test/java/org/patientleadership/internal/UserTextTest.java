package org.patientleadership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The bidirectional-control rules (issue 15, defect 3) and the escaping of names in locations (defect 6). */
class UserTextTest {

    /** Writes controls visibly in test data: E RLE, O RLO, P PDF, I RLI, F FSI, D PDI. */
    private static String controls(String text) {
        return text.replace('E', '\u202B').replace('O', '\u202E').replace('P', '\u202C').replace('I', '\u2067')
                .replace('F', '\u2068').replace('D', '\u2069');
    }

    @ParameterizedTest
    @CsvSource({"aOb, ab", "aObPc, aObPc", "aPb, ab", "aDb, ab", "aIbD, aIbD", "aIbOcD, aIbcD", "aEbIcPdD, abIcdD",
        "aOIbDPc, aOIbDPc", "OOxPP, OOxPP", "OOxP, OxP", "FxDD, FxD", "plain, plain"})
    void test_withoutUnpairedControls_keepsOnlyPairs(String text, String expected) {
        assertThat(UserText.withoutUnpairedControls(controls(text))).isEqualTo(controls(expected));
    }

    @Test
    void test_isolate_enclosesRightToLeftAndControls_only() {
        assertThat(UserText.isolate("North Trust")).isSameAs("North Trust").isEqualTo("North Trust");
        assertThat(UserText.isolate("שלום 3")).isEqualTo("\u2068שלום 3\u2069");
        assertThat(UserText.isolate(controls("aOb"))).isEqualTo("ab");
        assertThat(UserText.isolate(controls("aObPc"))).isEqualTo("\u2068" + controls("aObPc") + "\u2069");
        assertThat(UserText.needsIsolation("𝔘😀 é")).isFalse();
        assertThat(UserText.needsIsolation("\uD802\uDD00")).isTrue();
    }

    @Test
    void test_escaped_showsLineBreaksAndControls() {
        assertThat(UserText.escaped("a\nb\r\tc\u0007\u202E")).isEqualTo("a\\nb\\r\\tc\\u0007\\u202E");
        assertThat(UserText.escaped("point_1")).isSameAs("point_1");
    }
}
