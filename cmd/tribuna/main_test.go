package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna/internal/sample"
)

// runCmd runs the command with args and stdin, returning exit status, stdout and stderr.
func runCmd(t *testing.T, stdin string, stdinIsData bool, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, stdinIsData: stdinIsData})
	return code, out.String(), errb.String()
}

func TestNoArgumentsSummarizesSample(t *testing.T) {
	code, out, errOut := runCmd(t, "", false)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "Sample article: 22 sentences")
	assert.Contains(t, out, "Vladimir Putin")
}

func TestNoArgumentsWithPipedInputAnalyzesIt(t *testing.T) {
	code, out, errOut := runCmd(t, "Mattarella è a Roma.", true)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "1 sentence,")
	assert.NotContains(t, out, "Sample article")
}

type outDoc struct {
	ID        json.RawMessage `json:"id"`
	Text      string          `json:"text"`
	Sentences []struct {
		Start, End int
	} `json:"sentences"`
	Tokens []struct {
		Text       string `json:"text"`
		Start, End int
		Kind       string `json:"kind"`
		Stem       string `json:"stem"`
	} `json:"tokens"`
	Entities []struct {
		Text       string `json:"text"`
		Start, End int
		Type, Name string
		ID, Via    string
	} `json:"entities"`
	Quotes []json.RawMessage `json:"quotes"`
}

func TestAnalyzeJSONLinesKeepsOrderAndIDs(t *testing.T) {
	var in strings.Builder
	for i := range 100 { // several batches
		fmt.Fprintf(&in, `{"id": %d, "text": "Frase numero %d. Xi Jinping a Pechino."}`+"\n", i, i)
	}
	for _, j := range []string{"1", "4"} {
		code, out, errOut := runCmd(t, in.String(), true, "analyze", "-in", "jsonl", "-format", "jsonl", "-j", j)
		require.Equal(t, 0, code, errOut)
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		require.Len(t, lines, 100)
		for i, l := range lines {
			var d outDoc
			require.NoError(t, json.Unmarshal([]byte(l), &d))
			assert.Equal(t, fmt.Sprint(i), string(d.ID))
			assert.Equal(t, 2, len(d.Sentences))
			for _, tk := range d.Tokens {
				assert.Equal(t, d.Text[tk.Start:tk.End], tk.Text)
			}
		}
	}
}

// TestAnalyzeStreamsEachLineAsItComes feeds lines one at a time through a
// pipe: each document must come out before the next line is written, as
// with tail -f, although documents usually travel in batches.
func TestAnalyzeStreamsEachLineAsItComes(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	code := make(chan int, 1)
	go func() {
		code <- run([]string{"analyze", "-in", "jsonl", "-format", "jsonl", "-j", "2"},
			env{stdin: inR, stdout: outW, stderr: io.Discard, stdinIsData: true})
		outW.Close()
	}()
	lines := bufio.NewScanner(outR)
	for i := range 3 {
		fmt.Fprintf(inW, `{"id": %d, "text": "Mattarella al Quirinale."}`+"\n", i)
		got := make(chan string, 1)
		go func() {
			if lines.Scan() {
				got <- lines.Text()
			}
			close(got)
		}()
		select {
		case l := <-got:
			assert.Contains(t, l, fmt.Sprintf(`"id":%d`, i))
		case <-time.After(10 * time.Second):
			t.Fatalf("document %d did not come out before the next line", i)
		}
	}
	inW.Close()
	assert.Equal(t, 0, <-code)
}

func TestAnalyzeBadLinesAreReportedAndOthersStillWritten(t *testing.T) {
	in := `{"id": "a", "text": "Prima."}` + "\n" +
		`{"id": "b", "text": ` + "\n" +
		`{"id": "c", "text": "Ter` + "\xff" + `za."}` + "\n" +
		"\n" +
		`{"id": "d"}` + "\n" +
		`{"id": "e", "text": "Quinta."}` + "\n"
	code, out, errOut := runCmd(t, in, true, "analyze", "-in", "jsonl", "-format", "jsonl")
	assert.Equal(t, 1, code)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0], `"id":"a"`)
	assert.Contains(t, lines[1], `"id":"e"`)
	assert.Contains(t, errOut, "<stdin>:2: invalid JSON")
	assert.Contains(t, errOut, "<stdin>:3: invalid UTF-8")
	assert.Contains(t, errOut, `<stdin>:5: no "text" field`)
	assert.Contains(t, errOut, "3 of 5 documents failed")
}

