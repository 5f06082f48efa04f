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
// a present subjunctive (la visita garantisca che) and a noun after a
// determiner (la replica) are not cues.
//
// # Dropped subjects, roles and pronouns
//
// Italian drops subjects: in «…», ha aggiunto. or Ha poi aggiunto che … the
// speaker is the subject of the clause before or the last speaker. A role
// mention (il presidente cinese, il suo omologo russo, la premier, il
// Cremlino) resolves through the entities gazetteer's Roles, computed once per
// document, to the person who held the role and whom the document mentions,
// while the speaker's mention stays the role phrase as written; otherwise it
// resolves to the person the text named with that role (il ministro degli esteri
// Simon … il ministro); a pronoun (lui, egli) to the last speaker; i due
// leader to the two people last named together; Xi to the fuller Xi Jinping
// the text gives.
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
