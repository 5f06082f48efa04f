package main

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
)

// -errors inline: for engines that run the command as a map step (Spark's
// rdd.pipe, a Kubernetes Job) and take a non-zero exit for a failed task, a
// bad line becomes an error record on standard output, in its place, and
// the command exits 0. Inputs that cannot be read still fail the run.
const errorsUsage = `where bad lines are reported: stderr (a message, and exit status 1) or inline: ` +
	`with -in jsonl -format jsonl, a line {"id": …, "error": "…", "line": N} on standard output in place of the document, ` +
	`one output line per input line, exit status 0 (for Spark's rdd.pipe and other engines that fail a task on a non-zero exit)`

// checkErrors validates -errors.
func checkErrors(f analyzeFlags) error {
	switch f.errors {
	case "stderr":
		return nil
	case "inline":
		if f.in != "jsonl" || f.format != "jsonl" {
			return errors.New("-errors inline needs -in jsonl -format jsonl (one output line per input line)")
		}
		return nil
	}
	return errors.New(`unknown -errors "` + f.errors + `" (want stderr or inline)`)
}

// errorRecord is the line written in place of a bad line's document: its id
// (null when the line does not say one), the error, and where the line is.
func errorRecord(j *job) []byte {
	b := []byte(`{"id":`)
	if len(j.id) > 0 {
		b = append(b, j.id...)
	} else {
		b = append(b, "null"...)
	}
	msg, _ := json.Marshal(j.err.Error()) // a string: cannot fail
	b = append(b, `,"error":`...)
	b = append(b, msg...)
	if j.src != "-" {
		name, _ := json.Marshal(j.src)
		b = append(b, `,"file":`...)
		b = append(b, name...)
	}
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(j.line), 10)
	return append(b, "}\n"...)
}

// lineID is the "id" of a line that is not a document, when the line is
// JSON that says one (a line without "text", or with a text that is not
// UTF-8: its bad bytes are read as U+FFFD here).
func lineID(line []byte) json.RawMessage {
	var doc struct {
		ID json.RawMessage `json:"id"`
	}
	if json.Unmarshal([]byte(strings.ToValidUTF8(string(line), "\uFFFD")), &doc) != nil {
		return nil
	}
	return doc.ID
}
