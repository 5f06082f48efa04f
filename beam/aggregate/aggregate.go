// Package aggregate counts, over many analyzed documents, who is quoted and
// whom they name, and how many documents name each entity. The counts of
// disjoint sets of documents merge by addition, so shards, bundles and
// separate runs combine in any order into the same totals.
//
// The package has no Beam dependency: the Beam pipeline (package
// tribunabeam) combines these records with CombinePerKey, and the
// tribuna-merge command combines the files they were written to, or computes
// them from the tribuna command's JSON documents.
package aggregate

import (
	"cmp"
	"encoding/json"
	"errors"
	"slices"
	"sort"
	"strings"

	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/entities"
)

// Speaker is what the quotes attributed to one speaker add up to.
type Speaker struct {
	Name string `json:"speaker"`
	ID   string `json:"id,omitempty"`
	// Quotes is the number of quotes attributed to the speaker (a quote with
	// two speakers counts for both).
	Quotes int `json:"quotes"`
	// Entities counts, by canonical name, the entity mentions that lie
	// inside the speaker's quotes.
	Entities map[string]int `json:"entities"`
}

// Entity is how often one entity is named.
type Entity struct {
	Name      string `json:"entity"` // the canonical name
	Type      string `json:"type"`
	ID        string `json:"id,omitempty"`
	Documents int    `json:"documents"` // documents that name it at least once
	Mentions  int    `json:"mentions"`
}

// Merge adds o's counts to s. s and o must be the same speaker; of two
// different non-empty ids the smaller is kept, so that the result does not
// depend on the order of merging.
func (s *Speaker) Merge(o Speaker) {
	s.ID = pick(s.ID, o.ID)
	s.Quotes += o.Quotes
	if len(o.Entities) > 0 && s.Entities == nil {
		s.Entities = make(map[string]int, len(o.Entities))
	}
	for name, n := range o.Entities {
		s.Entities[name] += n
	}
}

// Merge adds o's counts to e, as Speaker.Merge does.
func (e *Entity) Merge(o Entity) {
	e.Type = pick(e.Type, o.Type)
	e.ID = pick(e.ID, o.ID)
	e.Documents += o.Documents
	e.Mentions += o.Mentions
}

// pick returns the smaller non-empty string of a and b.
func pick(a, b string) string {
	if a == "" || (b != "" && b < a) {
		return b
	}
	return a
}

// mention and quote are what the counts need of a document, whether it comes
// from the library or from its JSON.
type mention struct {
	name, id, typ, via string
	start, end         int
}

type quote struct {
	start, end int
	speakers   []speaker
}

type speaker struct{ name, id string }

// FromDocument returns the records of one analyzed document: one per speaker
// and one per entity, sorted by name. The mentions counted are those of
// d.Mentions(tribuna.IncludeRoles): entities named, and role mentions
// resolved to their person (la premier → Giorgia Meloni); demonyms (cinese →
// Cina) are adjectives, not mentions of their country, and are not counted.
func FromDocument(d *tribuna.Document) ([]Speaker, []Entity) {
	found := d.Mentions(tribuna.IncludeRoles)
	ms := make([]mention, len(found))
	for i, m := range found {
		name, id := m.Text, ""
		if m.Entry != nil {
			name, id = m.Entry.Name, m.Entry.ID
		}
		ms[i] = mention{name: name, id: id, typ: string(m.Type), via: m.Via.String(), start: m.Start, end: m.End}
	}
	qs := make([]quote, len(d.Quotes))
	for i, q := range d.Quotes {
		qs[i] = quote{start: q.Start, end: q.End}
		for _, s := range q.Speakers {
			qs[i].speakers = append(qs[i].speakers, speaker{s.Name, s.ID})
		}
	}
	return collect(ms, qs)
}

// jsonDocument is the part of the tribuna command's JSON document the counts read.
type jsonDocument struct {
	Text     *string       `json:"text"`
	Entities []jsonMention `json:"entities"`
	Roles    []jsonMention `json:"roles"`
	Quotes   []struct {
		Start    int `json:"start"`
		End      int `json:"end"`
		Speakers []struct {
			Name string `json:"name"`
			ID   string `json:"id"`
		} `json:"speakers"`
	} `json:"quotes"`
}

type jsonMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Name  string `json:"name"`
	ID    string `json:"id"`
	Via   string `json:"via"`
}

// ErrNotDocument says a JSON object has no "text": it is not a document.
var ErrNotDocument = errors.New(`not a document (no "text")`)

// FromJSON returns the records of one document as the tribuna command writes
// it (-format jsonl), the same as FromDocument on the document itself.
func FromJSON(doc []byte) ([]Speaker, []Entity, error) {
	var d jsonDocument
	if err := json.Unmarshal(doc, &d); err != nil {
		return nil, nil, err
	}
	if d.Text == nil {
		return nil, nil, ErrNotDocument
	}
	ms := make([]mention, 0, len(d.Entities)+len(d.Roles))
	for _, m := range d.Entities {
		ms = append(ms, mention{name: m.Name, id: m.ID, typ: m.Type, via: m.Via, start: m.Start, end: m.End})
	}
	for _, m := range d.Roles {
		if m.ID != "" { // a role whose holder is not known names no one
			ms = append(ms, mention{name: m.Name, id: m.ID, typ: m.Type, via: m.Via, start: m.Start, end: m.End})
		}
	}
	qs := make([]quote, len(d.Quotes))
	for i, q := range d.Quotes {
		qs[i] = quote{start: q.Start, end: q.End}
		for _, s := range q.Speakers {
			qs[i].speakers = append(qs[i].speakers, speaker{s.Name, s.ID})
		}
	}
	sp, en := collect(ms, qs)
	return sp, en, nil
}

// collect counts one document. Mentions are sorted by start so that each
// quote finds those inside it by binary search: linear in the document,
// whatever the number of quotes.
func collect(ms []mention, qs []quote) ([]Speaker, []Entity) {
	kept := ms[:0]
	for _, m := range ms {
		if m.via != entities.ViaDemonym.String() && m.name != "" {
			kept = append(kept, m)
		}
	}
	ms = kept
	byStart := func(a, b mention) int { return cmp.Compare(a.start, b.start) }
	if !slices.IsSortedFunc(ms, byStart) {
		slices.SortStableFunc(ms, byStart)
	}

	entityList := make([]Entity, 0, len(ms)/2+1)
	byEntity := make(map[string]int, len(ms)/2+1) // name → index in entityList
	for _, m := range ms {
		i, ok := byEntity[m.name]
		if !ok {
			i = len(entityList)
			byEntity[m.name] = i
			entityList = append(entityList, Entity{Name: m.name, Type: m.typ, ID: m.id, Documents: 1})
		} else {
			entityList[i].Merge(Entity{Type: m.typ, ID: m.id})
		}
		entityList[i].Mentions++
	}
	slices.SortFunc(entityList, func(a, b Entity) int { return strings.Compare(a.Name, b.Name) })

	bySpeaker := map[string]*Speaker{}
	for _, q := range qs {
		var named map[string]int
		for i := sort.Search(len(ms), func(i int) bool { return ms[i].start >= q.start }); i < len(ms) && ms[i].start < q.end; i++ {
			if ms[i].end > q.end {
				continue
			}
			if named == nil {
				named = map[string]int{}
			}
			named[ms[i].name]++
		}
		for _, s := range q.speakers {
			if s.name == "" {
				continue
			}
			sp := bySpeaker[s.name]
			if sp == nil {
				sp = &Speaker{Name: s.name, Entities: map[string]int{}}
				bySpeaker[s.name] = sp
			}
			sp.Merge(Speaker{ID: s.id, Quotes: 1, Entities: named})
		}
	}
	speakerList := make([]Speaker, 0, len(bySpeaker))
	for _, s := range bySpeaker {
		speakerList = append(speakerList, *s)
	}
	slices.SortFunc(speakerList, func(a, b Speaker) int { return strings.Compare(a.Name, b.Name) })
	return speakerList, entityList
}
