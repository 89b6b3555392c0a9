package io.evolp.io.onnx;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ProtoWireTest {

    @Test
    void varintsMatchTheProtobufEncoding() {
        assertArrayEquals(new byte[]{0x08, (byte) 0x96, 0x01}, new ProtoWriter().varint(1, 150).toByteArray());
        byte[] negative = new ProtoWriter().varint(2, -1).toByteArray();
        assertEquals(11, negative.length, "int64 -1 takes a tag byte and ten varint bytes");
        assertEquals(0x10, negative[0]);
        assertEquals(0x01, negative[10]);
    }

    @Test
    void everyFieldKindRoundTrips() {
        ProtoWriter nested = new ProtoWriter().string(1, "héllo");
        byte[] bytes = new ProtoWriter()
                .varint(1, Long.MAX_VALUE).varint(2, -7).fixed32(3, 0xCAFEBABE).fixed64(4, 0x0123456789ABCDEFL)
                .floatField(5, 1.5f).packedFloats(6, new float[]{1f, -2.25f, 3e-8f}).message(7, nested)
                .packedVarints(8, new long[]{0, 300, -2}).varint(8, 9).toByteArray();
        ProtoReader r = new ProtoReader(bytes);
        List<Long> ints = new ArrayList<>();
        List<Float> floats = new ArrayList<>();
        int fields = 0;
        while (r.next()) {
            fields++;
            switch (r.field()) {
                case 1 -> assertEquals(Long.MAX_VALUE, r.varint());
                case 2 -> assertEquals(-7, r.varint());
                case 3, 4 -> r.skip();
                case 5 -> assertEquals(1.5f, r.float32());
                case 6 -> r.floats(floats::add);
                case 7 -> {
                    ProtoReader n = r.nested();
                    assertTrue(n.next());
                    assertEquals("héllo", n.string());
                    assertFalse(n.next());
                }
                case 8 -> r.varints(ints::add);
                default -> fail("unexpected field " + r.field());
            }
        }
        assertEquals(9, fields);
        assertEquals(List.of(1f, -2.25f, 3e-8f), floats);
        assertEquals(List.of(0L, 300L, -2L, 9L), ints, "packed and unpacked forms both read");
    }

    @Test
    void truncationIsReportedWithTheOffset() {
        byte[] bytes = new ProtoWriter().varint(1, 5).string(2, "abcdef").toByteArray();
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 2);
        ProtoReader r = new ProtoReader(cut);
        assertTrue(r.next());
        r.skip();
        assertTrue(r.next());
        ProtoException e = assertThrows(ProtoException.class, r::string);
        assertEquals(3, e.offset(), "the length byte of field 2 sits at offset 3");
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }
}
