// Package storage is Poco's content-addressed store for apps, datasets
// (plain, unencrypted for now) and task results.
//
// # Identifiers
//
// Every object is named by an IPFS CIDv1 computed exactly as
// `ipfs add --cid-version=1` computes it for a single file with kubo's
// default import settings: a UnixFS file DAG built by the balanced layout,
// fixed-size chunks of 262,144 bytes ([ChunkSize]), at most 174 links per
// node ([MaxLinks]), raw leaves, sha2-256 multihashes, rendered as base32
// (bafk… for an object that fits in one chunk — the CID of the raw block —
// and bafy… for larger ones, the CID of the dag-pb root). The computation
// uses boxo's importer (the code kubo itself runs), so the same bytes give
// the same CID here as on an IPFS node. [Sum] computes a CID and [Verify]
// checks bytes against one.
//
// Kubo's optional "unixfs-v1-2025" import profile (1 MiB chunks, 1024 links)
// gives different CIDs for objects over 256 KiB; it is not the default and
// is not what this package computes.
//
// # Guarantees
//
//   - Nothing is stored under a CID that does not match its bytes: [Dir]
//     computes the CID of an object while reading it. An object of at most
//     [PackMax] bytes (64 KiB: task results, typically) is appended as one
//     record, with a CRC, to a pack file of the folder's ".pack" folder; a
//     larger one is streamed into a temporary file of the folder, then
//     renamed into place under its CID (atomic on POSIX filesystems). A
//     reader never sees a partial object.
//   - A Put that succeeded survives a crash of the process or the machine
//     right after it returned: [Dir] syncs the pack (or the file and the
//     folder) before Put returns. Concurrent Puts share their syncs (group
//     commit): one sync of the pack covers every record written before it
//     started. Reopening the folder finds every object; a record torn by a
//     crash (never acknowledged) is ignored.
//   - Nothing is returned as an object's content without being checked: the
//     readers returned by Get (of [Dir], [HTTPStore] and [KuboStore]) recompute the CID
//     while they are read and, at the end, return [ErrCorrupt] instead of
//     io.EOF when the bytes do not match. Callers must read to EOF (io.Copy,
//     io.ReadAll do) and check the error before trusting the content.
//   - Objects are limited to a maximum size (default [DefaultMaxSize],
//     1 GiB); larger uploads fail with [ErrTooLarge] and store nothing.
//     Memory use does not grow with object size: objects stream to and from
//     disk.
//   - Missing objects give errors that match [ErrNotFound] with errors.Is.
//
// # Gateway
//
// [Handler] serves a store over HTTP: GET and HEAD /ipfs/<cid>, and POST
// (or PUT) /ipfs to upload, answering {"cid": "...", "size": N}. [HTTP] is a
// [Store] that talks to such a gateway and verifies everything it downloads
// and the CID the gateway reports for every upload.
//
// A gateway may accept only uploads signed by given wallets ([UploadAuth]:
// an EIP-191 signature over the body's sha256, a timestamp and a nonce,
// good once for a few minutes); [HTTPStore.SetKey] makes the client sign.
//
// # IPFS node
//
// [Kubo] is a [Store] on an IPFS node (kubo) through its RPC API: Put adds with the
// import options that give the CIDs above (and checks the CID the node reports), Get
// streams `cat` through the verifying reader, Has and Stat look only at what the node
// holds. [Open] picks the backend from a location: ipfs+http(s)://HOST:PORT (an IPFS
// node), http(s)://HOST:PORT (a gateway) or a folder. See docs/ipfs.md.
//
// # Results
//
// A task's on-chain results field points to the stored result as
// {"storage":"ipfs","location":"/ipfs/<cid>"}; see [Location],
// [ParseLocation] and [Result].
package storage
