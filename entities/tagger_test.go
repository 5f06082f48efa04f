package entities

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna/internal/sample"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// The tagger's tests train on testdata/tagger_train.tsv: 170 sentences
// written for these tests from templates, with invented people, companies
// and clubs and real Italian towns. No KIND data is used or committed: a
// model trained on KIND carries its non-commercial license.

func readTaggerFixture(t testing.TB) []Annotated {
	t.Helper()
	fh, err := os.Open(filepath.Join("testdata", "tagger_train.tsv"))
	require.NoError(t, err)
	defer fh.Close()
	docs, err := ReadAnnotated(fh, "tagger_train.tsv")
	require.NoError(t, err)
	require.Len(t, docs, 17)
	return docs
}

// fixtureTagger is trained on the first 14 documents of the fixture, with
// the 15th for early stopping; the last two are never seen.
var fixtureTagger = sync.OnceValues(func() (*Tagger, error) {
	fh, err := os.Open(filepath.Join("testdata", "tagger_train.tsv"))
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	docs, err := ReadAnnotated(fh, "tagger_train.tsv")
	if err != nil {
		return nil, err
	}
	return TrainTagger(nil, docs[:14], docs[14:15], TrainOptions{Seed: 1})
})

func testTagger(t testing.TB) *Tagger {
	t.Helper()
	tg, err := fixtureTagger()
	require.NoError(t, err)
	return tg
}

// spanScore scores the tagger's PER/LOC/ORG mentions on docs.
func spanScore(g *Gazetteer, docs []Annotated) SpanScore {
	var s SpanScore
	for _, d := range docs {
		gold := map[Span]bool{}
		for _, sp := range d.Spans {
			gold[sp] = true
		}
		s.Gold += len(d.Spans)
		for _, m := range g.Find(d.Text, nil) {
			if m.Via == ViaDemonym {
				continue
			}
			s.Found++
			if gold[Span{m.Start, m.End, m.Type}] {
				s.Correct++
			}
		}
	}
	return s
}

func TestTaggerLearnsFixture(t *testing.T) {
	docs := readTaggerFixture(t)
	g := Default().WithTagger(testTagger(t))
	s := spanScore(g, docs[15:])
	t.Logf("unseen fixture documents: P %.3f R %.3f F1 %.3f", s.Precision(), s.Recall(), s.F1())
	assert.GreaterOrEqual(t, s.F1(), 0.95, "the fixture's unseen documents")
	// The rules alone do worse on the invented names.
	r := spanScore(Default(), docs[15:])
	assert.Less(t, r.F1(), s.F1())
}

func TestTaggerFindLinks(t *testing.T) {
	g := Default().WithTagger(testTagger(t))
	require.NotNil(t, g.Tagger())
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		// A span that Find reports too keeps Find's entry (a listed one,
		// with its id, or a rule's); one it does not know gets a
		// document-local entry (Zorbatex); demonyms are kept.
		{"linked and new", "Il sindaco di Vigevano Mario Zanfrulli ha incontrato a Roma la delegazione cinese.",
			[]string{"Vigevano/LOC/Vigevano/name", "Mario Zanfrulli/PER/Mario Zanfrulli/rule", "Roma/LOC/Roma/name", "cinese/LOC/Cina/demonym"}},
		{"surname refers back", "Ieri Giulia Ferrandi e Luca Bertoldi hanno discusso a Matera. Secondo Ferrandi , la Zorbatex investirà in Grecia .",
			[]string{"Giulia Ferrandi/PER/Giulia Ferrandi/rule", "Luca Bertoldi/PER/Luca Bertoldi/rule", "Matera/LOC/Matera/name",
				"Ferrandi/PER/Giulia Ferrandi/coref", "Zorbatex/ORG/Zorbatex/model", "Grecia/LOC/Grecia/name"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms := g.Find(tc.text, nil)
			checkMentions(t, tc.text, ms)
			assert.Equal(t, tc.want, brief(ms))
			for _, m := range ms {
				if m.Via == ViaName {
					assert.NotEmpty(t, m.Entry.ID, "a listed entry keeps its id: %s", m.Text)
				}
			}
		})
	}
}

