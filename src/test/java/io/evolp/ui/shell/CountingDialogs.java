package io.evolp.ui.shell;

import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.Dialogs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link ScriptedDialogs} plus a count of the confirmations asked, so a test can see the question was put. */
final class CountingDialogs implements Dialogs {

    final ScriptedDialogs scripted = new ScriptedDialogs();
    final AtomicInteger confirms = new AtomicInteger();

    @Override public void error(String title, String message) { scripted.error(title, message); }
    @Override public void info(String title, String message) { scripted.info(title, message); }

    @Override public Optional<Boolean> confirm(String title, String message) {
        confirms.incrementAndGet();
        return scripted.confirm(title, message);
    }

    @Override public Optional<Path> openFile(String title, List<String> extensions) { return scripted.openFile(title, extensions); }
    @Override public List<Path> openFiles(String title, List<String> extensions) { return scripted.openFiles(title, extensions); }
    @Override public Optional<Path> saveFile(String title, String name, List<String> ext) { return scripted.saveFile(title, name, ext); }
    @Override public Optional<String> askText(String title, String prompt, String initial) { return scripted.askText(title, prompt, initial); }
}
