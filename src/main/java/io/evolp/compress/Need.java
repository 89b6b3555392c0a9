package io.evolp.compress;

import io.evolp.io.FieldProblem;

import java.util.List;

/**
 * Required fields of a session file's DTO, refused with the old messages ("missing number
 * \"budget_ms\"") at the JSON pointer of the object that lacks them.
 */
final class Need {

    private final String pointer;

    Need(String pointer) {
        this.pointer = pointer;
    }

    Need at(String field) {
        return new Need(FieldProblem.child(pointer, field));
    }

    Need at(int index) {
        return new Need(pointer + "/" + index);
    }

    FieldProblem fail(String message) {
        return new FieldProblem(pointer, message);
    }

    <T> T obj(T v, String field) {
        if (v == null) throw fail("missing object \"" + field + "\"");
        return v;
    }

    <T> List<T> arr(List<T> v, String field) {
        if (v == null) throw fail("missing array \"" + field + "\"");
        return v;
    }

    double num(Double v, String field) {
        if (v == null) throw fail("missing number \"" + field + "\"");
        return v;
    }

    String text(String v, String field) {
        if (v == null) throw fail("missing text \"" + field + "\"");
        return v;
    }

    boolean bool(Boolean v, String field) {
        if (v == null) throw fail("missing true/false \"" + field + "\"");
        return v;
    }
}
