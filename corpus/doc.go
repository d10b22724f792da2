// Package corpus finds the input documents of an ingest: files, folders and
// standard input, each with the publication day that dates its relative
// expressions, taken from a manifest or a default.
//
// # Basics
//
//   - [Manifest] maps document names to publication days; [ReadManifest]
//     reads the JSONL form {"doc": "a.txt", "published": "2021-06-18"}.
//   - [Scan] checks the paths, loads the folders' manifest.jsonl files and
//     counts the documents; [Input.Walk] then yields them one [Doc] at a
//     time in a stable order (names bytewise, depth first), holding only
//     the packed, sorted names of the folders on its current path.
//   - [Collect] returns the same documents as a list, for callers that
//     want one and inputs small enough to hold.
//
// # Caveats
//
// Neither Scan nor Walk reads file contents; [Doc.Read] does, with a size
// limit, so a huge file is refused before it is loaded. Walk lists the
// folders again: files added or removed since Scan are seen (a removed
// file is still yielded, for Read to report), and Input.Files is then off.
// Folder manifests are read whole; a manifest of a million lines costs a
// map entry a line.
package corpus
