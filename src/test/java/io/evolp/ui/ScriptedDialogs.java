package io.evolp.ui;

import io.evolp.ui.common.Dialogs;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Dialogs for TestFX tests: answers are queued by the test beforehand; errors and infos are
 * recorded so the test can assert what the user would have been told. Thread-safe enough for
 * the FX thread plus a test thread.
 */
public final class ScriptedDialogs implements Dialogs {

    public final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    public final List<String> infos = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Text prompts asked, "title\nprompt" each, oldest first. */
    public final List<String> askedTexts = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Deque<Optional<Path>> files = new ArrayDeque<>();
    private final Deque<List<Path>> multiFiles = new ArrayDeque<>();
    private final Deque<Optional<Boolean>> confirms = new ArrayDeque<>();
    private final Deque<Optional<String>> texts = new ArrayDeque<>();

    public synchronized ScriptedDialogs answerFile(Path p) { files.add(Optional.ofNullable(p)); return this; }
    public synchronized ScriptedDialogs answerFiles(List<Path> ps) { multiFiles.add(new ArrayList<>(ps)); return this; }
    public synchronized ScriptedDialogs answerConfirm(Boolean b) { confirms.add(Optional.ofNullable(b)); return this; }
    public synchronized ScriptedDialogs answerText(String s) { texts.add(Optional.ofNullable(s)); return this; }

    @Override public void error(String title, String message) { errors.add(title + ": " + message); }
    @Override public void info(String title, String message) { infos.add(title + ": " + message); }

    @Override public synchronized Optional<Boolean> confirm(String title, String message) {
        if (confirms.isEmpty()) throw new AssertionError("unexpected confirm: " + title + " — " + message);
        return confirms.poll();
    }

    @Override public synchronized Optional<Path> openFile(String title, List<String> extensions) {
        if (files.isEmpty()) throw new AssertionError("unexpected open-file dialog: " + title);
        return files.poll();
    }

    @Override public synchronized List<Path> openFiles(String title, List<String> extensions) {
        if (!multiFiles.isEmpty()) return multiFiles.poll();
        return openFile(title, extensions).map(List::of).orElse(List.of());
    }

    @Override public synchronized Optional<Path> saveFile(String title, String suggestedName, List<String> extensions) {
        if (files.isEmpty()) throw new AssertionError("unexpected save-file dialog: " + title);
        return files.poll();
    }

    @Override public synchronized Optional<String> askText(String title, String prompt, String initial) {
        askedTexts.add(title + "\n" + prompt);
        if (texts.isEmpty()) throw new AssertionError("unexpected text prompt: " + title);
        return texts.poll();
    }
}
