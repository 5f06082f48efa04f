package quotes

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// expect is one expected quote of a mechanism test. Speakers are compared
// exactly; mention, cue and addressee only when given ("-" for none); id
// when given.
type expect struct {
	text      string
	kind      Kind
	speakers  []string
	mention   string
	cue       string
	id        string
	addressee string
}

// mechanism is a table of sentences, written for the tests, that exercise
// one construction.
type mechanism struct {
	name string
	text string
	want []expect
}

func runMechanisms(t *testing.T, tests []mechanism) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.text)
			checkInvariants(t, tt.text, got)
			var gotW []expect
			for _, q := range got {
				m := "-"
				if q.Mention != nil {
					m = q.Mention.Text
				}
				gotW = append(gotW, expect{text: q.Text, kind: q.Kind, speakers: names(q), mention: m, cue: q.Cue})
			}
			require.Equal(t, len(tt.want), len(got), "quotes %+v", gotW)
			for i, w := range tt.want {
				g := gotW[i]
				assert.Equal(t, w.text, g.text)
				assert.Equal(t, w.kind, g.kind, "kind of %q", w.text)
				assert.Equal(t, w.speakers, g.speakers, "speakers of %q", w.text)
				if w.mention != "" {
					assert.Equal(t, w.mention, g.mention, "mention of %q", w.text)
				}
				if w.cue != "" {
					c := g.cue
					if c == "" {
						c = "-"
					}
					assert.Equal(t, w.cue, c, "cue of %q", w.text)
				}
				if w.addressee != "" {
					a := got[i].Addressee
					if a == "" {
						a = "-"
					}
					assert.Equal(t, w.addressee, a, "addressee of %q", w.text)
				}
				if w.id != "" {
					id := "-"
					if len(got[i].Speakers) > 0 && got[i].Speakers[0].ID != "" {
						id = got[i].Speakers[0].ID
					}
					assert.Equal(t, w.id, id, "id of %q", w.text)
				}
			}
		})
	}
}

// TestNameGate: a speaker is a name the entities layer found, a role
// phrase, or a capitalized run that passes the name gate; a word
// capitalized only because it opens the sentence is no name.
func TestNameGate(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"participle opening the sentence", "Conclusa la votazione, «Torniamo al lavoro», ha detto.",
			[]expect{{text: "Torniamo al lavoro", kind: Partial, mention: "-"}}},
		{"first person verb opening the sentence", "Vorrei ricordare che «nessuno è al di sopra della legge».", nil},
		{"elided word", "Nell'aula della Camera «non si respira», ha commentato il questore.",
			[]expect{{text: "non si respira", kind: Direct, speakers: []string{"il questore"}}}},
		{"a surname that is a common word, as a subject", "Ferro si è sempre detto contrario e ha parlato di «ricatto».",
			[]expect{{text: "ricatto", kind: Partial, speakers: []string{"Ferro"}, mention: "Ferro"}}},
		{"a surname before a comma", "Sartori, dopo la riunione, ha dichiarato: «Non firmeremo».",
			[]expect{{text: "Non firmeremo", kind: Direct, speakers: []string{"Sartori"}, mention: "Sartori"}}},
		{"a capitalized particle inside a sentence", "Il relatore Dall’Acqua ha replicato che «la norma è chiara».",
			[]expect{{text: "la norma è chiara", kind: Direct, speakers: []string{"Dall’Acqua"}}}},
		{"an unknown organization inside a sentence", "Anche Federcasa e Confedilizia hanno parlato di «un passo indietro».",
			[]expect{{text: "un passo indietro", kind: Partial, speakers: []string{"Federcasa", "Confedilizia"}}}},
	})
}

// TestNamesAsWritten: the speaker is the fullest form of the name the text
// writes, never a fuller one from the gazetteer; a surname alone takes the
// gazetteer's id only when the years the text names fit the person's.
func TestNamesAsWritten(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"surname alone, no fuller form", "In aula Renzi ha detto: «Il governo non cadrà».",
			[]expect{{text: "Il governo non cadrà", kind: Direct, speakers: []string{"Renzi"}, id: "Q47563"}}},
		{"fuller form in the text", "Matteo Renzi è arrivato in aula. Poi Renzi ha detto: «Il governo non cadrà».",
			[]expect{{text: "Il governo non cadrà", kind: Direct, speakers: []string{"Matteo Renzi"}, id: "Q47563"}}},
		{"a surname in a text of another time", "Nel 1951 il deputato Renzi ha detto: «Il governo cadrà».",
			[]expect{{text: "Il governo cadrà", kind: Direct, speakers: []string{"Renzi"}, id: "-"}}},
		{"a surname in a text of its time", "Nel 2015 il premier Renzi ha detto: «Il governo non cadrà».",
			[]expect{{text: "Il governo non cadrà", kind: Direct, speakers: []string{"Renzi"}, id: "Q47563"}}},
	})
}

// TestRoleResolution: a role phrase names a person only when the gazetteer
// or the text ties that person to the role; otherwise it is the speaker as
// written, whoever spoke last.
func TestRoleResolution(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a role of another party than the last speaker's", "Antonio Tajani ha parlato a Roma. «Non ci sono margini», ha ribattuto il segretario della Lega.",
			[]expect{{text: "Non ci sono margini", kind: Direct, speakers: []string{"il segretario della Lega"}, mention: "il segretario della Lega"}}},
		{"a synonym of the role the text gave", "Il sindaco di Trapani, Marco Sieri, ha inaugurato il porto. «È un giorno di festa», ha detto il primo cittadino.",
			[]expect{{text: "È un giorno di festa", kind: Direct, speakers: []string{"Marco Sieri"}, mention: "il primo cittadino"}}},
		{"the name before the role", "Ha parlato Giulia Neri, avvocato della famiglia. «Faremo appello», ha annunciato il legale.",
			[]expect{{text: "Faremo appello", kind: Direct, speakers: []string{"Giulia Neri"}}}},
		{"a portfolio that contradicts", "Il ministro dell'Economia Giancarlo Giorgetti ha presentato la manovra. «La difesa comune è una priorità», ha detto il ministro della Difesa.",
			[]expect{{text: "La difesa comune è una priorità", kind: Direct, speakers: []string{"il ministro della Difesa"}}}},
		{"the same portfolio", "Il ministro dell'Economia Giancarlo Giorgetti ha presentato la manovra. «I conti sono in ordine», ha detto il ministro.",
			[]expect{{text: "I conti sono in ordine", kind: Direct, speakers: []string{"Giancarlo Giorgetti"}}}},
		{"a relational noun", "Marco Bianchi è stato arrestato ieri. «Mio fratello è innocente», ha detto la sorella.",
			[]expect{{text: "Mio fratello è innocente", kind: Direct, speakers: []string{"la sorella"}}}},
		{"a relational noun the text ties", "Ha parlato Anna Bianchi, la sorella dell'arrestato. «Mio fratello è innocente», ha detto la sorella.",
			[]expect{{text: "Mio fratello è innocente", kind: Direct, speakers: []string{"Anna Bianchi"}}}},
		{"a role the gazetteer gives the person", "Luca Cordero di Montezemolo ha letto la relazione. «Servono riforme vere», ha aggiunto il presidente degli imprenditori.",
			[]expect{{text: "Servono riforme vere", kind: Direct, speakers: []string{"Luca Cordero di Montezemolo"}}}},
		{"a role the person did not hold in the years named", "Nel 1995 Matteo Renzi era al liceo. «Andiamo avanti», ha scritto il segretario.",
			[]expect{{text: "Andiamo avanti", kind: Direct, speakers: []string{"il segretario"}}}},
		{"a role the person held in the years named", "Nel 2015 Matteo Renzi ha riunito il partito. «Andiamo avanti», ha scritto il segretario.",
			[]expect{{text: "Andiamo avanti", kind: Direct, speakers: []string{"Matteo Renzi"}}}},
		// No one person; the group the paragraph described (fullerGroup).
		{"a plural role", "I medici dell'ospedale Cardarelli hanno visitato il paziente. «È stabile», hanno detto i dottori.",
			[]expect{{text: "È stabile", kind: Direct, speakers: []string{"I medici dell'ospedale Cardarelli"}}}},
		{"a plural role, no group before", "Il paziente è arrivato ieri. «È stabile», hanno detto i dottori.",
			[]expect{{text: "È stabile", kind: Direct, speakers: []string{"i dottori"}}}},
	})
}

// TestColonFrames: a colon introduces quoted words even without a speech
// verb; its clause's subject, the phrase before it or the context speaks.
func TestColonFrames(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a clause without a speech verb", "Il sindaco ha reagito così alla notizia: «Siamo tutti sconvolti».",
			[]expect{{text: "Siamo tutti sconvolti", kind: Direct, speakers: []string{"Il sindaco"}, mention: "Il sindaco", cue: "-"}}},
		{"a headline phrase", "Un testimone: «Ho visto le fiamme dal balcone».",
			[]expect{{text: "Ho visto le fiamme dal balcone", kind: Direct, speakers: []string{"Un testimone"}}}},
		{"an adverbial before the colon", "Marco Ferri ha parlato a lungo dei conti. E poi: «Serve una svolta».",
			[]expect{{text: "Serve una svolta", kind: Direct, speakers: []string{"Marco Ferri"}, mention: "-"}}},
		{"a passive with no agent", "È stata ripetuta la solita formula: «Nessuno resti indietro».",
			[]expect{{text: "Nessuno resti indietro", kind: Direct, mention: "-"}}},
		{"a label is no speaker", "Sul cartello la scritta: «Vietato l'ingresso ai non addetti».", nil},
		{"a text that reads", "All'ingresso una targa che recita: «Qui nacque la Repubblica».", nil},
	})
}

// TestNounFrames: a noun that names what someone said (le parole, la
// replica, il monito, il giudizio of X) frames a quote as a verb does,
// before it or after it.
func TestNounFrames(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"before, with a colon", "Queste le parole del ministro Carlo Nordio: «La riforma va avanti».",
			[]expect{{text: "La riforma va avanti", kind: Direct, speakers: []string{"Carlo Nordio"}}}},
		{"a possessive", "Il ministro Carlo Nordio ha parlato in aula. Queste le sue parole: «La riforma va avanti».",
			[]expect{{text: "La riforma va avanti", kind: Direct, speakers: []string{"Carlo Nordio"}, mention: "-"}}},
		{"a possessive, no colon", "Carlo Nordio ha parlato in aula. Queste le sue parole «La riforma va avanti».",
			[]expect{{text: "La riforma va avanti", kind: Direct, speakers: []string{"Carlo Nordio"}, mention: "-"}}},
		{"the genitive of a noun", "Il monito di Sergio Mattarella: «La Costituzione va rispettata».",
			[]expect{{text: "La Costituzione va rispettata", kind: Direct, speakers: []string{"Sergio Mattarella"}}}},
		{"after, with a comma", "«Bisogna restare uniti», le parole del presidente Sergio Mattarella, hanno colpito la platea.",
			[]expect{{text: "Bisogna restare uniti", kind: Direct, speakers: []string{"Sergio Mattarella"}}}},
		{"after, with a colon", "«Siamo pronti al confronto»: questo il commento della segretaria Elly Schlein.",
			[]expect{{text: "Siamo pronti al confronto", kind: Direct, speakers: []string{"Elly Schlein"}}}},
		{"è stata la risposta", "«Non è accettabile», è stata la risposta di Elly Schlein.",
			[]expect{{text: "Non è accettabile", kind: Direct, speakers: []string{"Elly Schlein"}}}},
		{"the next sentence", "«Non molleremo». Così la replica di Carlo Calenda.",
			[]expect{{text: "Non molleremo", kind: Direct, speakers: []string{"Carlo Calenda"}}}},
		{"con queste parole", "«Sono innocente»: con queste parole l'imprenditore Marco Ferri ha respinto le accuse.",
			[]expect{{text: "Sono innocente", kind: Direct, speakers: []string{"Marco Ferri"}}}},
	})
}

