package tokenize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// texts returns the token texts of s.
func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// repeatWords returns words repeated n times.
func repeatWords(n int, words ...string) []string {
	var out []string
	for i := 0; i < n; i++ {
		out = append(out, words...)
	}
	return out
}

func TestTokensItalianRules(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"elision typographic", "dell’Ucraina", []string{"dell’", "Ucraina"}},
		{"elision straight", "l'invasione", []string{"l'", "invasione"}},
		{"elision article", "un’amicizia", []string{"un’", "amicizia"}},
		{"elision preposition", "all’estero", []string{"all’", "estero"}},
		{"elision verb", "c’è e c'è", []string{"c’", "è", "e", "c'", "è"}},
		{"elision upper", "L'Italia", []string{"L'", "Italia"}},
		{"elision before digit", "dell'11 settembre", []string{"dell'", "11", "settembre"}},
		{"truncation po", "un po’ di più, un po' meno", []string{"un", "po’", "di", "più", ",", "un", "po'", "meno"}},
		{"accent as apostrophe", "perche' e' cosi'", []string{"perche'", "e'", "cosi'"}},
		{"name D'", "D’Alema e D'Alema", []string{"D’Alema", "e", "D'Alema"}},
		{"name Sant'", "Sant’Egidio", []string{"Sant’Egidio"}},
		{"name L'Aquila", "L'Aquila e l'Aquila", []string{"L'Aquila", "e", "l'", "Aquila"}},
		{"english possessive", "King's College", []string{"King's", "College"}},
		{"elided year", "gli anni '90", []string{"gli", "anni", "'90"}},
		{"single quotes", "la parola 'pace' oggi", []string{"la", "parola", "'", "pace", "'", "oggi"}},
		{"unclosed single quote", "l'ho detto 'basta" + strings.Repeat(" e basta", 40) + " un po'", append(append([]string{"l'", "ho", "detto", "'", "basta"}, repeatWords(40, "e", "basta")...), "un", "po'")},
		{"typographic single quotes", "la ‘pace’ oggi", []string{"la", "‘", "pace", "’", "oggi"}},
		{"thousands", "1.000.000 di euro", []string{"1.000.000", "di", "euro"}},
		{"percent", "il 3,5% dei voti", []string{"il", "3,5", "%", "dei", "voti"}},
		{"date", "il 24/02/2022.", []string{"il", "24/02/2022", "."}},
		{"time", "alle 10:30.", []string{"alle", "10:30", "."}},
		{"ordinal", "2° posto, 1ª volta, 3º", []string{"2°", "posto", ",", "1ª", "volta", ",", "3º"}},
		{"ordinal with modifier letter", "la 1ᵃ Commissione", []string{"la", "1ᵃ", "Commissione"}},
		{"dimensions", "piastrelle 60x60", []string{"piastrelle", "60x60"}},
		{"range", "1990-1995", []string{"1990", "-", "1995"}},
		{"currency", "€ 5 e $10", []string{"€", "5", "e", "$", "10"}},
		{"minutes", "al 43' del secondo tempo", []string{"al", "43'", "del", "secondo", "tempo"}},
		{"roman", "Papa Giovanni XXIII e Carlo III", []string{"Papa", "Giovanni", "XXIII", "e", "Carlo", "III"}},
		{"abbreviations", "l'on. Rossi, il sen. Bianchi e il dott. Verdi", []string{"l'", "on.", "Rossi", ",", "il", "sen.", "Bianchi", "e", "il", "dott.", "Verdi"}},
		{"more abbreviations", "prof. sig. ecc. art. 3 pag. 5", []string{"prof.", "sig.", "ecc.", "art.", "3", "pag.", "5"}},
		{"capitalized abbreviation", "Sen. Monti", []string{"Sen.", "Monti"}},
		{"acronyms", "la Fiat S.p.A. e gli U.S.A.", []string{"la", "Fiat", "S.p.A.", "e", "gli", "U.S.A."}},
		{"dotted abbreviation", "la dott.ssa Neri, 50 a.C.", []string{"la", "dott.ssa", "Neri", ",", "50", "a.C."}},
		{"initials", "J. F. Kennedy", []string{"J.", "F.", "Kennedy"}},
		{"sentence end letter", "la lettera A. poi", []string{"la", "lettera", "A", ".", "poi"}},
		{"guillemets", "«Basta»", []string{"«", "Basta", "»"}},
		{"curly quotes", "“sì” e \"no\"", []string{"“", "sì", "”", "e", `"`, "no", `"`}},
		{"dashes", "Roma – Milano — Napoli", []string{"Roma", "–", "Milano", "—", "Napoli"}},
		{"hyphen compound", "Cina-Russia", []string{"Cina", "-", "Russia"}},
		{"e-mail word", "una e-mail", []string{"una", "e-mail"}},
		{"ellipsis", "a… b... c", []string{"a", "…", "b", "...", "c"}},
		{"repeated punctuation", "No!!! Davvero?!", []string{"No", "!!!", "Davvero", "?!"}},
		{"url", "vedi https://example.org/a?b=1.", []string{"vedi", "https://example.org/a?b=1", "."}},
		{"www", "(www.governo.it)", []string{"(", "www.governo.it", ")"}},
		{"email", "scrivi a mario.rossi@example.it.", []string{"scrivi", "a", "mario.rossi@example.it", "."}},
		{"hashtag mention", "#elezioni @Palazzo_Chigi", []string{"#elezioni", "@Palazzo_Chigi"}},
		{"emoji", "ok 👍🏽 🇮🇹 👨‍👩‍👧", []string{"ok", "👍🏽", "🇮🇹", "👨‍👩‍👧"}},
		{"emoji run", "❤❤❤ bravo", []string{"❤❤❤", "bravo"}},
		{"emoticons", "bello :) :-( <3", []string{"bello", ":)", ":-(", "<3"}},
		{"colon not emoticon", "ore: Domani", []string{"ore", ":", "Domani"}},
		{"word with digits", "il G7 e covid19", []string{"il", "G7", "e", "covid19"}},
		{"digits then letters", "12mld e 100mila", []string{"12", "mld", "e", "100", "mila"}},
		{"alternatives", "e/o quelle/i", []string{"e/o", "quelle/i"}},
		{"codes", "allegato g-1, h/2 e (a-b-c)", []string{"allegato", "g-1", ",", "h/2", "e", "(", "a-b-c", ")"}},
		{"borrowed compounds", "by-pass, e-mail, ex-presidente", []string{"by-pass", ",", "e-mail", ",", "ex-presidente"}},
		{"italian compounds split", "Emilia-Romagna", []string{"Emilia", "-", "Romagna"}},
		{"name Dell'", "Dell'Utri", []string{"Dell'", "Utri"}},
		{"list end before a sentence", "treni, bus ecc. Il resto", []string{"treni", ",", "bus", "ecc", ".", "Il", "resto"}},
		{"list end inside a sentence", "treni, bus ecc. e altro", []string{"treni", ",", "bus", "ecc.", "e", "altro"}},
		{"capital letter ends a sentence", "di serie B. È così", []string{"di", "serie", "B", ".", "È", "così"}},
		{"initial after a name", "John F. Kennedy", []string{"John", "F.", "Kennedy"}},
		{"roman numeral after a name", "Re Giacomo I. Poi", []string{"Re", "Giacomo", "I", ".", "Poi"}},
		{"abbreviation then period", "servizi, ecc.. Alle soglie", []string{"servizi", ",", "ecc.", ".", "Alle", "soglie"}},
		{"domain", "su repubblica.it e bit.ly/abc.", []string{"su", "repubblica.it", "e", "bit.ly/abc", "."}},
		{"truncated before a link", "è stato ricevu... http://t.co/x", []string{"è", "stato", "ricevu...", "http://t.co/x"}},
		{"double apostrophe quote", "'' Basta ''", []string{"''", "Basta", "''"}},
		{"punctuation with ellipsis", "Chi?... Io,…", []string{"Chi", "?...", "Io", ",…"}},
		{"non-breaking space", "10\u00a0km", []string{"10", "km"}},
		{"byte order mark", "\uFEFFRoma, \uFEFF«sì»\uFEFF https://x.it\uFEFF", []string{"Roma", ",", "«", "sì", "»", "https://x.it"}},
		{"invalid utf8", "a\xffb", []string{"a", "\xff", "b"}},
		{"empty", "", []string{}},
		{"spaces only", " \n\t ", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tokens(tt.in)
			assert.Equal(t, tt.want, texts(got))
			checkInvariants(t, tt.in, got)
		})
	}
}