// TestWithoutTagger checks that a gazetteer without a tagger (or with it
// removed) finds what it always found.
func TestWithoutTagger(t *testing.T) {
	want := brief(Default().Find(sample.Article, nil))
	g := Default().WithTagger(testTagger(t)).WithTagger(nil)
	assert.Nil(t, g.Tagger())
	assert.Equal(t, want, brief(g.Find(sample.Article, nil)))
	assert.Nil(t, Default().Tagger())
}

func TestTaggerRoundTrip(t *testing.T) {
	tg := testTagger(t)
	var buf bytes.Buffer
	n, err := tg.WriteTo(&buf)
	require.NoError(t, err)
	assert.Equal(t, int64(buf.Len()), n)
	loaded, err := LoadTagger(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	assert.Equal(t, tg.Info(), loaded.Info())
	var again bytes.Buffer
	_, err = loaded.WriteTo(&again)
	require.NoError(t, err)
	assert.Equal(t, buf.Bytes(), again.Bytes(), "a loaded model writes the same bytes")
	for _, text := range []string{sample.Article, readTaggerFixture(t)[16].Text} {
		assert.Equal(t, brief(tg.Find(Default(), text, nil)), brief(loaded.Find(Default(), text, nil)))
	}
	info := tg.Info()
	assert.Equal(t, "BILOU", info.Scheme)
	assert.Equal(t, []Type{LOC, ORG, PER}, info.Types)
	assert.Positive(t, info.Features)
}

func TestTrainDeterministic(t *testing.T) {
	docs := readTaggerFixture(t)
	model := func(seed int64, workers int) []byte {
		tg, err := TrainTagger(nil, docs[:8], docs[8:10], TrainOptions{Seed: seed, Workers: workers, Iterations: 5})
		require.NoError(t, err)
		var buf bytes.Buffer
		_, err = tg.WriteTo(&buf)
		require.NoError(t, err)
		return buf.Bytes()
	}
	a := model(7, 1)
	assert.Equal(t, a, model(7, 4), "the same seed, any number of workers")
}

func TestTrainOptions(t *testing.T) {
	docs := readTaggerFixture(t)
	var passes []Epoch
	tg, err := TrainTagger(nil, docs[:10], docs[10:12], TrainOptions{Scheme: "BIO", Iterations: 4, Patience: 10,
		Note: "fixture", Progress: func(e Epoch) { passes = append(passes, e) }})
	require.NoError(t, err)
	require.Len(t, passes, 4)
	for i, p := range passes {
		assert.Equal(t, i+1, p.N)
		assert.Positive(t, p.Units)
		assert.Positive(t, p.Dev.Gold)
	}
	assert.Equal(t, "BIO", tg.Info().Scheme)
	assert.Equal(t, "fixture", tg.Info().Note)
	s := spanScore(Default().WithTagger(tg), docs[15:])
	assert.GreaterOrEqual(t, s.F1(), 0.9, "BIO on the unseen documents")

	_, err = TrainTagger(nil, docs[:2], nil, TrainOptions{Scheme: "IOB3"})
	assert.EqualError(t, err, `unknown tag scheme "IOB3" (want BILOU or BIO)`)
	_, err = TrainTagger(nil, []Annotated{{Text: "Nulla da segnalare."}}, nil, TrainOptions{})
	assert.EqualError(t, err, "no entity spans in the training data")
}

// TestTrainWeight checks Annotated.Weight: a weighted document is trained
// on as many times a pass, its features counted as many times, and the
// units of a pass count it so.
func TestTrainWeight(t *testing.T) {
	docs := readTaggerFixture(t)
	var once, twice []Epoch
	_, err := TrainTagger(nil, docs[:14], nil, TrainOptions{Seed: 1, Iterations: 2,
		Progress: func(e Epoch) { once = append(once, e) }})
	require.NoError(t, err)
	weighted := append([]Annotated(nil), docs[:14]...)
	for i := 7; i < 14; i++ {
		weighted[i].Weight = 2
	}
	_, err = TrainTagger(nil, weighted, nil, TrainOptions{Seed: 1, Iterations: 2,
		Progress: func(e Epoch) { twice = append(twice, e) }})
	require.NoError(t, err)
	require.Len(t, once, 2)
	require.Len(t, twice, 2)
	units := func(ds []Annotated) (n int) {
		_, err := TrainTagger(nil, ds, nil, TrainOptions{Iterations: 1, Progress: func(e Epoch) { n = e.Units }})
		require.NoError(t, err)
		return n
	}
	assert.Equal(t, units(docs[:14]), once[0].Units)
	assert.Equal(t, units(docs[:14])+units(docs[7:14]), twice[0].Units)
	// A weighted development document is scored once.
	dev := append([]Annotated(nil), docs[14:15]...)
	dev[0].Weight = 3
	var got, want SpanScore
	_, err = TrainTagger(nil, docs[:14], dev, TrainOptions{Seed: 1, Iterations: 1, Progress: func(e Epoch) { got = e.Dev }})
	require.NoError(t, err)
	_, err = TrainTagger(nil, docs[:14], docs[14:15], TrainOptions{Seed: 1, Iterations: 1, Progress: func(e Epoch) { want = e.Dev }})
	require.NoError(t, err)
	assert.Equal(t, want, got)
	assert.Equal(t, len(docs[14].Spans), got.Gold)
}

func TestReadAnnotated(t *testing.T) {
	docs, err := ReadAnnotated(strings.NewReader("Il\tO\nsindaco\tO\ndi\tO\nL'\tB-LOC\nAquila\tI-LOC\nMario\tPER\nRossi\tPER\n.\tO\n"), "x.tsv")
	require.NoError(t, err)
	require.Len(t, docs, 1)
	d := docs[0]
	assert.Equal(t, "Il sindaco di L'Aquila Mario Rossi.", d.Text)
	var got []string
	for _, s := range d.Spans {
		got = append(got, d.Text[s.Start:s.End]+"/"+string(s.Type))
	}
	assert.Equal(t, []string{"L'Aquila/LOC", "Mario Rossi/PER"}, got)
	_, err = ReadAnnotated(strings.NewReader("Il\tO\nsindaco\n"), "x.tsv")
	assert.EqualError(t, err, `x.tsv:2: want token<TAB>tag, got "sindaco"`)
}

// TestLoadTaggerErrors checks that a file that is not a model, or a damaged
// one, is refused with a message that says what is wrong.
func TestLoadTaggerErrors(t *testing.T) {
	var buf bytes.Buffer
	_, err := testTagger(t).WriteTo(&buf)
	require.NoError(t, err)
	good := buf.Bytes()
	with := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), good...)) }
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a tribuna NER model: empty file"},
		{"short", []byte("\x89TRB"), "not a tribuna NER model: file too short"},
		{"text", []byte("token\ttag\nRoma\tLOC\n"), `not a tribuna NER model (it starts with "token\tta"; a model starts with "\x89TRBNER\n")`},
		{"version", with(func(b []byte) []byte { binary.BigEndian.PutUint16(b[8:], 9); return b }),
			"NER model format version 9: this version of tribuna reads version 2"},
		{"truncated", good[:len(good)/2], "truncated NER model file"},
		{"not gzip", append([]byte(modelMagic+"\x00\x02"), "plain"...), "damaged NER model: unexpected EOF"},
		{"feature set", modelBody(t, false, func(b []byte) []byte { return append(binary.AppendUvarint(nil, featureVersion+1), b[1:]...) }),
			fmt.Sprintf("NER model trained with feature set %d; this version of tribuna computes feature set %d: train it again", featureVersion+1, featureVersion)},
		{"checksum", modelBody(t, true, func(b []byte) []byte { b[len(b)/2] ^= 1; return b }), "damaged NER model: checksum mismatch"},
		{"types", modelBody(t, false, func(b []byte) []byte { b[2] = 40; return b }), "damaged NER model (header): 40 entity types"},
		{"trailing", modelBody(t, false, func(b []byte) []byte { return append(b, 0) }), "damaged NER model (tag dictionary): 1 bytes after the end"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadTagger(bytes.NewReader(tc.data))
			assert.EqualError(t, err, tc.want)
		})
	}
}

