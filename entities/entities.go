package entities

import (
	"fmt"
	"strconv"
	"strings"
)

// Type is an entity type as KIND annotates it.
type Type string

// Entity types.
const (
	PER Type = "PER" // people
	LOC Type = "LOC" // places: countries, cities, continents, regions, buildings as places
	ORG Type = "ORG" // organizations: institutions, parties, media, governments by metonymy (Cremlino)
)

// Via tells how a mention was found. It marshals to JSON as its name
// ("name", "alias" …), as the tribuna command writes it.
type Via uint8

// How a mention was found (Mention.Via).
const (
	ViaName    Via = iota + 1 // the entry's canonical name
	ViaAlias                  // one of its aliases
	ViaDemonym                // a demonym of a place (cinese → Cina)
	ViaRole                   // a role mention resolved to a person (il presidente cinese → Xi Jinping)
	ViaRule                   // a name no list holds, found by rules (given names, titles, cues)
	ViaCoref                  // a partial name referring back to a full name earlier in the document
	ViaModel                  // a name a trained Tagger found that no entry holds (a document-local entry)
)

var viaNames = [...]string{ViaName: "name", ViaAlias: "alias", ViaDemonym: "demonym", ViaRole: "role", ViaRule: "rule", ViaCoref: "coref", ViaModel: "model"}

// String returns the name of v (name, alias, demonym, role, rule, coref, model),
// or "" for the zero Via.
func (v Via) String() string {
	if int(v) < len(viaNames) {
		return viaNames[v]
	}
	return "via(" + strconv.Itoa(int(v)) + ")"
}

// MarshalText writes v as its name.
func (v Via) MarshalText() ([]byte, error) {
	if v == 0 || int(v) >= len(viaNames) {
		return nil, fmt.Errorf("entities: unknown Via %d", v)
	}
	return []byte(viaNames[v]), nil
}

// UnmarshalText reads a Via from its name.
func (v *Via) UnmarshalText(b []byte) error {
	for i, n := range viaNames {
		if n != "" && n == string(b) {
			*v = Via(i)
			return nil
		}
	}
	return fmt.Errorf("entities: unknown via %q", b)
}

// Entry flags (the flags column of the data files).
const (
	FlagCap   = "cap"   // match only when written capitalized, with context rules at sentence start
	FlagExact = "exact" // match only in exactly the listed case
)

// Role is an office held by a person from From to To (years; To 0 while
// current) and, where the source gives them, from the day Start to the day
// End (0 when unknown; From and To are then their years). For an
// organization that stands for an office by metonymy (Cremlino for the
// Russian presidency) Metonym is true and the dates are 0.
type Role struct {
	Name    string // presidente, presidente del Consiglio, ministro degli Esteri …
	Place   string // canonical name of a LOC or ORG entry: Cina, Italia, Partito Democratico
	From    int
	To      int
	Start   Date
	End     Date
	Metonym bool
}

// HeldIn reports whether the role was held at some time in year (0: now).
func (r Role) HeldIn(year int) bool {
	if year == 0 {
		return !r.Metonym && r.current()
	}
	return r.HeldOn(MakeDate(year, 0, 0))
}

// HeldOn reports whether the role was held on day d, or at some time in d's
// month or year when d has no day or no month (0: now, that is, the role
// has no end).
func (r Role) HeldOn(d Date) bool {
	if r.Metonym {
		return false
	}
	if d == 0 {
		return r.current()
	}
	from, to := r.span()
	return (from == 0 || from <= d.last()) && (to == 0 || d <= to)
}

func (r Role) current() bool { return r.To == 0 && r.End == 0 }

// span returns the first and the last day the role may have been held;
// 0 for an unknown start or no end.
func (r Role) span() (from, to Date) {
	from, to = r.Start, r.End
	if from == 0 && r.From != 0 {
		from = MakeDate(r.From, 0, 0)
	}
	if to == 0 && r.To != 0 {
		to = MakeDate(r.To, 0, 0)
	}
	return from, to.last()
}

// Entry is a canonical entity. Entries returned by a Gazetteer are shared:
// treat them as read-only.
type Entry struct {
	ID       string // Wikidata id (Q7747) or a local id (x:palazzo-chigi); empty for entries found by rules
	Name     string // canonical name
	Type     Type
	Aliases  []string
	Demonyms []string
	Roles    []Role
	Party    string   // a person's party, as the latest source that gives it names it; empty when unknown
	Gender   string   // a person's gender as a source gives it: GenderFemale, GenderMale; empty when unknown
	Flags    []string // FlagCap, FlagExact
	// Sources are where the entry comes from, in merge order: the names of
	// the sources of data/README.md (tribuna for the hand-written entries,
	// wikidata-italy/legislators …), or what a user file says.
	Sources []string
}

