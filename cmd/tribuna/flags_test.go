package main

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeFile writes a file in a test's temporary directory.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	return path
}

func TestFlagsAnywhere(t *testing.T) {
	news := writeFile(t, "news.txt", "Il presidente Sergio Mattarella è a Roma.")
	odd := writeFile(t, "-odd.txt", "Giorgia Meloni è a Bruxelles.")
	_, want, _ := runCmd(t, "", false, "analyze", "-format", "jsonl", news)
	for _, c := range []struct {
		name string
		args []string
	}{
		{"flag after the file", []string{"analyze", news, "-format", "jsonl"}},
		{"flags on both sides", []string{"analyze", "-format=jsonl", news, "-j", "1"}},
		{"stdin as -", []string{"analyze", "-", "-format", "jsonl"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "Il presidente Sergio Mattarella è a Roma.", true, c.args...)
			require.Equal(t, 0, code, errOut)
			assert.Equal(t, want, out)
		})
	}
	// -- ends the flags: a file named like a flag.
	code, out, errOut := runCmd(t, "", false, "analyze", "-format", "jsonl", "--", odd)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "Meloni")
	// Flags after the files of tokenize, stem and eval too.
	code, out, _ = runCmd(t, "", false, "tokenize", news, "-format", "tsv")
	require.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "0\t2\tword\tIl\n"), out)
	code, out, _ = runCmd(t, "Il governo ha approvato.", true, "stem", "-", "-text")
	require.Equal(t, 0, code)
	assert.Equal(t, "il govern ha approv\n", out)
}

func TestFlagErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"analyze", "-j", "0"}, "tribuna analyze: -j 0: the number of documents analyzed at once must be 1 or more"},
		{[]string{"analyze", "-j", "-3"}, "tribuna analyze: -j -3: the number of documents analyzed at once must be 1 or more"},
		{[]string{"analyze", "-j", "due"}, `invalid value "due" for flag -j`},
		{[]string{"analyze", "-format", "xml"}, `unknown -format "xml" (want text, json, jsonl or html)`},
		{[]string{"analyze", "-fields", "entities,speakers", "-format", "jsonl"}, `-fields: unknown field "speakers"`},
		{[]string{"analyze", "-fields", "entities"}, "-fields applies to -format json and jsonl, not text"},
		{[]string{"analyze", "-offsets", "chars", "-format", "json"}, `-offsets: unknown offsets "chars" (want bytes, runes or utf16)`},
		{[]string{"analyze", "-offsets", "runes", "-format", "html"}, "-offsets applies to -format json and jsonl, not html"},
		{[]string{"analyze", "-date", "1/5/2024"}, `-date: "1/5/2024" is not a day written YYYY-MM-DD`},
		{[]string{"analyze", "-encoding", "ebcdic"}, `unknown -encoding "ebcdic" (want utf-8 or latin1)`},
		{[]string{"analyze", "-frobnicate"}, "flag provided but not defined: -frobnicate\nRun 'tribuna analyze -h' for usage."},
		{[]string{"eval", "foo"}, `tribuna eval: unknown evaluation "foo" (want ud, kind, quotes or entities)`},
		{[]string{"eval", "foo", "x.conllu"}, `tribuna eval: unknown evaluation "foo" (want ud, kind, quotes or entities)`},
		{[]string{"eval", "ud"}, "tribuna eval ud: no FILE given"},
		{[]string{"eval"}, "which evaluation? (want ud, kind, quotes or entities)"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"tokenize", "-format", "xml"}, `unknown -format "xml" (want text, tsv or conllu)`},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			code, out, errOut := runCmd(t, "Roma.", true, c.args...)
			assert.Equal(t, 2, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, c.want)
		})
	}
}

func TestHelpExitsZero(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-h"}, "tribuna analyze [-format"},
		{[]string{"help"}, "tribuna analyze [-format"},
		{[]string{"analyze", "-h"}, "-offsets unit"},
		{[]string{"analyze", "news.txt", "--help"}, "Usage: tribuna analyze"},
		{[]string{"tokenize", "-h"}, "-strong"},
		{[]string{"stem", "-h"}, "-keep-stopwords"},
		{[]string{"eval", "-h"}, "-generic"},
		{[]string{"eval", "ud", "-h"}, "-strong"},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			code, out, errOut := runCmd(t, "", false, c.args...)
			assert.Equal(t, 0, code)
			assert.Contains(t, out, c.want)
			assert.Empty(t, errOut)
		})
	}
}

// TestUsageListsEveryFlag keeps the top-level usage in step with the flags
// each command defines: every flag is in its command's lines of the usage.
func TestUsageListsEveryFlag(t *testing.T) {
	var af analyzeFlags
	var s1, s2 string
	var b1, b2 bool
	var ef evalFlags
	var tf trainFlags
	for _, c := range []*command{
		newAnalyzeCommand(&af),
		newTokenizeCommand(&s1, &b1, &s2),
		newStemCommand(&b1, &b2, &s1),
		newEvalCommand("", &ef),
		newGazetteerCommand(new(fileList), &s1, &b1),
		newTrainCommand(&tf),
	} {
		lines := usageOf(strings.TrimSpace(c.fs.Name()))
		require.NotEmpty(t, lines, c.fs.Name())
		c.fs.VisitAll(func(f *flag.Flag) {
			assert.Contains(t, lines, "-"+f.Name, "tribuna %s -%s is not in the usage's lines of its command", c.fs.Name(), f.Name)
			assert.Contains(t, c.usage+flagDefaults(c.fs), "-"+f.Name)
		})
	}
}

