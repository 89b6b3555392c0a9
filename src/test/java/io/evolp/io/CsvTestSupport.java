package io.evolp.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Helpers shared by the dataset CSV tests. */
final class CsvTestSupport {

    static final String HEADER = "input_size,input_channel,output_channel,kernel_size_1,kernel_size_2,"
            + "stride_1,stride_2,padding_1,padding_2,bias,groups,latency";
    static final String GOOD = "56,64,64,3,3,1,1,1,1,False,1,0.5";

    private CsvTestSupport() {
    }

    static DatasetLoadResult read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static DatasetLoadResult read(byte[] bytes) throws IOException {
        return DatasetCsvReader.read(new ByteArrayInputStream(bytes), "t.csv", null);
    }

    /** Reads through a stream that returns at most 3 bytes per call, to hit every buffer boundary. */
    static DatasetLoadResult readTrickling(String text) throws IOException {
        return DatasetCsvReader.read(new Trickle(text.getBytes(StandardCharsets.UTF_8)), "t.csv", null);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int o = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final class Trickle extends InputStream {
        private final byte[] data;
        private int pos;
        private int turn;

        Trickle(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) return -1;
            int n = Math.min(Math.min(len, 1 + (turn++ % 3)), data.length - pos);
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
