package org.patientleadership.csv;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.patientleadership.testing.BadInputCorpus;

/** Every file of the plain CSV bad-input corpus is refused, all or nothing, at the expected place. */
class CsvBadInputTest {

    @TestFactory
    Stream<DynamicTest> badCsvFiles_areRefused() {
        return BadInputCorpus.tests("csv", bytes -> CsvImport.read(bytes).orThrow());
    }
}
