/**
 * A reader of ONNX's backend node tests (models and {@code TensorProto} files) written against the
 * protobuf wire format by hand, so conformance tests need no protobuf library: {@link
 * dl.testing.onnx.OnnxCase#all} reads every case folder.
 */
package dl.testing.onnx;
