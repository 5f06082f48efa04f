package tribunabeam

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/beam/aggregate"
)

func TestMain(m *testing.M) {
	beamlog.LogLevel = "warn" // Prism's progress lines would drown the test output
	code := ptest.MainRet(m)
	if tribunaBin != "" {
		os.RemoveAll(filepath.Dir(tribunaBin))
	}
	os.Exit(code)
}

const input = "testdata/news.jsonl"

// runPipeline runs Analyze and WriteResult over glob on the test runner
// (Prism unless -runner says otherwise) and returns the output directory.
func runPipeline(t *testing.T, glob string, withFilename bool) string {
	t.Helper()
	out := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	var lines beam.PCollection
	if withFilename {
		lines = textio.ReadWithFilename(s, glob)
	} else {
		lines = textio.Read(s, glob)
	}
	WriteResult(s, out, Analyze(s, lines))
	require.NoError(t, ptest.Run(p))
	return out
}

// readLines returns the lines of the files matching glob.
func readLines(t *testing.T, glob string) []string {
	t.Helper()
	files, err := filepath.Glob(glob)
	require.NoError(t, err)
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, l := range strings.Split(string(b), "\n") {
			if l != "" {
				lines = append(lines, l)
			}
		}
	}
	return lines
}

// expected is what the core library makes of the input, line by line.
type expected struct {
	docs    []string // the command's JSON document for each good line, in order
	bad     []string // the bad lines
	analyed []*tribuna.Document
}

func expectedOutput(t *testing.T) expected {
	t.Helper()
	f, err := os.Open(input)
	require.NoError(t, err)
	defer f.Close()
	var e expected
	an := tribuna.New()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var in struct {
			ID   json.RawMessage `json:"id"`
			Text *string         `json:"text"`
			Date string          `json:"date"`
		}
		if json.Unmarshal(line, &in) != nil || in.Text == nil || !json.Valid(line) || !isUTF8(line) {
			e.bad = append(e.bad, string(line))
			continue
		}
		var date time.Time
		if in.Date != "" {
			date, err = time.Parse(time.DateOnly, in.Date)
			require.NoError(t, err)
		}
		d := an.AnalyzeAt(*in.Text, date)
		js, err := d.MarshalJSON()
		require.NoError(t, err)
		e.docs = append(e.docs, `{"id":`+string(in.ID)+`,`+string(js[1:]))
		e.analyed = append(e.analyed, d)
	}
	require.NoError(t, sc.Err())
	return e
}

// sameLines checks that got holds the lines of want in any order, naming
// the documents that differ rather than printing them (they are long).
func sameLines(t *testing.T, want, got []string) {
	t.Helper()
	w, g := append([]string(nil), want...), append([]string(nil), got...)
	sort.Strings(w)
	sort.Strings(g)
	if !assert.Equal(t, len(w), len(g), "number of documents") {
		return
	}
	for i := range w {
		if w[i] != g[i] {
			t.Errorf("document differs: want %.120s…\n got %.120s…", w[i], g[i])
		}
	}
}

func isUTF8(b []byte) bool { return strings.ToValidUTF8(string(b), "\x00") == string(b) }

