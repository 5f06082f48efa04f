package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// decoder turns an input in another encoding into UTF-8; nil reads UTF-8.
type decoder func(io.Reader) io.Reader

// decoderFor returns the decoder of an -encoding name. Latin-1 is read as
// Windows-1252, its superset (’ “ ” € – —), as browsers read it: files said
// to be Latin-1 hold those characters more often than the control codes that
// true ISO 8859-1 puts in their place.
func decoderFor(name string) (decoder, error) {
	switch strings.ToLower(name) {
	case "utf-8", "utf8":
		return nil, nil
	case "latin1", "latin-1", "iso-8859-1", "iso8859-1", "windows-1252", "cp1252":
		return func(r io.Reader) io.Reader { return charmap.Windows1252.NewDecoder().Reader(r) }, nil
	}
	return nil, fmt.Errorf("unknown -encoding %q (want utf-8 or latin1)", name)
}

// errNotUTF8 marks the errors of input that is not UTF-8, so that the
// command says once, at the end, what to do about them.
var errNotUTF8 = errors.New("invalid UTF-8")

// notUTF8Hint says what to do with input in another encoding.
const notUTF8Hint = "the input is not UTF-8. If it is Latin-1 or Windows-1252 (as older Italian files often are), " +
	"add -encoding latin1, or convert it first: iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8"
