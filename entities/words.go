package entities

import (
	"bufio"
	"strings"
	"sync"

	"github.com/tribuna-nlp/tribuna/internal/word"
)

// The word lists of the rules: Italian grammar and usage, not data about
// entities. Keys are folded (lower case, ' for apostrophes).

// setOf is the set of words.
func setOf(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// orgHeads start the names of organizations (Ministero dell'Interno).
var orgHeads = set(`ministero ministeri partito università universita banca fondazione dipartimento
comitato associazione agenzia consiglio corte tribunale procura istituto federazione confederazione
movimento commissione autorità autorita ufficio direzione ente società societa compagnia gruppo
azienda accademia sindacato polizia esercito marina aeronautica guardia arma carabinieri
congregazione organizzazione assemblea parlamento cassa consorzio cooperativa fronte alleanza
coalizione brigate nazionale servizio osservatorio camera senato regione comune
repubblica chiesa prefettura questura diocesi sezione unione lega centro conferenza forze forza politecnico liceo
scuola collegio ordine club squadra giunta tv radio rete teatro museo
`)

// singleOrgHeads name one institution by themselves when capitalized (la
// Camera, la Procura, la Giunta); the other heads need a name after them
// (la Regione Lazio, not la Regione; il Movimento 5 Stelle, not un
// Movimento nuovo).
var singleOrgHeads = set(`repubblica consiglio unione ministero marina procura tribunale corte questura
prefettura polizia esercito diocesi giunta commissione chiesa assemblea direzione nazionale
camera senato parlamento comune federazione confederazione politecnico conferenza comitato
cassa carabinieri aeronautica guardia lega`)

// titleInstitutions are the institutions an office's title names (il
// presidente del Consiglio, della Repubblica): part of the title, not
// mentions of their own.
var titleInstitutions = set(`consiglio repubblica`)

// orgSuffixes end the names of companies and clubs (Fiat S.p.A., Roma Calcio).
var orgSuffixes = set(`spa s.p.a. s.p.a srl s.r.l. s.r.l inc inc. ltd ltd. corp corp. corporation group holding
calcio fc ac bank university institute foundation party news times post press agency airlines
motors spa. company co. ag gmbh sa s.a. plc llc`)

// locHeads start the names of places (Monte Bianco, Piazza San Pietro).
var locHeads = set(`monte monti lago fiume mare golfo isola isole piazza via viale corso valle val
canale stretto penisola baia castello palazzo torre ponte porta
parco stadio aeroporto basilica cattedrale duomo deserto oceano arcipelago rione quartiere borgo villa
riviera passo colle piana pianura foresta bosco contea distretto regno casa
principato emirato sultanato provincia museo musei muro abbazia biblioteca cappella autodromo convento monastero santuario cimitero eremo san santa santo sant' s.`)

// titles precede a person's name (il ministro X, sen. X); the adjectives
// that end an office's title written in capitals (Amministratore Delegato,
// Segretario Federale, Procuratore Aggiunto) are titles too, not names.
var titles = set(`ministro ministra presidente presidentessa premier sindaco sindaca senatore senatrice
deputato deputata onorevole on. sen. dott. dott.ssa dottor dottore dottoressa prof. prof.ssa
professor professore professoressa avv. avvocato avvocata ing. ingegner signor signora sig.
sig.ra don donna padre suor papa cardinale monsignor mons. vescovo arcivescovo re regina principe
principessa generale gen. colonnello capitano ammiraglio giudice pm procuratore procuratrice
segretario segretaria leader portavoce assistente consigliere consigliera cancelliere
cancelliera governatore governatrice commissario commissaria ambasciatore ambasciatrice
vicepresidente viceministro viceministra sottosegretario sottosegretaria allenatore tecnico
attaccante centrocampista difensore portiere pilota cantante attore attrice regista scrittore
scrittrice giornalista fondatore fondatrice amministratore ceo direttore direttrice capo
imprenditore imprenditrice economista collega omologo omologa marito moglie figlio figlia
fratello sorella madre zio zia nonno nonna cugino cugina mister beato
beata fra frate imam rabbino patriarca presidenti ministri sindaci ex neo lord sir lady
mr mrs ms dr dr. mr. mrs. ms. st. cav. comm. gr. uff. rag. geom. arch. conte contessa barone
baronessa baron marchese marchesa duca duchessa d.r rev. cons. dott.ssa avv. on.le sen.re
delegato delegata federale aggiunto aggiunta vicario emerito onorario uscente`)

// eventHeads start the names of events and works, which are not entities
// (Seconda Guerra Mondiale, Tour de France, Coppa Italia).
var eventHeads = set(`guerra battaglia tour giro festival olimpiadi olimpiade campionato campionati coppa
premio trattato mondiali mondiale europei expo biennale rivoluzione crisi operazione legge decreto
concilio conclave giubileo grand gran strage`)

// bareCitePrepositions cite a newspaper without its article (su
// Repubblica, secondo Repubblica).
var bareCitePrepositions = set(`su a ad da secondo per con`)

// articulatedOf are the forms of di with an article, which join a lower-case
// complement to an institution's name (la Commissione dei trattati).
var articulatedOf = set(`del dello della dei degli delle dell'`)

// timeNouns name spans of time, no institution's complement (il Partito |
// degli anni Venti).
var timeNouns = set(`anni anno mesi mese giorni giorno settimane secoli secolo ore decenni`)

// eventNouns head an apposition that makes the name before it an event's
// (Atreju, la festa di Fratelli d'Italia).
var eventNouns = set(`festa festival kermesse manifestazione rassegna raduno convention congresso
fiera sagra concerto torneo gara maratona mostra`)

// italianParticles join a given name to a surname only (Francesco del Giocondo).
var italianParticles = set(`del della di dei`)

// capParticles are particles of Italian surnames, capitalized (Di Pietro, De Luca, La Russa).
var capParticles = set(`di de del della dello dei degli delle da dal dalla dalle li lo la le d'`)

// numerals are the number words among the function words, which may be
// surnames inside a name (Paolo Cento).
var numerals = set(`due tre quattro cinque sei sette otto nove dieci cento mille primo prima secondo seconda terzo terza`)

// notOrgAcronyms are upper-case words that are not organizations.
var notOrgAcronyms = set(`utc gmt hiv aids dna rna pil iva tv pc sms gps usb pdf ok ceo cd dvd ko cv
ph fm am pm ac km kg mb gb tb cet ora it www http https lgbt lgbtq ogm dop doc igp irpef
imu tasi tari isee pin ict ai ia led lcd suv mvp vip nb ps pps wc tg tv2 sos cest cet utc gmt est c.t. ct`)

// notBeforePerson are words that a person's bare surname seldom follows:
// articles and articulated prepositions (il Milan, su Twitter, della Juventus).
var notBeforePerson = set(`il lo la l' i gli le un uno una un' del dello della dei degli delle dell' al allo
alla ai agli alle all' dal dallo dalla dai dagli dalle dall' nel nello nella nei negli nelle nell'
sul sullo sulla sui sugli sulle sull' su in a ad da di d' verso presso col coi`)

// bareArticles are the definite articles that, right before a place, make
// it an actor (l'Italia ha firmato) rather than a location (in Italia).
var bareArticles = set(`la l' il lo gli i le alla`)

// genericInstitutions are common nouns that stand for one institution in
// news (il governo, la polizia), reported with Options.Generic.
var genericInstitutions = set(`governo polizia esercito regime magistratura parlamento amministrazione
procura carabinieri questura`)

// genericPhrases are institutions named by several common words.
var genericPhrases = [][]string{
	{"vigili", "del", "fuoco"}, {"protezione", "civile"}, {"guardia", "costiera"}, {"guardia", "di", "finanza"},
	{"consiglio", "comunale"}, {"consiglio", "regionale"}, {"consiglio", "dei", "ministri"},
	{"giunta", "comunale"}, {"giunta", "regionale"}, {"amministrazione", "comunale"},
}

// lowerLocHeads are lower-case nouns that start a place's name (via Roma,
// piazza Navona, provincia di Trapani).
var lowerLocHeads = set(`via viale piazza piazzale corso vicolo lungomare lungotevere provincia
castello tunnel lago monte fiume ponte valle basilica parco
quartiere rione frazione contrada comune vulcano`)

// splitHeads are offices named after their seat, which KIND splits
// (Procura ORG, di, Napoli LOC).
var splitHeads = set(`procura tribunale diocesi questura prefettura corte carabinieri`)

// saints introduce a saint's name inside a place's (Piazza San Pietro).
var saints = set(`san santa santo sant' s. ss.`)

// thingWords are English words found in the names of things, places and
// companies rather than people (Victoria Park, Japan Prize, Space Shuttle).
var thingWords = set(`the of and for in on at to international national royal united states park street road
avenue square lake river mountain bay beach valley city county coast island islands prize award awards
festival show game games world cup league team club group center centre museum hall house tower bridge
station airport bank company corporation foundation institute university college school hospital church
air airlines motors records music studio studios pictures entertainment media network channel radio press
post journal magazine review daily weekly express star news times food film films girl girls boys boy
module arm laboratory lab survey geological space shuttle system systems project program programme
day night life love live tour fashion style sport sports football soccer basketball grand prix open
black white red blue green gold silver new old north south east west central global general
super mega big little high low first last best top one two three service services online digital
tech technology technologies software energy oil gas power water fire police army navy force forces
federal court council committee agency office department ministry party union association society
trust fund capital partners holding holdings industries international foods market markets store
shop mall hotel resort casino bar cafe restaurant theatre theater cinema opera ballet orchestra
band quartet trio brothers sisters family kids baby mama papa lady lord king queen prince princess
saint st mount fort port cape sinistra destra centro lega partito fronte movimento casa villa
you me my your we he she it they is are be was were been do does did have has had will would can could
should may might must not no yes all any some this that these those what who when where why how with
from by as if or but so up down out over under into about after before just only very more most such
act acts rights right species exchange stock return returns believe hold smile point match knight
bright appeal commercial board british american academy competition science stars star destruction
light drifter step quick plus core mobility works constructor seabed tattoos horrible thunder pay
productions production interactive research commons control claims games entertainment solutions
consulting capital airways logistics pharma pharmaceuticals labs
monday tuesday wednesday thursday friday saturday sunday believe dream dreams heart love song songs
girl boy man men woman women world wild dead death war peace time times story stories book books
uragano ciclone tempesta contrada biblioteca musei cappella autodromo città terme vite sala teatro
arena galleria palazzetto festa sagra premio coppa trofeo giro rally`)

// personNouns are lower-case nouns that introduce a person's name (la
// famiglia Rossi, i fratelli Taviani) besides the titles.
var personNouns = set(`famiglia fratelli sorelle coniugi signori clan cantautore cantautrice artista
pittore pittrice poeta poetessa musicista compositore conduttore conduttrice presentatore comico
fotografo architetto astronauta scienziato scienziata ricercatore ricercatrice sacerdote parroco
agente poliziotto militare soldato vigile sindacalista magistrato gip avvocato legale imputato
indagato vittima boss padrino dirigente manager industriale banchiere finanziere politico
assessore console diplomatico storico filosofo autore autrice cronista inviato inviata editore
ballerino ballerina modella stilista chef campione campionessa ct arbitro corridore nuotatore
nuotatrice velocista fantino tennista calciatore ciclista pugile atleta sciatore sciatrice
alpinista cestista pallavolista ragazzo ragazza bambino bambina uomo donna studente studentessa
medico professore professoressa critico cantante attore attrice regista scrittore scrittrice
giornalista allenatore compagno compagna amico amica fidanzato fidanzata nipote vedova erede
discendente mossiere giocatore giocatrice capitano centravanti bomber
piano gabinetto ministero governo proposta proposte emendamento riforma lodo mozione colloquio
incontro conversazione legge governi giunta`)

// listJoiners join the items of a list.
var listJoiners = set(`, e ed o oppure né /`)

// subjectFollowers follow a subject: a person's surname opening a sentence
// (Faletti, che aveva 63 anni; Travaglio attacca; Rossi ha vinto), the
// verbs of headlines in the present tense (Sala chiede, Magi lancia); none
// is also a noun or an adjective (critica, porta, guida, firma), which
// would make a noun phrase (Massa critica) a subject.
var subjectFollowers = set(`ha aveva avrebbe dice disse afferma spiega
attacca replica risponde accusa vince perde torna lascia annuncia commenta conferma
chiede lancia presenta convoca apre chiude incontra difende avverte ribadisce promette
rilancia frena boccia blocca nomina scrive incassa cede sostiene
rassicura insiste esulta smentisce parla propone vuole prepara riceve sente
chiama ringrazia saluta rompe arriva entra esce tace sceglie ottiene minaccia ammette
approva respinge sospende rinvia annulla invita assicura garantisce avvia chiarisce
ricorda sottolinea osserva aggiunge precisa lamenta elogia loda`)

// locativePrepositions put what follows them as a place where something
// happens (ha giurato al Quirinale, a Palazzo Chigi, nella Casa Bianca).
var locativePrepositions = set(`a ad al allo alla all' ai agli alle in nel nello nella nell' nei negli nelle presso`)

// orgNouns name a kind of organization before its name (l'azienda
// Zorbatex, il quotidiano Libero, il sito Tmz).
var orgNouns = set(`azienda aziende società gruppo compagnia marchio banca club squadra quotidiano giornale
rivista emittente canale sito portale sindacato associazione band catena colosso holding etichetta
settimanale mensile agenzia testata multinazionale ditta cooperativa consorzio ong network piattaforma`)

// datives take a person or a thing after a, not a place: insieme a
// Rossi, grazie a Bianchi, addio a Mango, dedicato a Superman; so do the
// verbs of saying and giving (risponde a Parisi, ha mandato a Razzoli un
// sms, riferendosi a Stasi).
var datives = set(`insieme assieme davanti accanto grazie addio rispetto oltre intervista omaggio
dedicato dedicata dedicati dedicate paragonato paragonata comparato comparata uguale simile
lettera appello risposta premio medaglia vittoria successo
risponde rispondono risposto replica replicano replicato scrive scrivono scritto chiede chiedono
chiesto manda mandano mandato inviato inviata telefonato riferendosi rivolgendosi rivolto rivolta
rivolte rivolti spiega spiegato consegnato consegnata regalato affidato affidata ringraziamento
complimenti auguri`)

// placeNouns name a kind of settlement before its name (la città di Alcamo),
// or an office or the people of one (il sindaco di Casteldaccia, gli
// abitanti di Osoppo).
var placeNouns = set(`sindaco sindaca sindaci vescovo arcivescovo prefetto questore abitanti cittadini
città cittadina paese paesino borgo villaggio frazione località capitale capoluogo
comune comuni regione nazione isola aeroporto stazione porto scalo`)

// clubPrefixes and clubSuffixes make a place's name a club's or a company's
// (Real Madrid, Spartak Mosca, Cagliari Calcio, Manchester United).
var clubPrefixes = set(`real spartak celtic olympique shakhtar šachtar dinamo dynamo sporting atletico
athletic borussia ac as ss us fc cf sc rc racing hellas virtus pro lokomotiv cska zenit partizan
stella bayern`)
var clubSuffixes = set(`united city calcio fc cf ac basket volley rugby hockey football club`)

// relativeNouns are followed by a person's name after "di" (la moglie di
// Rossi, il governo di Prodi), where titles are followed by a place's (il
// sindaco di Roma).
var relativeNouns = set(`moglie marito figlio figlia figli fratello sorella madre padre zio zia nonno nonna
nipote cugino cugina amico amica collega fidanzato fidanzata compagno compagna vedova erede famiglia
governo gabinetto piano ministero giunta casa avvocato legale allievo allieva discepolo seguaci
sostenitori vice portavoce assistente segretario segretaria consigliere biografia morte nascita
funerali vita opera opere libro romanzo film canzone album
intervento interventi monologo monologhi discorso discorsi parole dichiarazione dichiarazioni stile
dimissioni arresto nomina condanna omicidio uccisione rapimento scomparsa successore predecessore`)

// placeOwners are the relativeNouns whose di names a place as often as a
// person (la casa di Lanzarote, il governo di Santiago).
var placeOwners = set(`casa governo gabinetto piano ministero giunta`)

// articledWords are the articles and articulated prepositions.
var articledWords = set(`il lo la l' i gli le del dello della dell' dei degli delle al allo alla all' ai
agli alle dal dallo dalla dall' dai dagli dalle nel nello nella nell' nei negli nelle sul sullo sulla
sull' sui sugli sulle`)

// locFollowers after a place with an article keep it a place (l'Italia è un
// paese, la Francia, la Spagna e …): a state acts with a verb of action.
var locFollowers = set(`è era , settentrionale meridionale centrale orientale occidentale intera`)

// geoAdjectives name a part of a place (l'Italia settentrionale).
var geoAdjectives = set(`settentrionale meridionale centrale orientale occidentale insulare peninsulare
nordorientale nordoccidentale sudorientale sudoccidentale continentale`)

// abbrevTitles are titles written as an abbreviation, when the tokenizer
// leaves the period as its own token.
var abbrevTitles = set(`on sen dott prof avv ing sig mons gen dr mr mrs ms cav comm rag geom arch`)

// nameParticles are lower-case words inside names (von der Leyen, da Silva).
var nameParticles = set(`von van der den de da du des dos das do y bin ibn ben ter zu del della di dei`)

// portfolioWords name ministers' portfolios, capitalized after the title
// (il ministro dell'Economia, per le Riforme, agli Affari Esteri).
var portfolioWords = set(`economia finanze finanza esteri affari interno interni difesa giustizia salute sanità
lavoro riforme riforma istruzione cultura culturali beni turismo ambiente sviluppo economico trasporti
infrastrutture agricoltura politiche tesoro università ricerca sport famiglia opportunità disabilità
mezzogiorno coesione innovazione transizione digitale pubblica amministrazione funzione rapporti parlamento
regioni autonomie europei bilancio industria commercio comunicazioni poste partecipazioni lavori pubblici
marina mercantile made italy protezione civile sociali welfare giovani integrazione immigrazione`)

// leadingParticles may open a listed name in lower case (von der Leyen, de
// Gaulle, al-Sisi, bin Salman); Italian articles may not (la Stampa is not La
// Stampa).
var leadingParticles = set(`von van der den de dos das du des al el bin ben ibn ter zu`)

// surnameParticles open a foreign surname written with its particle in
// lower case (de Blasio, van Gogh, bin Salman, zu Guttenberg), which is part
// of the name; not al, el, ben, des, which Italian text also writes alone.
var surnameParticles = set(`von van de du dos das bin ibn zu ter`)

// orgConnectors may join the words of an institution's name.
var orgConnectors = set(`di del della dello dei degli delle dell' d' per e ed la il lo le gli i l' in a al alla allo ai agli alle all' sul sulla sugli sulle sull' contro tra fra`)

// prepositions that may follow "e" inside an institution's name
// (Ministero delle Infrastrutture e dei Trasporti).
var prepositions = set(`di del della dello dei degli delle dell' d' per`)

// placePrepositions introduce a place (a Canicattì, in Molise, da Kiev).
var placePrepositions = set(`a ad verso presso in`)

// functionWords never start a name (they are capitalized only at the start of
// a sentence): articles, prepositions, conjunctions, pronouns, adverbs.
var functionWords = set(`il lo la i gli le l' un uno una un' del dello della dei degli delle dell' al allo
alla ai agli alle all' dal dallo dalla dai dagli dalle dall' nel nello nella nei negli nelle nell'
sul sullo sulla sui sugli sulle sull' col coi di a da in con su per tra fra e ed o od ma però
pero anche se che chi cui non né ne ci si mi ti vi lo gli questo questa questi queste quello
quella quelli quelle quel quei quegli io tu lui lei noi voi loro egli ella esso essa essi esse
come dove quando perché perche mentre dopo prima poi già gia ancora oggi ieri domani sempre mai
più piu meno molto poco tutto tutti tutte ogni ciascuno nessuno alcuni alcune altri altre altro
altra secondo oltre sotto sopra dentro fuori senza verso contro durante circa ecco così cosi
inoltre infatti invece quindi dunque pertanto tuttavia eppure oppure cioè cioe sia né nemmeno
neanche neppure qui qua lì li là la' sì si no forse proprio soltanto solo solamente ormai
allora ora adesso intanto insieme dove nonostante benché benche affinché affinche qualora
purché purche siccome poiché poiche giacché perciò percio è e' era sono sarà fu ha hanno c'
c'è d' quest' quell' nessun qualche qualcuno qualcosa ciò cio suo sua suoi sue mio mia miei mie
tuo tua nostro nostra nostri nostre vostro vostra loro dell uno due tre quattro cinque sei
sette otto nove dieci cento mille primo prima secondo seconda terzo terza ultimo ultima`)

// commonCaps are nouns often capitalized in Italian prose that are not names
// by themselves (Stato, Paese, months, days, feasts).
var commonCaps = set(`stato stati paese paesi governo governi presidente nazionale nazionali popolo popoli nazione nazioni repubblica
regno impero signore patria popolo costituzione legge decreto 
gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
lunedì martedì mercoledì giovedì venerdì sabato domenica natale pasqua capodanno papa pontefice santissimo madonna ferragosto
nord sud est ovest occidente oriente santo santa beato sua suo vostra eccellenza aula
maestà santità onorevoli signori signore colleghi amici compagni cari caro cara egregio gentile
ok tv web internet online euro dollaro dollari euro lire lira covid
`)

var givenNamesOnce = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	b, err := dataFS.ReadFile("data/given_names.txt")
	if err != nil {
		return m
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		name, _, _ := strings.Cut(line, "\t")
		m[fold(strings.TrimSpace(name))] = true
	}
	return m
})