// usageOf returns the lines of the top-level usage about a command: from
// each line that starts with it to the next command's line.
func usageOf(name string) string {
	var sb strings.Builder
	in := false
	for _, l := range strings.Split(usage, "\n") {
		if strings.HasPrefix(l, "  tribuna ") {
			in = strings.HasPrefix(l, "  tribuna "+name)
		}
		if in {
			sb.WriteString(l + "\n")
		}
	}
	return sb.String()
}

func flagDefaults(fs *flag.FlagSet) string {
	var sb strings.Builder
	fs.SetOutput(&sb)
	fs.PrintDefaults()
	return sb.String()
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"-version"}, {"--version"}} {
		code, out, errOut := runCmd(t, "", false, args...)
		assert.Equal(t, 0, code)
		assert.Empty(t, errOut)
		assert.Regexp(t, `^tribuna .*go1\.\d+`, out)
	}
}

func TestAnalyzeFields(t *testing.T) {
	in := `{"id":"a","text":"«Siamo pronti», ha detto la premier Giorgia Meloni a Bruxelles."}` + "\n"
	keys := func(out string) []string {
		var m map[string]json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(out), &m))
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		return ks
	}
	for _, c := range []struct {
		fields string
		want   []string
	}{
		{"", []string{"id", "text", "sentences", "tokens", "entities", "roles", "quotes"}},
		{"all", []string{"id", "text", "sentences", "tokens", "entities", "roles", "quotes"}},
		{"entities,quotes", []string{"id", "entities", "quotes"}},
		{"roles", []string{"id", "roles"}},
		{"text,stems", []string{"id", "text", "tokens"}},
	} {
		t.Run(c.fields, func(t *testing.T) {
			args := []string{"analyze", "-in", "jsonl", "-format", "jsonl"}
			if c.fields != "" {
				args = append(args, "-fields", c.fields)
			}
			code, out, errOut := runCmd(t, in, true, args...)
			require.Equal(t, 0, code, errOut)
			assert.ElementsMatch(t, c.want, keys(out))
		})
	}
	// What is written is right, not only present: the same entities and
	// quotes as with every field.
	_, all, _ := runCmd(t, in, true, "analyze", "-in", "jsonl", "-format", "jsonl")
	_, some, _ := runCmd(t, in, true, "analyze", "-in", "jsonl", "-format", "jsonl", "-fields", "entities,roles,quotes")
	var a, s map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(all), &a))
	require.NoError(t, json.Unmarshal([]byte(some), &s))
	for _, k := range []string{"entities", "roles", "quotes"} {
		assert.JSONEq(t, string(a[k]), string(s[k]), k)
	}
	assert.Contains(t, string(s["roles"]), `"name":"Giorgia Meloni"`)
	// json (indented) takes -fields as well.
	code, out, errOut := runCmd(t, in, true, "analyze", "-in", "jsonl", "-format", "json", "-fields", "quotes")
	require.Equal(t, 0, code, errOut)
	var docs []map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(out), &docs))
	require.Len(t, docs, 1)
	assert.Len(t, docs[0], 2)
}

// TestAnalyzeOffsets checks every span of the output by slicing the text
// in the unit asked for, as Python and JavaScript would.
func TestAnalyzeOffsets(t *testing.T) {
	text := "«L’Unione è pronta 🇪🇺», ha detto la premier Giorgia Meloni a Bruxelles. 😀 Poi il presidente francese Emmanuel Macron è arrivato a Parigi."
	type span struct {
		Text       string
		Start, End int
	}
	for _, unit := range []string{"bytes", "runes", "utf16"} {
		t.Run(unit, func(t *testing.T) {
			code, out, errOut := runCmd(t, text, true, "analyze", "-format", "json", "-offsets", unit)
			require.Equal(t, 0, code, errOut)
			var d struct {
				Text                    string
				Tokens, Entities, Roles []span
				Quotes                  []struct {
					span
					Mention *span `json:"speaker_mention"`
				}
			}
			require.NoError(t, json.Unmarshal([]byte(out), &d))
			slice := func(s, e int) string { return d.Text[s:e] }
			switch unit {
			case "runes":
				rs := []rune(d.Text)
				slice = func(s, e int) string { return string(rs[s:e]) }
			case "utf16":
				us := utf16.Encode([]rune(d.Text))
				slice = func(s, e int) string { return string(utf16.Decode(us[s:e])) }
			}
			spans := append(append(append([]span{}, d.Tokens...), d.Entities...), d.Roles...)
			for _, q := range d.Quotes {
				spans = append(spans, q.span, *q.Mention)
			}
			require.Greater(t, len(d.Roles), 1)
			require.Len(t, d.Quotes, 1)
			for _, s := range spans {
				assert.Equal(t, s.Text, slice(s.Start, s.End), "%+v", s)
			}
		})
	}
}

