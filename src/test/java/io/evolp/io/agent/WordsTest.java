package io.evolp.io.agent;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class WordsTest {

    @Test
    void controlCharactersAreEscapedAndLongTextCut() {
        assertEquals("\\u001b[2Jred", Words.escape("\u001b[2Jred"));
        assertEquals("a\\u0000b\\u007fc\\u009bd", Words.escape("a\u0000b\u007fc\u009bd"));
        assertEquals("\\u202eevil\\u2066", Words.escape("\u202eevil\u2066"), "bidi overrides would reorder a terminal line");
        assertEquals("line\\u000anext\\u2028", Words.escape("line\nnext\u2028"));
        assertEquals("plain ünïcode ×", Words.escape("plain ünïcode ×"));
        String cut = Words.escape("x".repeat(500));
        assertEquals(Words.MAX_QUOTED + 1, cut.length());
        assertTrue(cut.endsWith("…"));
        assertEquals("null", Words.escape(null));
    }

    @Test
    void theClosestKnownNameIsSuggestedForTyposOnly() {
        Set<String> layer = Set.of("input_size", "cin", "cout", "k", "s", "p", "groups", "bias");
        Set<String> settings = Set.of("warmup", "repeats", "rounds", "module_repeats", "threads", "opt_level", "seed");
        assertEquals(" — did you mean 'cin'?", Words.didYouMean("cni", layer));
        assertEquals(" — did you mean 'repeats'?", Words.didYouMean("repeat", settings));
        assertEquals(" — did you mean 'warmup'?", Words.didYouMean("wramup", settings));
        assertEquals(" — did you mean 'input_size'?", Words.didYouMean("Input_Size", layer));
        assertEquals(" — did you mean 'groups'?", Words.didYouMean("group", layer));
        assertEquals("", Words.didYouMean("colour", settings), "nothing close: no guess");
        assertEquals("", Words.didYouMean("x".repeat(100), settings));
        assertEquals(" — did you mean 'width'?", Words.didYouMean("widht", java.util.List.of("width", "height")),
                "a transposition is one edit");
    }
}
