package io.evolp.io;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Jackson's parse errors in the user's terms: its message without the source excerpt, feature
 * names ("StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION") and Java type names, with line and column.
 * Used by the command line and the workbench alike.
 */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static String describe(JsonProcessingException e) {
        String msg = strip(e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage());
        var loc = e.getLocation();
        return "invalid JSON" + (loc != null && loc.getLineNr() > 0
                ? " at line " + loc.getLineNr() + ", column " + loc.getColumnNr() : "") + ": " + msg;
    }

    /**
     * The user's words for a failure of the JSON library (a reading limit, malformed JSON), or null
     * when {@code e} is not one — so callers need not know the library's exception types.
     */
    public static String describeOrNull(Throwable e) {
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException sce) {
            return "input exceeds a reading limit: " + describe(sce);
        }
        return e instanceof JsonProcessingException j ? describe(j) : null;
    }

    /** Cuts the parts of library messages that only a developer can read. */
    public static String strip(String msg) {
        String m = msg;
        for (String cut : new String[]{"\n at [Source", " at [Source", "\n", " (start marker", ": enable `",
                " (bound as", "; nested exception"}) {
            int i = m.indexOf(cut);
            if (i > 0) m = m.substring(0, i);
        }
        return m.replaceAll("`?(com\\.fasterxml|java\\.lang|java\\.util)\\.[\\w.$]+`?", "value")
                .replaceAll("\\(?`?StreamReadFeature\\.\\w+`?[^)]*\\)?", "");
    }
}