// The values of Entry.Gender (a role phrase in the feminine, la ministra,
// names a woman).
const (
	GenderFemale = "f"
	GenderMale   = "m"
)

// HasFlag reports whether the entry carries flag f.
func (e *Entry) HasFlag(f string) bool {
	for _, x := range e.Flags {
		if x == f {
			return true
		}
	}
	return false
}

// clone returns a deep copy, so that merged entries never alias caller data.
func (e Entry) clone() *Entry {
	c := e
	c.Aliases = append([]string(nil), e.Aliases...)
	c.Demonyms = append([]string(nil), e.Demonyms...)
	c.Roles = append([]Role(nil), e.Roles...)
	c.Flags = append([]string(nil), e.Flags...)
	c.Sources = append([]string(nil), e.Sources...)
	return &c
}

// Mention is a span of text that refers to an entry.
type Mention struct {
	Text       string
	Start, End int // byte offsets, text[Start:End] == Text
	Type       Type
	Entry      *Entry // never nil; for ViaRule a document-local entry with an empty ID
	Via        Via
}

// Gazetteer holds entries and finds their mentions. It is immutable once
// built and safe for concurrent use.
type Gazetteer struct {
	entries []*Entry
	byID    map[string]*Entry
	index   *index
	holders map[string][]*Entry // role key (folded name@place) → people who held it
	opts    options
	tagger  *tagBinding // nil: names are found by the lists and rules alone
}

// options are the reading conventions that differ between annotation
// schemes. The zero value follows the project's gold (a country is a LOC
// wherever it appears).
type options struct {
	Metonymy          bool // see the Metonymy option
	Generic           bool // see Generic
	TitleInstitutions bool // see TitleInstitutions
}

// Option is a reading convention, for Reading.
type Option func(*options)

// Metonymy types a listed place used as an actor, with a bare definite
// article, as ORG: l'Italia ha firmato, la Francia ha votato, la Roma ha
// vinto. KIND annotates states and clubs this way.
func Metonymy(on bool) Option { return func(o *options) { o.Metonymy = on } }

// Generic reports the common nouns of institutions that stand for one (il
// governo, la polizia, l'esercito, la magistratura) as ORG mentions, as
// KIND's news part does.
func Generic(on bool) Option { return func(o *options) { o.Generic = on } }

// TitleInstitutions reports the institution named inside an office's title
// (il presidente del Consiglio, della Repubblica) as an ORG mention, as KIND
// annotates it. By default the title is a role, which names no organization.
func TitleInstitutions(on bool) Option { return func(o *options) { o.TitleInstitutions = on } }

// Reading returns a gazetteer with the same entries that reads text with
// g's conventions changed by opts; g is unchanged and the entries are shared.
func (g *Gazetteer) Reading(opts ...Option) *Gazetteer {
	o := g.opts
	for _, f := range opts {
		f(&o)
	}
	return g.withOptions(o)
}

func (g *Gazetteer) withOptions(o options) *Gazetteer {
	c := *g
	c.opts = o
	return &c
}

// New builds a gazetteer from entries. Entries with the same ID, or the same
// type and name, are merged into one. The entries are copied.
func New(entries ...Entry) *Gazetteer {
	b := newBuilder()
	for i := range entries {
		b.add(entries[i].clone())
	}
	return b.build()
}

// With returns a new gazetteer holding g's entries and the given ones; g is
// unchanged.
func (g *Gazetteer) With(entries ...Entry) *Gazetteer {
	b := newBuilder()
	for _, e := range g.entries {
		b.add(e.clone())
	}
	for i := range entries {
		b.add(entries[i].clone())
	}
	return b.build()
}

// Merge returns a new gazetteer holding the entries of g and of others, in
// that order; duplicates are merged and g is unchanged.
func (g *Gazetteer) Merge(others ...*Gazetteer) *Gazetteer {
	b := newBuilder()
	for _, x := range append([]*Gazetteer{g}, others...) {
		if x == nil {
			continue
		}
		for _, e := range x.entries {
			b.add(e.clone())
		}
	}
	return b.build()
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Entries returns the entries in load order (a new slice of shared entries).
func (g *Gazetteer) Entries() []*Entry { return append([]*Entry(nil), g.entries...) }

// ByID returns the entry with the given id, or nil.
func (g *Gazetteer) ByID(id string) *Entry { return g.byID[id] }

// Lookup returns the entry whose canonical name or alias is name (case and
// apostrophes folded), preferring a canonical name; nil when there is none.
func (g *Gazetteer) Lookup(name string) *Entry {
	var first *Entry
	for _, t := range g.index.lookupForm(strings.TrimSpace(name)) {
		switch {
		case t.via == ViaName:
			return t.e
		case t.via == ViaAlias && first == nil:
			first = t.e
		}
	}
	return first
}
