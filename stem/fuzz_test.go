package stem

import (
	"testing"
	"unicode/utf8"
)

func FuzzStem(f *testing.F) {
	for _, w := range append(articleWords(), "CITTÀ", "citta\u0300", "dell’Ucraina", "l' amico",
		"d'un'altra", "'", "’’", "\xff\xfe", "qu", "divan", "gliela", "a\u0301",
		"0 '", "'l'amico", " l' ") {
		f.Add(w)
	}
	var s Stemmer
	f.Fuzz(func(t *testing.T, word string) {
		got := Stem(word, true)
		if !utf8.ValidString(got) {
			t.Fatalf("Stem(%q) = %q: invalid UTF-8", word, got)
		}
		norm := normalize(word)
		if utf8.RuneCountInString(got) > utf8.RuneCountInString(norm) {
			t.Fatalf("Stem(%q) = %q: longer than the word %q", word, got, norm)
		}
		skipped := Stem(word, false)
		if skipped != got && skipped != norm {
			t.Fatalf("Stem(%q, false) = %q: neither the stem %q nor the word %q", word, skipped, got, norm)
		}
		if IsStopWord(word) != (skipped == norm && isStopNormalized(norm)) {
			t.Fatalf("IsStopWord(%q) disagrees with Stem(_, false)", word)
		}
		if c := s.Stem(word, true); c != got {
			t.Fatalf("Stemmer.Stem(%q) = %q, Stem = %q", word, c, got)
		}
		if slow := normalizeSlowly(word); slow != norm {
			t.Fatalf("normalize(%q) = %q, but without its fast path %q", word, norm, slow)
		}
		if normalize(norm) != norm {
			t.Fatalf("normalize is not idempotent on %q: %q then %q", word, norm, normalize(norm))
		}
	})
}
