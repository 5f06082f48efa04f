package eval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// udFixture is a small CoNLL-U file written for these tests: a multiword
// token (della = di + la), SpaceAfter=No, an empty node, two documents.
const udFixture = `# newdoc id = a
# sent_id = 1
# text = Il sindaco della città parla.
1	Il	il	DET	_	_	2	det	_	_
2	sindaco	sindaco	NOUN	_	_	5	nsubj	_	_
3-4	della	_	_	_	_	_	_	_	_
3	di	di	ADP	_	_	5	case	_	_
4	la	il	DET	_	_	5	det	_	_
5	città	città	NOUN	_	_	2	nmod	_	_
6	parla	parlare	VERB	_	_	0	root	_	SpaceAfter=No
7	.	.	PUNCT	_	_	6	punct	_	_

# sent_id = 2
# text = Oggi: sole.
1	Oggi	oggi	ADV	_	_	0	root	_	SpaceAfter=No
1.1	c'è	_	_	_	_	_	_	_	_
2	:	:	PUNCT	_	_	1	punct	_	_
3	sole	sole	NOUN	_	_	1	appos	_	SpaceAfter=No
4	.	.	PUNCT	_	_	1	punct	_	_

# newdoc id = b
# sent_id = 3
1	Basta	bastare	VERB	_	_	0	root	_	SpaceAfter=No
2	!	!	PUNCT	_	_	1	punct	_	_
`

func TestReadUD(t *testing.T) {
	docs, err := ReadUD(strings.NewReader(udFixture), "fixture.conllu")
	require.NoError(t, err)
	require.Len(t, docs, 2)
	d := docs[0]
	assert.Equal(t, "Il sindaco della città parla. Oggi: sole.", d.Text)
	var toks []string
	for _, s := range d.Tokens {
		toks = append(toks, d.Text[s.Start:s.End])
	}
	assert.Equal(t, []string{"Il", "sindaco", "della", "città", "parla", ".", "Oggi", ":", "sole", "."}, toks)
	assert.Equal(t, []Span{{0, 30}, {31, 42}}, d.Sentences)
	assert.Equal(t, "Basta!", docs[1].Text, "text rebuilt from forms and SpaceAfter=No")
	assert.Equal(t, []Span{{0, 5}, {5, 6}}, docs[1].Tokens)
}

func TestReadUDSplitsLongDocuments(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 45; i++ {
		b.WriteString("# text = Ciao.\n1\tCiao\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t_\t_\t_\t_\t1\tpunct\t_\t_\n\n")
	}
	docs, err := ReadUD(strings.NewReader(b.String()), "x")
	require.NoError(t, err)
	require.Len(t, docs, 3)
	assert.Len(t, docs[0].Sentences, UDSentencesPerDocument)
	assert.Len(t, docs[2].Sentences, 5)
}

func TestReadUDPostsAreDocuments(t *testing.T) {
	const tweets = "# text = Ciao #a\n1\tCiao\t_\t_\t_\t_\t0\troot\t_\t_\n2\t#a\t_\t_\t_\t_\t1\tdep\t_\t_\n\n" +
		"# text = Vai!\n1\tVai\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\t!\t_\t_\t_\t_\t1\tpunct\t_\t_\n\n"
	tests := []struct {
		name  string
		texts []string
	}{
		{"it_isdt-ud-dev.conllu", []string{"Ciao #a Vai!"}},
		{"/data/ud/it_postwita-ud-dev.conllu", []string{"Ciao #a", "Vai!"}},
		{`C:\ud\IT_TWITTIRO-ud-test.conllu`, []string{"Ciao #a", "Vai!"}},
	}
	for _, tt := range tests {
		docs, err := ReadUD(strings.NewReader(tweets), tt.name)
		require.NoError(t, err)
		var texts []string
		for _, d := range docs {
			texts = append(texts, d.Text)
		}
		assert.Equal(t, tt.texts, texts, tt.name)
	}
}

func TestReadUDErrorsNameFileAndLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# text = a\n1\ta\n", "bad.conllu:2: expected 10 tab-separated fields, found 2"},
		{"x\t_\t_\t_\t_\t_\t_\t_\t_\t_\n", `bad.conllu:1: bad token id "x"`},
		{"\n\n1\t\t_\t_\t_\t_\t_\t_\t_\t_\n", "bad.conllu:3: empty form"},
		{"1\t\xff\t_\t_\t_\t_\t_\t_\t_\t_\n", "bad.conllu:1: invalid UTF-8"},
		{"2-1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n", `bad.conllu:1: bad token id "2-1"`},
	}
	for _, tt := range tests {
		_, err := ReadUD(strings.NewReader(tt.in), "bad.conllu")
		require.Error(t, err)
		assert.EqualError(t, err, tt.want)
		_, err = EvaluateUD(strings.NewReader(tt.in), "bad.conllu", nil)
		assert.Error(t, err)
	}
}

// spaceTokenizer splits at spaces and makes the whole text one sentence.
func spaceTokenizer(text string) (toks, sents []Span) {
	start := -1
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			if start >= 0 {
				toks = append(toks, Span{start, i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return toks, []Span{{0, len(text)}}
}

func TestEvaluateUD(t *testing.T) {
	res, err := EvaluateUD(strings.NewReader(udFixture), "fixture.conllu", spaceTokenizer)
	require.NoError(t, err)
	assert.Equal(t, 2, res.Documents)
	// Doc a: gold 10 tokens, system 7 space-separated, correct 4 (Il sindaco della città).
	// Doc b: gold 2, system 1 ("Basta!"), correct 0.
	assert.Equal(t, PRF{Gold: 12, System: 8, Correct: 4}, res.Tokens)
	// Doc a: gold 2 sentences, system 1, none equal; doc b: 1 and 1, equal.
	assert.Equal(t, PRF{Gold: 3, System: 2, Correct: 1}, res.Sentences)
	assert.Contains(t, res.String(), "fixture.conllu tokens")
}

func TestMatchSpans(t *testing.T) {
	tests := []struct {
		gold, sys []Span
		want      PRF
	}{
		{nil, nil, PRF{}},
		{[]Span{{0, 2}, {3, 5}}, []Span{{0, 2}, {3, 5}}, PRF{2, 2, 2}},
		{[]Span{{0, 5}}, []Span{{0, 2}, {2, 5}}, PRF{1, 2, 0}},
		{[]Span{{0, 2}, {2, 5}}, []Span{{0, 5}}, PRF{2, 1, 0}},
		{[]Span{{0, 2}, {2, 5}, {6, 7}}, []Span{{0, 2}, {3, 5}, {6, 7}}, PRF{3, 3, 2}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, matchSpans(tt.gold, tt.sys))
	}
}

func FuzzReadUD(f *testing.F) {
	f.Add(udFixture)
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadUD(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, s := range append(d.Tokens, d.Sentences...) {
				if s.Start < 0 || s.Start > s.End || s.End > len(d.Text) {
					t.Fatalf("span %v out of %d", s, len(d.Text))
				}
			}
		}
	})
}
