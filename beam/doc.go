// Package tribunabeam runs Tribuna on Apache Beam, for corpora that outgrow
// one machine: Analyze turns a PCollection of JSON lines {"id", "text"} (the
// input of `tribuna analyze -in jsonl`) into the command's JSON documents,
// the bad lines, and two aggregates: per speaker, the quotes attributed to
// them and the entities named inside those quotes; per entity, the
// documents that name it. WriteBundles and WriteResult write them without
// shuffling the documents.
//
// The package lives in its own module, github.com/tribuna-nlp/tribuna/beam,
// so that the library's module does not carry the Beam SDK's dependencies.
// Its DoFns and types are registered (package register), so pipelines run
// on portable runners (Prism, Dataflow, Flink, Spark); each worker process
// builds one tribuna.Analyzer and shares it between its DoFn instances.
package tribunabeam
