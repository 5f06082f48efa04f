// Package entities finds people (PER), places (LOC) and organizations (ORG) in
// Italian text and links each mention to a canonical entry.
//
// # The gazetteer
//
// Default returns the embedded gazetteer (data/*.tsv: countries, cities,
// institutions, parties, people with their roles), loaded once on first use.
// Load reads a user gazetteer in the same TSV format or as JSON Lines; Merge
// and With combine gazetteers into new ones. A Gazetteer never changes once
// built and is safe for concurrent use.
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
// names that are also common words (Lega, Verdi, Azione, Forza Italia): every
// long word must be capitalized and a one-word name at the start of a
// sentence, where every word is capitalized, is not taken. Entries flagged
// exact match only as written (IV for Italia Viva, not iv).
//
// # Demonyms
//
// Italian writes demonyms in lower case (il presidente cinese, i media statali
// cinesi) in four forms (russo, russa, russi, russe). Each is a mention of its
// country's entry with Via "demonym" and the country's type; evaluations of
// PER/LOC/ORG leave them out, as KIND does not annotate them.
//
// # Names no list holds
//
// Capitalized runs of words that no entry covers are classified by rules
// (Via "rule", a document-local Entry with an empty ID): a known given name
// (data/given_names.txt) makes a person (l’assistente … Yuri Ushakov), as
// does a title or role before the name (il ministro X, sen. X, dott. X); a
// head word makes an organization (Ministero, Partito, Università, Banca,
// Fondazione, Agenzia, Corte …, with the prepositions and adjectives of its
// name: Ministero dell’Economia e delle Finanze, Corte costituzionale) or a
// place (Monte, Lago, Piazza …); a company suffix (S.p.A., Srl) an
// organization; a place preposition (a, in, da) a place. Words capitalized
// only because they start a sentence are not names.
//
// # Coreference
//
// Within a document a surname or a final part of a name refers back to the
// full name seen earlier (Ushakov → Yuri Ushakov) with Via "coref", and an
// acronym in brackets after an organization names it (China Central Television
// (CCT)).
package entities
