package storage

import (
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Upload authentication.
//
// A gateway given an [UploadAuth] accepts an upload only when it carries a
// wallet signature by one of the allowed addresses; GETs stay open (the
// content is addressed by its hash, anyone may check it). The upload's
// request carries these headers:
//
//	Poco-Upload-Signer:    0x<address>            who signs
//	Poco-Upload-Sha256:    <64 hex digits>         sha256 of the body
//	Poco-Upload-Timestamp: <unix seconds>          when it was signed
//	Poco-Upload-Nonce:     <32 hex digits>         random, one per upload
//	Poco-Upload-Signature: 0x<130 hex digits>      r ‖ s ‖ v (v 27/28 or 0/1)
//
// The signature is an EIP-191 personal signature (what wallets call "Sign
// message", eth_sign / personal_sign) of the UTF-8 text [UploadMessage]
// builds from them:
//
//	Poco storage upload
//	sha256: <64 hex digits>
//	timestamp: <unix seconds>
//	nonce: <hex>
//
// The gateway refuses (401) an upload whose headers are missing or
// malformed, whose signature is not the signer's or whose signer is not
// allowed, whose timestamp is more than MaxSkew (default 5 minutes) from
// its clock, or whose signed message it already accepted within that
// window (a replay). The body is hashed while it is stored; a body whose
// sha256 is not the signed one is refused (403) and nothing is stored.
const (
	HeaderUploadSigner    = "Poco-Upload-Signer"
	HeaderUploadSha256    = "Poco-Upload-Sha256"
	HeaderUploadTimestamp = "Poco-Upload-Timestamp"
	HeaderUploadNonce     = "Poco-Upload-Nonce"
	HeaderUploadSignature = "Poco-Upload-Signature"
)

// DefaultMaxSkew is how far an upload's timestamp may be from the gateway's
// clock, either way.
const DefaultMaxSkew = 5 * time.Minute

var (
	// ErrUnauthorized matches the errors of uploads a gateway refuses for
	// their signature (missing, wrong, expired, replayed, not allowed).
	ErrUnauthorized = errors.New("storage: upload not authorized")
	// ErrChecksum is returned when an upload's body is not the content its
	// signature names.
	ErrChecksum = errors.New("storage: upload body does not match its signed sha256")
)

// UploadMessage is the text an uploader personal-signs (EIP-191).
func UploadMessage(sum [32]byte, timestamp int64, nonce string) string {
	return fmt.Sprintf("Poco storage upload\nsha256: %x\ntimestamp: %d\nnonce: %s", sum[:], timestamp, nonce)
}

// SignUpload signs an upload of content whose sha256 is sum with key, at
// time now, and sets the authentication headers on h.
func SignUpload(h http.Header, key *ecdsa.PrivateKey, sum [32]byte, now time.Time) error {
	var n [16]byte
	if _, err := rand.Read(n[:]); err != nil {
		return err
	}
	nonce := hex.EncodeToString(n[:])
	ts := now.Unix()
	sig, err := crypto.Sign(accounts.TextHash([]byte(UploadMessage(sum, ts, nonce))), key)
	if err != nil {
		return fmt.Errorf("storage: signing the upload: %w", err)
	}
	sig[64] += 27
	h.Set(HeaderUploadSigner, crypto.PubkeyToAddress(key.PublicKey).Hex())
	h.Set(HeaderUploadSha256, hex.EncodeToString(sum[:]))
	h.Set(HeaderUploadTimestamp, strconv.FormatInt(ts, 10))
	h.Set(HeaderUploadNonce, nonce)
	h.Set(HeaderUploadSignature, hexutil.Encode(sig))
	return nil
}

// UploadAuth checks the signatures of uploads: see the headers above. It is
// safe for concurrent use. Its memory of accepted signatures is per process:
// gateways sharing a set of signers behind one name should share a clock
// and accept the small window of a replay on a sibling (the content is the
// signed content anyway).
type UploadAuth struct {
	allowed map[common.Address]bool
	// MaxSkew is how far a timestamp may be from now (<= 0: DefaultMaxSkew).
	MaxSkew time.Duration
	// Now is the clock (nil: time.Now).
	Now func() time.Time

	mu   sync.Mutex
	seen map[common.Hash]time.Time // accepted message digests, until they expire
}

// NewUploadAuth returns an UploadAuth allowing uploads signed by one of
// signers.
func NewUploadAuth(signers ...common.Address) *UploadAuth {
	a := &UploadAuth{allowed: map[common.Address]bool{}, seen: map[common.Hash]time.Time{}}
	for _, s := range signers {
		a.allowed[s] = true
	}
	return a
}

// Signers returns the allowed addresses.
func (a *UploadAuth) Signers() []common.Address {
	out := make([]common.Address, 0, len(a.allowed))
	for s := range a.allowed {
		out = append(out, s)
	}
	return out
}

func (a *UploadAuth) now() time.Time {
	if a.Now != nil {
		return a.Now()
	}
	return time.Now()
}

func (a *UploadAuth) skew() time.Duration {
	if a.MaxSkew <= 0 {
		return DefaultMaxSkew
	}
	return a.MaxSkew
}

func unauthorized(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrUnauthorized, fmt.Sprintf(format, args...))
}

