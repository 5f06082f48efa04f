package tokenize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna/internal/sample"
)

func articleText(testing.TB) string { return sample.Article }

// checkInvariants verifies what every tokenization must satisfy.
func checkInvariants(t testing.TB, text string, toks []Token) {
	t.Helper()
	prev := 0
	for _, tok := range toks {
		require.True(t, tok.Start >= prev && tok.Start < tok.End && tok.End <= len(text), "offsets of %q", tok.Text)
		require.Equal(t, text[tok.Start:tok.End], tok.Text)
		require.NotEmpty(t, strings.TrimFunc(tok.Text, unicode.IsSpace), "white space token at %d", tok.Start)
		for i := prev; i < tok.Start; {
			r, n := utf8.DecodeRuneInString(text[i:])
			require.True(t, r != utf8.RuneError && (unicode.IsSpace(r) || r == byteOrderMark), "byte %d (%q) belongs to no token", i, text[i:i+n])
			i += n
		}
		prev = tok.End
	}
	for i := prev; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		require.True(t, r != utf8.RuneError && (unicode.IsSpace(r) || r == byteOrderMark), "trailing byte %d belongs to no token", i)
		i += n
	}
}

// checkSentences verifies that sentences cover the tokens in order.
func checkSentences(t testing.TB, text string, sents []Sentence, toks []Token) {
	t.Helper()
	var all []Token
	for _, s := range sents {
		require.NotEmpty(t, s.Tokens)
		require.Equal(t, s.Tokens[0].Start, s.Start)
		require.Equal(t, s.Tokens[len(s.Tokens)-1].End, s.End)
		all = append(all, s.Tokens...)
	}
	if len(toks) == 0 {
		require.Empty(t, all)
		return
	}
	require.Equal(t, toks, all)
}

func TestInvariantsOnHardInputs(t *testing.T) {
	inputs := []string{
		articleText(t),
		strings.Repeat("'", 1000),
		strings.Repeat("“«‘", 300),
		"\xff\xfe\xc3",
		"l'\xe2\x80",
		"a’",
		"’",
		"1.",
		"S.p",
		"www.",
		"@",
		"#",
		"e-",
		"🇮",
		"\u200d\ufe0f",
		"x@y.",
		"http://",
		"...\n\n...",
	}
	for _, in := range inputs {
		toks := Tokens(in)
		checkInvariants(t, in, toks)
		checkSentences(t, in, Sentences(in), toks)
		checkSentences(t, in, New(WithStrongBreaksOnly()).Sentences(in), toks)
	}
}

func FuzzTokens(f *testing.F) {
	f.Add(articleText(f))
	for _, s := range []string{"dell’Ucraina", "S.p.A.", "3,5%", "«Sì.» Poi", "po'", "'90", "👨‍👩‍👧", "\xff", "a@b.it", ":-)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokens(text)
		checkInvariants(t, text, toks)
		checkSentences(t, text, Sentences(text), toks)
		if appended := AppendTokens(make([]Token, 1, 2), text)[1:]; len(toks) > 0 || len(appended) > 0 {
			require.Equal(t, toks, appended, "AppendTokens agrees with Tokens")
		}
		custom := New(WithStrongBreaksOnly(), WithAbbreviations("x"))
		customToks := custom.Tokens(text)
		checkInvariants(t, text, customToks)
		checkSentences(t, text, custom.Sentences(text), customToks)
	})
}