// TestNonSpeechChecks: quotation marks that no one is said to utter.
func TestNonSpeechChecks(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a work and its year", "Tra i suoi film «Il sorpasso» (1962) e «I mostri» (1963).", nil},
		{"a naming verb", "È quello che i giornali hanno ribattezzato «il processo del secolo».", nil},
		{"a naming verb with a clitic", "I tifosi lo chiamano «il Professore».", nil},
		{"a headline", "Il giornale titolava «Crisi, il governo trema».", nil},
		{"the quote is the cue's subject", "Secondo gli «ermellini», la sentenza va annullata.", nil},
		{"the quote is an inverted subject", "Il ministro Carlo Nordio ha parlato di «nuove regole». «La norma non cambia», precisa la «velina».",
			[]expect{{text: "nuove regole", kind: Partial, speakers: []string{"Carlo Nordio"}}, {text: "La norma non cambia", kind: Direct, speakers: []string{"Carlo Nordio"}, mention: "velina"}}},
	})
}

// TestInterruptions: the narrator's aside between two dashes of any kind
// splits a quote in two, the punctuation around it in neither.
func TestInterruptions(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"ASCII hyphens", "«Prendiamo atto della sentenza - ha continuato il legale Paolo Neri - e faremo ricorso».",
			[]expect{{text: "Prendiamo atto della sentenza", kind: Direct, speakers: []string{"Paolo Neri"}}, {text: "e faremo ricorso", kind: Direct, speakers: []string{"Paolo Neri"}}}},
		{"a hyphen before the displaced period", "«Nessuno ci ha avvisati - dichiara Marco Ferri -. Lo abbiamo saputo dai giornali».",
			[]expect{{text: "Nessuno ci ha avvisati", kind: Direct, speakers: []string{"Marco Ferri"}}, {text: "Lo abbiamo saputo dai giornali", kind: Direct, speakers: []string{"Marco Ferri"}}}},
		{"an em dash", "«I conti sono in ordine — ha assicurato il ministro Giancarlo Giorgetti — e lo resteranno».",
			[]expect{{text: "I conti sono in ordine", kind: Direct, speakers: []string{"Giancarlo Giorgetti"}}, {text: "e lo resteranno", kind: Direct, speakers: []string{"Giancarlo Giorgetti"}}}},
		{"a frame in the aside", "«Le tasse – secondo il ministro Giancarlo Giorgetti – scenderanno l'anno prossimo».",
			[]expect{{text: "Le tasse", kind: Direct, speakers: []string{"Giancarlo Giorgetti"}}, {text: "scenderanno l'anno prossimo", kind: Direct, speakers: []string{"Giancarlo Giorgetti"}}}},
		{"si legge in the aside", "L'ospedale ha diffuso un bollettino. «Il paziente – si legge nel comunicato – è stabile».",
			[]expect{{text: "Il paziente", kind: Direct, speakers: []string{"L'ospedale"}}, {text: "è stabile", kind: Direct, speakers: []string{"L'ospedale"}}}},
		{"the narrator's cito", "Il ministro Carlo Nordio ha parlato in aula. «La situazione – cito – è drammatica».",
			[]expect{{text: "La situazione", kind: Direct, speakers: []string{"Carlo Nordio"}}, {text: "è drammatica", kind: Direct, speakers: []string{"Carlo Nordio"}}}},
		{"the speaker's own aside stays", "«Abbiamo fatto tutto – e sottolineo tutto – per evitarlo», ha detto Marco Ferri.",
			[]expect{{text: "Abbiamo fatto tutto – e sottolineo tutto – per evitarlo", kind: Direct, speakers: []string{"Marco Ferri"}}}},
		{"a hyphen inside a word", "«L'asse Roma-Berlino regge», ha detto Marco Ferri.",
			[]expect{{text: "L'asse Roma-Berlino regge", kind: Direct, speakers: []string{"Marco Ferri"}}}},
	})
}

// TestIndirectSpeech: the reported clause of a speech verb, where it ends,
// which verbs report, and which do not.
func TestIndirectSpeech(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"the clause ends before dopo che", "Mario Draghi ha detto che la crescita rallenta, dopo che i dati sono stati pubblicati.",
			[]expect{{text: "la crescita rallenta", kind: Indirect, speakers: []string{"Mario Draghi"}}}},
		{"ma anche che opens a second clause", "Rosa Neri ha detto che cercherà un accordo ma anche che non intende dimettersi.",
			[]expect{{text: "cercherà un accordo", kind: Indirect, speakers: []string{"Rosa Neri"}}, {text: "non intende dimettersi", kind: Indirect, speakers: []string{"Rosa Neri"}}}},
		{"ma di opens a second clause", "Il cronista ha risposto di non aver accusato nessuno, ma di aver fatto solo cronaca.",
			[]expect{{text: "non aver accusato nessuno", kind: Indirect, speakers: []string{"Il cronista"}}, {text: "aver fatto solo cronaca", kind: Indirect, speakers: []string{"Il cronista"}}}},
		{"a bracket inside the clause", "Il ciclista ha ammesso di aver usato sostanze vietate (EPO e cortisone).",
			[]expect{{text: "aver usato sostanze vietate (EPO e cortisone)", kind: Indirect, speakers: []string{"Il ciclista"}}}},
		{"the cue inside a bracket", "Anche Giorgia Meloni (che ha annunciato di voler querelare il giornale) non ha commentato.",
			[]expect{{text: "voler querelare il giornale", kind: Indirect, speakers: []string{"Giorgia Meloni"}}}},
		{"a cue after the clause is not in it", "Il sindaco ha chiesto al governo di rispettare gli accordi, ha detto Bankitalia.",
			[]expect{{text: "rispettare gli accordi", kind: Indirect, speakers: []string{"Il sindaco"}}}},
		{"a purpose clause of the narrator", "Il Pentagono ha dichiarato che si trattava di aerei disarmati, per non alimentare le tensioni.",
			[]expect{{text: "si trattava di aerei disarmati", kind: Indirect, speakers: []string{"Pentagono"}}}},
		{"e and a new verb phrase", "Il presidente ha chiesto al governo di lasciare il paese e in più occasioni ha ribadito che la linea rossa non va superata.",
			[]expect{{text: "lasciare il paese", kind: Indirect, speakers: []string{"Il presidente"}}, {text: "la linea rossa non va superata", kind: Indirect, speakers: []string{"Il presidente"}}}},
		{"an object before che", "Il premier ha rassicurato gli alleati che la maggioranza è solida.",
			[]expect{{text: "la maggioranza è solida", kind: Indirect, speakers: []string{"Il premier"}}}},
		{"time words before che", "Una nota della Farnesina ha riferito oggi pomeriggio che i connazionali sono al sicuro.",
			[]expect{{text: "i connazionali sono al sicuro", kind: Indirect, speakers: []string{"Farnesina"}, mention: "Una nota della Farnesina"}}},
		{"fare presente come", "Il presidente ha fatto presente come la situazione sia grave.",
			[]expect{{text: "la situazione sia grave", kind: Indirect, speakers: []string{"Il presidente"}}}},
		{"coordinated verbs", "Il segretario ha dichiarato e ribadito che il partito è unito.",
			[]expect{{text: "il partito è unito", kind: Indirect, speakers: []string{"Il segretario"}, cue: "ribadito"}}},
		{"verbs outside the old lexicon", "L'imputato ha confessato di aver rubato i documenti.",
			[]expect{{text: "aver rubato i documenti", kind: Indirect, speakers: []string{"L'imputato"}}}},
		{"any subject of a speech verb", "Il convivente della ragazza ha infine ammesso di averla uccisa.",
			[]expect{{text: "averla uccisa", kind: Indirect, speakers: []string{"Il convivente della ragazza"}}}},
		{"a gerund with non ends the clause", "Il ministro ha confermato che le esplosioni sono avvenute nella scuola, non aggiungendo altro.",
			[]expect{{text: "le esplosioni sono avvenute nella scuola", kind: Indirect, speakers: []string{"Il ministro"}}}},
		{"the narrator's comment ends the clause", "Il ministro dice che si dovranno rivedere gli accordi, fattore che per lui è decisivo.",
			[]expect{{text: "si dovranno rivedere gli accordi", kind: Indirect, speakers: []string{"Il ministro"}}}},
		{"an aside between the verb and di", "Il vescovo ha chiesto, per mezzo di un messaggio, di pregare per le vittime.",
			[]expect{{text: "pregare per le vittime", kind: Indirect, speakers: []string{"Il vescovo"}}}},
		{"an object before di", "Il centrodestra accusa il centrosinistra di appoggiare i violenti.",
			[]expect{{text: "appoggiare i violenti", kind: Indirect, speakers: []string{"Il centrodestra"}}}},
		{"a cognition verb", "Gli analisti hanno notato che il mercato è in calo. Molti ritengono che il peggio sia passato.", nil},
		{"a thing as subject", "I dati confermano che la crescita rallenta.", nil},
		{"che of a new sentence", "Il ministro ha parlato a lungo. Che il governo cada è improbabile.", nil},
	})
}

// TestSubjects: the subject of the cue, past appositions, participle
// phrases and brackets, in coordinated verb phrases, and the writer of
// a text that si legge reports.
func TestSubjects(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"an apposition between commas", "Carla Neri, membro della commissione d'inchiesta Onu, ha annunciato che le prove sono schiaccianti.",
			[]expect{{text: "le prove sono schiaccianti", kind: Indirect, speakers: []string{"Carla Neri"}, mention: "Carla Neri"}}},
		{"a participle phrase with an agent", "Rosa Bianchi, difesa dal segretario del partito Guido Neri, ha detto che non si dimetterà.",
			[]expect{{text: "non si dimetterà", kind: Indirect, speakers: []string{"Rosa Bianchi"}}}},
		{"a bracket", "Saul Alvarez (soprannominato Canelo) ha dichiarato che la sconfitta brucia.",
			[]expect{{text: "la sconfitta brucia", kind: Indirect, speakers: []string{"Saul Alvarez"}}}},
		{"a coordinated verb phrase after a prepositional phrase", "Il presidente Marco Ferri ha chiesto al governo di intervenire e in più occasioni ha ribadito che il tempo stringe.",
			[]expect{{text: "intervenire", kind: Indirect, speakers: []string{"Marco Ferri"}}, {text: "il tempo stringe", kind: Indirect, speakers: []string{"Marco Ferri"}}}},
		{"e and a new subject", "La polizia ha circondato la scuola e un portavoce ha riferito che non ci sono feriti.",
			[]expect{{text: "non ci sono feriti", kind: Indirect, speakers: []string{"un portavoce"}}}},
		{"a name in apposition to a prepositional phrase", "Roberto Maroni ha parlato ai giornalisti. E in merito alle critiche ricevute dal sindaco di Genova, Marta Vincenzi (Pd), ha concluso: «Sono sereno».",
			[]expect{{text: "Sono sereno", kind: Direct, speakers: []string{"Roberto Maroni"}, mention: "-"}}},
		{"the writer of the text si legge reports", "Nell'opinione di maggioranza, redatta dal giudice Antonin Scalia, si legge che «il diritto è individuale».",
			[]expect{{text: "il diritto è individuale", kind: Direct, speakers: []string{"Antonin Scalia"}}}},
	})
}