// Check verifies the authentication headers of an upload and remembers the
// signature so that it is not accepted twice. It returns the signer and the
// sha256 the body must have.
func (a *UploadAuth) Check(h http.Header) (common.Address, [32]byte, error) {
	var sum [32]byte
	get := func(name string) (string, error) {
		v := strings.TrimSpace(h.Get(name))
		if v == "" {
			return "", unauthorized("this gateway accepts only signed uploads: header %s is missing (sign with `poco storage put`, or see docs/storage.md)", name)
		}
		return v, nil
	}
	signerText, err := get(HeaderUploadSigner)
	if err != nil {
		return common.Address{}, sum, err
	}
	if !common.IsHexAddress(signerText) {
		return common.Address{}, sum, unauthorized("%s %q is not an address", HeaderUploadSigner, signerText)
	}
	signer := common.HexToAddress(signerText)
	if !a.allowed[signer] {
		return signer, sum, unauthorized("%s may not upload to this gateway: ask its operator to add it (poco storage serve --auth)", signer.Hex())
	}
	sumText, err := get(HeaderUploadSha256)
	if err != nil {
		return signer, sum, err
	}
	if b, err := hex.DecodeString(strings.TrimPrefix(sumText, "0x")); err != nil || len(b) != 32 {
		return signer, sum, unauthorized("%s %q is not 64 hex digits", HeaderUploadSha256, sumText)
	} else {
		copy(sum[:], b)
	}
	tsText, err := get(HeaderUploadTimestamp)
	if err != nil {
		return signer, sum, err
	}
	ts, err := strconv.ParseInt(tsText, 10, 64)
	if err != nil {
		return signer, sum, unauthorized("%s %q is not a Unix time in seconds", HeaderUploadTimestamp, tsText)
	}
	nonce, err := get(HeaderUploadNonce)
	if err != nil {
		return signer, sum, err
	}
	if len(nonce) < 16 || len(nonce) > 64 || !isHexText(nonce) {
		return signer, sum, unauthorized("%s %q is not 16 to 64 hex digits", HeaderUploadNonce, nonce)
	}
	sigText, err := get(HeaderUploadSignature)
	if err != nil {
		return signer, sum, err
	}
	sig, err := hexutil.Decode(sigText)
	if err != nil || len(sig) != 65 {
		return signer, sum, unauthorized("%s is not 0x and 130 hex digits (a 65-byte signature)", HeaderUploadSignature)
	}
	now := a.now()
	signed := time.Unix(ts, 0)
	if d := now.Sub(signed); d > a.skew() || d < -a.skew() {
		return signer, sum, unauthorized("the upload was signed at %s, more than %s from this gateway's time (%s): sign it again now, and check your clock",
			signed.UTC().Format(time.RFC3339), a.skew(), now.UTC().Format(time.RFC3339))
	}
	digest := common.BytesToHash(accounts.TextHash([]byte(UploadMessage(sum, ts, nonce))))
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	pub, err := crypto.SigToPub(digest[:], sig)
	if err != nil {
		return signer, sum, unauthorized("the signature is malformed: personal-sign (EIP-191) the upload message with the key of %s", signer.Hex())
	}
	if got := crypto.PubkeyToAddress(*pub); got != signer {
		return signer, sum, unauthorized("the signature is not %s's (it recovers to %s): sign the upload message of this upload with that key", signer.Hex(), got.Hex())
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	for k, exp := range a.seen {
		if now.After(exp) {
			delete(a.seen, k)
		}
	}
	if _, dup := a.seen[digest]; dup {
		return signer, sum, unauthorized("this signature was already used (a replay): sign every upload afresh, with a new nonce")
	}
	a.seen[digest] = signed.Add(a.skew() + time.Second)
	return signer, sum, nil
}

func isHexText(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

// shaReader hashes what it reads and, at EOF, returns ErrChecksum instead
// of io.EOF when the sha256 differs from want, so a store reading it fails
// its Put and keeps nothing.
type shaReader struct {
	r    io.Reader
	h    hash.Hash
	want [32]byte
}

func newShaReader(r io.Reader, want [32]byte) *shaReader {
	return &shaReader{r: r, h: sha256.New(), want: want}
}

func (s *shaReader) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	s.h.Write(p[:n])
	if err == io.EOF {
		var got [32]byte
		s.h.Sum(got[:0])
		if got != s.want {
			return 0, fmt.Errorf("%w: the body's sha256 is %x, the signature is for %x", ErrChecksum, got[:], s.want[:])
		}
	}
	return n, err
}
