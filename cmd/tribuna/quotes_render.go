package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/tribuna-nlp/tribuna"
)

func quoteCount(d *tribuna.Document) int { return 0 }

func writeQuotes(sb *strings.Builder, d *tribuna.Document) {}

func quoteSpans(d *tribuna.Document) []span { return nil }

func writeHTMLQuoteNotes(sb *strings.Builder, d *tribuna.Document) {}

func evalQuotes(fh *os.File, name string, verbose bool, e env) error {
	return fmt.Errorf("%s: quotes evaluation not wired yet", name)
}
