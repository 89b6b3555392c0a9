package io.evolp.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.LayerConfig;

/**
 * The one writer of a {@link LayerConfig} as a JSON object. Two shapes exist on purpose, both
 * published: the <em>compact</em> one of the model JSON (DESIGN §3) and the agent protocol, and the
 * <em>flat</em> one of the campaign's raw sidecar ({@code <out>.raw.jsonl}) and the local worker's
 * requests, which reads like a row of the layer CSV. Files already written in either shape must keep
 * loading, so the shapes stay; what was four hand-written copies is now this class.
 */
public final class LayerJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private LayerJson() {
    }

    /**
     * {@code {"input_size":56,"cin":64,"cout":64,"k":3,"s":1,"p":1,"groups":1,"bias":false}}:
     * kernel, stride and padding as one number when square, else {@code [h, w]}.
     */
    public static ObjectNode compact(LayerConfig c) {
        ObjectNode o = F.objectNode();
        o.put("input_size", c.inputSize());
        o.put("cin", c.cin());
        o.put("cout", c.cout());
        pair(o, "k", c.kh(), c.kw());
        pair(o, "s", c.sh(), c.sw());
        pair(o, "p", c.ph(), c.pw());
        o.put("groups", c.groups());
        o.put("bias", c.bias());
        return o;
    }

    /** One field per dimension, in the layer CSV's order: input_size, cin, cout, kh, kw, sh, sw, ph, pw, bias, groups. */
    public static ObjectNode flat(LayerConfig c) {
        ObjectNode o = F.objectNode();
        o.put("input_size", c.inputSize()).put("cin", c.cin()).put("cout", c.cout())
                .put("kh", c.kh()).put("kw", c.kw()).put("sh", c.sh()).put("sw", c.sw())
                .put("ph", c.ph()).put("pw", c.pw()).put("bias", c.bias()).put("groups", c.groups());
        return o;
    }

    private static void pair(ObjectNode o, String field, int h, int w) {
        if (h == w) o.put(field, h);
        else o.putArray(field).add(h).add(w);
    }
}
