package org.patientleadership.analysis;

/**
 * Signals input that an analysis cannot take at all, such as raters rating on different scales or a rater
 * named twice. Data that merely leave a figure undefined (too few cases, no variation) never throw: the figure is
 * empty and the result's notes say why.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class AnalysisException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  the rule broken and the value that broke it
     */
    public AnalysisException(String message) {
        super(message);
    }
}
