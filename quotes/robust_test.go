package quotes

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tribuna-nlp/tribuna/internal/sample"
)

// checkInvariants: offsets inside the text, text[Start:End] == Text, quotes in order.
func checkInvariants(t testing.TB, text string, qs []Quote) {
	t.Helper()
	last := -1
	for i, q := range qs {
		if q.Start < 0 || q.End > len(text) || q.Start > q.End {
			t.Fatalf("quote %d: offsets %d-%d outside text of %d bytes", i, q.Start, q.End, len(text))
		}
		if text[q.Start:q.End] != q.Text {
			t.Fatalf("quote %d: text[%d:%d] = %q, Text = %q", i, q.Start, q.End, text[q.Start:q.End], q.Text)
		}
		if q.Start < last {
			t.Fatalf("quote %d starts at %d, before the previous one (%d)", i, q.Start, last)
		}
		last = q.Start
		if m := q.Mention; m != nil {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("quote %d: bad mention %+v", i, *m)
			}
		}
		switch q.Kind {
		case Direct, Partial, Indirect:
		default:
			t.Fatalf("quote %d: kind %q", i, q.Kind)
		}
	}
}

func TestUnbalancedMarks(t *testing.T) {
	const n = 100000
	tests := map[string]string{
		"openers «":        strings.Repeat("«", n),
		"closers »":        strings.Repeat("» ", n),
		"straight quotes":  strings.Repeat("\" ", n),
		"curly openers":    strings.Repeat("“a ", n),
		"apostrophes":      strings.Repeat("l’a ", n),
		"single openers":   strings.Repeat("‘", n) + strings.Repeat("’", n),
		"mixed nesting":    strings.Repeat("«“‘\"", n/4) + strings.Repeat("»", n),
		"deep then closed": strings.Repeat("«", n) + "ha detto" + strings.Repeat("»", n),
		"dashes":           "«" + strings.Repeat(" – ha detto X –", n/10) + "»",
		"speech no dots":   strings.Repeat("Mario Rossi ha detto che il governo ", n/10),
	}
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			qs := Extract(text)
			checkInvariants(t, text, qs)
		})
	}
}

func TestOddInput(t *testing.T) {
	for _, text := range []string{
		"", " ", "«", "»", "\"", "«»", "“”", "\xff\xfe«\xff» ha detto Rossi.",
		"«a – ha detto – b»", "«\n\n«", "Rossi: «", "Rossi ha detto che", "ha detto che.",
		"«Ciao», ha detto", "– ha detto –", "«x»\n«y»\n«z", strings.Repeat("a", 1000),
	} {
		qs := Extract(text)
		checkInvariants(t, text, qs)
	}
}