// Word classes that newFinder reads from one table probed with the hash
// newUnit computes, with no map access per word: one bit per word list.
const (
	clsLowerCue             = 1 << iota // a word lowerRule may start with: via, piazza, partito, governo
	clsArticled                         // an article or articulated preposition (articledWords)
	clsArticle                          // a definite article (articles)
	clsPossessive                       // a possessive (possessives)
	clsRoleStart                        // the first word of a role phrase (rolePhrases, ministro)
	clsGiven                            // a given name (data/given_names.txt)
	clsFunctionWords                    // functionWords
	clsTitles                           // titles
	clsOfPrepositions                   // ofPrepositions
	clsOrgHeads                         // orgHeads
	clsCommonCaps                       // commonCaps
	clsThingWords                       // thingWords
	clsLocHeads                         // locHeads
	clsPortfolioWords                   // portfolioWords
	clsEventHeads                       // eventHeads
	clsCapParticles                     // capParticles
	clsSaints                           // saints
	clsOrgSuffixes                      // orgSuffixes
	clsOrgConnectors                    // orgConnectors
	clsListJoiners                      // listJoiners
	clsGenericInstitutions              // genericInstitutions
	clsSubjectFollowers                 // subjectFollowers
	clsSplitHeads                       // splitHeads
	clsSingleOrgHeads                   // singleOrgHeads
	clsRelativeNouns                    // relativeNouns
	clsPrepositions                     // prepositions
	clsPlacePrepositions                // placePrepositions
	clsPlaceNouns                       // placeNouns
	clsPersonNouns                      // personNouns
	clsNotOrgAcronyms                   // notOrgAcronyms
	clsNotBeforePerson                  // notBeforePerson
	clsNameParticles                    // nameParticles
	clsLowerLocHeads                    // lowerLocHeads
	clsLocFollowers                     // locFollowers
	clsLeadingParticles                 // leadingParticles
	clsItalianParticles                 // italianParticles
	clsGeoAdjectives                    // geoAdjectives
	clsClubSuffixes                     // clubSuffixes
	clsClubPrefixes                     // clubPrefixes
	clsBareArticles                     // bareArticles
	clsAbbrevTitles                     // abbrevTitles
	clsTitleInstitutions                // titleInstitutions
	clsNumerals                         // numerals
	clsDatives                          // datives
	clsOrgNouns                         // orgNouns
	clsLocativePrepositions             // locativePrepositions
	clsAnyCaseStart                     // set by the index: the first word of a demonym or of an exactly written name
	clsSpeechVerbs                      // speechVerbs (cue words of the tagger)
	clsCompanyNouns                     // companyNouns (cue words of the tagger)
)

