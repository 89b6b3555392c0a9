/**
 * The {@code local} device: real latency measurements on this machine with ONNX Runtime 1.28.0.
 *
 * <p>{@link io.evolp.measure.local.LocalSource} (a {@code MeasurementSource}) sends each request to
 * {@link io.evolp.measure.local.LocalWorkerClient}, which runs {@link io.evolp.measure.local.LocalWorker}
 * — {@code <java.home>/bin/java -cp <java.class.path> io.evolp.measure.local.LocalWorker} — and
 * talks JSON lines over its stdin/stdout. The worker measures with
 * {@link io.evolp.measure.local.LocalOrtRunner}: 1 intra-op thread and optimisation level ALL by
 * default, warm-up, repeats, shuffled rounds, median / IQR / min / max, every result carrying
 * {@link io.evolp.measure.local.RuntimeFacts} (ORT version, level, threads, CPU model, JVM).
 *
 * <p>Natives: ONNX Runtime copies ~29 MB of native libraries to a new temp directory in every JVM
 * that loads it, unless {@code -Donnxruntime.native.path=<dir>} names a directory holding
 * {@code libonnxruntime.so} and {@code libonnxruntime4j_jni.so} (or the platform's equivalents). The
 * client prepares one shared directory, {@code <java.io.tmpdir>/evolp-onnxruntime-<version>-<platform>-<user>},
 * and passes it to every worker ({@link io.evolp.measure.local.OrtNatives}); a parent JVM started with
 * the property passes its own directory on. ORT still creates (and, unless killed, removes) an empty
 * {@code onnxruntime-java*} directory per JVM.
 *
 * <p>Packaging: the worker needs a {@code java} launcher under {@code java.home}; jpackage links its
 * runtime with {@code --strip-native-commands} by default, which removes it.
 */
package io.evolp.measure.local;
