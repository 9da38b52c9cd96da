package org.patientleadership.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import org.patientleadership.InvalidInputException;
import org.patientleadership.Problem;
import org.patientleadership.formats.internal.Inputs;

/**
 * A CSV file split into its header and data rows by jackson-dataformat-csv, with the checks that concern the
 * file as a whole: UTF-8 text, not empty, within the byte, row and column limits, readable as CSV. Rows are records:
 * the header is row 1, and a quoted cell holding a line break stays in its row. Not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Table {

    /** Reads each record as a list of strings, without a schema. Thread-safe once built. */
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    /**
     * One data row.
     *
     * @param number  the row number, 2 or more
     * @param cells  the cells as read, not stripped
     */
    record Row(int number, List<String> cells) {
    }

    /** Writes lists of strings as rows, quoting only the cells that need it, lines ending with LF. Thread-safe. */
    private static final ObjectWriter WRITER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build().writer();

    private final List<String> header;
    private final List<Row> rows;

    private Table(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    /**
     * Reads a file.
     *
     * @param bytes  the bytes of the file
     * @param limits  the limits
     * @param format  the format, for messages
     * @return the table, not null
     * @throws InvalidInputException if the file is not UTF-8, is empty, too large, has too many rows or is not
     *     readable as CSV
     */
    static Table read(byte[] bytes, CsvLimits limits, String format) {
        String text = Inputs.decode(bytes, limits.maxBytes(), format);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        int number = 0;
        try (MappingIterator<List<String>> it = MAPPER.readerForListOf(String.class).readValues(text)) {
            while (it.hasNextValue()) {
                List<String> cells = cells(it.nextValue());
                number++;
                if (number == 1) {
                    if (cells.size() > limits.maxColumns()) {
                        throw new InvalidInputException(format, new Problem("row 1", cells.size() + " columns",
                                List.of("at most " + limits.maxColumns() + " columns"), "the header has more than "
                                        + limits.maxColumns() + " columns"));
                    }
                    header = cells;
                } else if (rows.size() == limits.maxRows()) {
                    throw new InvalidInputException(format, new Problem("row " + number, "", List.of("at most "
                            + limits.maxRows() + " data rows"), "the file has more than " + limits.maxRows()
                            + " data rows"));
                } else {
                    rows.add(new Row(number, cells));
                }
            }
        } catch (JacksonException e) {
            JsonLocation where = e.getLocation();
            String line = where == null || where.getLineNr() < 1 ? "" : " at line " + where.getLineNr();
            throw new InvalidInputException(format, new Problem("row " + (number + 1), "", List.of(
                    "CSV text (RFC 4180): cells separated by commas, quoted cells closed and followed by a comma or "
                            + "the end of the line"), "the text cannot be read as CSV" + line + ": "
                            + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the " + format + " from memory: " + e.getMessage(), e);
        }
        if (header == null) {
            throw new InvalidInputException(format, new Problem("row 1", "", List.of("a header row"),
                    "the file has no header row"));
        }
        return new Table(header, List.copyOf(rows));
    }

    /**
     * Writes rows as CSV text.
     *
     * @param rows  the rows, the header first
     * @return the CSV text, each row ending with a line feed, not null
     */
    static String write(List<List<String>> rows) {
        try {
            return WRITER.writeValueAsString(rows);
        } catch (JacksonException e) {
            throw new IllegalStateException("Could not write CSV: " + e.getOriginalMessage(), e);
        }
    }

    private static List<String> cells(List<String> read) {
        List<String> cells = new ArrayList<>(read.size());
        for (String c : read) {
            cells.add(c == null ? "" : c);
        }
        return List.copyOf(cells);
    }

    /**
     * Gets the header cells as read.
     *
     * @return the header, unmodifiable, not null
     */
    List<String> header() {
        return header;
    }

    /**
     * Gets the data rows in file order.
     *
     * @return the rows, unmodifiable, not null
     */
    List<Row> rows() {
        return rows;
    }
}