func TestConcurrentUse(t *testing.T) {
	e := New()
	want := e.Extract(sample.Article)
	done := make(chan []Quote)
	for i := 0; i < 8; i++ {
		go func() { done <- e.Extract(sample.Article) }()
	}
	for i := 0; i < 8; i++ {
		assert.Equal(t, want, <-done)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		sample.Article,
		"«Non ho posizioni preconcette», ha detto Berlusconi.",
		"«Spetterà al gruppo – ha soggiunto l'on. Degasperi – di deliberare».",
		"Secondo il ministro, «la misura è giusta». Ha poi aggiunto che tutto va bene.",
		"\"Cosa ben diversa, invece\" - osserva Grasso - \"è lo scontro\".",
		"«Primo paragrafo.\n\n«Secondo paragrafo».",
		"l’amicizia ‘tra’ i popoli “non finirà”, ha detto Xi a Putin",
		"\xff«\xfe»",
	} {
		f.Add(s)
	}
	e := New()
	f.Fuzz(func(t *testing.T, text string) {
		qs := e.Extract(text)
		checkInvariants(t, text, qs)
		for _, q := range qs {
			if utf8.ValidString(text) {
				require.True(t, utf8.ValidString(q.Text))
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	text := strings.Repeat(sample.Article+"\n\n", 20)
	e := New()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.Extract(text)
	}
}

// BenchmarkExtractDoc measures the quote step alone, on tokens and mentions computed once.
func BenchmarkExtractDoc(b *testing.B) {
	text := strings.Repeat(sample.Article+"\n\n", 20)
	e := New()
	toks := e.tok.Tokens(text)
	ments := e.gaz.Find(text, toks)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.ExtractDoc(text, toks, ments)
	}
}

// BenchmarkExtractWithoutGazetteer: tokenization and quotes, no entity search.
func BenchmarkExtractWithoutGazetteer(b *testing.B) {
	text := strings.Repeat(sample.Article+"\n\n", 20)
	e := New(WithoutGazetteer())
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.Extract(text)
	}
}

// TestWithoutGazetteer: without entities the reference quotes still come
// out (and one more: without a gazetteer gli Stati Uniti is no place, so
// its minacciando di … reads as a report).
func TestWithoutGazetteer(t *testing.T) {
	qs := New(WithoutGazetteer()).Extract(sample.Article)
	require.Len(t, qs, 15)
	assert.Equal(t, "Xi Jinping", qs[3].Speakers[0].Name) // Xi → the fuller Xi Jinping of the text
	assert.Empty(t, qs[3].Speakers[0].ID)
	assert.Equal(t, "sanzionare le banche che superano le linee rosse", qs[13].Text)
}

// TestMutations runs the invariants on mutated seeds (quotation marks, dashes
// and cues inserted, chunks repeated, bytes flipped, text cut): the fuzz
// target's work in a plain, deterministic test run.
func TestMutations(t *testing.T) {
	seeds := []string{sample.Article, "«Non ho posizioni preconcette», ha detto Berlusconi.", "«Spetterà al gruppo – ha soggiunto l'on. Degasperi – di deliberare».", "Secondo il ministro, «la misura è giusta». Ha poi aggiunto che tutto va bene.", "\"Cosa ben diversa, invece\" - osserva Grasso - \"è lo scontro\".", "«Primo paragrafo.\n\n«Secondo paragrafo».", "l’amicizia ‘tra’ i popoli “non finirà”, ha detto Xi a Putin", "Per voce di Manlio Di Stefano, il M5S respinge le accuse dicendo che «è colpa del governo». I due leader hanno detto che lui, egli stesso, ha detto: «x» – ha detto – «y»; che «z», e che w."}
	r := rand.New(rand.NewSource(42))
	e := New()
	for i := 0; i < 4000; i++ {
		b := []byte(seeds[r.Intn(len(seeds))])
		if len(b) > 600 && r.Intn(3) > 0 {
			p := r.Intn(len(b) - 500)
			b = b[p : p+500]
		}
		for k := r.Intn(10); k >= 0; k-- {
			if len(b) == 0 {
				break
			}
			p := r.Intn(len(b))
			switch r.Intn(6) {
			case 0:
				b = append(b[:p], b[min(len(b), p+r.Intn(10)):]...)
			case 1:
				q := r.Intn(len(b))
				b = append(b[:p], append([]byte(string(b[q:min(len(b), q+r.Intn(20))])), b[p:]...)...)
			case 2:
				b[p] = byte(r.Intn(256))
			case 3:
				m := []string{"«", "»", "“", "”", "\"", "‘", "’", " – ", "\n", "\n\n", ", ", ": ", ".", " che ", " di ", " ha detto ", " e ", " I due "}[r.Intn(18)]
				b = append(b[:p], append([]byte(m), b[p:]...)...)
			case 4:
				q := r.Intn(len(b))
				e := min(len(b), q+r.Intn(50))
				chunk := string(b[q:e])
				for j := r.Intn(20); j > 0; j-- {
					b = append(b, chunk...)
				}
			case 5:
				b = b[:p]
			}
		}
		s := string(b)
		checkInvariants(t, s, e.Extract(s))
	}
}