func TestTokenKinds(t *testing.T) {
	tests := []struct {
		in   string
		want Kind
	}{
		{"parola", Word}, {"dell’", Word}, {"sen.", Word}, {"1.000", Number}, {"2°", Number},
		{",", Punct}, {"«", Punct}, {"…", Punct}, {"%", Symbol}, {"€", Symbol},
		{"https://x.it", URL}, {"a@b.it", Email}, {"#pace", Hashtag}, {"@user", Mention}, {"😀", Emoji},
	}
	for _, tt := range tests {
		toks := Tokens(tt.in)
		require.Len(t, toks, 1, tt.in)
		assert.Equal(t, tt.want, toks[0].Kind, tt.in)
	}
}

func TestOptionsAbbreviations(t *testing.T) {
	tok := New(WithAbbreviations("Amb", "ammin.", ""))
	assert.Equal(t, []string{"l'", "amb.", "Neri", "e", "l'", "Ammin.", "Bo"}, texts(tok.Tokens("l'amb. Neri e l'Ammin. Bo")))
	assert.Equal(t, []string{"l'", "amb", ".", "Neri"}, texts(Tokens("l'amb. Neri")), "defaults are unchanged")
}

func TestAllMatchesTokens(t *testing.T) {
	text := articleText(t)
	var got []Token
	for tok := range All(text) {
		got = append(got, tok)
	}
	assert.Equal(t, Tokens(text), got)
	n := 0
	for range All(text) {
		n++
		if n == 3 {
			break
		}
	}
	assert.Equal(t, 3, n, "All stops when the loop breaks")
}

