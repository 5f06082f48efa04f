// Package entities finds people (PER), places (LOC) and organizations (ORG) in
// Italian text and links each mention to a canonical entry.
//
// # Use
//
//	g := entities.Default() // the embedded gazetteer, loaded once
//	ms := g.Find(text, nil) // mentions by name, alias, demonym, rule, coreference
//	for _, m := range ms {
//		fmt.Println(m.Text, m.Type, m.Entry.Name, m.Entry.ID, m.Via) // Putin PER Vladimir Putin Q7747 alias
//	}
//	roles := g.RolesAt(text, nil, ms, date) // il presidente cinese → Xi Jinping
//
// To add one's own people and organizations, Load a file of them and Merge
// it with the default gazetteer (see the examples).
//
// # The gazetteer
//
// Default returns the embedded gazetteer, loaded once on first use: 31,000
// entries (countries, Italian regions and comuni, foreign cities,
// institutions, parties, companies and media, people of Italian and world
// politics with their offices dated to the day and their parties), generated
// from hand-written entries and open data (Wikidata, ISTAT, GeoNames, CLDR,
// ondata, Party Facts, openfootball) by the repository's gazetteer module;
// each Entry says where it comes from (Sources) and carries its Wikidata id
// where a source gives one. data/README.md lists the sources, their licenses
// and the file format. Load reads a user gazetteer in the same TSV format or
// as JSON Lines (what WriteJSONL and the command's tribuna gazetteer write);
// Merge and With combine gazetteers into new ones. A Gazetteer never changes
// once built and is safe for concurrent use.
//
// # Matching Italian text
//
// Matching runs over tokens, longest match first, on folded forms: case and
// the apostrophe variants (' ’ ‘) are unified, accents are kept (Forlì is not
// Forli). Elided articles and prepositions are their own tokens in Italian
// tokenization (dell’ + Ucraina), so dell’Ucraina is a mention of Ucraina
// alone and all’ONU of ONU; a name that starts with an elided article
// (L’Aquila) is listed with it. Words joined by a hyphen are matched
// separately (la relazione Cina-Russia names two countries).
//
// Names are capitalized in Italian and common words are not, so a name or
// alias matches only when its first word is capitalized or written in
// capitals (usa is a verb, USA and Usa the country). Entries flagged cap are
// names that are also common words (Lega, Verdi, Azione, Forza Italia, Conte):
// every long word other than a function word (Corriere della Sera) must be
// capitalized, and a one-word name at the start of a sentence, where every
// word is capitalized, needs evidence: the entry named before, a verb of
// which it is the subject (Conte ha chiesto …), or the rest of the document
// naming it (Conte … Giuseppe Conte). Entries flagged exact match only as
// written, in each of their listed casings (IV for Italia Viva, not iv;
// camorra and Camorra), and a two-letter acronym also as Italian papers
// write it inside a sentence (Iv). A demonym spelled like its place is both: the
// capitalized form is the place (l'Ucraina), the lower-case one the demonym
// (la delegazione ucraina).
//
// Foreign surnames may open with lower-case particles (von der Leyen, de
// Gaulle, al-Sisi, bin Salman): a listed name matches when such particles are
// followed by a capitalized word. Italian ones are capitalized (Di Pietro, La
// Russa), so di, da, del are not taken as particles in lower case. An
// apostrophe after a capitalized part that is no Italian elided word
// (Mu'ammar, Xi'an, Sana'a; not Dell', Quest', Sant') is inside the name.
//
// # Demonyms
//
// Italian writes demonyms in lower case (il presidente cinese, i media statali
// cinesi) in four forms (russo, russa, russi, russe). Each is a mention of its
// country's entry with Via ViaDemonym and the country's type; evaluations of
// PER/LOC/ORG leave them out, as KIND does not annotate them.
//
// # Names no list holds
//
// Capitalized runs of words that no entry covers are classified by rules
// (ViaRule, a document-local Entry with an empty ID). Each rule is named
// after the Italian construction it covers and tried in a fixed order (the
// tables in rules.go, each rule with its own table test). The words around a
// name type it: a known given name (data/given_names.txt) or a title or
// role before it makes a person (l’assistente … Yuri Ushakov, il ministro X,
// sen. X), as does a noun of people or one named after someone (il
// cantautore X, la riforma X); a noun of a kind of organization makes an
// organization (l’azienda X, il quotidiano X, il sito X), and so do a head
// word with the prepositions and adjectives of its name (Ministero
// dell’Economia e delle Finanze, Corte costituzionale, Università di X) and
// a company suffix (X S.p.A.); a head word of places (Monte, Lago, Piazza,
// via) or a place preposition (a, verso, presso; not after insieme, grazie,
// addio) makes a place, and so does di after a noun of settlements or
// offices (la città di X, il sindaco di X).
//
// A capitalized run with no cue is reported only when it is shaped like a
// first name and a surname (no common word of the document, no English word
// of the names of things, no ending of Italian common nouns such as -zione or
// -ità); a lone capitalized word is guessed to be a person's surname unless an
// article, a preposition or a common noun comes before it (il Milan, su
// Twitter, la scala Richter), and takes the type of a name it is coordinated
// with (Bergamo, Brescia e Crema). Events and works (Seconda Guerra Mondiale,
// Tour de France) are recognized by their head word and left out, but not
// the listed place they are named after (Festival di Sanremo). A word
// capitalized only because it opens a sentence is a name only when the
// document writes it as one elsewhere, and a name the document writes after
// an article (il Drago, la Pro Recco) is not a person's: Italian gives
// articles to clubs, companies and places, not to people.
//
// A name has one type and one entry within a document: the mentions rules
// found for it take the type with the strongest evidence among all of them
// (a listed name or a cue, then a place preposition, then the name's shape,
// then di after any noun), and a name found with evidence is found again
// where no rule takes it (l’azienda Zorbatex … la Zorbatex).
//
// Names end where the text says so: at a line break, and at a capitalized
// article or other function word inside a run, which opens the next
// sentence of an unpunctuated headline (Matteo Renzi | Il …); a listed
// office named after its seat is two mentions (Procura | di | Napoli), and
// so is a building's name and its place (Stadio Olimpico | di | Roma); a
// listed place hyphenated to a locality is one place (Milano-Linate), two
// places with demonyms are two (Cina-Russia). The title of an office (il
// presidente del Consiglio, della Repubblica, il capo dello Stato) is a
// role, not an organization.
//
// # Coreference
//
// Within a document a surname or a final part of a name refers back to the
// full name seen earlier (Ushakov → Yuri Ushakov) with ViaCoref, and an
// acronym in brackets after an organization names it (China Central Television
// (CCT)). A back reference is capitalized like a name (piano is not Renzo
// Piano), keeps a surname's particle (Di Stefano, never Stefano) and is never
// a given name by itself. A minister's portfolio before a name (il ministro
// dell'Economia e delle Finanze Giancarlo Giorgetti) is not part of it.
//
// # Role mentions
//
// Italian news often names a person by office: il presidente cinese, la
// premier, il suo omologo russo, il capo del Cremlino, il ministro
// dell'Istruzione e del Merito, la segretaria dem, il capogruppo di FdI alla
// Camera, il Guardasigilli, or by the seat of the office (il Cremlino,
// Palazzo Chigi, il Quirinale). RolesAt returns these as mentions with
// ViaRole resolved to whoever held the office on the document's date (il
// sindaco di Milano in 2024: Giuseppe Sala), and the years the text names
// when no date is given (a historical text). Roles, the first form, reports
// only roles whose holder the document mentions. Role mentions are not named
// entities: Find does not return them, and they overlap the demonyms and
// names inside them. ResolveRole answers the same question for a role, a
// place and a year, and Role.HeldOn for a day.
//
// A role phrase is read as Italian writes it (roles_phrase.go, its word
// tables in roles_tables.go):
//
//   - its span runs from the article, and the words before the noun that
//     say when (l'ex premier portoghese, il nuovo papa, la neosegretaria, il
//     vice premier), through the words after it (il governatore uscente del
//     Veneto) and what tells the office: a demonym (il presidente francese),
//     of and a place, a party, an institution or a seat (il sindaco di
//     Milano, il segretario del Pd, il presidente della Regione Lazio, il
//     titolare della Farnesina, il leader di Kiev: a capital for its
//     country), an institution named after it (l'Alta rappresentante Ue, il
//     presidente Usa), a party's adjective (la segretaria dem), a chamber (il
//     capogruppo della Lega alla Camera); a minister's portfolio is the
//     ministry's name, coordinated parts included (il ministro
//     dell'Agricoltura, della Sovranità alimentare e delle Foreste), matched
//     by its first part and by the other form of its preposition (la
//     ministra per le Riforme, degli Affari esteri: the Esteri). A title
//     whose office is not told (il ministro, il presidente Trump) is no role
//     mention; the offices Italian news names alone are (la premier, il
//     capo dello Stato, il Guardasigilli, il vicepremier, il papa, l'Alta
//     rappresentante).
//   - it names a person after a singular article, bare after a singular
//     articulated preposition (al capo dello Stato) or before a name (Papa
//     Francesco); not as a predicate (è la nuova sindaca, eletta presidente,
//     come nuovo ministro), in the plural (i leader, dei premier), after a
//     numeral or an indefinite article.
//   - a seat stands for its holder as the subject of a clause (Il Cremlino
//     frena; ha detto il Viminale; per Palazzo Chigi è …), not as a place, a
//     party or a prize (al Quirinale, con la Regione Toscana, la corsa per la
//     Casa Bianca, fonti di Palazzo Chigi).
//
// It resolves to the person named right after it (il ministro degli Esteri
// Wang Yi); else to a person of the document who held the office at the time
// the phrase says: on the document's date, or, with ex, allora, emerito,
// before it and not on it, with futuro, designato, after it (with nuovo, the
// latest to take it); else, for the present, to the one person who held it
// on that day. A party's adjective picks a holder of that party (il premier
// laburista), a nationality one who held an office of that country (il
// pontefice argentino). An office held by several people on the day (il
// vicepremier), or by no one the text or the data tells (l'ex premier, il
// prefetto di Agrigento), is still reported, unresolved: an Entry with an
// empty ID, the phrase as Name and the office in Roles. A seat that resolves
// to no one is no mention.
//
// # Speed
//
// Find's work is linear in the text and does not grow with the gazetteer.
// Each token is folded and hashed in one pass (ASCII through tables, a folded
// copy only for words whose case changes, one string per document for all of
// them); the hash probes a flat table of the gazetteer's words, and the trie
// over word ids costs an integer-keyed lookup per step. Per-document sets
// (words written in lower case, names after an article) hold hashes, and the
// state of a call is pooled, so a call allocates its output and the entries
// of rule mentions rather than anything per token. Look-ahead and look-back
// are bounded (a name's run, three words of a back reference) and Roles
// counts the mentions of a document once.
//
// # A trained tagger
//
// Lists and rules find the names a list holds but type and delimit unlisted
// names less well, and rules written on one corpus lose points on the next.
// A Tagger is a sequence model that users train on annotated text they may
// use (TrainTagger, or `tribuna train ner` on token<TAB>tag files), save
// (WriteTo) and load (LoadTagger); Gazetteer.WithTagger makes Find use it.
// Without a tagger nothing changes.
//
// The model is an averaged structured perceptron decoded with Viterbi over
// BILOU tags (B, I, L of a span of several words, U of a one-word span, O
// outside), with the transitions the scheme forbids (I after O, a span left
// open) ruled out in decoding; BILOU scores 0.8 points more than BIO on
// held-out KIND Wikinews text (82.40 against 81.60, the mean of three
// models), as a one-word name and the last word of a name get weights of
// their own. A perceptron learns in seconds (KIND's
// Wikinews part, 226,000 words: 10 s on two shared cores), has no learning
// rate or regularization to tune, and is deterministic given the order of
// the sentences; averaging its weights over every step keeps it from
// following the last sentences it saw, and the number of passes is chosen
// on development data (early stopping). A CRF would learn from the same
// features and decode the same way, at many times the training cost.
//
// A tag dictionary, learned with the model, fixes as O the words that the
// training data writes in lower case at least 20 times and never inside a
// span (punctuation, verbs, most function words: about half the words of
// news text). Their tags are not computed, and each sentence is decoded in
// the runs of words between them, with the transitions from and to O where
// they cut it. On held-out KIND Wikinews text this made the tagger both
// better (F1 82.40 against 81.45, the mean of three models) and twice as
// fast.
//
// Its features are read on the units Find matches (words, with names split at
// hyphens and elided articles): the word and its neighbours up to two on each
// side; its shape (Xx, XX, d.d), prefixes and suffixes, capitalization and
// place in the sentence; the word classes of the
// rules on it and its neighbours (articles, prepositions, titles, heads of
// names) and the cue words up to four words away (il sindaco X, l'azienda X, X
// ha dichiarato); Find's mention over it, as its place in the mention (B, I,
// L, U), its type and how it was found (name, alias, demonym, rule, coref),
// and the types of the gazetteer's names it opens or continues; and, for a
// capitalized word, what the whole document says of it: written in lower case
// elsewhere, capitalized inside a sentence elsewhere, after a title or a given
// name somewhere, inside a listed name somewhere. These are evidence, not
// decisions: the model weighs them, so it works with any gazetteer, the
// default or a user's. Features seen once in the training data are left out,
// and so are those the training never gave a weight.
//
// The tagger proposes the spans and their types; the gazetteer still links
// them: a span that Find reports too keeps Find's entry and Via (a listed
// entry keeps its id), a span that is a name or alias of the gazetteer is
// linked to that entry, a person's surname to the full name mentioned before
// (ViaCoref), and any other span gets a document-local entry with
// ViaModel. The tagger's type wins over the entry's: on held-out KIND
// Wikinews text it made no difference (+0.1 F1 for the gazetteer's, the mean
// of three models), on De Gasperi's writings the gazetteer's type cost 2.5
// points, as the tagger learns the conventions of its data (a country that
// acts is an organization in KIND). Demonyms that Find reports outside the
// tagged spans are kept; role mentions are resolved from the mentions as
// before.
//
// A model file is a gzip stream behind a magic number and a format version:
// the feature hashes, their weights rounded to 16 bits, the transitions, the
// tag dictionary and a checksum; one trained on KIND's Wikinews part is
// about 430 kB. LoadTagger says what is wrong with a file that is not a
// model, is damaged, or was trained with another feature set. At tagging
// time the weights of a feature sit in one cache line beside its hash, two
// tags to a 64-bit word, so that adding a feature's weights costs one memory
// access and seven additions; the state of a call is pooled and nothing is
// allocated per token. Find with that model tags 7 MB of text a second on
// one core, a fifth of the speed of Find alone.
//
// A model carries the license of the data it was trained on: one trained on
// KIND (CC BY-NC 4.0; De Gasperi's part CC BY-NC-SA 4.0) may only be used for
// non-commercial purposes. No permissively licensed Italian training data
// exists, so no model is embedded in this library or committed to its
// repository, and the default stays the gazetteer and its rules; the tests
// train on sentences written for them.
//
// # Conventions
//
// [Gazetteer.Reading] selects annotation conventions that are not the
// default, as options: [Metonymy] types a place used as an actor, with a
// bare article, as an organization (l’Italia ha firmato), [Generic] reports
// the common nouns of institutions (il governo, la polizia locale), and
// [TitleInstitutions] the institution an office's title names (il
// presidente del Consiglio), which by default is part of a role mention:
//
//	kind := entities.Default().Reading(entities.Metonymy(true), entities.Generic(true))
//
// The KIND corpus follows all three in its news part and the first and last
// in its political writings.
package entities
