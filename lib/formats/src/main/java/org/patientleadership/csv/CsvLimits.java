package org.patientleadership.csv;

/**
 * Sets how much a CSV or REDCap import reads before it refuses the file: the size of the file in bytes, the
 * number of data rows (the header not counted), the number of columns, the length of any one cell in
 * characters and the number of problems reported. The limits keep a mistaken or hostile file from using
 * unbounded memory or time; a file over a limit is refused as a whole with an
 * {@link org.patientleadership.InvalidInputException}, except a cell over the length limit, which is a problem
 * of its row. When a file has more problems than allowed, the exception lists the first ones and says where the
 * import stopped.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param maxBytes  the most bytes a file may have, at least 1
 * @param maxRows  the most data rows a file may have, at least 1
 * @param maxColumns  the most columns the header may have, at least 1
 * @param maxCellLength  the most characters a cell may hold, at least 1
 * @param maxProblems  the most problems reported before the import stops, at least 1
 */
public record CsvLimits(int maxBytes, int maxRows, int maxColumns, int maxCellLength, int maxProblems) {

    /**
     * The default limits: 8 MiB, 50,000 data rows, 5,000 columns, 10,000 characters in a cell and 10,000
     * problems.
     */
    public static final CsvLimits DEFAULT = new CsvLimits(8 * 1024 * 1024, 50_000, 5_000, 10_000, 10_000);

    /** The largest {@link #maxBytes()} allowed: a little under the largest Java array. */
    public static final int MAX_BYTES_LIMIT = Integer.MAX_VALUE - 16;

    /**
     * Creates limits, checking that each is positive.
     *
     * @param maxBytes  the most bytes, from 1 to {@link #MAX_BYTES_LIMIT}
     * @param maxRows  the most data rows, at least 1
     * @param maxColumns  the most columns, at least 1
     * @param maxCellLength  the most characters in a cell, at least 1
     * @param maxProblems  the most problems, at least 1
     * @throws IllegalArgumentException if a limit is out of range
     */
    public CsvLimits {
        if (maxBytes < 1 || maxBytes > MAX_BYTES_LIMIT) {
            throw new IllegalArgumentException("maxBytes must be from 1 to " + MAX_BYTES_LIMIT + ", not "
                    + maxBytes);
        }
        atLeastOne(maxRows, "maxRows");
        atLeastOne(maxColumns, "maxColumns");
        atLeastOne(maxCellLength, "maxCellLength");
        atLeastOne(maxProblems, "maxProblems");
    }

    private static void atLeastOne(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }

    /**
     * Returns a copy with another byte limit.
     *
     * @param bytes  the most bytes, from 1 to {@link #MAX_BYTES_LIMIT}
     * @return the copy, not null
     * @throws IllegalArgumentException if the limit is out of range
     */
    public CsvLimits withMaxBytes(int bytes) {
        return new CsvLimits(bytes, maxRows, maxColumns, maxCellLength, maxProblems);
    }

    /**
     * Returns a copy with another row limit.
     *
     * @param rows  the most data rows, at least 1
     * @return the copy, not null
     * @throws IllegalArgumentException if the limit is out of range
     */
    public CsvLimits withMaxRows(int rows) {
        return new CsvLimits(maxBytes, rows, maxColumns, maxCellLength, maxProblems);
    }

    /**
     * Returns a copy with another cell length limit.
     *
     * @param length  the most characters in a cell, at least 1
     * @return the copy, not null
     * @throws IllegalArgumentException if the limit is out of range
     */
    public CsvLimits withMaxCellLength(int length) {
        return new CsvLimits(maxBytes, maxRows, maxColumns, length, maxProblems);
    }

    /**
     * Returns a copy with another column limit.
     *
     * @param columns  the most columns, at least 1
     * @return the copy, not null
     * @throws IllegalArgumentException if the limit is out of range
     */
    public CsvLimits withMaxColumns(int columns) {
        return new CsvLimits(maxBytes, maxRows, columns, maxCellLength, maxProblems);
    }

    /**
     * Returns a copy with another problem limit.
     *
     * @param problems  the most problems, at least 1
     * @return the copy, not null
     * @throws IllegalArgumentException if the limit is out of range
     */
    public CsvLimits withMaxProblems(int problems) {
        return new CsvLimits(maxBytes, maxRows, maxColumns, maxCellLength, problems);
    }
}