func TestAllDoesNotAllocatePerToken(t *testing.T) {
	text := articleText(t)
	allocs := testing.AllocsPerRun(20, func() {
		for tok := range All(text) {
			_ = tok
		}
	})
	assert.LessOrEqual(t, allocs, 2.0)
}

func TestTokensAllocatesOnce(t *testing.T) {
	text := articleText(t)
	allocs := testing.AllocsPerRun(20, func() { Tokens(text) })
	assert.LessOrEqual(t, allocs, 1.0)
}

func TestAppendTokens(t *testing.T) {
	text := articleText(t)
	want := Tokens(text)
	tests := []struct {
		name string
		dst  []Token
	}{
		{"nil", nil},
		{"prefix kept", []Token{{Text: "x", Start: 0, End: 1}}},
		{"small buffer", make([]Token, 0, 3)},
		{"large buffer", make([]Token, 0, 2*len(want))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prefix := append([]Token(nil), tt.dst...)
			got := AppendTokens(tt.dst, text)
			if len(prefix) > 0 {
				assert.Equal(t, prefix, got[:len(prefix)])
			}
			assert.Equal(t, want, got[len(prefix):])
		})
	}
	var nilTokenizer *Tokenizer
	assert.Equal(t, want, nilTokenizer.AppendTokens(nil, text))
	assert.Empty(t, AppendTokens(nil, ""))
}

func TestTokensBeyondTheSpanBuffer(t *testing.T) {
	// More tokens than the span buffer holds: the rest is scanned directly.
	text := strings.Repeat("a, ", cachedSpans/2+1000)
	want := AppendTokens(nil, text)
	require.Greater(t, len(want), cachedSpans)
	done := make(chan []Token)
	for g := 0; g < 3; g++ { // concurrent calls find the buffer taken
		go func() { done <- Tokens(text) }()
	}
	for g := 0; g < 3; g++ {
		assert.Equal(t, want, <-done)
	}
}

func TestAppendTokensReusesItsBuffer(t *testing.T) {
	text := articleText(t)
	buf := AppendTokens(nil, text)
	allocs := testing.AllocsPerRun(20, func() { buf = AppendTokens(buf[:0], text) })
	assert.Zero(t, allocs)
	// A text denser than the estimate grows the slice about once.
	dense := strings.Repeat(". ", 5000)
	allocs = testing.AllocsPerRun(5, func() { AppendTokens(nil, dense) })
	assert.LessOrEqual(t, allocs, 2.0)
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"dell’Ucraina", "dell'Ucraina"},
		{"‘pace’", "'pace'"},
		{"“sì” «no»", `"sì" "no"`},
		{"perche\u0301", "perché"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Normalize(tt.in))
	}
}

func TestDefaultAbbreviationsIsACopy(t *testing.T) {
	a := DefaultAbbreviations()
	require.Contains(t, a, "sen.")
	a[0] = "x"
	assert.NotContains(t, DefaultAbbreviations(), "x")
}
