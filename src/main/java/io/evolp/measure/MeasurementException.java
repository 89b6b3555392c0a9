package io.evolp.measure;

/**
 * A measurement that could not be made (a model a replay file does not hold, a closed source, a
 * device error). Futures of a {@link MeasurementSource} complete exceptionally with it; the message
 * is meant for the user as it stands.
 */
public class MeasurementException extends RuntimeException {

    public MeasurementException(String message) {
        super(message);
    }

    public MeasurementException(String message, Throwable cause) {
        super(message, cause);
    }
}
