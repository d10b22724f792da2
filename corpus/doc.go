// Package corpus finds the input documents of an ingest: files, folders and
// standard input, each with the publication day that dates its relative
// expressions, taken from a manifest or a default.
//
// # Basics
//
//   - [Manifest] maps document names to publication days; [ReadManifest]
//     reads the JSONL form {"doc": "a.txt", "published": "2021-06-18"}.
//   - [Collect] expands paths (files, folders, "-") into [Doc] values in a
//     stable order, loading a folder's manifest.jsonl when there is one.
//
// # Caveats
//
// Collect does not read file contents; [Doc.Read] does, with a size limit,
// so a huge file is refused before it is loaded.
package corpus