// TestDescriptions: a noun that describes a person (il corridore texano,
// l'imbianchino) stands for the one the paragraph is about; a noun the
// text wrote beside a name stands for that name; an office, a relation or
// a thing does not stand for whoever came last.
func TestDescriptions(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"the same noun beside the name", "Il presidente della Provincia, il ds Carlo Sarti, ha attaccato la riforma. «È una follia», commenta il ds.",
			[]expect{{text: "È una follia", kind: Direct, speakers: []string{"Carlo Sarti"}, mention: "il ds"}}},
		{"a describing noun, the last speaker", "Lance Armstrong ha ammesso di aver fatto uso di doping. Il corridore texano rivela di aver mentito per anni.",
			[]expect{{text: "aver fatto uso di doping", kind: Indirect, speakers: []string{"Lance Armstrong"}}, {text: "aver mentito per anni", kind: Indirect, speakers: []string{"Lance Armstrong"}, mention: "Il corridore texano"}}},
		{"a describing noun of another gender", "Marco Ferri ha parlato a lungo. La donna ha detto che non sapeva nulla.",
			[]expect{{text: "non sapeva nulla", kind: Indirect, speakers: []string{"La donna"}}}},
		{"a thing", "Marco Ferri ha parlato a lungo. La commissione ha detto che il caso è chiuso.",
			[]expect{{text: "il caso è chiuso", kind: Indirect, speakers: []string{"La commissione"}}}},
		{"an office", "Marco Ferri ha parlato a lungo. Il sindaco ha detto che il caso è chiuso.",
			[]expect{{text: "il caso è chiuso", kind: Indirect, speakers: []string{"Il sindaco"}}}},
		{"a reply", "Marco Ferri ha parlato a lungo. Il cronista ha replicato che il caso non è chiuso.",
			[]expect{{text: "il caso non è chiuso", kind: Indirect, speakers: []string{"Il cronista"}}}},
		{"an ex- office the text ties", "Si è dimesso il presidente delle Maldive Mohamed Nasheed. Oggi l'ex-presidente afferma di esser stato costretto.",
			[]expect{{text: "esser stato costretto", kind: Indirect, speakers: []string{"Mohamed Nasheed"}}}},
		{"another name of the same person", "Papa Benedetto XVI ha parlato all'Angelus. Papa Ratzinger si è poi detto certo che «la pace è possibile».",
			[]expect{{text: "la pace è possibile", kind: Partial, speakers: []string{"Benedetto XVI"}}}},
	})
}

// TestMoreCues: lists of quotes, words a speaker utters, verbs set off by
// commas, phase verbs, low opening marks.
func TestMoreCues(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a list of quotes", "Il sindaco Marco Ferri ha commentato: «Oggi è un giorno triste», «Ci mancherà» e «Addio, amico».",
			[]expect{{text: "Oggi è un giorno triste", kind: Direct, speakers: []string{"Marco Ferri"}}, {text: "Ci mancherà", kind: Direct, speakers: []string{"Marco Ferri"}}, {text: "Addio, amico", kind: Partial, speakers: []string{"Marco Ferri"}}}},
		{"con la frase", "Il cantante Marco Ferri ha esordito con la frase «Quando sono qui mi si secca la voce».",
			[]expect{{text: "Quando sono qui mi si secca la voce", kind: Direct, speakers: []string{"Marco Ferri"}}}},
		{"a title-cased clause", "Un giornalista chiede «È la sua Bibbia?», e il presidente risponde «È una Bibbia».",
			[]expect{{text: "È la sua Bibbia?", kind: Direct, speakers: []string{"Un giornalista"}}, {text: "È una Bibbia", kind: Direct, speakers: []string{"il presidente"}}}},
		{"a short clause before its verb", "«Vi uccidiamo» urlavano i detenuti dalle celle.",
			[]expect{{text: "Vi uccidiamo", kind: Direct, speakers: []string{"i detenuti"}}}},
		{"an auxiliary set off by commas", "Il questore ha, infatti, affermato che «la vittima era integerrima».",
			[]expect{{text: "la vittima era integerrima", kind: Direct, speakers: []string{"Il questore"}}}},
		{"a phase verb and an infinitive", "La madre ha cominciato a gridare «Me lo ammazzano».",
			[]expect{{text: "Me lo ammazzano", kind: Direct, speakers: []string{"La madre"}}}},
		{"a low opening mark", "Il portavoce Marek Nowak ha affermato: „la proposta non è seria”.",
			[]expect{{text: "la proposta non è seria", kind: Direct, speakers: []string{"Marek Nowak"}}}},
		{"a reflexive is no cue", "Alcuni, pur ricordandosi dei pagamenti, non hanno saputo spiegare il perché di quelle «donazioni».", nil},
		{"a scare quote in a phrase", "Si tratta di party che, come dice il nome, sono delle «feste».", nil},
		{"a judging verb's complement", "Marco Ferri lo ha paragonato, con una battuta, a un «lombrico».",
			[]expect{{text: "lombrico", kind: Partial, speakers: []string{"Marco Ferri"}}}},
		{"a compound title noun", "Il conduttore ha ricordato il motto-tormentone «Stiamo tecnici!».", nil},
	})
}

// TestSpeakerPhrases: the phrase that names the speaker, past the
// prepositional phrases after the cue, through relative pronouns, frames
// and agents, and all of its coordinated members.
func TestSpeakerPhrases(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a prepositional phrase between the cue and the subject", "«Dobbiamo reagire», ha aggiunto nel corso dell'intervista il portavoce del partito.",
			[]expect{{text: "Dobbiamo reagire", kind: Direct, speakers: []string{"il portavoce del partito"}, mention: "il portavoce del partito"}}},
		{"il quale", "Il deputato Marco Ferri, il quale era arrivato in ritardo, ha detto: «Basta con i rinvii».",
			[]expect{{text: "Basta con i rinvii", kind: Direct, speakers: []string{"Marco Ferri"}, cue: "ha detto"}}},
		{"a parenthetical cue", "L'opera fu stampata usando, dice Lev Tolstoj, «caratteri russi».",
			[]expect{{text: "caratteri russi", kind: Partial, speakers: []string{"Lev Tolstoj"}, cue: "dice"}}},
		{"per with a role and a name", "Per la premier Giorgia Meloni «la manovra è seria».",
			[]expect{{text: "la manovra è seria", kind: Direct, speakers: []string{"Giorgia Meloni"}, mention: "Giorgia Meloni", cue: "Per"}}},
		{"secondo quanto riferito da", "La situazione, secondo quanto ha riferito padre Marco Ferri, è gravissima: «Le case sono state bruciate».",
			[]expect{{text: "Le case sono state bruciate", kind: Direct, speakers: []string{"Marco Ferri"}}}},
		{"a participle and its agent", "La proposta, giudicata «inaccettabile» da Maurizio Landini, è stata ritirata.",
			[]expect{{text: "inaccettabile", kind: Partial, speakers: []string{"Maurizio Landini"}}}},
		{"coordinated speakers with roles", "La premier Giorgia Meloni e il presidente francese Emmanuel Macron hanno detto che «l'Europa deve restare unita».",
			[]expect{{text: "l'Europa deve restare unita", kind: Direct, speakers: []string{"Giorgia Meloni", "Emmanuel Macron"}}}},
		{"three coordinated speakers", "Marco Ferri di Roma, Anna Neri di Milano e Luca Bianchi di Napoli hanno detto di essere soddisfatti.",
			[]expect{{text: "essere soddisfatti", kind: Indirect, speakers: []string{"Marco Ferri", "Anna Neri", "Luca Bianchi"}}}},
		{"coordinated after a repeated preposition, a plural relative", "Il decreto è stato criticato dal ministro dell'Agricoltura Marco Ferri e da Anna Neri, che hanno detto di «non volerlo votare».",
			[]expect{{text: "non volerlo votare", kind: Partial, speakers: []string{"Marco Ferri", "Anna Neri"}}}},
		{"coordinated after a repeated preposition, a singular relative", "Il decreto è stato criticato da Marco Ferri e da Anna Neri, che ha detto di «non volerlo votare».",
			[]expect{{text: "non volerlo votare", kind: Partial, speakers: []string{"Anna Neri"}}}},
		{"fare appello is plural by fare", "Il piano è stato difeso da Marco Ferri e da Anna Neri, che fanno appello ai sindaci di «non fermarsi».",
			[]expect{{text: "non fermarsi", kind: Partial, speakers: []string{"Marco Ferri", "Anna Neri"}}}},
		{"a fronted gerund", "Rispondendo a un appello del ministro, Vladimir Putin ha accolto la proposta: «Accetto la vostra richiesta».",
			[]expect{{text: "Accetto la vostra richiesta", kind: Direct, speakers: []string{"Vladimir Putin"}}}},
		{"a colon in the second clause", "Marco Ferri ha detto «Era una persona splendida», mentre Anna Neri ha invece reagito così alla notizia: «Non posso crederci».",
			[]expect{{text: "Era una persona splendida", kind: Direct, speakers: []string{"Marco Ferri"}}, {text: "Non posso crederci", kind: Direct, speakers: []string{"Anna Neri"}}}},
	})
}

// TestIssueExamples: the sentences issue 11 gives as tried by a new user.
func TestIssueExamples(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a role of another party", "Tajani ha parlato a Roma. «Non ci sono margini», ha ribattuto il segretario della Lega.",
			[]expect{{text: "Non ci sono margini", kind: Direct, speakers: []string{"il segretario della Lega"}}}},
		{"definire with an object", "Giuseppe Conte ha parlato in aula e ha definito il progetto “uno spreco di miliardi”.",
			[]expect{{text: "uno spreco di miliardi", kind: Partial, speakers: []string{"Giuseppe Conte"}, cue: "ha definito"}}},
		{"per is the cue, not the speaker", "Per la premier Meloni «la manovra è seria».",
			[]expect{{text: "la manovra è seria", kind: Direct, speakers: []string{"Meloni"}, mention: "Meloni", cue: "Per"}}},
		{"a clause before a cue after it", "La Ue e la Nato hanno chiesto agli Usa di rispettare gli accordi, ha detto Bankitalia.",
			[]expect{{text: "rispettare gli accordi", kind: Indirect, speakers: []string{"Ue", "Nato"}}}},
	})
}

// TestMorePatterns: a quote in three parts, modal verbs, reflexive
// judgments, lists joined by così come, a text's long words.
func TestMorePatterns(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"two asides in one quote", "«Il negozio è stato colpito - ha aggiunto Anna Neri - mentre chiudeva. Quanto accaduto - ha concluso - dà un'idea del rischio».",
			[]expect{{text: "Il negozio è stato colpito", kind: Direct, speakers: []string{"Anna Neri"}}, {text: "mentre chiudeva. Quanto accaduto", kind: Direct, speakers: []string{"Anna Neri"}}, {text: "dà un'idea del rischio", kind: Direct, speakers: []string{"Anna Neri"}}}},
		{"a modal and an infinitive", "L'arcivescovo ha poi voluto precisare che la Chiesa «non è né di destra né di sinistra».",
			[]expect{{text: "non è né di destra né di sinistra", kind: Partial, speakers: []string{"L'arcivescovo"}}}},
		{"a reflexive judgment", "La cantante si è definita «devastata» dalla notizia.",
			[]expect{{text: "devastata", kind: Partial, speakers: []string{"La cantante"}}}},
		{"così come between quotes", "Il comunicato annuncia che «il governo è sciolto», così come «la sospensione della costituzione».",
			[]expect{{text: "il governo è sciolto", kind: Direct, speakers: []string{"Il comunicato"}}, {text: "la sospensione della costituzione", kind: Partial, speakers: []string{"Il comunicato"}}}},
		{"a long text a verb of reading introduces", "La sentenza recita: «nel reato di minaccia conta la paura. La vittima deve sentirsi limitata».",
			[]expect{{text: "nel reato di minaccia conta la paura. La vittima deve sentirsi limitata", kind: Direct, speakers: []string{"La sentenza"}}}},
		{"a judging verb with come", "Molti cronisti avevano classificato l'episodio come un «incidente sul lavoro».",
			[]expect{{text: "incidente sul lavoro", kind: Partial, speakers: []string{"Molti cronisti"}}}},
	})
}