func TestAnalyzeFilesNamesUnreadableOnes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, []byte("Il Senato approva."), 0o644))
	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("riga uno\nriga \xc3(due"), 0o644))
	code, out, errOut := runCmd(t, "", false, "analyze", "-format", "jsonl", good, filepath.Join(dir, "missing.txt"), bad)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, `"id":"`+good+`"`)
	assert.Contains(t, errOut, "missing.txt: cannot read: no such file or directory")
	assert.Contains(t, errOut, "bad.txt:2: invalid UTF-8 at byte 5 of the line")
}

func TestAnalyzeJSONSingleAndMany(t *testing.T) {
	code, out, errOut := runCmd(t, sample.Article, true, "analyze", "-format", "json")
	require.Equal(t, 0, code, errOut)
	var d outDoc
	require.NoError(t, json.Unmarshal([]byte(out), &d))
	assert.Len(t, d.Sentences, 22)
	assert.NotNil(t, d.Quotes)

	in := `{"id":"x","text":"Uno."}` + "\n" + `{"id":"y","text":"Due."}` + "\n"
	code, out, errOut = runCmd(t, in, true, "analyze", "-in", "jsonl", "-format", "json")
	require.Equal(t, 0, code, errOut)
	var ds []outDoc
	require.NoError(t, json.Unmarshal([]byte(out), &ds))
	assert.Len(t, ds, 2)
}

func TestAnalyzeHTMLIsWellFormed(t *testing.T) {
	in := `{"id":"campione","text":` + mustJSON(sample.Article) + "}\n" +
		`{"id":"tricky","text":"<b>&amp; «Putin» \"x\" a < b\n\nXi"}` + "\n"
	code, out, errOut := runCmd(t, in, true, "analyze", "-in", "jsonl", "-format", "html")
	require.Equal(t, 0, code, errOut)
	ids, hrefs := parseHTML(t, out)
	assert.Greater(t, len(ids), 100)
	for _, h := range hrefs {
		if strings.HasPrefix(h, "#") {
			assert.True(t, ids[h[1:]], "link to %s, which is not on the page", h)
		} else {
			assert.True(t, strings.HasPrefix(h, "https://www.wikidata.org/wiki/Q"), "the only links out go to Wikidata: %s", h)
		}
	}
	assert.Contains(t, out, `<mark class="PER" title="Vladimir Putin (Q7747) · persona · nome" id="d1-m0">Vladimir Putin</mark>`)
	assert.NotContains(t, out, "<b>")
	for _, external := range []string{"<script", "<link", " src=", "url(", "@import"} {
		assert.NotContains(t, out, external, "the page fetches nothing")
	}
}

// parseHTML parses the page as strict XML and returns its ids and links.
func parseHTML(t *testing.T, page string) (ids map[string]bool, hrefs []string) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(page))
	dec.Strict = true
	depth, elements := 0, 0
	ids = map[string]bool{}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		switch el := tok.(type) {
		case xml.StartElement:
			depth++
			elements++
			for _, a := range el.Attr {
				switch a.Name.Local {
				case "id":
					require.False(t, ids[a.Value], "id %s twice", a.Value)
					ids[a.Value] = true
				case "href":
					hrefs = append(hrefs, a.Value)
				}
			}
		case xml.EndElement:
			depth--
		}
	}
	assert.Equal(t, 0, depth)
	assert.Greater(t, elements, 50)
	return ids, hrefs
}

