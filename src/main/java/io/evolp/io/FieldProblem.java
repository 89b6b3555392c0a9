package io.evolp.io;

/**
 * A problem a mapper found while turning a file's DTO into domain objects (a missing field, a
 * value out of its allowed set), at a JSON pointer such as {@code /keys/1/weights}.
 *
 * <p>Why a pointer and not a line: mappers live in the domain packages and never see the text;
 * {@link JsonFiles} turns the pointer into the file's line and column.
 */
public final class FieldProblem extends RuntimeException {

    private final String pointer;

    public FieldProblem(String pointer, String message) {
        super(message);
        this.pointer = pointer;
    }

    /** JSON pointer of the offending value ("" for the whole document). */
    public String pointer() {
        return pointer;
    }

    /** The pointer of {@code name} inside the object at {@code pointer}. */
    public static String child(String pointer, String name) {
        return pointer + "/" + JsonPositions.escape(name);
    }
}
