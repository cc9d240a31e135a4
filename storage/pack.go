package storage

import (
	"bufio"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ipfs/go-cid"
)

// Pack files: how a DirStore keeps small objects.
//
// An object of at most PackMax bytes is not given a file of its own: it is
// appended, as one record, to a pack file in the store's ".pack" folder,
// and Put answers once the pack is synced to disk. Concurrent Puts share
// their syncs (group commit): while one sync runs, the records appended
// meanwhile wait, and the next sync covers them all. A record is
//
//	"PCK1" | data length (uint32 LE) | CID length (uint16 LE) | CID (binary) | data | CRC-32C (uint32 LE)
//
// the CRC covering everything before it. Each DirStore appends only to
// packs it holds an flock(2) on: one it created (named by time, process and
// a random suffix, locked before it gets that name), or an idle one it
// adopted (no store holds its lock, and it ends with a whole record), so
// several stores and processes may share a folder; each reads the others'
// packs. A store finds the objects of the packs when it opens the folder and,
// for objects it does not know of, by reading what was appended since (new
// packs, the growth of the others'). Reading a pack stops at the first
// record that is incomplete or fails its CRC: the torn tail a crash leaves
// behind an append that was never answered. Nothing is appended after such
// a tail.
//
// Why: a file per object costs, per object, a new inode, a file sync, a
// rename and a folder sync; on the development machine's file system
// creating the file alone cost 0.2–0.5 ms of CPU (docs/performance.md, "The
// storage gateway"). A pack costs one write per object and one sync per
// group of concurrent objects.

const (
	// PackMax is the size of the largest object a DirStore keeps in a pack
	// file; larger ones get a file of their own.
	PackMax = 64 << 10
	// packRotate is the size past which a store starts a new pack file.
	packRotate = 64 << 20
	packDir    = ".pack"
	packSuffix = ".pack"
	packMagic  = "PCK1"
	// packHead is the most bytes a record's head takes: magic, lengths and
	// a CID of up to maxCIDLen bytes.
	maxCIDLen = 64
	packHead  = 4 + 4 + 2 + maxCIDLen
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// pack is one pack file.
type pack struct {
	name string
	path string
	f    *os.File // the store's own packs only; the others are opened when read
	own  bool     // this store appends to it

	// scanned is how far the file was read (packs of other stores and
	// processes), under DirStore.mu.
	scanned int64

	// Appends (own packs), under DirStore.mu: the end of the last record
	// written. end is also stored in written once the write has returned.
	end     int64
	written atomic.Int64

	// Group commit, under smu.
	smu     sync.Mutex
	cond    *sync.Cond
	durable int64 // bytes known to be on disk
	syncing bool
	failed  error // a sync failed: nothing more in this pack may be trusted to be durable
}

// packLoc is where an object's content lies in a pack.
type packLoc struct {
	p   *pack
	off int64 // of the content
	n   int64
}

// packBuf holds an object being stored: room for a record's head, the
// content (at most PackMax bytes, plus one to detect a larger object) and
// the CRC.
type packBuf [packHead + PackMax + 1 + 4]byte

var packBufs = sync.Pool{New: func() any { return new(packBuf) }}

// record lays out the record of content data (which lies in buf at
// packHead) named c and returns it as a slice of buf, and the offset of the
// content within it.
func record(buf *packBuf, c cid.Cid, n int) ([]byte, int) {
	cb := c.Bytes()
	start := packHead - (4 + 4 + 2 + len(cb))
	h := buf[start:packHead]
	copy(h, packMagic)
	binary.LittleEndian.PutUint32(h[4:], uint32(n))
	binary.LittleEndian.PutUint16(h[8:], uint16(len(cb)))
	copy(h[10:], cb)
	end := packHead + n
	binary.LittleEndian.PutUint32(buf[end:], crc32.Checksum(buf[start:end], castagnoli))
	return buf[start : end+4], packHead - start
}

// packPath returns the pack folder.
func (d *DirStore) packPath() string { return filepath.Join(d.path, packDir) }

// newPack returns a pack for this store to append to: an idle pack of the
// folder with room left (see adopt), else a new one. A new pack is created
// under a hidden name, locked, then renamed into place, so that no other
// store can take it over; creating the pack folder and the pack is synced
// (the folder above each), so that the records later synced in the file are
// reachable after a crash. Called with d.mu held.
func (d *DirStore) newPack() (*pack, error) {
	if err := d.refresh(); err != nil {
		return nil, err
	}
	for _, p := range d.packs {
		if !p.own && p.scanned < packRotate/2 {
			if ok, err := d.adopt(p); ok || err != nil {
				return p, err
			}
		}
	}
	dir := d.packPath()
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, os.ErrExist) {
			return nil, fmt.Errorf("storage: creating the pack folder: %w", err)
		}
		if err := syncDir(d.path); err != nil {
			return nil, err
		}
	}
	var rnd [4]byte
	rand.Read(rnd[:])
	name := strconv.FormatInt(time.Now().UnixNano(), 10) + "-" + strconv.Itoa(os.Getpid()) + "-" + hex.EncodeToString(rnd[:]) + packSuffix
	path := filepath.Join(dir, name)
	f, err := os.OpenFile(filepath.Join(dir, ".new-"+name), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, fmt.Errorf("storage: creating a pack file: %w", err)
	}
	tryLock(f)
	if err := os.Rename(f.Name(), path); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, fmt.Errorf("storage: creating a pack file: %w", err)
	}
	if err := syncDir(dir); err != nil {
		f.Close()
		return nil, err
	}
	p := &pack{name: name, path: path, f: f, own: true}
	p.cond = sync.NewCond(&p.smu)
	d.packs[name] = p
	return p, nil
}

