package org.patientleadership.csv;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.patientleadership.testing.BadInputCorpus;

/** Every file of the REDCap records bad-input corpus is refused, all or nothing, at the expected place. */
class RedcapBadInputTest {

    @TestFactory
    Stream<DynamicTest> badRedcapExports_areRefused() {
        return BadInputCorpus.tests("redcap", bytes -> RedcapImport.read(bytes).orThrow());
    }
}
