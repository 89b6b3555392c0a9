package io.evolp.core;

/**
 * One problem found in user input, located as precisely as the input allows.
 *
 * @param file   file name as the user gave it (may be null for in-memory input)
 * @param line   1-based line, 0 when not applicable
 * @param column 1-based column (CSV field index or character position), 0 when not applicable
 * @param columnName header name of the column when known, else null
 */
public record InputProblem(String file, int line, int column, String columnName, String message) {

    /**
     * "file:line:column (name): message" — the one-line form the CLI and GUI show. Control
     * characters from the input are escaped here, the one place every located message passes.
     */
    public String describe() {
        return SafeText.escape(raw());
    }

    private String raw() {
        StringBuilder sb = new StringBuilder();
        if (file != null) sb.append(file);
        if (line > 0) sb.append(sb.length() > 0 ? ":" : "line ").append(line);
        if (column > 0) sb.append(":").append(column);
        if (columnName != null) sb.append(" (").append(columnName).append(")");
        if (sb.length() > 0) sb.append(": ");
        return sb.append(message).toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
