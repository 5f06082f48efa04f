package quotes

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/tribuna-nlp/tribuna/internal/eval"
)

// want is one expected quote: its text, kind and speaker names.
type want struct {
	text     string
	kind     Kind
	speakers []string
}

func names(q Quote) []string {
	var out []string
	for _, s := range q.Speakers {
		out = append(out, s.Name)
	}
	return out
}

// TestPatterns covers the attribution patterns on sentences written for the tests.
func TestPatterns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"speaker after", "«Il paese ha bisogno di stabilità», ha detto Mario Draghi ai giornalisti.",
			[]want{{"Il paese ha bisogno di stabilità", Direct, []string{"Mario Draghi"}}}},
		{"colon", "Giorgia Meloni ha dichiarato: «Non arretreremo di un passo».",
			[]want{{"Non arretreremo di un passo", Direct, []string{"Giorgia Meloni"}}}},
		{"headline", "Schlein: «Il governo ha fallito sulla sanità»",
			[]want{{"Il governo ha fallito sulla sanità", Direct, []string{"Elly Schlein"}}}},
		{"interrupted", "«Non ci sono alternative – ha spiegato il ministro Giancarlo Giorgetti – e la manovra resterà questa».",
			[]want{{"Non ci sono alternative", Direct, []string{"Giancarlo Giorgetti"}}, {"e la manovra resterà questa", Direct, []string{"Giancarlo Giorgetti"}}}},
		{"secondo", "Secondo Carlo Calenda, «la riforma è scritta male».",
			[]want{{"la riforma è scritta male", Direct, []string{"Carlo Calenda"}}}},
		{"stando a", "Stando a Matteo Renzi, la legge è «un pasticcio».",
			[]want{{"un pasticcio", Partial, []string{"Matteo Renzi"}}}},
		{"partial definire", "Il leader della Lega Matteo Salvini ha definito la manovra «un disastro annunciato».",
			[]want{{"un disastro annunciato", Partial, []string{"Matteo Salvini"}}}},
		{"dropped subject", "Antonio Tajani ha incontrato i sindacati. Ha poi aggiunto che l'accordo è vicino.",
			[]want{{"l'accordo è vicino", Indirect, []string{"Antonio Tajani"}}}},
		{"indirect di", "Il sindaco Roberto Gualtieri ha chiesto al governo di stanziare nuovi fondi.",
			[]want{{"stanziare nuovi fondi", Indirect, []string{"Roberto Gualtieri"}}}},
		{"indirect two che", "Elly Schlein ha detto che il partito è unito e che le primarie si terranno a marzo.",
			[]want{{"il partito è unito", Indirect, []string{"Elly Schlein"}}, {"le primarie si terranno a marzo", Indirect, []string{"Elly Schlein"}}}},
		{"continuation", "«Siamo pronti», ha detto Giuseppe Conte.\n\n«Il Movimento non farà sconti a nessuno».",
			[]want{{"Siamo pronti", Direct, []string{"Giuseppe Conte"}}, {"Il Movimento non farà sconti a nessuno", Direct, []string{"Giuseppe Conte"}}}},
		{"coordinated", "Mario Monti e Enrico Letta hanno parlato di «un passaggio storico».",
			[]want{{"un passaggio storico", Partial, []string{"Mario Monti", "Enrico Letta"}}}},
		{"pronoun", "Romano Prodi è tornato a parlare. Lui ha detto che l'Europa deve cambiare.",
			[]want{{"l'Europa deve cambiare", Indirect, []string{"Romano Prodi"}}}},
		{"role apposition", "Il ministro dell'Economia Giancarlo Giorgetti è intervenuto in aula. Il ministro ha detto: «I conti sono in ordine».",
			[]want{{"I conti sono in ordine", Direct, []string{"Giancarlo Giorgetti"}}}},
		{"gerund", "Carlo Nordio ha difeso la riforma, spiegando che «serve a garantire tempi certi».",
			[]want{{"serve a garantire tempi certi", Direct, []string{"Carlo Nordio"}}}},
		{"straight quotes", "\"Andremo avanti\", ha assicurato Giorgia Meloni.",
			[]want{{"Andremo avanti", Direct, []string{"Giorgia Meloni"}}}},
		{"english quotes nested", "“Non accetteremo il ‘compromesso’ proposto”, ha replicato Maurizio Landini.",
			[]want{{"Non accetteremo il ‘compromesso’ proposto", Direct, []string{"Maurizio Landini"}}}},
		{"title not quote", "Il libro «Il nome della rosa» è stato ristampato.", nil},
		{"law not quote", "Il cosiddetto «Jobs Act» è stato modificato dal Parlamento.", nil},
		{"scare quote", "La riforma ha avuto un'accoglienza «fredda» tra gli osservatori.", nil},
		{"newspaper", "Lo ha scritto il «Corriere della Sera» nella sua edizione di oggi.", nil},
		{"passive agent", "La proposta è stata salutata come «un passo avanti» dai sindacati.",
			[]want{{"un passo avanti", Partial, []string{"sindacati"}}}},
		{"addressee", "«Dobbiamo collaborare», ha detto Emmanuel Macron a Olaf Scholz.",
			[]want{{"Dobbiamo collaborare", Direct, []string{"Emmanuel Macron"}}}},
		{"multi paragraph", "Mario Draghi ha detto: «Primo punto, la crescita.\n\n«Secondo punto, il debito».",
			[]want{{"Primo punto, la crescita.\n\n«Secondo punto, il debito", Direct, []string{"Mario Draghi"}}}},
		{"apostrophe inside", "«L’Italia c’è», ha twittato Giorgia Meloni.",
			[]want{{"L’Italia c’è", Direct, []string{"Giorgia Meloni"}}}},
		{"così", "«La crisi è alle spalle». Così il governatore Fabio Panetta.",
			[]want{{"La crisi è alle spalle", Direct, []string{"Fabio Panetta"}}}},
		{"not speech cognition", "Il governo pensa che la crescita tornerà nel 2025.", nil},
		{"reflexive not speech", "Il premier si è detto lieto che l'accordo sia stato firmato.", nil},
		{"invitare a not indirect", "Il presidente ha invitato i cittadini a votare.", nil},
		{"negare", "Il ministro Adolfo Urso ha negato che ci siano ritardi.",
			[]want{{"ci siano ritardi", Indirect, []string{"Adolfo Urso"}}}},
		{"avrebbe detto", "Secondo fonti di governo, Giorgia Meloni avrebbe detto che il voto è lontano.",
			[]want{{"il voto è lontano", Indirect, []string{"Giorgia Meloni"}}}},
		{"disse", "«Non mi ricandiderò», disse allora Silvio Berlusconi.",
			[]want{{"Non mi ricandiderò", Direct, []string{"Silvio Berlusconi"}}}},
		{"dicono", "«Siamo stanchi di aspettare», dicono i lavoratori della fabbrica.",
			[]want{{"Siamo stanchi di aspettare", Direct, []string{"i lavoratori della fabbrica"}}}},
		{"aveva detto", "Matteo Salvini aveva detto che il ponte sarebbe partito entro l'anno.",
			[]want{{"il ponte sarebbe partito entro l'anno", Indirect, []string{"Matteo Salvini"}}}},
		{"source after", "Il Cremlino ha definito l'incontro «costruttivo», secondo l'agenzia Tass.",
			[]want{{"costruttivo", Partial, []string{"Cremlino"}}}},
		{"nickname", "Silvio Berlusconi, soprannominato «il Cavaliere», è morto nel 2023.", nil},
		{"party name", "Il partito «Fratelli d'Italia» ha vinto le elezioni.", nil},
		{"film", "Il film «La grande bellezza» ha vinto l'Oscar.", nil},
		{"hashtag slogan", "Sui social circola lo slogan «Mai più guerre».", nil},
		{"two quotes same sentence", "«Abbiamo fatto il possibile», ha detto Luca Zaia, «e continueremo a farlo».",
			[]want{{"Abbiamo fatto il possibile", Direct, []string{"Luca Zaia"}}, {"e continueremo a farlo", Direct, []string{"Luca Zaia"}}}},
		{"lo ha detto", "«La scuola deve ripartire in sicurezza». Lo ha detto il ministro Giuseppe Valditara.",
			[]want{{"La scuola deve ripartire in sicurezza", Direct, []string{"Giuseppe Valditara"}}}},
		{"interrupted subject before", "«Il voto – ha aggiunto – sarà a giugno».",
			[]want{{"Il voto", Direct, nil}, {"sarà a giugno", Direct, nil}}},
		{"che partial subject outside", "Il ministro Guido Crosetto ha detto che la difesa europea «non è più rinviabile».",
			[]want{{"non è più rinviabile", Partial, []string{"Guido Crosetto"}}}},
		{"ha detto che direct", "Sergio Mattarella ha detto che «la Costituzione è la nostra casa comune».",
			[]want{{"la Costituzione è la nostra casa comune", Direct, []string{"Sergio Mattarella"}}}},
		{"che then gerund", "Il presidente della Repubblica Sergio Mattarella ha ricordato che «la democrazia va difesa ogni giorno», aggiungendo che il Paese deve restare unito.",
			[]want{{"la democrazia va difesa ogni giorno", Direct, []string{"Sergio Mattarella"}}, {"il Paese deve restare unito", Indirect, []string{"Sergio Mattarella"}}}},
		{"no comma after quote", "«È una vergogna» ha commentato il capogruppo del Pd alla Camera, Chiara Braga.",
			[]want{{"È una vergogna", Direct, []string{"Chiara Braga"}}}},
		{"any participle in dashes", "«Abbiamo vinto» – ha esultato il sindaco – «e ora si lavora».",
			[]want{{"Abbiamo vinto", Direct, []string{"il sindaco"}}, {"e ora si lavora", Direct, []string{"il sindaco"}}}},
		{"di non + truncated infinitive", "L'ex premier ha affermato di non voler tornare in politica.",
			[]want{{"non voler tornare in politica", Indirect, []string{"L'ex premier"}}}},
		{"far sapere", "La Procura ha fatto sapere che le indagini proseguono.",
			[]want{{"le indagini proseguono", Indirect, []string{"Procura"}}}},
		{"lo ha annunciato + gerund", "Lo ha annunciato il ministro dell'Interno Matteo Piantedosi, spiegando che i controlli saranno rafforzati.",
			[]want{{"i controlli saranno rafforzati", Indirect, []string{"Matteo Piantedosi"}}}},
		{"quoted subject is no quote", "«Un lettore» scrive al giornale per lamentare che il servizio è peggiorato.",
			[]want{{"il servizio è peggiorato", Indirect, []string{"Un lettore"}}}},
		{"pp before che", "Antonio Tajani ha detto in un'intervista al Corriere che il governo durerà cinque anni.",
			[]want{{"il governo durerà cinque anni", Indirect, []string{"Antonio Tajani"}}}},
		{"ebbe a dire", "De Gasperi ebbe a dire che la libertà non si difende da sola.",
			[]want{{"la libertà non si difende da sola", Indirect, []string{"De Gasperi"}}}},
		{"comma phrase before che", "Il sindaco ha spiegato, tra l'altro, che i lavori finiranno a maggio.",
			[]want{{"i lavori finiranno a maggio", Indirect, []string{"Il sindaco"}}}},
		{"addressee pp direct", "Elly Schlein ha detto ai giornalisti che «il Pd è pronto».",
			[]want{{"il Pd è pronto", Direct, []string{"Elly Schlein"}}}},
		{"hard-wrapped lines", "«Il paese ha bisogno\ndi stabilità», ha detto\nMario Draghi.",
			[]want{{"Il paese ha bisogno\ndi stabilità", Direct, []string{"Mario Draghi"}}}},
		{"headline line", "Schlein: «Il governo ha fallito»\nLa segretaria ha parlato a Roma.",
			[]want{{"Il governo ha fallito", Direct, []string{"Elly Schlein"}}}},
		{"multi paragraph one per line", "Mario Draghi ha detto: «Primo punto, la crescita.\n«Secondo punto, il debito».",
			[]want{{"Primo punto, la crescita.\n«Secondo punto, il debito", Direct, []string{"Mario Draghi"}}}},
		{"impersonal si", "Nei palazzi romani si dice che il governo cadrà presto.", nil},
		{"per X è", "Per Matteo Salvini è «una vergogna nazionale».",
			[]want{{"una vergogna nazionale", Partial, []string{"Matteo Salvini"}}}},
		{"così before colon", "Così il ministro Carlo Nordio: «La riforma va avanti».",
			[]want{{"La riforma va avanti", Direct, []string{"Carlo Nordio"}}}},
		{"passive with agent", "La proposta è stata definita «irricevibile» dal ministro Giancarlo Giorgetti.",
			[]want{{"irricevibile", Partial, []string{"Giancarlo Giorgetti"}}}},
		{"passive without agent", "La proposta è stata definita «irricevibile».",
			[]want{{"irricevibile", Partial, nil}}},
		{"si legge", "La Lega attacca il governo. «È un attacco alla nostra autonomia», si legge in una nota.",
			[]want{{"È un attacco alla nostra autonomia", Direct, []string{"Lega"}}}},
		{"newspaper as speaker", "Il «Popolo» scrive che la crisi è ormai superata.",
			[]want{{"la crisi è ormai superata", Indirect, []string{"Popolo"}}}},
		{"np ends at locative", "«Non abbiamo paura», hanno scandito i manifestanti davanti a Montecitorio.",
			[]want{{"Non abbiamo paura", Direct, []string{"i manifestanti"}}}},
		{"si legge che", "La Fiat ha diffuso una nota. Nel comunicato si legge che «l'azienda non chiuderà».",
			[]want{{"l'azienda non chiuderà", Direct, []string{"Fiat"}}}},
		{"words of", "Le parole del Papa: «La guerra è sempre una sconfitta».",
			[]want{{"La guerra è sempre una sconfitta", Direct, []string{"papa"}}}},
		{"dropped after a sentence", "Il segretario della Cgil, Maurizio Landini, ha annunciato uno sciopero. «Non possiamo più aspettare», ha spiegato.",
			[]want{{"Non possiamo più aspettare", Direct, []string{"Maurizio Landini"}}}},
		{"fa sapere", "«Siamo al lavoro» fa sapere Palazzo Chigi.",
			[]want{{"Siamo al lavoro", Direct, []string{"Palazzo Chigi"}}}},
		{"per X without comma", "Per il ministro «la situazione è sotto controllo».",
			[]want{{"la situazione è sotto controllo", Direct, []string{"il ministro"}}}},
		{"così come", "I senatori di FI hanno detto, così come Angelino Alfano, che è stato «un brutto giorno».",
			[]want{{"un brutto giorno", Partial, []string{"I senatori di FI", "Angelino Alfano"}}}},
		{"two agents", "La proposta è stata definita «irricevibile» dal ministro Guido Crosetto e dal segretario della Lega.",
			[]want{{"irricevibile", Partial, []string{"Guido Crosetto", "il segretario della Lega"}}}},
		{"lower-case clause after the verb", "Il sindaco ha risposto «non ci sto» e ha lasciato la sala.",
			[]want{{"non ci sto", Direct, []string{"Il sindaco"}}}},
		{"noun phrase after the verb", "I presidenti delle Camere hanno espresso «piena fiducia nella Consulta».",
			[]want{{"piena fiducia nella Consulta", Partial, []string{"I presidenti delle Camere"}}}},
		{"any subject of a marked quote", "Il cardinale ha ricordato che «la Chiesa è vicina a tutti».",
			[]want{{"la Chiesa è vicina a tutti", Direct, []string{"Il cardinale"}}}},
		{"i due", "Mario Monti e Pier Luigi Bersani si sono incontrati. I due hanno detto che l'accordo è vicino.",
			[]want{{"l'accordo è vicino", Indirect, []string{"Mario Monti", "Pier Luigi Bersani"}}}},
		{"two quotes, second with dropped subject", "«È una giornata storica», ha commentato il commissario europeo Paolo Gentiloni. «Ora serve coraggio», ha aggiunto.",
			[]want{{"È una giornata storica", Direct, []string{"Paolo Gentiloni"}}, {"Ora serve coraggio", Direct, []string{"Paolo Gentiloni"}}}},
		{"queste le parole", "«Non lasceremo nessuno indietro». Queste le parole del ministro del Lavoro Marina Calderone.",
			[]want{{"Non lasceremo nessuno indietro", Direct, []string{"Marina Calderone"}}}},
		{"è quanto ha dichiarato", "«Il porto riaprirà a maggio». È quanto ha dichiarato il sindaco di Genova Marco Bucci.",
			[]want{{"Il porto riaprirà a maggio", Direct, []string{"Marco Bucci"}}}},
		{"a detta di", "A detta del professore Alberto Delitala «il midollo spinale non conduce».",
			[]want{{"il midollo spinale non conduce", Direct, []string{"Alberto Delitala"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.text)
			checkInvariants(t, tt.text, got)
			var gotW []want
			for _, q := range got {
				gotW = append(gotW, want{q.Text, q.Kind, names(q)})
			}
			if !assert.Equal(t, len(tt.want), len(got), "quotes %+v", gotW) {
				return
			}
			for i, w := range tt.want {
				assert.Equal(t, w.text, got[i].Text)
				assert.Equal(t, w.kind, got[i].Kind, "kind of %q", w.text)
				// Names compare as the evaluation does (Schlein matches Elly Schlein),
				// so that the gazetteer may change its canonical forms.
				assert.True(t, eval.SpeakersMatch(w.speakers, names(got[i])), "speakers of %q: %v, want %v", w.text, names(got[i]), w.speakers)
			}
		})
	}
}

func TestTitleCase(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Corriere della Sera", true},
		{"Yes We Can", true},
		{"Lodo Alfano", true},
		{"La Casa dell’Amore", true},
		{"Porta a Porta", true},
		{"Spazio 1999", true},
		{"Fratelli d’Italia", true},
		{"2001 Odissea nello Spazio", false}, // nello is not among the connectors
		{"  Sole  24  Ore ", true},
		{"della Sera", false}, // a connector cannot open the title
		{"Andiamo avanti", false},
		{"Sì, andiamo", false},
		{"Uno Due Tre Quattro Cinque Sei Sette", false}, // too long for a title
		{"", false},
		{"   ", false},
	} {
		assert.Equal(t, tc.want, titleCase(tc.s), "%q", tc.s)
	}
}