// TestMoreSubjects: relative pronouns between commas, pronouns, bare
// plurals of speakers, dates before the subject, frames before a colon,
// lists of names.
func TestMoreSubjects(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a relative pronoun between commas", "Laconico il regista Michael Haneke, che, dopo l'annuncio, si è limitato a dire: «Sono molto contento».",
			[]expect{{text: "Sono molto contento", kind: Direct, speakers: []string{"Michael Haneke"}}}},
		{"a pronoun for the subject before", "Il ministro degli Esteri iraniano è uno di questi. Egli ha commentato: «Condanno l'uccisione di gente indifesa».",
			[]expect{{text: "Condanno l'uccisione di gente indifesa", kind: Direct, speakers: []string{"Il ministro degli Esteri iraniano"}, mention: "Egli"}}},
		{"a bare plural of speakers", "Fonti giornalistiche ipotizzano che l'archiviazione sia stata decisa per «motivi di servizio».",
			[]expect{{text: "motivi di servizio", kind: Partial, speakers: []string{"Fonti giornalistiche"}}}},
		{"a date before the subject", "Sabato 1º agosto la televisione iraniana ha annunciato che tre cittadini sono stati arrestati.",
			[]expect{{text: "tre cittadini sono stati arrestati", kind: Indirect, speakers: []string{"la televisione iraniana"}}}},
		{"a frame before a colon", "Secondo la televisione di Stato invece i tre sono militari: «Sono scomparsi al confine».",
			[]expect{{text: "Sono scomparsi al confine", kind: Direct, speakers: []string{"la televisione di Stato"}}}},
		{"a list of names", "Norvegia, Giappone e Islanda hanno sostenuto che la caccia va ripresa.",
			[]expect{{text: "la caccia va ripresa", kind: Indirect, speakers: []string{"Norvegia", "Giappone", "Islanda"}}}},
		{"an apposition of names is no list", "I presidenti delle Camere, Fausto Bertinotti e Franco Marini, hanno espresso «piena fiducia».",
			[]expect{{text: "piena fiducia", kind: Partial, speakers: []string{"Fausto Bertinotti", "Franco Marini"}}}},
	})
}

// TestContextSubjects: which phrases can stand for the speaker when the
// text does not name one next to the cue (a colon's introducer, the
// subject of an earlier clause or sentence), come before a speech verb, a
// source named in an aside, a participle with its agent after come.
func TestContextSubjects(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"an introducer that cannot speak", "La sindaca Anna Ferri ha parlato a lungo in consiglio. Le elezioni si terranno comunque a giugno: «nessun rinvio è possibile».",
			[]expect{{text: "nessun rinvio è possibile", kind: Direct, speakers: []string{"Anna Ferri"}}}},
		{"a headline introducer", "Un pescatore: «Il lago non è mai stato così basso».",
			[]expect{{text: "Il lago non è mai stato così basso", kind: Direct, speakers: []string{"Un pescatore"}}}},
		{"an earlier clause whose head cannot speak", "Il direttore Paolo Neri ha difeso la rete. I limiti del palinsesto sono «solo tecnici» e non c'è «alcun bavaglio», ha concluso.",
			[]expect{{text: "alcun bavaglio", kind: Partial, speakers: []string{"Paolo Neri"}, cue: "ha concluso"}}},
		{"a role subject of the sentence before", "Il passante chiama subito il 112. Grida: «C'è un uomo a terra!».",
			[]expect{{text: "C'è un uomo a terra!", kind: Direct, speakers: []string{"Il passante"}}}},
		{"come puts the subject after the verb", "Il decreto, come spiegava il Sole 24 Ore nel numero di ieri, prevede una «soglia minima».",
			[]expect{{text: "soglia minima", kind: Partial, speakers: []string{"Sole 24 Ore"}}}},
		{"come + participle + agent after the quote", "Il vertice è saltato: «mancano le condizioni», come dichiarato dal portavoce del governo Luca Bassi.",
			[]expect{{text: "mancano le condizioni", kind: Direct, speakers: []string{"Luca Bassi"}, cue: "come dichiarato"}}},
		{"a noun phrase ends at another verb", "Intanto gli ambientalisti possono esultare: «È una vittoria di tutti».",
			[]expect{{text: "È una vittoria di tutti", kind: Direct, speakers: []string{"gli ambientalisti"}}}},
		{"a message the paragraph named with its writer", "Un'ordinanza del Tar del Lazio ha sospeso il bando. L'ordinanza recita: «il termine concesso alle imprese per presentare le offerte non era congruo».",
			[]expect{{text: "il termine concesso alle imprese per presentare le offerte non era congruo", kind: Direct, speakers: []string{"Tar del Lazio"}}}},
		{"a short quote a naming verb introduces", "Lo scrittore, che si firma \"Zeta\", affermava di conoscere il colpevole.",
			[]expect{{text: "conoscere il colpevole", kind: Indirect, speakers: []string{"Lo scrittore"}}}},
	})
}

// TestDescriptions2: a description stands for the person the paragraph is
// about (the masculine of an office or agent noun also for a woman, a name
// no list holds too); words and the participle that names their author;
// a gerund whose clause has no subject that can speak takes the context's.
func TestDescriptions2(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"an agent noun for a woman", "«Stiamo ascoltando i testimoni» ha spiegato la commissaria Giulia Ferraris. L'investigatore ha poi aggiunto: «Nessuna pista è esclusa».",
			[]expect{{text: "Stiamo ascoltando i testimoni", kind: Direct, speakers: []string{"Giulia Ferraris"}}, {text: "Nessuna pista è esclusa", kind: Direct, speakers: []string{"Giulia Ferraris"}}}},
		{"a description after a name no list holds", "La Kvitova ha perso in tre set. La tennista ha scritto sul suo sito: «Tornerò più forte».",
			[]expect{{text: "Tornerò più forte", kind: Direct, speakers: []string{"Kvitova"}}}},
		{"a description ends at attraverso", "«Mi ritiro» fa sapere la cantante attraverso il suo profilo.",
			[]expect{{text: "Mi ritiro", kind: Direct, speakers: []string{"la cantante"}}}},
		{"words and the participle that names their author", "Tra le frasi pronunciate da Marco Vela durante la conferenza, una colpisce: «Non ho rimpianti».",
			[]expect{{text: "Non ho rimpianti", kind: Direct, speakers: []string{"Marco Vela"}}}},
		{"a gerund whose clause cannot speak", "Il ciclista Marco Vela ha parlato ieri. Questo dopo anni passati negando di aver mai barato.",
			[]expect{{text: "aver mai barato", kind: Indirect, speakers: []string{"Marco Vela"}}}},
		{"a partitive subject", "Alcuni dei presenti hanno rilasciato interviste, affermando che la festa era finita presto.",
			[]expect{{text: "la festa era finita presto", kind: Indirect, speakers: []string{"Alcuni dei presenti"}}}},
	})
}

// TestSpeakersWords: a quote of three words or more inside the narrator's
// sentence, with no cue of its own, in a paragraph where someone spoke,
// is that speaker's; a one-word one is not (a scare quote), nor a title
// announced by a title noun with adjectives or a comma between.
func TestSpeakersWords(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"the words of the paragraph's speaker", "Il segretario Paolo Ruffo ha detto: «Il partito è unito». La scelta è l'unica possibile per evitare «una frattura difficilmente sanabile» a sinistra.",
			[]expect{{text: "Il partito è unito", kind: Direct, speakers: []string{"Paolo Ruffo"}}, {text: "una frattura difficilmente sanabile", kind: Partial, speakers: []string{"Paolo Ruffo"}}}},
		{"one word is no one's words", "Il segretario Paolo Ruffo ha detto: «Il partito è unito». La scelta appare «obbligata» a molti osservatori.",
			[]expect{{text: "Il partito è unito", kind: Direct, speakers: []string{"Paolo Ruffo"}}}},
		{"no speaker in the paragraph", "La scelta è l'unica possibile per evitare «una frattura difficilmente sanabile» a sinistra.",
			nil},
		{"a title after a title noun and adjectives", "Il sindaco Paolo Ruffo ha parlato al festival. Il nome viene dalla serie televisiva americana «Ai confini della realtà».",
			nil},
		{"a title after a title noun and a comma", "Il sindaco Paolo Ruffo ha parlato al festival. I cittadini gli hanno dedicato una canzone, «La ballata del sindaco», trasmessa in piazza.",
			nil},
	})
}

// TestVerbless: a quote that would be direct by its place but shows no
// finite verb is partial (CONVENTIONS.md: a phrase is no clause), unless
// the other part of its sentence, after the narrator's aside, has one.
func TestVerbless(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a phrase after a colon", "Il regista Paolo Ruffo ha commentato: «Un film coraggioso e necessario».",
			[]expect{{text: "Un film coraggioso e necessario", kind: Partial, speakers: []string{"Paolo Ruffo"}}}},
		{"a question and its answer", "Il regista Paolo Ruffo ha commentato così: «Le critiche? Una sciocchezza».",
			[]expect{{text: "Le critiche? Una sciocchezza", kind: Partial, speakers: []string{"Paolo Ruffo"}}}},
		{"a clause", "Il regista Paolo Ruffo ha commentato: «Il film non piacerà a tutti».",
			[]expect{{text: "Il film non piacerà a tutti", kind: Direct, speakers: []string{"Paolo Ruffo"}}}},
		{"the verb in the part after the aside", "«Cosa ben diversa, invece» - osserva Paolo Ruffo - «è la critica dei giornali».",
			[]expect{{text: "Cosa ben diversa, invece", kind: Direct, speakers: []string{"Paolo Ruffo"}}, {text: "è la critica dei giornali", kind: Direct, speakers: []string{"Paolo Ruffo"}}}},
	})
}

