// Package tribuna analyzes Italian political and news text: sentences and
// tokens with exact byte offsets, Snowball stems, mentions of people, places
// and organizations linked to canonical entries, the people a text names by
// their office (la premier → Giorgia Meloni), and quotations with who said
// them. It is pure Go: no model to download, no Python, no cgo.
//
// # Analyzing a text
//
// Analyze runs every step on a text and returns a Document:
//
//	d := tribuna.Analyze(text)
//	for _, m := range d.Entities {
//		fmt.Println(m.Text, m.Type, m.Entry.Name, m.Via) // Putin PER Vladimir Putin alias
//	}
//	for _, m := range d.Roles {
//		fmt.Println(m.Text, "→", m.Entry.Name) // il presidente cinese → Xi Jinping
//	}
//	for _, q := range d.Quotes {
//		fmt.Println(q.Kind, q.Speakers, q.Cue, q.Text)
//	}
//
// An Analyzer built with New fixes the options and is safe for concurrent
// use: build one and share it between goroutines (Analyze uses a default one
// built on first use). The options:
//
//   - WithGazetteer: find entities with a gazetteer of one's own, usually
//     the embedded one merged with a file of one's people and organizations
//     (entities.Default().Merge(mine); see the example).
//   - WithDate: the day the texts were written, so that la premier names
//     whoever held the office then; AnalyzeAt gives it for one text.
//   - WithSteps: only the steps one needs (tokens always; stems, entities,
//     roles, quotes).
//   - WithStemStopWords: whether stop words are stemmed (della → dell, the
//     default, as Snowball does) or left whole.
//   - WithTokenizer: a tokenizer with options of one's own.
//   - WithTagger: find entities with an entity tagger trained on one's own
//     data (entities.TrainTagger, or tribuna train ner) instead of the
//     gazetteer's rules alone.
//
// # Who and what a text mentions
//
// Document.Entities are the mentions of people, places and organizations in
// text order, never overlapping, as named-entity evaluations want them. A
// demonym (il governo italiano) is there as a mention of its country with Via
// entities.ViaDemonym ("demonym" in the JSON): it says where something is from rather than naming the place.
// Document.Roles are the people named by their office (la premier, il
// presidente cinese, il Cremlino), resolved to the person who held it, apart
// from Entities because they overlap them (il presidente cinese holds the
// demonym cinese).
//
// Counts counts the mentions of each entry, most mentioned first. It leaves
// demonyms and role mentions out unless asked, so that italiano is not
// counted as a mention of Italy by accident:
//
//	for _, c := range d.Counts(tribuna.IncludeRoles) {
//		fmt.Println(c.Entry.Name, c.Entry.Type, c.Mentions) // Giorgia Meloni PER 3
//	}
//
// Mentions lists the same mentions one by one.
//
// # Who said what
//
// Document.Quotes are the quotations in text order, each with its Kind
// (direct, partial, indirect), its Speakers (canonical names, with the
// entry's ID when the gazetteer knows the person), the speech verb (Cue) and
// the span that names the speaker (Mention). A speaker named only by a role
// phrase whose holder the text never names (ha detto la segretaria dem)
// is given as written, as the project's annotation conventions ask, with
// the ID of the role mention of Document.Roles at the same span when the
// role resolved at the document's date (empty otherwise).
//
// # Offsets and JSON
//
// Every span in a Document (sentence, token, entity, role, quote, speaker
// mention) carries UTF-8 byte offsets into Document.Text, end exclusive, and
// Text[Start:End] is exactly the span's text: the input is never rewritten.
//
// A Document marshals to the JSON that the tribuna command prints. A
// JSONFormat writes only some of its fields (ParseFields reads
// "entities,quotes") and counts offsets in code points, for Python's
// text[start:end], or in UTF-16 units, for JavaScript and Java:
//
//	b := tribuna.JSONFormat{Fields: tribuna.FieldEntities | tribuna.FieldQuotes, Offsets: tribuna.RuneOffsets}.Append(nil, d)
//
// # Many documents
//
// An Analyzer is safe for concurrent use, so documents can be analyzed on
// as many goroutines as there are cores. Most of what Analyze allocates is
// its output; a program that analyzes many documents gains by collecting
// garbage less often (debug.SetGCPercent(400), as the tribuna command does).
// The README gives the speed figures and the commands that measure them.
//
// # The packages
//
// Each step is a package that can be used alone:
//
//   - tokenize: Italian tokens and sentences, following the Italian Universal
//     Dependencies treebanks: elided articles and prepositions as tokens of
//     their own (dell’ + Ucraina), Italian numbers and dates, abbreviations
//     (on., sen., S.p.A.) that never end a sentence, « » and “ ” quotation
//     marks, URLs, hashtags, mentions and emoji of political tweets.
//   - stem: the Snowball Italian stemmer, exact on Snowball's vocabulary, with
//     the Snowball stop words and a memoizing Stemmer for running text.
//   - entities: an embedded gazetteer of the people, places and organizations
//     of Italian and world politics, matched over tokens; demonyms (cinese →
//     Cina), role mentions (il presidente cinese → Xi Jinping), names no list
//     holds, and partial names referring back to full ones.
//   - quotes: direct, partial and indirect quotations, with their speakers
//     linked to entities, the speech verb, the addressee and the source.
//
// Data flows one way: tokenize is used by entities, entities by quotes, and
// all of them by this package.
//
// # The route of a text
//
// AnalyzeAt takes a text down the layers once, each step reading what the
// steps before it left:
//
//  1. tokenize cuts the text into tokens and groups them into sentences;
//  2. the word layer (internal) reads every token once: its key (lower case,
//     every apostrophe as ', composed accents), the key's hash, its entry in
//     the one lexicon of Italian closed classes and cue words, and its shape
//     (capitalized, elided, a year …). This is the document's word table;
//  3. entities finds the names on the table: the gazetteer's names, aliases
//     and demonyms, the rules' names no list holds, partial names referring
//     back (or a trained tagger's spans, linked to the gazetteer);
//  4. entities finds the role mentions in the windows of the table around
//     the words that open one, resolved against those names at the date;
//  5. quotes reads the same table, names and roles: quotation marks, the
//     narrator's sentences, speech verbs, speakers;
//  6. the stems are made from the table's keys.
//
// The standalone functions (entities.Gazetteer.Find, quotes.Extract,
// stem.Stem) build what they need themselves.
//
// # The command
//
// cmd/tribuna runs the pipeline from the shell: with no arguments it
// summarizes an embedded sample article; `tribuna analyze` writes text, JSON,
// JSON Lines or a self-contained HTML page, and streams JSON Lines batches on
// several cores in input order; `tribuna eval` scores the packages on the
// Universal Dependencies, KIND and quotation data sets.
package tribuna
