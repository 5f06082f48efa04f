// Package bench compares Tribuna with its peers in one benchmark run. It is a
// module of its own so that the library's go.mod carries no peer dependency.
package bench