// TestAnalyzeHTMLPage checks what a reader looks for on the page: the file
// name as its title, a summary of who and what is mentioned with links to
// the mentions, role mentions tied to their person, quote numbers linked
// both ways, quotes in full with Italian labels, indirect speech without
// « », Wikidata links, and no stray spaces.
func TestAnalyzeHTMLPage(t *testing.T) {
	path := writeFile(t, "vertice.txt", "La premier Giorgia Meloni ha incontrato Emmanuel Macron a Roma. "+
		"«Abbiamo lavorato bene e continueremo a farlo per tutta l’Unione, senza fermarci davanti a nessuna difficoltà», ha detto la premier. "+
		"Il presidente francese ha detto che la collaborazione continuerà.\n\nMeloni ha poi parlato del governo italiano.")
	code, out, errOut := runCmd(t, "", false, "analyze", "-format", "html", path)
	require.Equal(t, 0, code, errOut)
	parseHTML(t, out)
	for _, want := range []string{
		"<title>" + path + "</title>",
		`<h3>Chi e che cosa</h3>`,
		`<dd id="d1-e0"><a href="#d1-r0">Giorgia Meloni</a> <span class="n">×4</span>`,
		`<dd id="d1-e1"><a href="#d1-m1">Emmanuel Macron</a> <span class="n">×2</span> <a class="wd" href="https://www.wikidata.org/wiki/Q3052772" title="Wikidata">Q3052772</a>`,
		`<dd id="d1-e2"><a href="#d1-m2">Roma</a> <span class="n">×1</span> <a class="wd" href="https://www.wikidata.org/wiki/Q220" title="Wikidata">Q220</a></dd>`,
		`per ruolo: <a href="#d1-r0">La premier</a>, <a href="#d1-r1">la premier</a></span></dd>`,
		`<a class="role" href="#d1-e0" title="ruolo: Giorgia Meloni" id="d1-r0">La premier</a>`,
		`<a class="role" href="#d1-e1" title="ruolo: Emmanuel Macron" id="d1-r2">Il presidente <mark class="LOC demonym"`,
		`<dt>Aggettivi etnici</dt>`,
		`<sup class="qn"><a href="#d1-q1">1</a></sup>`,
		`<li id="d1-q1"><a class="back" href="#d1-q1-t" title="torna al testo">↑</a> <span class="kind">diretta</span> «Abbiamo lavorato bene e continueremo a farlo per tutta l’Unione, senza fermarci davanti a nessuna difficoltà» — <a class="speaker" href="#d1-e0">Giorgia Meloni</a>, ha detto</li>`,
		`<span class="kind">indiretta</span> <i>la collaborazione continuerà</i> — <a class="speaker" href="#d1-e1">Emmanuel Macron</a>, ha detto</li>`,
		"</p>\n<p>",
	} {
		assert.Contains(t, out, want)
	}
	assert.Contains(t, out, ` id="d1-q1-t"`)
	assert.NotContains(t, out, "  ", "no stray spaces")
	assert.NotContains(t, out, "…»", "quotes in full")
	for _, english := range []string{">direct<", ">partial<", ">indirect<", "speaker not named"} {
		assert.NotContains(t, out, english)
	}
}

func TestTokenizeFormats(t *testing.T) {
	code, out, _ := runCmd(t, "L’invasione dell’Ucraina. Poi?", true, "tokenize")
	require.Equal(t, 0, code)
	assert.Equal(t, "L’\ninvasione\ndell’\nUcraina\n.\n\nPoi\n?\n\n", out)

	code, out, _ = runCmd(t, "Ciao, Roma.", true, "tokenize", "-format", "tsv")
	require.Equal(t, 0, code)
	assert.Equal(t, "0\t4\tword\tCiao\n4\t5\tpunct\t,\n6\t10\tword\tRoma\n10\t11\tpunct\t.\n", out)

	code, out, _ = runCmd(t, "Ciao, Roma.", true, "tokenize", "-format", "conllu")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "# text = Ciao, Roma.\n1\tCiao\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=0:4\n")
}

func TestUnknownCommandAndFlags(t *testing.T) {
	code, _, errOut := runCmd(t, "", false, "frobnicate")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `unknown command "frobnicate"`)
	code, _, errOut = runCmd(t, "", false, "analyze", "-format", "xml")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `unknown -format "xml"`)
}

func mustJSON(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestStemLikeStemwords(t *testing.T) {
	code, out, errOut := runCmd(t, "NAZIONI\r\ndivano\nl’Ucraina\n\nbanche", true, "stem")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "nazion\ndivan\nucrain\n\nbanc\n", out)

	code, _, errOut = runCmd(t, "buono\nca\xffsa\n", true, "stem")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "<stdin>:2: invalid UTF-8")
}

// TestStemVocabulary runs the command over Snowball's whole vocabulary
// (copied into stem/testdata): the output must be output.txt, byte for byte.
func TestStemVocabulary(t *testing.T) {
	voc, err := os.ReadFile("../../stem/testdata/voc.txt")
	require.NoError(t, err)
	want, err := os.ReadFile("../../stem/testdata/output.txt")
	require.NoError(t, err)
	code, out, errOut := runCmd(t, string(voc), true, "stem")
	require.Equal(t, 0, code, errOut)
	assert.True(t, out == string(want), "tribuna stem differs from Snowball's output.txt")
}
