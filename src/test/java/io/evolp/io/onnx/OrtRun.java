package io.evolp.io.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Loads ONNX bytes in ONNX Runtime, runs one random input and returns every output's shape and values. */
final class OrtRun {

    record Output(String name, long[] shape, float[] values) {
    }

    private OrtRun() {
    }

    static List<Output> run(byte[] model, int channels, int size) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        float[] input = new float[channels * size * size];
        Random r = new Random(3);
        for (int i = 0; i < input.length; i++) input[i] = (float) r.nextGaussian();
        try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
            o.setIntraOpNumThreads(2);
            try (OrtSession s = env.createSession(model, o);
                 OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), new long[]{1, channels, size, size});
                 OrtSession.Result res = s.run(Map.of(OnnxExport.INPUT, t))) {
                List<Output> out = new ArrayList<>();
                for (Map.Entry<String, OnnxValue> e : res) {
                    OnnxTensor v = (OnnxTensor) e.getValue();
                    FloatBuffer fb = v.getFloatBuffer();
                    float[] values = new float[fb.remaining()];
                    fb.get(values);
                    out.add(new Output(e.getKey(), v.getInfo().getShape(), values));
                }
                return out;
            }
        }
    }
}