// TestAnalyzeDate: -date and a line's "date" decide who holds a role.
func TestAnalyzeDate(t *testing.T) {
	text := `"Giuseppe Conte e Mario Draghi erano a Palazzo Chigi. Il premier ha parlato."`
	in := `{"id":1,"text":` + text + `}` + "\n" +
		`{"id":2,"text":` + text + `,"date":"2020-03-01"}` + "\n" +
		`{"id":3,"text":` + text + `,"date":"2022-03-01"}` + "\n" +
		`{"id":4,"text":` + text + `,"date":"1/3/2022"}` + "\n"
	code, out, errOut := runCmd(t, in, true, "analyze", "-in", "jsonl", "-format", "jsonl", "-fields", "roles", "-date", "2022-03-01")
	assert.Equal(t, 1, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3)
	assert.True(t, strings.HasPrefix(lines[0], `{"id":1,"date":"2022-03-01","roles":[{"text":"Il premier","start":53,"end":63,"type":"PER","name":"Mario Draghi",`), lines[0])
	assert.Contains(t, lines[1], `"date":"2020-03-01","roles":[{"text":"Il premier","start":53,"end":63,"type":"PER","name":"Giuseppe Conte"`)
	assert.Contains(t, lines[2], `"name":"Mario Draghi"`)
	assert.Contains(t, errOut, `<stdin>:4: "date": "1/3/2022" is not a day written YYYY-MM-DD`)
}

func TestAnalyzeErrorsThatHelp(t *testing.T) {
	latin1 := writeFile(t, "latin1.txt", "La libert\xe0 \xe8 \x93sacra\x94, ha detto il presidente Sergio Mattarella.")
	code, out, errOut := runCmd(t, "", false, "analyze", "-format", "jsonl", latin1)
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "latin1.txt:1: invalid UTF-8 at byte 9 of the line")
	assert.Contains(t, errOut, "add -encoding latin1, or convert it first: iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8")
	assert.Equal(t, 1, strings.Count(errOut, "iconv"), "the hint is given once")

	code, out, errOut = runCmd(t, "", false, "analyze", "-format", "jsonl", "-encoding", "latin1", latin1)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"text":"La libertà è “sacra”, ha detto il presidente Sergio Mattarella."`)
	assert.Contains(t, out, `"name":"Sergio Mattarella"`)

	for _, c := range []struct{ args, stdin, want string }{
		{"tokenize", "caff\xe8", "<stdin>:1: invalid UTF-8 at byte 4 of the line"},
		{"stem", "caff\xe8", "<stdin>:1: invalid UTF-8 at byte 4 of the line"},
	} {
		code, _, errOut = runCmd(t, c.stdin, true, c.args)
		assert.Equal(t, 1, code)
		assert.Contains(t, errOut, c.want)
		assert.Contains(t, errOut, "-encoding latin1")
		code, out, errOut = runCmd(t, c.stdin, true, c.args, "-encoding", "latin1")
		require.Equal(t, 0, code, errOut)
		assert.Contains(t, out, "caff")
	}

	// Plain text given to -in jsonl: the line is named and said not to be JSON.
	code, out, errOut = runCmd(t, "«Siamo pronti», ha detto Giorgia Meloni.\n{\"text\": \"Roma.\"}\n{\"text\": 12}\n", true, "analyze", "-in", "jsonl", "-format", "jsonl")
	assert.Equal(t, 1, code)
	assert.Contains(t, out, `"text":"Roma."`)
	assert.Contains(t, errOut, `<stdin>:1: not JSON: with -in jsonl each line must be an object such as {"id": 1, "text": "…"}, and this one starts "«Siamo pronti», ha detto…" (for plain text, leave out -in jsonl)`)
	assert.Contains(t, errOut, `<stdin>:3: invalid JSON: "text" must be a string, not a JSON number`)
}

func TestStemModes(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		in   string
		want string
	}{
		{"stemwords: one word per line", nil, "nazioni\nIl governo Meloni\n", "nazion\nil governo melon\n"},
		{"stemwords keeps stop words unstemmed when asked", []string{"-keep-stopwords"}, "della\nnazioni\n", "della\nnazion\n"},
		{"running text", []string{"-text"}, "Il governo Meloni ha approvato la manovra.\n\n«Siamo pronti», ha detto 2 volte #manovra\n",
			"il govern melon ha approv la manovr\n\nsiam pront ha dett 2 volt #manovra\n"},
		{"running text, stop words kept", []string{"-text", "-keep-stopwords"}, "della nazione", "della nazion\n"},
		{"a long line", []string{"-text"}, strings.Repeat("parole ", 20000), strings.TrimSuffix(strings.Repeat("parol ", 20000), " ") + "\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, c.in, true, append([]string{"stem"}, c.args...)...)
			require.Equal(t, 0, code, errOut)
			assert.Equal(t, c.want, out)
		})
	}
}