func TestAnalyzeOnPrism(t *testing.T) {
	want := expectedOutput(t)
	require.Len(t, want.docs, 4)
	require.Len(t, want.bad, 3)

	for _, withFilename := range []bool{false, true} {
		out := runPipeline(t, "testdata/*.jsonl", withFilename)

		// Documents: the core library's JSON, each exactly once (order is the bundle's).
		sameLines(t, want.docs, readLines(t, filepath.Join(out, "docs-*.jsonl")))
		tmp, _ := filepath.Glob(filepath.Join(out, "*.tmp"))
		assert.Empty(t, tmp, "temporary files left behind")

		// Bad lines: one record each, with the id where the line says it.
		var errs []map[string]any
		for _, l := range readLines(t, filepath.Join(out, "errors-*.jsonl")) {
			var m map[string]any
			require.NoError(t, json.Unmarshal([]byte(l), &m), l)
			errs = append(errs, m)
		}
		require.Len(t, errs, 3)
		sort.Slice(errs, func(i, j int) bool { return errs[i]["excerpt"].(string) < errs[j]["excerpt"].(string) })
		assert.Equal(t, "latin1", errs[0]["id"]) // read from the rest of the line
		assert.Equal(t, "invalid UTF-8 at byte 41 of the line", errs[0]["error"])
		assert.Equal(t, "{\"id\":\"latin1\",\"text\":\"Il sindaco di Forl\uFFFD ha parlato.\"}", errs[0]["excerpt"])
		assert.Nil(t, errs[1]["id"]) // broken JSON: no id to be had
		assert.Contains(t, errs[1]["error"], "invalid JSON")
		assert.Equal(t, `{"id":"rotto","text":"manca la chiusura`, errs[1]["excerpt"])
		assert.Equal(t, "senza-testo", errs[2]["id"])
		assert.Equal(t, `no "text" field`, errs[2]["error"])
		for _, e := range errs {
			if withFilename {
				assert.True(t, strings.HasSuffix(e["file"].(string), input), e["file"])
			} else {
				assert.NotContains(t, e, "file")
			}
		}

		// Aggregates: as counted here from the core library's documents.
		speakers, ents := readAggregates(t, out)
		wantSpeakers, wantEntities := countDirectly(want.analyed)
		assert.Equal(t, wantSpeakers, speakers)
		assert.Equal(t, wantEntities, ents)

		// And as read off the input by hand.
		assert.Equal(t, 9, speakers["Xi Jinping"].Quotes)
		assert.Equal(t, aggregate.Speaker{Name: "Matteo Salvini", ID: speakers["Matteo Salvini"].ID, Quotes: 1,
			Entities: map[string]int{"Bruxelles": 1}}, speakers["Matteo Salvini"]) // gli italiani: a demonym, not counted
		assert.Equal(t, map[string]int{"Europa": 1, "Russia": 1}, speakers["Emmanuel Macron"].Entities)
		assert.Equal(t, map[string]int{"Forza Italia": 1, "Partito Popolare Europeo": 1}, speakers["Antonio Tajani"].Entities)
		assert.Empty(t, speakers["Giorgia Meloni"].Entities)
		assert.Equal(t, 2, ents["Italia"].Documents) // documents 2 and 3; 4 has only «italiani»
		assert.Equal(t, 2, ents["Russia"].Documents)
		assert.Equal(t, 1, ents["Francia"].Documents)
		assert.Equal(t, "LOC", ents["Bruxelles"].Type)
	}
}

// readAggregates reads the speaker and entity files of a run; each key
// must come out once, in whichever file.
func readAggregates(t *testing.T, out string) (map[string]aggregate.Speaker, map[string]aggregate.Entity) {
	t.Helper()
	return readRecords(t, filepath.Join(out, "speakers-*.jsonl"), func(s aggregate.Speaker) string { return s.Name }),
		readRecords(t, filepath.Join(out, "entities-*.jsonl"), func(e aggregate.Entity) string { return e.Name })
}

func readRecords[T any](t *testing.T, glob string, key func(T) string) map[string]T {
	t.Helper()
	m := map[string]T{}
	for _, l := range readLines(t, glob) {
		var r T
		require.NoError(t, json.Unmarshal([]byte(l), &r))
		_, dup := m[key(r)]
		require.False(t, dup, "%s written twice", key(r))
		m[key(r)] = r
	}
	return m
}

// countDirectly counts speakers and entities over docs in the plainest way.
func countDirectly(docs []*tribuna.Document) (map[string]aggregate.Speaker, map[string]aggregate.Entity) {
	speakers := map[string]aggregate.Speaker{}
	ents := map[string]aggregate.Entity{}
	for _, d := range docs {
		seen := map[string]bool{}
		mentions := d.Mentions(tribuna.IncludeRoles) // names and resolved roles; no demonyms
		for _, m := range mentions {
			e := ents[m.Entry.Name]
			e.Name, e.Type, e.ID = m.Entry.Name, string(m.Type), m.Entry.ID
			e.Mentions++
			if !seen[m.Entry.Name] {
				e.Documents++
				seen[m.Entry.Name] = true
			}
			ents[m.Entry.Name] = e
		}
		for _, q := range d.Quotes {
			for _, sp := range q.Speakers {
				s := speakers[sp.Name]
				s.Name, s.ID = sp.Name, sp.ID
				s.Quotes++
				if s.Entities == nil {
					s.Entities = map[string]int{}
				}
				for _, m := range mentions {
					if m.Start >= q.Start && m.End <= q.End {
						s.Entities[m.Entry.Name]++
					}
				}
				speakers[sp.Name] = s
			}
		}
	}
	return speakers, ents
}

// TestSameAsCommand checks the pipeline's documents against the tribuna
// command's output on the same input, byte for byte.
func TestSameAsCommand(t *testing.T) {
	bin := tribunaCommand(t)
	cmd := exec.Command(bin, "analyze", "-in", "jsonl", "-format", "jsonl", input)
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	_ = cmd.Run() // exits 1: the input has bad lines
	want := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	require.Len(t, want, 4)

	out := runPipeline(t, input, false)
	sameLines(t, want, readLines(t, filepath.Join(out, "docs-*.jsonl")))
}
