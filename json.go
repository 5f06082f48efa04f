package tribuna

import (
	"encoding/json"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/quotes"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

type jsonSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type jsonToken struct {
	Text  string        `json:"text"`
	Start int           `json:"start"`
	End   int           `json:"end"`
	Kind  tokenize.Kind `json:"kind"`
	Stem  string        `json:"stem,omitempty"`
}

type jsonEntity struct {
	Text  string        `json:"text"`
	Start int           `json:"start"`
	End   int           `json:"end"`
	Type  entities.Type `json:"type"`
	Name  string        `json:"name"`
	ID    string        `json:"id,omitempty"`
	Via   string        `json:"via"`
}

type jsonDocument struct {
	ID        string         `json:"id,omitempty"`
	Text      string         `json:"text"`
	Sentences []jsonSpan     `json:"sentences"`
	Tokens    []jsonToken    `json:"tokens"`
	Entities  []jsonEntity   `json:"entities"`
	Quotes    []quotes.Quote `json:"quotes"`
}

// MarshalJSON encodes the document as the tribuna command prints it:
// sentences as spans, tokens with their kind and stem, entities with their
// canonical name, id and how they were found, and quotes with their speakers.
func (d *Document) MarshalJSON() ([]byte, error) {
	j := jsonDocument{
		ID:        d.ID,
		Text:      d.Text,
		Sentences: make([]jsonSpan, len(d.Sentences)),
		Tokens:    make([]jsonToken, len(d.Tokens)),
		Entities:  make([]jsonEntity, len(d.Entities)),
		Quotes:    d.Quotes,
	}
	for i, s := range d.Sentences {
		j.Sentences[i] = jsonSpan{s.Start, s.End}
	}
	for i, t := range d.Tokens {
		j.Tokens[i] = jsonToken{Text: t.Text, Start: t.Start, End: t.End, Kind: t.Kind}
		if i < len(d.Stems) {
			j.Tokens[i].Stem = d.Stems[i]
		}
	}
	for i, m := range d.Entities {
		e := jsonEntity{Text: m.Text, Start: m.Start, End: m.End, Type: m.Type, Via: m.Via}
		if m.Entry != nil {
			e.Name, e.ID = m.Entry.Name, m.Entry.ID
		}
		j.Entities[i] = e
	}
	if j.Quotes == nil {
		j.Quotes = []quotes.Quote{}
	}
	return json.Marshal(j)
}