// TestIndirectEnds2: where a reported clause ends: a gerund that is not a
// speech verb goes on with it, one of the speaker's (aggiungendo) or of a
// consequence (suscitando così) ends it; mentre goes on unless another
// source follows; per poi ends it; cioè goes on.
func TestIndirectEnds2(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a gerund of the report", "La polizia afferma che i due sono entrati nel parco di notte, ignorando i divieti.",
			[]expect{{text: "i due sono entrati nel parco di notte, ignorando i divieti", kind: Indirect, speakers: []string{"La polizia"}}}},
		{"a gerund of the speaker", "Il sindaco ha detto che il parco resterà chiuso, aggiungendo che le multe saranno salate.",
			[]expect{{text: "il parco resterà chiuso", kind: Indirect, speakers: []string{"Il sindaco"}}, {text: "le multe saranno salate", kind: Indirect, speakers: []string{"Il sindaco"}}}},
		{"a consequence", "Il ladro dichiarò di aver agito per vendetta, suscitando così lo sdegno del paese.",
			[]expect{{text: "aver agito per vendetta", kind: Indirect, speakers: []string{"Il ladro"}}}},
		{"mentre in the report", "La commissione ha concluso che i ribelli hanno usato armi chimiche, mentre non ha trovato prove contro il governo.",
			[]expect{{text: "i ribelli hanno usato armi chimiche, mentre non ha trovato prove contro il governo", kind: Indirect, speakers: []string{"La commissione"}}}},
		{"mentre and another source", "Un testimone afferma che i feriti sono due mentre la radio locale, citando la polizia, parla di cinque feriti.",
			[]expect{{text: "i feriti sono due", kind: Indirect, speakers: []string{"Un testimone"}}}},
		{"per poi", "Il ministro ha detto di essere stato costretto a lasciare per poi partire per Londra.",
			[]expect{{text: "essere stato costretto a lasciare", kind: Indirect, speakers: []string{"Il ministro"}}}},
	})
}

// TestComplementizers: what may stand between a speech verb and its che or
// di: a date, a long prepositional aside, a comma after come; la quale in
// brackets stands for the last of the names before.
func TestComplementizers(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a date", "Le due aziende hanno annunciato giovedì 7 aprile 2005 di aver firmato un accordo.",
			[]expect{{text: "aver firmato un accordo", kind: Indirect, speakers: []string{"Le due aziende"}}}},
		{"a long aside", "La senatrice ha riferito, durante la puntata del 10 settembre a Porta a Porta di voler querelare il giornale.",
			[]expect{{text: "voler querelare il giornale", kind: Indirect, speakers: []string{"La senatrice"}}}},
		{"come and a comma", "L'infermiere ha testimoniato come, durante il trasporto, il ragazzo fosse già privo di sensi.",
			[]expect{{text: "durante il trasporto, il ragazzo fosse già privo di sensi", kind: Indirect, speakers: []string{"L'infermiere"}}}},
		{"la quale in brackets", "Il partito ha criticato Mario Rossi e Anna Bianchi (la quale ha annunciato di voler lasciare la politica).",
			[]expect{{text: "voler lasciare la politica", kind: Indirect, speakers: []string{"Anna Bianchi"}}}},
		{"a consequence gerund", "Il deputato ha ricordato che le vittime sono state nove, riaccendendo la polemica.",
			[]expect{{text: "le vittime sono state nove", kind: Indirect, speakers: []string{"Il deputato"}}}},
	})
}

// TestMoreIndirect: dare notizia che, a bracket between the verb and che,
// irregular infinitives (porre), a possessive before a term.
func TestMoreIndirect(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"dare notizia che", "In serata il portavoce Luca Bassi dava notizia che il vertice era stato rinviato.",
			[]expect{{text: "il vertice era stato rinviato", kind: Indirect, speakers: []string{"Luca Bassi"}, cue: "dava notizia"}}},
		{"a bracket before che", "Il tribunale ha stabilito oggi, con una decisione a maggioranza (tre giudici su cinque) che il decreto è nullo.",
			nil},
		{"a court decrees", "La Corte ha decretato oggi, con una sentenza a maggioranza (tre giudici su cinque) che il decreto è nullo.",
			[]expect{{text: "il decreto è nullo", kind: Indirect, speakers: []string{"Corte"}}}},
		{"an infinitive in -orre", "Il garante ha consigliato al sindaco di porre un limite agli orari.",
			[]expect{{text: "porre un limite agli orari", kind: Indirect, speakers: []string{"Il garante"}}}},
		{"a term after a possessive in a report", "Il premier ha detto che se i deputati non ritireranno le loro \"dimissioni di massa\", si andrà al voto.",
			[]expect{{text: "se i deputati non ritireranno le loro \"dimissioni di massa\", si andrà al voto", kind: Indirect, speakers: []string{"Il premier"}}}},
	})
}

// TestSubjectsAround: a subordinate clause between commas is an aside
// before the verb (X, quando gli è stato chiesto …, ha dichiarato), but
// mentre X ha detto keeps X; a relative clause right after a name keeps the
// name as the subject; a run the name gate took for a person yields to a
// person the entities layer typed.
func TestSubjectsAround(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a subordinate clause as an aside", "Il regista Marco Vela, quando gli è stato chiesto se il film era finito, ha dichiarato che mancava una scena.",
			[]expect{{text: "mancava una scena", kind: Indirect, speakers: []string{"Marco Vela"}}}},
		{"mentre X ha detto", "Il ministro Carlo Neri ha taciuto, mentre Marco Vela ha detto che la legge è sbagliata.",
			[]expect{{text: "la legge è sbagliata", kind: Indirect, speakers: []string{"Marco Vela"}}}},
		{"a relative clause after the name", "Il sindaco, Michael Bloomberg che ha dovuto affrontare l'Uragano Sandy, ha detto che serve un piano.",
			[]expect{{text: "serve un piano", kind: Indirect, speakers: []string{"Michael Bloomberg"}}}},
		{"a typed person before a gated run", "L'attrice Denise Crosby di Star Trek ha parlato al pubblico. Stanca del set, ha chiesto ai produttori di cambiare il copione.",
			[]expect{{text: "cambiare il copione", kind: Indirect, speakers: []string{"Denise Crosby"}}}},
	})
}

// TestGerundSubject: a gerund takes the subject of the nearest clause
// before it, a named one after a comma included, even when that clause's
// verb has lost its auxiliary (il premier Renzi fatto presente …).
func TestGerundSubject(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"the nearest named clause", "Il presidente Obama ha parlato dell'Italia, anche il premier Renzi fatto presente l'amicizia tra i due Paesi, dicendo che ci sarà una nuova stagione.",
			[]expect{{text: "ci sarà una nuova stagione", kind: Indirect, speakers: []string{"Renzi"}}}},
	})
}

// TestMisspelling: a one-word name no list holds, two letters from a name
// the gazetteer lists in the same paragraph, is that name misspelt.
func TestMisspelling(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a misspelt listed name", "Il portavoce, Dudallah, ha affermato che il capo è vivo. «Lo vediamo spesso», ha detto Dadullah.",
			[]expect{{text: "il capo è vivo", kind: Indirect, speakers: []string{"Dadullah"}}, {text: "Lo vediamo spesso", kind: Direct, speakers: []string{"Dadullah"}}}},
	})
	assert.True(t, editWithin2("dadullah", "dudallah"))
	assert.False(t, editWithin2("rossini", "rossetti"))
}

// TestNameForms: a name joined by an Arabic particle is one name (Ayman
// al-Zawāhirī), and the fullest form of a name is found across diacritics
// (Zawahiri, Janukovyc).
func TestNameForms(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a particle and diacritics", "Il vice-capo dell'organizzazione Ayman al-Zawāhirī ha parlato a lungo. «Abbiamo visto una strage», ha detto Zawahiri.",
			[]expect{{text: "Abbiamo visto una strage", kind: Direct, speakers: []string{"Ayman al-Zawāhirī"}}}},
	})
	assert.Equal(t, "Zawahiri", plainLetters("Zawāhirī"))
	assert.Equal(t, "Janukovyc", plainLetters("Janukovyč"))
}

// TestPassiveInParagraph: a passive speech verb with no agent reports the
// words of whoever speaks in the paragraph; a colon's clause starts after
// mentre, and però inside a clause is no boundary.
func TestPassiveInParagraph(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a passive with no agent after a speaker", "Il segretario Paolo Ruffo ha parlato a lungo: «Siamo uniti». Il suo rivale è stato accusato di «arroganza», mentre agli alleati sono state rivolte dure accuse: «Chi tradisce paga».",
			[]expect{{text: "Siamo uniti", kind: Direct, speakers: []string{"Paolo Ruffo"}}, {text: "arroganza", kind: Partial, speakers: []string{"Paolo Ruffo"}}, {text: "Chi tradisce paga", kind: Direct, speakers: []string{"Paolo Ruffo"}}}},
		{"però inside the clause", "Il leader dell'opposizione Marco Vela getta però acqua sul fuoco: «Non ci saranno elezioni anticipate».",
			[]expect{{text: "Non ci saranno elezioni anticipate", kind: Direct, speakers: []string{"Marco Vela"}}}},
	})
}

// TestAsidesAndNames: a prepositional phrase between commas before the
// cue is an aside (not one of a mediator: tramite la portavoce X, con il
// ministro X); a name in apposition to a role inside such an aside is no
// subject; of the names the text gives one entry, as full as each other,
// the one the gazetteer calls it by.
func TestAsidesAndNames(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a prepositional aside", "Il regista, durante l'incontro al quale era presente anche il produttore del film, Paolo Neri, ha proposto una «versione più corta».",
			[]expect{{text: "versione più corta", kind: Partial, speakers: []string{"Il regista"}}}},
		{"a mediator", "L'Italia, con il ministro degli Esteri Emma Bonino, dichiara: «Valutiamo l'impatto».",
			[]expect{{text: "Valutiamo l'impatto", kind: Direct, speakers: []string{"Emma Bonino"}}}},
		{"the entry's own name", "Papa Benedetto XVI ha parlato ai fedeli. Joseph Ratzinger ha affermato che il lavoro deve essere dignitoso.",
			[]expect{{text: "il lavoro deve essere dignitoso", kind: Indirect, speakers: []string{"Benedetto XVI"}}}},
	})
}

// TestDoubleSurname: the name gate reads a hyphenated surname as one name
// (Raphael Bob-Waksberg), which a description in apposition follows.
func TestDoubleSurname(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a hyphenated surname", "Raphael Bob-Waksberg, il creatore della serie, ha commentato: «Avremmo dovuto fare di più».",
			[]expect{{text: "Avremmo dovuto fare di più", kind: Direct, speakers: []string{"Raphael Bob-Waksberg"}}}},
	})
}

// TestListAhead: quotes listed at a sentence's start share the cue after
// the last one, or, when the list ends the sentence, the speaker of the
// paragraph, or else the named subject of a sentence before; a translation
// in brackets follows its quote.
func TestListAhead(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"the cue after the last of two", "\"Il Papa ci ha sorpreso\" e \"forse lo avevamo notato\", ha commentato padre Federico Lombardi.",
			[]expect{{text: "Il Papa ci ha sorpreso", kind: Direct, speakers: []string{"Federico Lombardi"}}, {text: "forse lo avevamo notato", kind: Direct, speakers: []string{"Federico Lombardi"}}}},
		{"a list ending the sentence", "Arturo Parisi non perde l'occasione di attaccare il segretario. Dal palco non risparmia le bordate. «Siamo in ritardo», «C'è solo confusione».",
			[]expect{{text: "Siamo in ritardo", kind: Direct, speakers: []string{"Arturo Parisi"}}, {text: "C'è solo confusione", kind: Direct, speakers: []string{"Arturo Parisi"}}}},
	})
}