// modelBody writes the fixture model with its body (inside the gzip
// stream, before the checksum) changed by f; the checksum is computed
// again unless keepSum.
func modelBody(t *testing.T, keepSum bool, f func(b []byte) []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	_, err := testTagger(t).WriteTo(&buf)
	require.NoError(t, err)
	zr, err := gzip.NewReader(bytes.NewReader(buf.Bytes()[10:]))
	require.NoError(t, err)
	body, err := io.ReadAll(zr)
	require.NoError(t, err)
	data, sum := f(body[:len(body)-4]), body[len(body)-4:]
	if !keepSum {
		sum = binary.BigEndian.AppendUint32(nil, crc32.ChecksumIEEE(data))
	}
	out := bytes.NewBuffer(append([]byte(nil), buf.Bytes()[:10]...))
	zw := gzip.NewWriter(out)
	zw.Write(data)
	zw.Write(sum)
	require.NoError(t, zw.Close())
	return out.Bytes()
}

func TestTagSets(t *testing.T) {
	for _, s := range []tagSet{{schemeBIO, []Type{LOC, ORG, PER}}, {schemeBILOU, []Type{LOC, ORG, PER}}} {
		t.Run(s.schemeName(), func(t *testing.T) {
			// Spans of 1 to 3 units of each type, next to each other, round trip.
			var tags []uint8
			var want [][3]int
			for ti := range s.types {
				for n := 1; n <= 3; n++ {
					want = append(want, [3]int{len(tags), len(tags) + n, ti})
					for k := 0; k < n; k++ {
						tags = append(tags, uint8(s.spanTag(ti, k, n)))
					}
					tags = append(tags, 0)
				}
			}
			var got [][3]int
			s.spans(tags, func(i, j, typ int) { got = append(got, [3]int{i, j, typ}) })
			assert.Equal(t, want, got)
			// The tags of a span are allowed one after the other.
			prev := -1
			for _, y := range tags {
				assert.True(t, s.allowed(prev, int(y)), "%d after %d", y, prev)
				prev = int(y)
			}
			assert.True(t, s.mayEnd(0))
			assert.False(t, s.allowed(0, s.tag(0, posI)), "I after O")
		})
	}
	bilou := tagSet{schemeBILOU, []Type{PER}}
	assert.False(t, bilou.mayEnd(bilou.tag(0, posB)), "a BILOU sequence cannot end inside a span")
	assert.False(t, bilou.allowed(bilou.tag(0, posB), 0), "B then O")
}

func TestTaggerConcurrent(t *testing.T) {
	g := Default().WithTagger(testTagger(t))
	want := brief(g.Find(sample.Article, nil))
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := brief(g.Find(sample.Article, nil)); fmt.Sprint(got) != fmt.Sprint(want) {
				errs <- "different result"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestTaggerAllocs checks that tagging allocates per document and per
// mention, not per token: four copies of the article cost what one does.
func TestTaggerAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector drops pooled state at random")
	}
	g := Default().WithTagger(testTagger(t))
	one := sample.Article
	four := strings.Repeat(sample.Article+"\n\n", 4)
	toks1, toks4 := tokenize.Tokens(one), tokenize.Tokens(four)
	g.Find(four, toks4)
	a1 := testing.AllocsPerRun(10, func() { g.Find(one, toks1) })
	a4 := testing.AllocsPerRun(10, func() { g.Find(four, toks4) })
	assert.Equal(t, a1, a4, "allocations for one article and for four")
}