// adopt takes over pack p of another store when no store has it open for
// appending any more (its writer holds an flock(2) on it as long as it
// lives) and it ends with a whole record: this store appends to it from
// there. A pack whose end is torn (a crash during an append) or damaged is
// left as it is: records appended after the damage would be hidden by it.
// Without flock, packs are never adopted. Called with d.mu held.
func (d *DirStore) adopt(p *pack) (bool, error) {
	f, err := os.OpenFile(p.path, os.O_RDWR, 0)
	if err != nil {
		return false, nil // not ours to write: leave it
	}
	if !tryLock(f) {
		f.Close()
		return false, nil
	}
	// Locked: whatever its writer appended is in the file now.
	if err := d.scan(p); err != nil {
		f.Close()
		return false, err
	}
	if fi, err := f.Stat(); err != nil || fi.Size() != p.scanned {
		f.Close()
		return false, nil
	}
	p.f, p.own = f, true
	p.end = p.scanned
	p.written.Store(p.end)
	p.durable = p.end // the records up to here were its writer's to sync
	return true, nil
}

// syncDir syncs folder path, making the names created in it durable.
func syncDir(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("storage: syncing folder: %w", err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("storage: syncing folder %s: %w", path, err)
	}
	return nil
}

// putSmall stores the content in buf[packHead:packHead+n], named c, in this
// store's pack, and returns once it is on disk.
func (d *DirStore) putSmall(buf *packBuf, c cid.Cid, n int) error {
	rec, skip := record(buf, c, n)
	d.mu.Lock()
	if l, ok := d.index[c]; ok {
		d.mu.Unlock()
		if l.p.own {
			return nil // already stored (own records are indexed once durable)
		}
		// Another store's record, maybe not synced yet: sync it (any
		// descriptor of the file will do) rather than store a copy.
		if f, err := os.Open(l.p.path); err == nil {
			err = d.sync(f)
			f.Close()
			if err == nil {
				return nil
			}
		}
		d.mu.Lock()
	}
	p := d.cur
	if p != nil && (p.end >= packRotate || p.broken()) {
		p = nil
	}
	if p == nil {
		var err error
		if p, err = d.newPack(); err != nil {
			d.mu.Unlock()
			return err
		}
		d.cur = p
	}
	off := p.end
	if _, err := p.f.WriteAt(rec, off); err != nil {
		// The file's end is now unknown: leave this pack for a new one.
		p.fail(fmt.Errorf("storage: writing to pack %s: %w", p.name, err))
		d.mu.Unlock()
		return fmt.Errorf("storage: put: writing to pack %s: %w", p.name, err)
	}
	end := off + int64(len(rec))
	p.end = end
	p.written.Store(end)
	d.mu.Unlock()

	if err := p.waitDurable(end, d.sync); err != nil {
		return fmt.Errorf("storage: put: %w", err)
	}
	d.mu.Lock()
	d.index[c] = packLoc{p: p, off: off + int64(skip), n: int64(n)}
	d.mu.Unlock()
	return nil
}