// TestAddresseeWithNumber: a radio or television station named with its
// number (Rtl 102.5, Radio 24) is an addressee like any name between the
// speech verb and its che.
func TestAddresseeWithNumber(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a frequency before che", "Il senatore Paolo Neri ha detto a Rtl 102.5 che il partito non voterà la riforma.",
			[]expect{{text: "il partito non voterà la riforma", kind: Indirect, speakers: []string{"Paolo Neri"}, cue: "ha detto", addressee: "Rtl 102.5"}}},
		{"a number before che", "La ministra ha spiegato a Radio 105 che il decreto arriverà a giugno.",
			[]expect{{text: "il decreto arriverà a giugno", kind: Indirect, speakers: []string{"La ministra"}, addressee: "Radio 105"}}},
		{"a frequency before a marked clause", "Marco Ferri ha detto a Rtl 102.5 che «il partito è unito».",
			[]expect{{text: "il partito è unito", kind: Direct, speakers: []string{"Marco Ferri"}, addressee: "Rtl 102.5"}}},
		{"a frequency after an inverted subject", "«Non voteremo la riforma», ha detto Paolo Neri a Rtl 102.5.",
			[]expect{{text: "Non voteremo la riforma", kind: Direct, speakers: []string{"Paolo Neri"}, addressee: "Rtl 102.5"}}},
		{"a time is no addressee", "Il sindaco ha detto alle 10.30 che la scuola resterà chiusa.",
			[]expect{{text: "la scuola resterà chiusa", kind: Indirect, speakers: []string{"Il sindaco"}, addressee: "-"}}},
	})
}

// TestAdjectiveAfterArticle: a word that is a preposition elsewhere (prima,
// secondo) right after an article or an articulated preposition is an
// adjective of the noun phrase, which goes on to its noun.
func TestAdjectiveAfterArticle(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"an inverted subject", "«Serve più coraggio», ha detto la prima cittadina.",
			[]expect{{text: "Serve più coraggio", kind: Direct, speakers: []string{"la prima cittadina"}, mention: "la prima cittadina"}}},
		{"a feminine office", "«Il bilancio è in ordine», ha detto la prima ministra.",
			[]expect{{text: "Il bilancio è in ordine", kind: Direct, speakers: []string{"la prima ministra"}}}},
		{"with a genitive", "«Le scuole riapriranno lunedì», ha annunciato la prima cittadina di Ostuni.",
			[]expect{{text: "Le scuole riapriranno lunedì", kind: Direct, speakers: []string{"la prima cittadina di Ostuni"}, mention: "la prima cittadina di Ostuni"}}},
		{"a subject before the verb", "La prima cittadina ha dichiarato: «Nessuno sarà lasciato solo».",
			[]expect{{text: "Nessuno sarà lasciato solo", kind: Direct, speakers: []string{"La prima cittadina"}}}},
		{"an ordinal with a capital", "«Ho proposto – ha dichiarato il Primo cittadino – una fiaccolata».",
			[]expect{
				{text: "Ho proposto", kind: Direct, speakers: []string{"il Primo cittadino"}},
				{text: "una fiaccolata", kind: Direct, speakers: []string{"il Primo cittadino"}}}},
		{"after an articulated preposition", "«Mancano i fondi», ha detto il presidente del secondo municipio.",
			[]expect{{text: "Mancano i fondi", kind: Direct, speakers: []string{"il presidente del secondo municipio"}}}},
		{"a synonym the text ties", "Il sindaco di Ostuni, Marta Lenzi, ha inaugurato il porto. «È un giorno di festa», ha detto la prima cittadina.",
			[]expect{{text: "È un giorno di festa", kind: Direct, speakers: []string{"Marta Lenzi"}, mention: "la prima cittadina"}}},
	})
}

// TestTimeBeforeInvertedSubject: a time adverbial of one word or several
// between the speech verb and its inverted subject is stepped over: a
// part of the day, a preposition or a determiner with a time noun, a
// weekday with scorso or a date, an interval before fa.
func TestTimeBeforeInvertedSubject(t *testing.T) {
	said := func(when, who string) mechanism {
		return mechanism{when, "«Siamo pronti al voto», ha detto " + when + " " + who + ".",
			[]expect{{text: "Siamo pronti al voto", kind: Direct, speakers: []string{who}, mention: who, cue: "ha detto"}}}
	}
	runMechanisms(t, []mechanism{
		said("ieri sera", "Paolo Neri"),
		said("oggi pomeriggio", "Paolo Neri"),
		said("in serata", "Paolo Neri"),
		said("in tarda mattinata", "Paolo Neri"),
		said("nel pomeriggio", "il ministro"),
		said("questa mattina", "il ministro"),
		said("lunedì scorso", "Paolo Neri"),
		said("giovedì 7 aprile", "Paolo Neri"),
		said("la scorsa settimana", "il sindaco"),
		said("l'anno scorso", "il sindaco"),
		said("il 3 marzo", "Paolo Neri"),
		said("due giorni fa", "Paolo Neri"),
		said("poco fa", "il portavoce"),
		said("nei giorni scorsi", "il portavoce"),
		said("durante la notte", "il comandante"),
		said("alle 10.30", "il comandante"),
		said("la prima volta", "il ministro"),
		said("ieri", "Paolo Neri"),
		said("stamattina", "il ministro"),
		{"then an addressee", "«Siamo pronti», ha detto ieri sera il ministro a Paolo Neri.",
			[]expect{{text: "Siamo pronti", kind: Direct, speakers: []string{"il ministro"}, addressee: "Paolo Neri"}}},
		{"before a prepositional phrase", "«Siamo pronti», ha detto ieri sera a Porta a Porta Paolo Neri.",
			[]expect{{text: "Siamo pronti", kind: Direct, speakers: []string{"Paolo Neri"}}}},
		{"in, a preposition, not an adverb", "«Siamo pronti», ha detto ieri sera in conferenza stampa il ministro.",
			[]expect{{text: "Siamo pronti", kind: Direct, speakers: []string{"il ministro"}}}},
		{"inside a long prepositional phrase", "«Siamo pronti», ha detto nel corso della conferenza stampa di ieri sera il ministro.",
			[]expect{{text: "Siamo pronti", kind: Direct, speakers: []string{"il ministro"}}}},
		{"a participle and its agent", "«Siamo pronti», come dichiarato ieri sera dal ministro.",
			[]expect{{text: "Siamo pronti", kind: Direct, speakers: []string{"ministro"}, cue: "come dichiarato"}}},
	})
}

// TestObjectSense: sostenere (and rilevare) with a noun object is another
// verb (to support, to take over): no cue for a quote after the object. An
// earlier cue names the speaker, or else the marked words are the
// subject's with no cue; before che, di, a colon or the quote it reports.
func TestObjectSense(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a cue before it", "Il premier ha detto che l'Italia sosterrà l'Ucraina «fino alla fine».",
			[]expect{{text: "fino alla fine", kind: Partial, speakers: []string{"Il premier"}, cue: "ha detto"}}},
		{"no cue before it", "La Regione sostiene le famiglie «con ogni mezzo».",
			[]expect{{text: "con ogni mezzo", kind: Partial, speakers: []string{"Regione"}, cue: "-"}}},
		{"rilevare a company", "La società ha rilevato lo stabilimento «in piena crisi».",
			[]expect{{text: "in piena crisi", kind: Partial, speakers: []string{"La società"}, cue: "-"}}},
		{"before che", "Il ministro sostiene che la riforma è «un passo avanti».",
			[]expect{{text: "un passo avanti", kind: Partial, speakers: []string{"Il ministro"}, cue: "sostiene"}}},
		{"a phrase before che", "Il ministro sostiene con forza che la riforma è «un passo avanti».",
			[]expect{{text: "un passo avanti", kind: Partial, speakers: []string{"Il ministro"}, cue: "sostiene"}}},
		{"before di", "Il ministro ha sostenuto di aver fatto «tutto il possibile».",
			[]expect{{text: "tutto il possibile", kind: Partial, speakers: []string{"Il ministro"}, cue: "ha sostenuto"}}},
		{"before a colon", "Il ministro sostiene: «La riforma è un passo avanti».",
			[]expect{{text: "La riforma è un passo avanti", kind: Direct, speakers: []string{"Il ministro"}, cue: "sostiene"}}},
		{"before the quote", "Il ministro sostiene «La riforma è un passo avanti».",
			[]expect{{text: "La riforma è un passo avanti", kind: Direct, speakers: []string{"Il ministro"}, cue: "sostiene"}}},
		{"a noun of content", "Il sindaco ha ringraziato i volontari sostenendo la necessità di «fare ancora di più».",
			[]expect{{text: "fare ancora di più", kind: Partial, speakers: []string{"Il sindaco"}, cue: "sostenendo"}}},
		{"a noun of content and che", "Il legale sostiene la tesi che il reato sia «ormai prescritto».",
			[]expect{{text: "ormai prescritto", kind: Partial, speakers: []string{"Il legale"}, cue: "sostiene"}}},
		{"an indirect report", "La ministra ha sostenuto che il decreto è legittimo.",
			[]expect{{text: "il decreto è legittimo", kind: Indirect, speakers: []string{"La ministra"}, cue: "ha sostenuto"}}},
		{"no indirect report with an object", "Il governo sostiene le imprese che assumono giovani.", nil},
	})
}

// TestNameAfterRoleComplement: a role phrase with its complements and a
// name right after them, no comma (il capogruppo del Pd al Senato Mario
// Ferretti) names its holder: the speaker and the mention are the name. A
// name right after the preposition, or after a role noun of the
// complement, is an addressee.
func TestNameAfterRoleComplement(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"an inverted subject", "«Non ci stiamo», ha spiegato il capogruppo del Pd al Senato Mario Ferretti.",
			[]expect{{text: "Non ci stiamo", kind: Direct, speakers: []string{"Mario Ferretti"}, mention: "Mario Ferretti", addressee: "-"}}},
		{"a known holder", "«Non ci stiamo», ha spiegato il capogruppo del M5S alla Camera Francesco Silvestri.",
			[]expect{{text: "Non ci stiamo", kind: Direct, speakers: []string{"Francesco Silvestri"}, mention: "Francesco Silvestri", addressee: "-"}}},
		{"a complement with in", "«Non ci stiamo», ha spiegato la presidente della commissione in aula Giulia Neri.",
			[]expect{{text: "Non ci stiamo", kind: Direct, speakers: []string{"Giulia Neri"}, mention: "Giulia Neri"}}},
		{"in ends the phrase", "«Non ci stiamo», ha detto il ministro in conferenza stampa.",
			[]expect{{text: "Non ci stiamo", kind: Direct, speakers: []string{"il ministro"}, mention: "il ministro"}}},
		{"a subject before the verb", "Il capogruppo del Pd al Senato Mario Ferretti ha detto: «Non ci stiamo».",
			[]expect{{text: "Non ci stiamo", kind: Direct, speakers: []string{"Mario Ferretti"}, mention: "Mario Ferretti"}}},
		{"a name after the preposition", "«Non ci stiamo», ha detto il segretario del partito a Paolo Neri.",
			[]expect{{text: "Non ci stiamo", kind: Direct, speakers: []string{"il segretario del partito"}, addressee: "Paolo Neri"}}},
		{"a name after a role noun of the complement", "«Non ci stiamo», ha detto il segretario del partito al sindaco Mario Ferretti.",
			[]expect{{text: "Non ci stiamo", kind: Direct, speakers: []string{"il segretario del partito"}, addressee: "Mario Ferretti"}}},
	})
}

