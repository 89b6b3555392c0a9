package io.evolp.measure;

/**
 * The device stopped answering (a remote agent went away, a worker process died): unlike other
 * {@link MeasurementException}s the same request may succeed once the device is back, so campaigns
 * wait and retry instead of failing the row.
 */
public class DeviceLostException extends MeasurementException {

    public DeviceLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
