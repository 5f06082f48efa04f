package word

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
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
		if changed {
			assert.Equal(t, want, string(out), "%q", s)
		} else {
			assert.Empty(t, out, "%q: nothing appended", s)
		}
		assert.Equal(t, Hash(want), h, "%q", s)
		assert.Equal(t, want != s, changed, "%q", s)
	}
}

// reference folds s rune by rune, the slow way: what Scan must give.
func reference(s string) string {
	var b strings.Builder
	combining := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteByte(s[i])
		case IsApostrophe(r):
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
			combining = combining || unicode.Is(unicode.Mn, r)
		}
		i += n
	}
	if combining {
		return norm.NFC.String(b.String())
	}
	return b.String()
}

// referenceShape computes the flags of s rune by rune, the slow way.
func referenceShape(s string) Flags {
	var f Flags
	rs := []rune(s)
	letters, upper := 0, 0
	isLetter := func(k int) bool { return k >= 0 && k < len(rs) && unicode.IsLetter(rs[k]) && !IsApostrophe(rs[k]) }
	for k, r := range rs {
		switch {
		case isLetter(k):
			letters++
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				upper++
			}
		case unicode.IsDigit(r):
			f |= Digit
		case (IsApostrophe(r) || r == '-' || r == '‐' || r == '‑') && isLetter(k-1) && isLetter(k+1):
			f |= Inner
		}
	}
	if isLetter(0) {
		f |= Letter
		if unicode.IsUpper(rs[0]) || unicode.IsTitle(rs[0]) {
			f |= Cap
		}
		if IsApostrophe(rs[len(rs)-1]) {
			f |= Elided
		}
	}
	if letters >= 2 && upper == letters {
		f |= AllCaps
	}
	if IsYear(s) {
		f |= YearFlag
	}
	return f
}

// FuzzScan checks Scan against the rune-by-rune references on any input:
// the key, its hash, whether it changed, the shape (on valid text without
// combining marks, where a mark's letter is a matter of definition).
func FuzzScan(f *testing.F) {
	for _, s := range []string{"Dell’Ucraina", "ÀÉÌ", "a-b", "x\xff", "Ⅻ", "İstanbul", "ﬁne", "Straße", "e\u0301", "ǅ", "«Sì»", "po´", "ª1º", "‐a‑b", "2022", "dellʼUcraina", "ʼa"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, h, changed, flags := Scan([]byte("x"), s)
		key := s
		if changed {
			key = string(out[1:])
		} else if string(out) != "x" {
			t.Fatalf("%q: appended %q though unchanged", s, out[1:])
		}
		if want := reference(s); key != want {
			t.Fatalf("%q: key %q, want %q", s, key, want)
		}
		if h != Hash(key) {
			t.Fatalf("%q: hash", s)
		}
		if changed == (key == s) {
			t.Fatalf("%q: changed %v", s, changed)
		}
		if utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Mn, r) }) {
			if want := referenceShape(s); flags != want {
				t.Fatalf("%q: shape %b, want %b", s, flags, want)
			}
		}
	})
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
