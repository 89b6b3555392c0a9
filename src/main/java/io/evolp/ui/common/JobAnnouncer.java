package io.evolp.ui.common;

/**
 * Tells the user about a background job that finished while they may have been looking elsewhere
 * (the main window shows these as ControlsFX notifications; tests can record them).
 */
public interface JobAnnouncer {

    void finished(String title, double seconds);

    void failed(String title, String message);

    JobAnnouncer NONE = new JobAnnouncer() {
        @Override public void finished(String title, double seconds) { }
        @Override public void failed(String title, String message) { }
    };
}
