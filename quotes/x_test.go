package quotes

import (
	"encoding/json"
	"testing"
)

func TestXTry(t *testing.T) {
	for _, s := range []string{
		"Il presidente della Repubblica Sergio Mattarella ha ricordato che «la democrazia va difesa ogni giorno», aggiungendo che il Paese deve restare unito.",
		"«È una vergogna» ha commentato il capogruppo del Pd alla Camera, Chiara Braga.",
		"Secondo quanto riferito dall'agenzia Ansa, il premier avrebbe detto ai suoi: «Andiamo avanti».",
		"Il portavoce del Cremlino Dmitrij Peskov ha dichiarato ai giornalisti che Mosca «non ha intenzione di attaccare».",
		"«Non ci sono le condizioni», ha spiegato Letta, «per andare avanti con questo governo».",
		"Nel suo intervento, il segretario generale dell'Onu António Guterres ha chiesto «un cessate il fuoco immediato».",
		"Il deputato ha poi twittato: «Vergogna!»",
		"Ma la Lega non ci sta: «È un attacco alla nostra autonomia», si legge in una nota del partito.",
		"Lo ha annunciato il ministro dell'Interno Matteo Piantedosi, spiegando che i controlli saranno rafforzati.",
		"«Abbiamo vinto» – ha esultato il sindaco – «e ora si lavora».",
		"L'ex premier ha affermato di non voler tornare in politica.",
		"La Procura ha fatto sapere che le indagini proseguono.",
		"I manifestanti gridavano «libertà» davanti al palazzo.",
	} {
		t.Log("-----", s)
		for _, q := range Extract(s) {
			b, _ := json.Marshal(q)
			t.Log(string(b))
		}
	}
}
