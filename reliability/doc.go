// Package reliability holds the end-to-end reliability tests of tl: it has
// no code of its own, only tests that drive the real tl binary and the
// engine library and can fail.
//
//   - crash_test.go: SIGKILL a running "tl ingest" at random points, reopen,
//     "tl check", every article wholly present or absent, re-run completes
//     to the reference database (short run always; -crash.kills=N for more);
//   - idempotence_test.go: the same corpus twice, reversed, in two batches,
//     and through backup/restore gives the same normalised export;
//   - hostile_test.go: invalid UTF-8, NUL bytes, binary files, a 200 MB
//     file, many tiny files, deep HTML, legacy encodings, long lines,
//     bidi and joiner marks, huge and deeply nested queries, bad manifests;
//   - concurrency_test.go: readers during an ingest see consistent
//     snapshots (run it under -race); a second process is refused;
//   - check_test.go: damage behind the engine's back is reported by
//     "tl check" (never silently fixed) and fixed by "tl check --repair";
//   - version_test.go: a database from a newer schema is refused.
//
// docs/reliability.md lists each guarantee with the test that proves it.
package reliability
