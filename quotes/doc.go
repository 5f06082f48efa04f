// Package quotes finds the quotations of Italian news text and who uttered
// them: direct quotes, partial quotes (a quoted fragment inside the
// narrator's sentence) and indirect quotes (a speech verb + che or di +
// infinitive), each with its speakers, the speaker's mention, the speech
// verb (cue), and when the text gives them the addressee and the source.
//
// # Use
//
//	for _, q := range quotes.Extract(text) {
//		fmt.Println(q.Kind, q.Text, q.Speakers, q.Cue) // direct La relazione … [{Xi Jinping Q15031}] ha detto
//	}
//
// Extract is the simple entry point. An Extractor holds options
// (WithGazetteer, WithTokenizer, WithoutGazetteer) and is safe for
// concurrent use; its ExtractDoc takes the tokens and entity mentions a
// pipeline has already computed, so that nothing is tokenized twice. The
// extractor finds its own sentence limits, since a quote's inner
// punctuation does not end the narrator's sentence.
//
// # Quotation marks in Italian
//
// Italian news uses « » (caporali) for quotes and “ ” or " for quotes and
// for titles alike; ‘ ’ nest inside them. The closing ’ is also the
// apostrophe (l’amicizia, po’): it closes a quote only when a ‘ is open and
// it does not stand between two letters. Marks are paired with a stack, each
// mark looked at once, so that unbalanced input costs linear time; what
// cannot be paired is left out. A quote running over several paragraphs
// reopens « at each paragraph and closes only at the end: it is one quote.
//
// Quotation marks also surround titles, names of laws, parties and lists,
// nicknames and the narrator's scare quotes (il cosiddetto «Lodo Alfano», la
// lista «Stella», alla «Voce del popolo»). A span is reported only when
// someone is said to utter it, and spans announced by a title noun or written
// as a name after an article or preposition are left out.
//
// # Speech verbs
//
// The lexicon holds about eighty reporting verbs (dire, affermare,
// dichiarare, aggiungere, sottolineare, ribadire, spiegare, annunciare,
// riferire, replicare, definire, twittare, far sapere …). Their forms are
// generated from the infinitive with the rules of the three conjugations
// (-are, -ere, -ire with and without -isc-), the spelling of -care/-gare
// (replicherà) and -ciare/-giare (annuncerà), and the irregular stems
// written out (disse, detto; aggiunse, aggiunto; sostiene, sostenne): present,
// imperfect, passato remoto, future, conditional, gerund (affermando,
// definendolo), infinitive and participles with their auxiliaries (ha detto,
// aveva detto, avrebbe detto, hanno dichiarato). A participle without an
// auxiliary (le battute dette da Luttazzi), a reflexive (si è detto lieto),
// a present subjunctive (la visita garantisca che), a noun after a
// determiner (la replica) and a verb with another sense before a noun
// object (sosterrà Kiev «fino alla fine»: to support) are not cues.
//
// # How a text is read
//
// ExtractDoc builds one analysis of the document (analysis.go): the word
// table's keys and classes of every token, the pairs of quotation marks
// (marks.go), the narrator's sentences and paragraphs (sentences.go) and
// the proper names (names.go). Nothing in it changes afterwards. Then:
//
//   - every pair of marks goes through the patterns below, in order, and
//     the first that matches attributes it (attribute.go, patterns.go); the
//     non-speech checks may then set it aside (nonspeech.go); kind.go tells
//     direct from partial;
//   - every speech verb followed by che, come or di + infinitive gives an
//     indirect quote, up to the end of its clause (indirect.go);
//   - the speakers are resolved in document order (resolve.go, roles.go).
//
// # Patterns
//
// Each pattern is one way Italian news tells who utters a marked quote:
//
//   - interruption: «A – ha detto X – B», «A», per X, «B»;
//   - continuation: a quote linked to the one before it («A» e «B»; "A" -
//     osserva X - "B");
//   - right cue: «…», ha detto X. / «…» dichiara X / «…», come spiega X /
//     «…», come dichiarato dal ministro X;
//   - colon: X ha dichiarato: «…»;
//   - right cue, no subject: «…», ha aggiunto.;
//   - colon introducer: Putin: «…»; a noun frame (Queste le sue parole:
//     «…»), a frame in the clause (Secondo X, …: «…»), words and their
//     author (Tra le frasi dette da X, spicca: «…»);
//   - left cue: X ha detto che «…», X ha definito la legge «…», secondo X
//     «…», per la premier Meloni «…», giudicata «…» da X;
//   - right cue inside: la legge è «un pasticcio», ha detto X;
//   - next sentence: «…». Così X. / «…». Queste le parole di X.;
//   - list ahead: «A», «B» e «C», ha detto X. / a list ending its sentence;
//   - previous speaker: «…» standing alone: whoever spoke goes on;
//   - speaker's words: a quote of three words or more inside the
//     narrator's sentence, in a paragraph where someone has spoken.
//
// The non-speech checks are, in order: a title noun before (il libro
// «…», la serie televisiva «…», una canzone, «…»), a name after a
// determiner (alla «Voce del popolo»), title case («Yes We Can»), the
// quote names its speaker («Un elettore» scrive), a label before a colon
// (la scritta: «…»), a work and its year, a naming verb (ribattezzato
// «…»), a scare quote in a phrase (circa la «portata», le loro
// «dimissioni di massa»).
//
// # Names
//
// Names come from the entity mentions the caller passes (entities.Find):
// quotes does not find them again. Where the entities layer found none, a
// minimal name gate (names.go, gatedRun) takes a run of capitalized words
// inside a sentence (with name connectors, elided particles and double
// surnames: Dall'Olio, Bob-Waksberg), and at a sentence start only a word
// that stands as a subject (Speciale si è opposto). Two mentions an Arabic
// particle joins are one name (Ayman al-Zawāhirī). A speaker is named as
// the paragraph names him at his fullest (Perino → Alberto Perino, across
// diacritics), or by another name the text gives the same entry (Papa
// Benedetto XVI … Joseph Ratzinger); a one-word name no list holds, one or
// two letters from a listed name in the paragraph, is its misspelling.
// World knowledge adds no words: Berlusconi stays Berlusconi.
//
// # Subjects, roles and descriptions
//
// Italian drops subjects: in «…», ha aggiunto. or Ha poi aggiunto che …
// the speaker is the subject of the clause or sentence before (when its
// head can speak: not Le responsabilità del conduttore …) or the last
// speaker of the paragraph. The subject of a cue is read leftwards over
// appositions, relative and subordinate clauses, prepositional asides and
// brackets (subject.go); after come or a quote it follows the verb. A
// role phrase without a name (il presidente cinese, la premier, il
// Cremlino) resolves only when something ties a person to it: the same
// text (il sindaco di Bologna, Sergio Cofferati … il primo cittadino), the
// gazetteer's role mentions at the document's date (entities RolesAt, or
// the roles the pipeline hands over), or the gazetteer's roles
// of a person the document mentions, held in the years the text names;
// otherwise it stays as written (the conventions compare names), with the
// ID of the person the gazetteer gives the role (la segretaria dem: the
// role mention at the document's date, or in the years the text names). A noun that describes rather than names
// an office (il texano, la tennista, l'investigatore) stands for the person
// the paragraph is about; a relational noun (la sorella, la vedova di X)
// never goes to the nearest person. A pronoun stands for the last speaker,
// or the subject of the sentence before; a passive with no agent for
// whoever speaks in the paragraph; a message (il comunicato, la sentenza)
// for its writer.
//
// # Speed
//
// Every token is folded to lower case and hashed in one pass over its bytes
// and looked up once in a table of the known words (speech verb forms and
// the closed classes), which gives its lower-case form without allocating
// and its word classes as bits; the per-document arrays come from a pool;
// speech verb phrases are read once per verb; role phrases are handed to the
// gazetteer only around role nouns, and only when a role names a speaker. The
// rules look at most a bounded number of tokens around each cue, and a test
// counts loop steps to check that four times the text costs four times the
// work, on news and on pathological repetitions (go test -tags tribuna_steps
// -run Linear: other builds count nothing).
//
// All offsets are UTF-8 byte offsets into the input, which is never
// rewritten: text[q.Start:q.End] == q.Text. Any input, including invalid
// UTF-8 and unbalanced marks, is processed in linear time without panics.
package quotes
