/**
 * ONNX without protobuf-java: a hand-written wire-format writer/reader ({@link io.evolp.io.onnx.ProtoWriter},
 * {@link io.evolp.io.onnx.ProtoReader}), export of layer measurement modules and of the built-in
 * architectures' real graphs ({@link io.evolp.io.onnx.OnnxExport}, IR 8, opset 13), and import of
 * {@code .onnx} files into an explicit conv list with BN γ ({@link io.evolp.io.onnx.OnnxImport}).
 */
package io.evolp.io.onnx;