// TestRoleSpeakerID: a speaker named only by a role phrase stays as
// written, and takes the ID of the person the role resolves to in the
// years the text names; a role that resolves to no one has no ID.
func TestRoleSpeakerID(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a role that resolves", "Nel 2024 il partito ha perso le elezioni. «Serve più coraggio», ha detto la segretaria dem.",
			[]expect{{text: "Serve più coraggio", kind: Direct, speakers: []string{"la segretaria dem"}, mention: "la segretaria dem", id: "x:elly-schlein"}}},
		{"before the verb", "Nel 2024 la segretaria dem ha dichiarato che il partito è unito.",
			[]expect{{text: "il partito è unito", kind: Indirect, speakers: []string{"la segretaria dem"}, id: "x:elly-schlein"}}},
		{"a role that resolves to no one", "«Serve più coraggio», ha detto il presidente del circolo.",
			[]expect{{text: "Serve più coraggio", kind: Direct, speakers: []string{"il presidente del circolo"}, id: "-"}}},
		{"a role the text ties keeps its name", "Nel 2024 Elly Schlein ha parlato alla direzione. «Serve più coraggio», ha detto la segretaria dem.",
			[]expect{{text: "Serve più coraggio", kind: Direct, speakers: []string{"Elly Schlein"}, id: "x:elly-schlein"}}},
	})
}

// TestRelativeAfterApposition: a relative pronoun after an apposition
// that ends with a name a preposition governs stands for the person the
// apposition describes (appositionAnchor).
func TestRelativeAfterApposition(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a place at the end of the apposition", "Sulla rapina è intervenuta Giulia Ferri, presidente della Confcommercio di Genova, che si è detta «amareggiata».",
			[]expect{{text: "amareggiata", kind: Partial, speakers: []string{"Giulia Ferri"}}}},
		{"an organization at the end of the apposition", "Ha parlato anche Paolo Neri, segretario della Fiom, che ha definito l'accordo «una resa».",
			[]expect{{text: "una resa", kind: Partial, speakers: []string{"Paolo Neri"}}}},
		{"no apposition: the name itself", "Al vertice c'era anche Paolo Neri, che ha definito l'accordo «una resa».",
			[]expect{{text: "una resa", kind: Partial, speakers: []string{"Paolo Neri"}}}},
	})
}

// TestFullerGroup: a plural role phrase with no name stands for the group
// the paragraph described before with the same noun or a synonym and more
// words, when its own qualifiers fit that description (fullerGroup).
func TestFullerGroup(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a synonym after a genitive", "Il tribunale ha accolto le richieste dei medici del carcere di Opera. Secondo i dottori, il detenuto è «in pericolo di vita».",
			[]expect{{text: "in pericolo di vita", kind: Partial, speakers: []string{"i medici del carcere di Opera"}}}},
		{"the same noun with a qualifier that fits", "Secondo i giudici della seconda sezione della corte d'appello di Milano, la pena è congrua. Per i giudici d'appello, l'imputato ha agito con «piena lucidità».",
			[]expect{{text: "piena lucidità", kind: Partial, speakers: []string{"i giudici della seconda sezione della corte d'appello di Milano"}}}},
		{"a qualifier that does not fit", "Secondo i medici dell'ospedale di Parma, la paziente è stabile. Per i medici legali, le ferite sono «compatibili con una caduta».",
			[]expect{{text: "compatibili con una caduta", kind: Partial, speakers: []string{"i medici legali"}}}},
		{"an adjunct after the earlier description is not part of it", "Il rinvio è stato annunciato dagli organizzatori in una nota al sito della gara. Gli organizzatori hanno confermato che la gara si correrà a novembre.",
			[]expect{{text: "la gara si correrà a novembre", kind: Indirect, speakers: []string{"Gli organizzatori"}}}},
	})
}

// TestInterruptedIntroducedQuote: a quote the narrator introduced with a
// cue before the marks, split by a dash phrase whose subject is a
// description without a name, is the introducer's (introducedBy); the
// mention stays the dash phrase's.
func TestInterruptedIntroducedQuote(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"introduced by che", "Marco Ferri precisa che «la riforma va fatta subito. Il rinvio – spiega l'esponente del Pd – sarebbe un errore».",
			[]expect{
				{text: "la riforma va fatta subito. Il rinvio", kind: Direct, speakers: []string{"Marco Ferri"}, mention: "l'esponente del Pd"},
				{text: "sarebbe un errore", kind: Direct, speakers: []string{"Marco Ferri"}, mention: "l'esponente del Pd"}}},
		{"introduced by a colon", "Lo ha confermato uno dei testimoni: «Eravamo tutti lì. Poi – racconta il giovane – è arrivata la polizia».",
			[]expect{
				{text: "Eravamo tutti lì. Poi", kind: Direct, speakers: []string{"uno dei testimoni"}},
				{text: "è arrivata la polizia", kind: Direct, speakers: []string{"uno dei testimoni"}}}},
		{"a name in the dash phrase stays its speaker", "Marco Ferri precisa che «la riforma va fatta subito. Il rinvio – aggiunge Anna Riva – sarebbe un errore».",
			[]expect{
				{text: "la riforma va fatta subito. Il rinvio", kind: Direct, speakers: []string{"Anna Riva"}},
				{text: "sarebbe un errore", kind: Direct, speakers: []string{"Anna Riva"}}}},
	})
}

// TestTopicBefore: a describing noun stands for the named subject of the
// nearest sentence before that has one, over sentences whose subject
// names no one (topicBefore).
func TestTopicBefore(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"two sentences back", "Luca Bassi, studente di 24 anni, è stato fermato ieri. Nella sua auto sono stati trovati documenti falsi. Il ventiquattrenne ha detto ai carabinieri: «Non ne sapevo nulla».",
			[]expect{{text: "Non ne sapevo nulla", kind: Direct, speakers: []string{"Luca Bassi"}, mention: "Il ventiquattrenne"}}},
		{"a nearer named subject", "Luca Bassi è stato fermato ieri. Nella sua auto sono stati trovati documenti falsi. Marta Neri ha visto tutto. La studentessa ha detto ai carabinieri: «Non lo conosco».",
			[]expect{{text: "Non lo conosco", kind: Direct, speakers: []string{"Marta Neri"}}}},
	})
}

// TestSurnameInitial: a given name and the initial of a surname keep the
// initial's period (initialPeriod).
func TestSurnameInitial(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"the initial's period", "Ha parlato Andrea C., 35 anni: «Non sono stato io».",
			[]expect{{text: "Non sono stato io", kind: Direct, speakers: []string{"Andrea C."}}}},
	})
}

// TestDescribedBefore: a describing noun stands for the last speaker of
// the paragraph when the text gave that speaker a description and no name
// (describedBefore), unless the gender contradicts.
func TestDescribedBefore(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a description going on", "«Era una brava persona», ha detto il titolare del bar della piazza. «Lo vedevo spesso – ha aggiunto il barista – e salutava tutti».",
			[]expect{
				{text: "Era una brava persona", kind: Direct, speakers: []string{"il titolare del bar della piazza"}},
				{text: "Lo vedevo spesso", kind: Direct, speakers: []string{"il titolare del bar della piazza"}, mention: "il barista"},
				{text: "e salutava tutti", kind: Direct, speakers: []string{"il titolare del bar della piazza"}}}},
		{"another gender", "«Era una brava persona», ha detto il titolare del bar della piazza. «Lo vedevo spesso», ha aggiunto la cameriera.",
			[]expect{
				{text: "Era una brava persona", kind: Direct, speakers: []string{"il titolare del bar della piazza"}},
				{text: "Lo vedevo spesso", kind: Direct, speakers: []string{"la cameriera"}}}},
		{"indirect speech", "Il convivente della ragazza ha ammesso di averla uccisa. L'uomo ha poi confessato di averla colpita con un bastone.",
			[]expect{
				{text: "averla uccisa", kind: Indirect, speakers: []string{"Il convivente della ragazza"}},
				{text: "averla colpita con un bastone", kind: Indirect, speakers: []string{"Il convivente della ragazza"}}}},
	})
}

// TestSubjectBefore: a quote that opens with a finite verb right after a
// noun phrase that can speak, in a clause that reports no one's words, is
// that subject's (subjectBefore).
func TestSubjectBefore(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a clause after mentre", "Il ministro ha commentato: «Una scelta coraggiosa»; mentre il governo francese «reagisce con stupore».",
			[]expect{
				{text: "Una scelta coraggiosa", kind: Partial, speakers: []string{"Il ministro"}},
				{text: "reagisce con stupore", kind: Partial, speakers: []string{"il governo francese"}, cue: "-"}}},
		{"a clause a speech verb reports", "Il ministro ha commentato: «Una scelta coraggiosa»; poi ha detto che il Senato «ha fatto il suo dovere».",
			[]expect{
				{text: "Una scelta coraggiosa", kind: Partial, speakers: []string{"Il ministro"}},
				{text: "ha fatto il suo dovere", kind: Partial, speakers: []string{"Il ministro"}}}},
	})
}

// TestSubordinateClauseSubject: a verb that opens a subordinate clause
// right after a comma, with no subject of its own, has the main clause's
// subject, not the object before the comma (subordinateVP); a sentence may
// open with an adverbial locution and no comma (adverbialLocution).
func TestSubordinateClauseSubject(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"anche se", "«Un successo», ha scritto Anna Riva. Paolo Neri non esclude un seguito del film, anche se ammette che «sarà difficile».",
			[]expect{
				{text: "Un successo", kind: Partial, speakers: []string{"Anna Riva"}},
				{text: "sarà difficile", kind: Direct, speakers: []string{"Paolo Neri"}}}},
		{"a main clause whose subject cannot speak", "Molti temono per il finale: secondo la Bianchi, infatti, la fine della serie è l'unico modo per evitare i falsi, anche se dice di temere le reazioni dei lettori.",
			[]expect{
				{text: "temere le reazioni dei lettori", kind: Indirect, speakers: []string{"Bianchi"}}}},
		{"a frame's source when the main clause's subject cannot speak", "Secondo Paolo Neri, infatti, la fine della serie è l'unico modo per evitare i falsi, anche se dice di temere le reazioni dei lettori.",
			[]expect{
				{text: "temere le reazioni dei lettori", kind: Indirect, speakers: []string{"Paolo Neri"}}}},
		{"an adverbial locution opening the sentence", "«Un successo», ha scritto Anna Riva. In realtà Paolo Neri non esclude un seguito del film, anche se ammette che «sarà difficile».",
			[]expect{
				{text: "Un successo", kind: Partial, speakers: []string{"Anna Riva"}},
				{text: "sarà difficile", kind: Direct, speakers: []string{"Paolo Neri"}}}},
	})
}

// TestLimitarsiA: si è limitato a + a speech verb reports like the verb
// (phaseVerb).
func TestLimitarsiA(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"si è limitato a dire", "«Un film difficile», ha scritto Anna Riva. Laconico il commento di Marco Neri, che si è limitato a dire: «Sono contento».",
			[]expect{
				{text: "Un film difficile", kind: Partial, speakers: []string{"Anna Riva"}},
				{text: "Sono contento", kind: Direct, speakers: []string{"Marco Neri"}, cue: "dire"}}},
	})
}

// TestOwnSubjectWords: a quote inside the narrator's sentence with no cue
// is the words of the person who is the subject of its own clause, or
// else of the last speaker (ownSubject).
func TestOwnSubjectWords(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"the clause's subject", "«Un accordo storico», ha detto Marco Neri. Il senatore Paolo Rossi critica l'intesa perché è stata raggiunta tra i due governi «e solo dopo discussa con gli alleati europei».",
			[]expect{
				{text: "Un accordo storico", kind: Partial, speakers: []string{"Marco Neri"}},
				{text: "e solo dopo discussa con gli alleati europei", kind: Partial, speakers: []string{"Paolo Rossi"}}}},
		{"no person as the subject", "«Un accordo storico», ha detto Marco Neri. L'intesa è stata raggiunta tra i due governi «e solo dopo discussa con gli alleati europei».",
			[]expect{
				{text: "Un accordo storico", kind: Partial, speakers: []string{"Marco Neri"}},
				{text: "e solo dopo discussa con gli alleati europei", kind: Partial, speakers: []string{"Marco Neri"}}}},
	})
}

