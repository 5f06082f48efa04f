package aggregate

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/tribuna-nlp/tribuna"
)

// Totals adds up records of disjoint sets of documents: per-shard speaker
// and entity records, or the documents themselves.
type Totals struct {
	speakers map[string]*Speaker
	entities map[string]*Entity
	// Documents counts the documents added, Errors the error records met
	// (the {"error": …} lines of tribuna-beam and of `tribuna analyze
	// -errors inline`).
	Documents, Errors int
}

// NewTotals returns empty totals.
func NewTotals() *Totals {
	return &Totals{speakers: map[string]*Speaker{}, entities: map[string]*Entity{}}
}

// AddSpeaker adds one speaker record.
func (t *Totals) AddSpeaker(s Speaker) {
	if cur := t.speakers[s.Name]; cur != nil {
		cur.Merge(s)
		return
	}
	c := Speaker{Name: s.Name}
	c.Merge(s) // copies the map: the caller keeps its own
	t.speakers[s.Name] = &c
}

// AddEntity adds one entity record.
func (t *Totals) AddEntity(e Entity) {
	if cur := t.entities[e.Name]; cur != nil {
		cur.Merge(e)
		return
	}
	t.entities[e.Name] = &e
}

// AddDocument adds the counts of one analyzed document.
func (t *Totals) AddDocument(d *tribuna.Document) {
	sp, en := FromDocument(d)
	t.add(sp, en)
}

func (t *Totals) add(sp []Speaker, en []Entity) {
	t.Documents++
	for _, s := range sp {
		t.AddSpeaker(s)
	}
	for _, e := range en {
		t.AddEntity(e)
	}
}

// AddLine adds one JSON line of any of the kinds the pipeline and the
// command write: a speaker record ("speaker"), an entity record ("entity"),
// an error record ("error", counted only) or a document ("text").
func (t *Totals) AddLine(line []byte) error {
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return nil
	}
	var kind struct {
		Speaker *string         `json:"speaker"`
		Entity  *string         `json:"entity"`
		Error   json.RawMessage `json:"error"`
		Text    *string         `json:"text"`
	}
	if err := json.Unmarshal(line, &kind); err != nil {
		return fmt.Errorf("not a JSON object: %v", err)
	}
	switch {
	case kind.Speaker != nil:
		var s Speaker
		if err := json.Unmarshal(line, &s); err != nil {
			return fmt.Errorf("speaker record: %v", err)
		}
		t.AddSpeaker(s)
	case kind.Entity != nil:
		var e Entity
		if err := json.Unmarshal(line, &e); err != nil {
			return fmt.Errorf("entity record: %v", err)
		}
		t.AddEntity(e)
	case kind.Error != nil:
		t.Errors++
	case kind.Text != nil:
		sp, en, err := FromJSON(line)
		if err != nil {
			return fmt.Errorf("document: %v", err)
		}
		t.add(sp, en)
	default:
		return fmt.Errorf(`neither a document ("text") nor a record ("speaker", "entity", "error")`)
	}
	return nil
}

// Speakers returns the speakers, most quoted first (then by name).
func (t *Totals) Speakers() []Speaker {
	out := make([]Speaker, 0, len(t.speakers))
	for _, s := range t.speakers {
		c := *s
		if c.Entities == nil {
			c.Entities = map[string]int{}
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b Speaker) int {
		return cmp.Or(cmp.Compare(b.Quotes, a.Quotes), strings.Compare(a.Name, b.Name))
	})
	return out
}

// Entities returns the entities, named by most documents first (then by name).
func (t *Totals) Entities() []Entity {
	out := make([]Entity, 0, len(t.entities))
	for _, e := range t.entities {
		out = append(out, *e)
	}
	slices.SortFunc(out, func(a, b Entity) int {
		return cmp.Or(cmp.Compare(b.Documents, a.Documents), strings.Compare(a.Name, b.Name))
	})
	return out
}