// waitDurable returns once the pack's first end bytes are synced, syncing
// them itself unless a sync is running already (then the next one, by
// whichever waiter runs it, covers everything written by the time it
// starts). It fails if a sync of those bytes failed.
func (p *pack) waitDurable(end int64, sync func(*os.File) error) error {
	p.smu.Lock()
	defer p.smu.Unlock()
	for p.durable < end {
		if p.failed != nil {
			return p.failed
		}
		if p.syncing {
			p.cond.Wait()
			continue
		}
		p.syncing = true
		target := p.written.Load()
		p.smu.Unlock()
		err := sync(p.f)
		p.smu.Lock()
		p.syncing = false
		if err != nil {
			// After a failed sync the kernel may have dropped the unwritten
			// pages: this pack is done with.
			p.failed = fmt.Errorf("syncing pack %s: %w", p.name, err)
		} else if target > p.durable {
			p.durable = target
		}
		p.cond.Broadcast()
	}
	return nil
}

func (p *pack) fail(err error) {
	p.smu.Lock()
	if p.failed == nil {
		p.failed = err
	}
	p.cond.Broadcast()
	p.smu.Unlock()
}

func (p *pack) broken() bool {
	p.smu.Lock()
	defer p.smu.Unlock()
	return p.failed != nil
}

// refresh reads the records added to the pack folder since the last
// refresh: new packs, and what other stores appended to theirs. Called
// with d.mu held.
func (d *DirStore) refresh() error {
	ents, err := os.ReadDir(d.packPath())
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("storage: reading the pack folder: %w", err)
	}
	for _, e := range ents {
		name := e.Name()
		if !strings.HasSuffix(name, packSuffix) || strings.HasPrefix(name, ".") {
			continue
		}
		p := d.packs[name]
		if p == nil {
			p = &pack{name: name, path: filepath.Join(d.packPath(), name)}
			p.cond = sync.NewCond(&p.smu)
			d.packs[name] = p
		}
		if p.own {
			continue
		}
		if err := d.scan(p); err != nil {
			return err
		}
	}
	return nil
}

// scan indexes the records of p past p.scanned, up to the first that is
// incomplete or damaged. Called with d.mu held.
func (d *DirStore) scan(p *pack) error {
	fi, err := os.Stat(p.path)
	if err != nil {
		return fmt.Errorf("storage: pack %s: %w", p.name, err)
	}
	if fi.Size() <= p.scanned {
		return nil
	}
	f, err := os.Open(p.path)
	if err != nil {
		return fmt.Errorf("storage: opening pack: %w", err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(io.NewSectionReader(f, p.scanned, fi.Size()-p.scanned), 64<<10)
	buf := packBufs.Get().(*packBuf)
	defer packBufs.Put(buf)
	off := p.scanned
	for {
		h := buf[:10]
		if _, err := io.ReadFull(r, h); err != nil {
			break
		}
		n := int(binary.LittleEndian.Uint32(h[4:]))
		cl := int(binary.LittleEndian.Uint16(h[8:]))
		if string(h[:4]) != packMagic || n > PackMax || cl == 0 || cl > maxCIDLen {
			break
		}
		rec := buf[:10+cl+n+4]
		if _, err := io.ReadFull(r, rec[10:]); err != nil {
			break
		}
		body := rec[:len(rec)-4]
		if crc32.Checksum(body, castagnoli) != binary.LittleEndian.Uint32(rec[len(rec)-4:]) {
			break
		}
		c, err := cid.Cast(rec[10 : 10+cl])
		if err != nil {
			break
		}
		if _, ok := d.index[c]; !ok {
			d.index[c] = packLoc{p: p, off: off + 10 + int64(cl), n: int64(n)}
		}
		off += int64(len(rec))
	}
	p.scanned = off
	return nil
}

// lookup returns where c lies in a pack, reading what was appended to the
// packs since the last look when it is not known yet and fresh is set.
func (d *DirStore) lookup(c cid.Cid, fresh bool) (packLoc, bool, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if l, ok := d.index[c]; ok || !fresh {
		return l, ok, nil
	}
	if err := d.refresh(); err != nil {
		return packLoc{}, false, err
	}
	l, ok := d.index[c]
	return l, ok, nil
}