// TestNewSubjectBefore: a cue with no subject after a narrated sentence
// whose subject is a person who has not spoken is that person's; a verb
// that goes on (ha aggiunto) stays the last speaker's (newSubjectBefore).
func TestNewSubjectBefore(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a new person brought in", "«Le accuse sono gravi», ha detto il giudice Paolo Neri. Anche il figlio, Marco Rossi, è indagato per corruzione. «Sono innocente», ha dichiarato.",
			[]expect{
				{text: "Le accuse sono gravi", kind: Direct, speakers: []string{"Paolo Neri"}},
				{text: "Sono innocente", kind: Direct, speakers: []string{"Marco Rossi"}}}},
		{"a verb that goes on", "«Le accuse sono gravi», ha detto il giudice Paolo Neri. Anche il figlio, Marco Rossi, è indagato per corruzione. «Le prove sono solide», ha aggiunto.",
			[]expect{
				{text: "Le accuse sono gravi", kind: Direct, speakers: []string{"Paolo Neri"}},
				{text: "Le prove sono solide", kind: Direct, speakers: []string{"Paolo Neri"}}}},
	})
}

// TestWriterAfterSiLegge: si legge + in + a message names the writer after
// it: the message's genitive or the agent of a participle (writerAfter).
func TestWriterAfterSiLegge(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"the agent of a participle", "«Il paziente è stabile», ha detto il primario Paolo Neri. «I familiari – si legge in un comunicato diffuso dalla Procura di Milano – hanno chiesto riservatezza».",
			[]expect{
				{text: "Il paziente è stabile", kind: Direct, speakers: []string{"Paolo Neri"}},
				{text: "I familiari", kind: Direct, speakers: []string{"Procura"}},
				{text: "hanno chiesto riservatezza", kind: Direct, speakers: []string{"Procura"}}}},
		{"the genitive", "«Lascio con serenità», ha detto Marco Neri. L'ambasciatore ha presentato dimissioni «irrevocabili», come si legge nella nota della Farnesina.",
			[]expect{
				{text: "Lascio con serenità", kind: Direct, speakers: []string{"Marco Neri"}},
				{text: "irrevocabili", kind: Partial, speakers: []string{"Farnesina"}}}},
	})
}

// TestOrgDescribed: a definite description of an organization stands for
// the organization the paragraph named last in the narrator's words, one
// whose name begins with the same noun first; a genitive name qualifies
// another noun and is not it (orgDescribed).
func TestOrgDescribed(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"the organization named before", "Il prefetto ha negato a Forza Nuova la piazza. Il partito di estrema destra ha replicato: «È una decisione politica».",
			[]expect{{text: "È una decisione politica", kind: Direct, speakers: []string{"Forza Nuova"}}}},
		{"a name that begins with the same noun", "Il premio è stato assegnato dalla Fondazione Nobel. In una nota, la fondazione svedese ha spiegato: «Sono studi importanti».",
			[]expect{{text: "Sono studi importanti", kind: Direct, speakers: []string{"Fondazione Nobel"}}}},
		{"a genitive is no antecedent", "Ieri ha parlato il presidente della Rai. La società ha poi detto: «Nessun commento sulle nomine».",
			[]expect{{text: "Nessun commento sulle nomine", kind: Direct, speakers: []string{"La società"}}}},
	})
}

// TestCourtOf: judges without a name speak for the court the paragraph
// named before them (courtOf).
func TestCourtOf(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"the court named before", "La Corte d'Appello di Milano ha depositato le motivazioni. Secondo i giudici del Palazzo di Giustizia, l'imputato ha agito con «piena consapevolezza».",
			[]expect{{text: "piena consapevolezza", kind: Partial, speakers: []string{"Corte d'Appello"}}}},
		{"no court named", "Le motivazioni sono state depositate ieri. Secondo i giudici del Palazzo di Giustizia, l'imputato ha agito con «piena consapevolezza».",
			[]expect{{text: "piena consapevolezza", kind: Partial, speakers: []string{"i giudici del Palazzo di Giustizia"}}}},
	})
}

// TestTextTieFirst: a name the text writes next to a role outweighs the
// gazetteer's holder of the role in the years the text names.
func TestTextTieFirst(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a pope the text names, another in the years it recalls", "Papa Benedetto XVI ha parlato ai fedeli in piazza. A conclusione il pontefice ha ricordato come «nella notte di Natale del 1968 Papa Paolo VI celebrò la messa a Taranto».",
			[]expect{{text: "nella notte di Natale del 1968 Papa Paolo VI celebrò la messa a Taranto", kind: Direct, speakers: []string{"Benedetto XVI"}}}},
	})
}

// TestGerundAside: a gerund phrase between commas before the verb is an
// aside; the subject stands before it (asideSegment).
func TestGerundAside(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a gerund phrase with a name in it", "Marco Neri, infatti, commentando la rabbia del premier Paolo Rossi durante il comizio di ieri, ha affermato: «È un attacco alla stampa».",
			[]expect{{text: "È un attacco alla stampa", kind: Direct, speakers: []string{"Marco Neri"}}}},
	})
}

// TestPostVerbalSubjectPast: after the verb, an addressee before the
// subject is kept as the addressee, and prepositional phrases set off by
// commas are passed over to the subject (subjectRight, pastCommaPPs).
func TestPostVerbalSubjectPast(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"an addressee before the subject", "«Il governo non cadrà», ha detto a Paolo Neri il ministro Carlo Bassi.",
			[]expect{{text: "Il governo non cadrà", kind: Direct, speakers: []string{"Carlo Bassi"}, addressee: "Paolo Neri"}}},
		{"a time adverbial, then an addressee", "«Il governo non cadrà», ha detto ieri sera a Paolo Neri il ministro Carlo Bassi.",
			[]expect{{text: "Il governo non cadrà", kind: Direct, speakers: []string{"Carlo Bassi"}, addressee: "Paolo Neri"}}},
		{"a comma aside before the subject", "«Il governo non cadrà», ha ribadito in mattinata, a margine del vertice, il ministro Carlo Neri.",
			[]expect{{text: "Il governo non cadrà", kind: Direct, speakers: []string{"Carlo Neri"}}}},
		{"two phrases set off by commas", "«Il governo non cadrà», ha detto in aula, dopo il voto, Carlo Bassi.",
			[]expect{{text: "Il governo non cadrà", kind: Direct, speakers: []string{"Carlo Bassi"}}}},
	})
}

// TestPPAsideBeforeVerb: a prepositional phrase after a comma and right
// before the verb, with an articulated preposition and no article of its
// own, holds no subject (ppAside); a relative clause does.
func TestPPAsideBeforeVerb(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"ai microfoni di", "Il sindaco della città, Marco Neri, ai microfoni della televisione locale Telenorba ha affermato: «Siamo pronti a tutto».",
			[]expect{{text: "Siamo pronti a tutto", kind: Direct, speakers: []string{"Marco Neri"}}}},
		{"a relative clause", "Il teologo ha proposto una nuova ricerca, alla quale proposta Joseph Ratzinger ha risposto: «È un obiettivo importante».",
			[]expect{{text: "È un obiettivo importante", kind: Direct, speakers: []string{"Joseph Ratzinger"}}}},
	})
}

// TestTextTieAfter: a role the paragraph ties to a name only later, the
// same role written before the name, is that person (textTieAfter); not a
// role that a preposition governs.
func TestTextTieAfter(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"the name given later", "Una lettera arrivò al giornale. Il ladro affermava di avere con sé il quadro. Intanto, il ladro, Vincenzo Peruggia, venne arrestato.",
			[]expect{{text: "avere con sé il quadro", kind: Indirect, speakers: []string{"Vincenzo Peruggia"}}}},
		{"a role in a genitive", "La contea di Walla Walla smentisce: «Non ci sono state feste». La direttrice della contea, Meghan DeBolt, aggiunge: «È inaccettabile».",
			[]expect{
				{text: "Non ci sono state feste", kind: Direct, speakers: []string{"La contea di Walla Walla"}},
				{text: "È inaccettabile", kind: Direct, speakers: []string{"Meghan DeBolt"}}}},
	})
}

// TestSubjectRelative: the subject is the head before a relative clause
// whose subject is che, not a name inside the relative (subjectRelative).
func TestSubjectRelative(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"a name inside the relative", "L'infermiere che ha accompagnato Marco Rossi in ambulanza ha riferito che il paziente respirava ancora.",
			[]expect{{text: "il paziente respirava ancora", kind: Indirect, speakers: []string{"L'infermiere"}}}},
		{"an indefinite head", "Un uomo che ha aiutato Paolo Neri nella fuga ha affermato che i due erano «soltanto amici».",
			[]expect{{text: "soltanto amici", kind: Partial, speakers: []string{"Un uomo"}}}},
	})
}

// TestRelativeWithAdverb: a relative pronoun followed only by adverbs
// (che poi esclamerà) stands for the name before its comma (relativeOnly).
func TestRelativeWithAdverb(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"che poi", "I due fratelli Neri prendono parte alla rissa, colpendo soprattutto il giovane Marco, che poi esclamerà «Basta, non respiro più!».",
			[]expect{{text: "Basta, non respiro più!", kind: Direct, speakers: []string{"Marco"}}}},
	})
}

// TestPronounAfterLastClause: a pronoun opening a sentence picks up the
// subject of the last clause of the sentence before when its first
// clause's subject cannot speak (lastClauseSubject).
func TestPronounAfterLastClause(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"egli after a second clause", "I commenti sono arrivati da tutto il mondo, il ministro degli Esteri francese è uno di questi. Egli ha commentato l'accaduto dicendo: «Condanno ogni violenza».",
			[]expect{{text: "Condanno ogni violenza", kind: Direct, speakers: []string{"il ministro degli Esteri francese"}}}},
	})
}

// TestWithTheseWords: a quote standing alone, then Con queste parole and
// the speaker as the next sentence's subject, before or after its verb
// (withTheseWords).
func TestWithTheseWords(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"the subject after the verb", "«Lascio per il bene del Paese». Con queste parole si è dimesso ieri il presidente della Regione Marco Neri.",
			[]expect{{text: "Lascio per il bene del Paese", kind: Direct, speakers: []string{"Marco Neri"}, cue: "Con queste parole"}}},
		{"the subject before the verb", "«Lascio per il bene del Paese». Con queste parole il sindaco Paolo Rossi ha chiuso la seduta.",
			[]expect{{text: "Lascio per il bene del Paese", kind: Direct, speakers: []string{"Paolo Rossi"}, cue: "Con queste parole"}}},
	})
}

// TestGoingOnBack: a quote that found no speaker takes the speaker of the
// next quote of its paragraph when that one goes on (aggiunge) with a
// named subject (goingOnBack).
func TestGoingOnBack(t *testing.T) {
	runMechanisms(t, []mechanism{
		{"aggiunge after a quote with no speaker", "Dalla sede di Castelnuovo spiegano: «Siamo sorpresi dalla denuncia». Sull'episodio, la direzione aggiunge: «Faremo chiarezza».",
			[]expect{
				{text: "Siamo sorpresi dalla denuncia", kind: Direct, speakers: []string{"la direzione"}},
				{text: "Faremo chiarezza", kind: Direct, speakers: []string{"la direzione"}}}},
	})
}