// The word lists join the word layer's lexicon, in the Entities column,
// one bit a list: a token's classes come with its one lookup in the
// document's word table.
var _ = defineClasses()

func defineClasses() bool {
	def := func(m map[string]bool, c uint64) { word.DefineSet(word.Entities, c, m) }
	def(map[string]bool{"partito": true, "don": true}, clsLowerCue)
	def(lowerLocHeads, clsLowerCue)
	def(surnameParticles, clsLowerCue)
	def(genericInstitutions, clsLowerCue)
	for _, p := range genericPhrases {
		def(map[string]bool{p[0]: true}, clsLowerCue)
	}
	def(articledWords, clsArticled)
	def(articles, clsArticle)
	def(possessives, clsPossessive)
	word.DefineFunc(word.Entities, clsGiven, func() []string {
		m := givenNamesOnce()
		out := make([]string, 0, len(m))
		for w := range m {
			out = append(out, w)
		}
		return out
	})
	def(functionWords, clsFunctionWords)
	def(titles, clsTitles)
	def(ofPrepositions, clsOfPrepositions)
	def(orgHeads, clsOrgHeads)
	def(commonCaps, clsCommonCaps)
	def(thingWords, clsThingWords)
	def(locHeads, clsLocHeads)
	def(portfolioWords, clsPortfolioWords)
	def(eventHeads, clsEventHeads)
	def(capParticles, clsCapParticles)
	def(saints, clsSaints)
	def(orgSuffixes, clsOrgSuffixes)
	def(orgConnectors, clsOrgConnectors)
	def(listJoiners, clsListJoiners)
	def(genericInstitutions, clsGenericInstitutions)
	def(subjectFollowers, clsSubjectFollowers)
	def(splitHeads, clsSplitHeads)
	def(singleOrgHeads, clsSingleOrgHeads)
	def(relativeNouns, clsRelativeNouns)
	def(prepositions, clsPrepositions)
	def(placePrepositions, clsPlacePrepositions)
	def(placeNouns, clsPlaceNouns)
	def(personNouns, clsPersonNouns)
	def(notOrgAcronyms, clsNotOrgAcronyms)
	def(notBeforePerson, clsNotBeforePerson)
	def(nameParticles, clsNameParticles)
	def(lowerLocHeads, clsLowerLocHeads)
	def(locFollowers, clsLocFollowers)
	def(leadingParticles, clsLeadingParticles)
	def(italianParticles, clsItalianParticles)
	def(geoAdjectives, clsGeoAdjectives)
	def(clubSuffixes, clsClubSuffixes)
	def(clubPrefixes, clsClubPrefixes)
	def(bareArticles, clsBareArticles)
	def(abbrevTitles, clsAbbrevTitles)
	def(titleInstitutions, clsTitleInstitutions)
	def(numerals, clsNumerals)
	def(datives, clsDatives)
	def(orgNouns, clsOrgNouns)
	def(locativePrepositions, clsLocativePrepositions)
	def(roleStarts, clsRoleStart)
	def(speechVerbs, clsSpeechVerbs)
	def(companyNouns, clsCompanyNouns)
	return true
}
