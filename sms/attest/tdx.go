package attest

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/google/go-tdx-guest/abi"
	"github.com/google/go-tdx-guest/client"
	"github.com/google/go-tdx-guest/pcs"
	pb "github.com/google/go-tdx-guest/proto/tdx"
	"github.com/google/go-tdx-guest/validate"
	"github.com/google/go-tdx-guest/verify"
	"github.com/google/go-tdx-guest/verify/trust"
)

// IntelSGXRootCAPEM is Intel's SGX Root CA certificate (CN "Intel SGX Root CA", valid
// 2018-05-21 to 2049-12-31), the root every TDX quote's PCK certificate chain and every
// piece of Intel collateral (TCB info, QE identity, CRLs) must lead to. It is published
// by Intel at https://certificates.trustedservices.intel.com/Intel_SGX_Provisioning_Certification_RootCA.pem.
const IntelSGXRootCAPEM = `-----BEGIN CERTIFICATE-----
MIICjzCCAjSgAwIBAgIUImUM1lqdNInzg7SVUr9QGzknBqwwCgYIKoZIzj0EAwIw
aDEaMBgGA1UEAwwRSW50ZWwgU0dYIFJvb3QgQ0ExGjAYBgNVBAoMEUludGVsIENv
cnBvcmF0aW9uMRQwEgYDVQQHDAtTYW50YSBDbGFyYTELMAkGA1UECAwCQ0ExCzAJ
BgNVBAYTAlVTMB4XDTE4MDUyMTEwNDUxMFoXDTQ5MTIzMTIzNTk1OVowaDEaMBgG
A1UEAwwRSW50ZWwgU0dYIFJvb3QgQ0ExGjAYBgNVBAoMEUludGVsIENvcnBvcmF0
aW9uMRQwEgYDVQQHDAtTYW50YSBDbGFyYTELMAkGA1UECAwCQ0ExCzAJBgNVBAYT
AlVTMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC6nEwMDIYZOj/iPWsCzaEKi7
1OiOSLRFhWGjbnBVJfVnkY4u3IjkDYYL0MxO4mqsyYjlBalTVYxFP2sJBK5zlKOB
uzCBuDAfBgNVHSMEGDAWgBQiZQzWWp00ifODtJVSv1AbOScGrDBSBgNVHR8ESzBJ
MEegRaBDhkFodHRwczovL2NlcnRpZmljYXRlcy50cnVzdGVkc2VydmljZXMuaW50
ZWwuY29tL0ludGVsU0dYUm9vdENBLmRlcjAdBgNVHQ4EFgQUImUM1lqdNInzg7SV
Ur9QGzknBqwwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQEwCgYI
KoZIzj0EAwIDSQAwRgIhAOW/5QkR+S9CiSDcNoowLuPRLsWGf/Yi7GSX94BgwTwg
AiEA4J0lrHoMs+Xo5o/sX6O9QWxHRAvZUGOdRQ7cvqRXaqI=
-----END CERTIFICATE-----
`

// intelRoots is the pool holding only IntelSGXRootCAPEM.
var intelRoots = func() *x509.CertPool {
	p := x509.NewCertPool()
	if !p.AppendCertsFromPEM([]byte(IntelSGXRootCAPEM)) {
		panic("attest: embedded Intel SGX Root CA does not parse")
	}
	return p
}()

// TCB statuses Intel's TCB info and QE identity assign to a platform's TCB level.
const (
	TCBUpToDate                          = "UpToDate"
	TCBSWHardeningNeeded                 = "SWHardeningNeeded"
	TCBConfigurationNeeded               = "ConfigurationNeeded"
	TCBConfigurationAndSWHardeningNeeded = "ConfigurationAndSWHardeningNeeded"
	TCBOutOfDate                         = "OutOfDate"
	TCBOutOfDateConfigurationNeeded      = "OutOfDateConfigurationNeeded"
	TCBRevoked                           = "Revoked"
)

// CollateralGetter fetches Intel PCS collateral: it returns the response headers (the
// issuer certificate chains travel in them) and body of an HTTPS GET. It has the shape of
// go-tdx-guest's trust.HTTPSGetter, so any of its getters can be used.
type CollateralGetter interface {
	Get(url string) (header map[string][]string, body []byte, err error)
}

// DefaultCollateralGetter fetches collateral from Intel's PCS over HTTPS, retrying for
// at most 30 seconds.
func DefaultCollateralGetter() CollateralGetter {
	return &trust.RetryHTTPSGetter{Timeout: 30 * time.Second, MaxRetryDelay: 5 * time.Second, Getter: &trust.SimpleHTTPSGetter{}}
}

// CollateralCache keeps Intel collateral (TCB info, QE identity, CRLs) in memory until
// its nextUpdate, so that an SMS does not ask Intel's PCS for every quote. A cached item
// is only reused while the verification time is before its nextUpdate (and, when MaxAge
// is set, less than MaxAge after it was fetched); every use is verified again (signature,
// expiry) by the TDXVerifier, so the cache never widens what is accepted. Safe for
// concurrent use; the zero value is ready.
type CollateralCache struct {
	// MaxAge bounds how long an item is kept even before its nextUpdate (0: no bound), so
	// that revocations published before nextUpdate are seen.
	MaxAge time.Duration

	mu      sync.Mutex
	entries map[string]cacheEntry
}

type cacheEntry struct {
	header  map[string][]string
	body    []byte
	fetched time.Time
	until   time.Time
}

// Len says how many items the cache holds.
func (c *CollateralCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}

func (c *CollateralCache) get(url string, now time.Time) (cacheEntry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[url]
	if !ok {
		return cacheEntry{}, false
	}
	if !now.Before(e.until) || now.Before(e.fetched) || (c.MaxAge > 0 && now.Sub(e.fetched) >= c.MaxAge) {
		delete(c.entries, url)
		return cacheEntry{}, false
	}
	return e, true
}

func (c *CollateralCache) put(url string, e cacheEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		c.entries = make(map[string]cacheEntry)
	}
	c.entries[url] = e
}

// nextUpdate finds when a collateral body says it must be refreshed: the nextUpdate of
// a TCB info or QE identity response (JSON), or of a CRL (DER). Zero when unknown.
func nextUpdate(body []byte) time.Time {
	var js struct {
		TcbInfo         *struct{ NextUpdate time.Time } `json:"tcbInfo"`
		EnclaveIdentity *struct{ NextUpdate time.Time } `json:"enclaveIdentity"`
	}
	if json.Unmarshal(body, &js) == nil {
		switch {
		case js.TcbInfo != nil:
			return js.TcbInfo.NextUpdate
		case js.EnclaveIdentity != nil:
			return js.EnclaveIdentity.NextUpdate
		}
		return time.Time{}
	}
	if crl, err := x509.ParseRevocationList(body); err == nil {
		return crl.NextUpdate
	}
	return time.Time{}
}

// fetcher is the getter handed to go-tdx-guest for one verification: it serves from the
// cache or the configured getter, and remembers what it served, what it fetched (to be
// cached once it verified) and what failed.
type fetcher struct {
	getter  CollateralGetter
	cache   *CollateralCache
	now     time.Time
	served  map[string][]byte
	fetched map[string]cacheEntry
	failed  error
}

// commit caches what was fetched; called only when the collateral verified, so that
// nothing unverified (a bad response with a far nextUpdate) sticks in the cache.
func (f *fetcher) commit() {
	if f.cache == nil {
		return
	}
	for u, e := range f.fetched {
		f.cache.put(u, e)
	}
}

func (f *fetcher) Get(url string) (map[string][]string, []byte, error) {
	if f.cache != nil {
		if e, ok := f.cache.get(url, f.now); ok {
			f.served[url] = e.body
			return e.header, e.body, nil
		}
	}
	h, b, err := f.getter.Get(url)
	if err != nil {
		f.failed = errors.Join(f.failed, fmt.Errorf("fetching %s: %v", url, err))
		return nil, nil, err
	}
	f.served[url] = b
	if until := nextUpdate(b); !until.IsZero() {
		f.fetched[url] = cacheEntry{header: h, body: b, fetched: f.now, until: until}
	}
	return h, b, nil
}

// TDXVerifier verifies Intel TDX quotes (FormatTDX: the raw bytes of a version 4 quote)
// with go-tdx-guest. Verify checks, in this order:
//
//  1. the quote parses as a TDX quote v4 (else ErrMalformed);
//  2. the PCK certificate chain in the quote leads to Intel's SGX Root CA and is valid
//     at Now (else ErrCertificates);
//  3. the QE report is signed by the PCK key, binds the attestation key, and the
//     attestation key signs the quote's header and TD report (else ErrSignature);
//  4. the TD report's REPORTDATA is the expected 64 bytes (else ErrReportData);
//  5. the TD does not run in debug mode (else ErrDebug);
//  6. Intel's collateral for the platform (TCB info for its FMSPC, QE identity, the PCK
//     and root CRLs) is fetched (or taken from Cache), is signed by Intel's TCB signing
//     key under the same root and current at Now (else ErrCollateral), and neither the
//     PCK nor the intermediate certificate is revoked (else ErrCertificates);
//  7. the platform's TCB level (from the PCK certificate's SVNs and the TD report's TEE
//     TCB SVN) and the quoting enclave's TCB level are looked up in that collateral and
//     their statuses are in AcceptTCB (else ErrTCB; a platform below every listed level
//     is never accepted).
//
// The zero value fetches collateral from Intel's PCS, accepts only "UpToDate" and does
// not cache.
type TDXVerifier struct {
	// Getter fetches collateral (nil: DefaultCollateralGetter, Intel's PCS over HTTPS).
	Getter CollateralGetter
	// Now gives the time at which certificates and collateral must be valid (nil: time.Now).
	Now func() time.Time
	// AcceptTCB lists the accepted TCB statuses (nil: only "UpToDate"). Operators may add
	// "SWHardeningNeeded", "ConfigurationNeeded", … knowing what Intel's advisories say;
	// "Revoked" is never accepted.
	AcceptTCB []string
	// Cache keeps collateral between verifications (nil: fetch for every quote).
	Cache *CollateralCache
	// Roots are the trusted roots (nil: Intel's SGX Root CA, IntelSGXRootCAPEM). Only
	// tests should set it.
	Roots *x509.CertPool
}

func (v *TDXVerifier) now() time.Time {
	if v.Now != nil {
		return v.Now()
	}
	return time.Now()
}

func (v *TDXVerifier) roots() *x509.CertPool {
	if v.Roots != nil {
		return v.Roots
	}
	return intelRoots
}

func (v *TDXVerifier) accepts(status string) bool {
	if status == TCBRevoked || status == "" {
		return false
	}
	if v.AcceptTCB == nil {
		return status == TCBUpToDate
	}
	for _, s := range v.AcceptTCB {
		if s == status {
			return true
		}
	}
	return false
}

// Verify checks TDX evidence as described on TDXVerifier. When the quote is genuine but
// its TCB status is refused (ErrTCB), the returned Report still describes the quote (its
// measurement and the status found), for the operator's logs.
func (v *TDXVerifier) Verify(ctx context.Context, ev Evidence, reportData [64]byte) (Report, error) {
	if ev.Format != FormatTDX {
		return Report{}, fmt.Errorf("%w: %q is not %q", ErrFormat, ev.Format, FormatTDX)
	}
	if err := ctx.Err(); err != nil {
		return Report{}, err
	}
	anyQuote, err := abi.QuoteToProto(ev.Quote)
	if err != nil {
		return Report{}, fmt.Errorf("%w: the evidence is not a TDX quote: %v", ErrMalformed, err)
	}
	quote, ok := anyQuote.(*pb.QuoteV4)
	if !ok {
		return Report{}, fmt.Errorf("%w: the evidence is a %T, not a TDX quote version 4", ErrMalformed, anyQuote)
	}
	if err := abi.CheckQuoteV4(quote); err != nil {
		return Report{}, fmt.Errorf("%w: the TDX quote is not well formed: %v", ErrMalformed, err)
	}
	now := v.now()
	body := quote.GetTdQuoteBody()
	rep := Report{Format: FormatTDX, Measurement: tdxMeasurement(body), Debug: tdDebug(body)}

	// 2. The PCK certificate chain, checked here so that a chain failure is told apart
	// from a signature failure below.
	pck, err := checkPCKChain(quote, v.roots(), now)
	if err != nil {
		return Report{}, err
	}

	// 3. Signatures, with go-tdx-guest, without collateral.
	if err := verify.TdxQuote(quote, &verify.Options{Now: now, TrustedRoots: v.roots()}); err != nil {
		return Report{}, classifySignature(err)
	}

	// 4. Freshness: the quote must be over this session's report data.
	if err := validate.TdxQuote(quote, &validate.Options{TdQuoteBodyOptions: validate.TdQuoteBodyOptions{ReportData: reportData[:]}}); err != nil {
		if !bytes.Equal(body.GetReportData(), reportData[:]) {
			return Report{}, fmt.Errorf("%w: the quote's REPORTDATA is %s, this session expects %s",
				ErrReportData, short(hex.EncodeToString(body.GetReportData())), short(hex.EncodeToString(reportData[:])))
		}
		return Report{}, fmt.Errorf("%w: the TD report has attributes or XFAM no TD may have: %v", ErrMalformed, err)
	}

	// 5. A debug TD's memory is readable by the host.
	if rep.Debug {
		return Report{}, fmt.Errorf("%w: the TD's attributes (%x) have the DEBUG bit set", ErrDebug, body.GetTdAttributes())
	}

	// 6 and 7. Collateral and TCB status, with go-tdx-guest.
	getter := v.Getter
	if getter == nil {
		getter = DefaultCollateralGetter()
	}
	f := &fetcher{getter: getter, cache: v.Cache, now: now, served: map[string][]byte{}, fetched: map[string]cacheEntry{}}
	verr := verify.TdxQuote(quote, &verify.Options{GetCollateral: true, CheckRevocations: true, Getter: f, Now: now, TrustedRoots: v.roots()})
	if f.failed != nil {
		return Report{}, fmt.Errorf("%w: Intel's collateral for this platform could not be fetched: %v", ErrCollateral, f.failed)
	}
	if verr != nil && !strings.Contains(verr.Error(), "failed TCB status check") {
		msg := verr.Error()
		if strings.Contains(msg, "was revoked") {
			return Report{}, fmt.Errorf("%w: a certificate of the quote's PCK chain or of the collateral's issuers is on Intel's revocation list: %s", ErrCertificates, msg)
		}
		return Report{}, fmt.Errorf("%w: the quote does not verify against Intel's collateral at %s: %s", ErrCollateral, now.UTC().Format(time.RFC3339), msg)
	}
	f.commit()
	// Here the collateral verified (signatures, expiry, revocation); go-tdx-guest either
	// found everything "UpToDate" (verr nil) or refused a TCB status. Look the statuses
	// up ourselves, so that a policy may accept others and the report can say which.
	status, err := v.tcbStatus(quote, pck, f.served, verr == nil)
	rep.TCBStatus = status
	if err != nil {
		if errors.Is(err, ErrTCB) {
			return rep, err
		}
		return Report{}, err
	}
	if verr != nil && status == TCBUpToDate {
		// go-tdx-guest refused a status that our look-up finds up to date: fail closed.
		return rep, fmt.Errorf("%w: %v", ErrTCB, verr)
	}
	return rep, nil
}

// checkPCKChain parses the PCK certificate chain in the quote (PCK leaf, then its
// issuers) and verifies it to roots at now.
func checkPCKChain(quote *pb.QuoteV4, roots *x509.CertPool, now time.Time) (*x509.Certificate, error) {
	raw := quote.GetSignedData().GetCertificationData().GetQeReportCertificationData().GetPckCertificateChainData().GetPckCertChain()
	var certs []*x509.Certificate
	for rest := raw; ; {
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			break
		}
		if blk.Type != "CERTIFICATE" {
			continue
		}
		c, err := x509.ParseCertificate(blk.Bytes)
		if err != nil {
			return nil, fmt.Errorf("%w: a certificate in the quote's PCK chain does not parse: %v", ErrCertificates, err)
		}
		certs = append(certs, c)
	}
	if len(certs) == 0 {
		return nil, fmt.Errorf("%w: the quote carries no PCK certificate chain", ErrCertificates)
	}
	inter := x509.NewCertPool()
	for _, c := range certs[1:] {
		inter.AddCert(c)
	}
	if _, err := certs[0].Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter, CurrentTime: now,
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}}); err != nil {
		return nil, fmt.Errorf("%w: the quote's PCK certificate %q does not chain to the trusted root (Intel's SGX Root CA) at %s: %v",
			ErrCertificates, certs[0].Subject.CommonName, now.UTC().Format(time.RFC3339), err)
	}
	return certs[0], nil
}

// classifySignature maps a go-tdx-guest failure of the collateral-free verification
// (after the PCK chain was found good) to ErrSignature or ErrCertificates.
func classifySignature(err error) error {
	msg := err.Error()
	switch {
	case errors.Is(err, verify.ErrHashVerificationFail):
		return fmt.Errorf("%w: the quote's header and TD report are not signed by its attestation key (the quote was altered)", ErrSignature)
	case errors.Is(err, verify.ErrSHA56VerificationFail):
		return fmt.Errorf("%w: the QE report does not bind the quote's attestation key", ErrSignature)
	case strings.Contains(msg, "QE report"):
		return fmt.Errorf("%w: the quoting enclave's report is not signed by the PCK key: %s", ErrSignature, msg)
	case strings.Contains(strings.ToLower(msg), "certificate"):
		return fmt.Errorf("%w: %s", ErrCertificates, msg)
	}
	return fmt.Errorf("%w: %s", ErrSignature, msg)
}

// tcbStatus looks up the platform's and the quoting enclave's TCB levels in the
// (verified) TCB info and QE identity served during this verification, and checks
// their statuses against the policy. It returns the status to report (the platform's,
// or the TDX module's or the QE's when those are worse than up to date). When
// qeChecked is false, go-tdx-guest stopped before matching the QE report against the
// QE identity, so it is done here.
func (v *TDXVerifier) tcbStatus(quote *pb.QuoteV4, pck *x509.Certificate, served map[string][]byte, qeChecked bool) (string, error) {
	ext, err := pcs.PckCertificateExtensions(pck)
	if err != nil {
		return "", fmt.Errorf("%w: the PCK certificate's SGX extensions do not parse: %v", ErrCertificates, err)
	}
	var info pcs.TdxTcbInfo
	if err := json.Unmarshal(served[pcs.TcbInfoURL(ext.FMSPC)], &info); err != nil {
		return "", fmt.Errorf("%w: the TCB info for FMSPC %s does not parse: %v", ErrCollateral, ext.FMSPC, err)
	}
	var qeID pcs.QeIdentity
	if err := json.Unmarshal(served[pcs.QeIdentityURL()], &qeID); err != nil {
		return "", fmt.Errorf("%w: the QE identity does not parse: %v", ErrCollateral, err)
	}
	tee := quote.GetTdQuoteBody().GetTeeTcbSvn()
	level, ok := matchTCBLevel(info.TcbInfo.TcbLevels, ext.TCB.PCESvn, ext.TCB.CPUSvnComponents, tee)
	if !ok {
		return "", fmt.Errorf("%w: the platform's TCB (PCE SVN %d, CPU SVN %x, TEE TCB SVN %x) is below every level in Intel's TCB info for FMSPC %s (evaluation data number %d): the platform is not supported",
			ErrTCB, ext.TCB.PCESvn, ext.TCB.CPUSvnComponents, tee, ext.FMSPC, info.TcbInfo.TcbEvaluationDataNumber)
	}
	status := string(level.TcbStatus)
	if !v.accepts(status) {
		return status, fmt.Errorf("%w: the platform's TCB status is %s (TCB date %s, advisories %s); accepted: %s",
			ErrTCB, status, level.TcbDate, strings.Join(level.AdvisoryIDs, ", "), strings.Join(v.acceptList(), ", "))
	}
	if len(tee) > 1 && tee[1] > 0 {
		mod, err := matchTDXModule(info.TcbInfo.TdxModuleIdentities, tee)
		if err != nil {
			return status, err
		}
		if ms := string(mod.TcbStatus); !v.accepts(ms) {
			return ms, fmt.Errorf("%w: the TDX module's TCB status is %s; accepted: %s", ErrTCB, ms, strings.Join(v.acceptList(), ", "))
		} else if status == TCBUpToDate {
			status = ms
		}
	}
	qeStatus, err := checkQEIdentity(quote.GetSignedData().GetCertificationData().GetQeReportCertificationData().GetQeReport(), qeID.EnclaveIdentity)
	if err != nil {
		if qeChecked {
			return status, fmt.Errorf("%w: go-tdx-guest accepted the QE but our look-up refuses it: %v", ErrTCB, err)
		}
		return status, err
	}
	if !v.accepts(qeStatus) {
		return qeStatus, fmt.Errorf("%w: the quoting enclave's TCB status is %s; accepted: %s", ErrTCB, qeStatus, strings.Join(v.acceptList(), ", "))
	}
	if status == TCBUpToDate {
		status = qeStatus
	}
	return status, nil
}

func (v *TDXVerifier) acceptList() []string {
	if v.AcceptTCB == nil {
		return []string{TCBUpToDate}
	}
	var l []string
	for _, s := range v.AcceptTCB {
		if v.accepts(s) {
			l = append(l, s)
		}
	}
	if len(l) == 0 {
		return []string{"none"}
	}
	return l
}

// matchTCBLevel returns the first (highest) TCB level the platform reaches: every SGX
// component SVN of the PCK certificate and the PCE SVN at least the level's, and every
// TEE TCB SVN of the TD report at least the level's (the first two TEE components, the
// TDX module's, are skipped when the module version, TEE TCB SVN[1], is not zero: they
// are then judged by the TDX module identities).
func matchTCBLevel(levels []pcs.TcbLevel, pceSvn uint16, cpuSvn, teeSvn []byte) (pcs.TcbLevel, bool) {
	for _, l := range levels {
		if len(l.Tcb.SgxTcbcomponents) != len(cpuSvn) || len(l.Tcb.TdxTcbcomponents) != len(teeSvn) || len(teeSvn) < 2 {
			continue
		}
		reached := pceSvn >= l.Tcb.Pcesvn
		for i, c := range l.Tcb.SgxTcbcomponents {
			reached = reached && cpuSvn[i] >= c.Svn
		}
		first := 0
		if teeSvn[1] > 0 {
			first = 2
		}
		for i := first; i < len(teeSvn); i++ {
			reached = reached && teeSvn[i] >= l.Tcb.TdxTcbcomponents[i].Svn
		}
		if reached {
			return l, true
		}
	}
	return pcs.TcbLevel{}, false
}

// matchTDXModule finds the TCB level of the TDX module (identity "TDX_<version>", the
// version being TEE TCB SVN[1], its SVN TEE TCB SVN[0]).
func matchTDXModule(ids []pcs.TdxModuleIdentity, teeSvn []byte) (pcs.TcbLevel, error) {
	want := "TDX_" + hex.EncodeToString(teeSvn[1:2])
	for _, id := range ids {
		if !strings.EqualFold(id.ID, want) {
			continue
		}
		for _, l := range id.TcbLevels {
			if uint32(teeSvn[0]) >= l.Tcb.Isvsvn {
				return l, nil
			}
		}
		return pcs.TcbLevel{}, fmt.Errorf("%w: the TDX module %s SVN %d is below every level Intel lists for it", ErrTCB, want, teeSvn[0])
	}
	return pcs.TcbLevel{}, fmt.Errorf("%w: Intel's TCB info lists no TDX module identity %s", ErrTCB, want)
}

// checkQEIdentity matches the quoting enclave's report against Intel's QE identity
// (signer, product, masked MISCSELECT and attributes) and returns the status of the
// QE's TCB level.
func checkQEIdentity(qe *pb.EnclaveReport, id pcs.EnclaveIdentity) (string, error) {
	if !bytes.Equal(qe.GetMrSigner(), id.Mrsigner.Bytes) {
		return "", fmt.Errorf("%w: the quoting enclave's MRSIGNER %x is not Intel's %x", ErrTCB, qe.GetMrSigner(), id.Mrsigner.Bytes)
	}
	if qe.GetIsvProdId() != uint32(id.IsvProdID) {
		return "", fmt.Errorf("%w: the quoting enclave's product id %d is not %d", ErrTCB, qe.GetIsvProdId(), id.IsvProdID)
	}
	if len(id.Miscselect.Bytes) != 4 || len(id.MiscselectMask.Bytes) != 4 {
		return "", fmt.Errorf("%w: the QE identity's MISCSELECT is not 4 bytes", ErrCollateral)
	}
	if qe.GetMiscSelect()&binary.LittleEndian.Uint32(id.MiscselectMask.Bytes) != binary.LittleEndian.Uint32(id.Miscselect.Bytes) {
		return "", fmt.Errorf("%w: the quoting enclave's MISCSELECT %08x does not match Intel's QE identity", ErrTCB, qe.GetMiscSelect())
	}
	attr := qe.GetAttributes()
	if len(attr) != len(id.AttributesMask.Bytes) || len(attr) != len(id.Attributes.Bytes) {
		return "", fmt.Errorf("%w: the QE identity's attributes are not %d bytes", ErrCollateral, len(attr))
	}
	for i := range attr {
		if attr[i]&id.AttributesMask.Bytes[i] != id.Attributes.Bytes[i] {
			return "", fmt.Errorf("%w: the quoting enclave's attributes %x do not match Intel's QE identity", ErrTCB, attr)
		}
	}
	for _, l := range id.TcbLevels {
		if qe.GetIsvSvn() >= l.Tcb.Isvsvn {
			return string(l.TcbStatus), nil
		}
	}
	return "", fmt.Errorf("%w: the quoting enclave's SVN %d is below every level of Intel's QE identity", ErrTCB, qe.GetIsvSvn())
}

func tdxMeasurement(body *pb.TDQuoteBody) Measurement {
	m := Measurement{MRTD: hex.EncodeToString(body.GetMrTd())}
	for i, r := range body.GetRtmrs() {
		if i < len(m.RTMR) {
			m.RTMR[i] = hex.EncodeToString(r)
		}
	}
	return m
}

// tdDebug reads the DEBUG bit (bit 0 of the little-endian TD attributes).
func tdDebug(body *pb.TDQuoteBody) bool {
	a := body.GetTdAttributes()
	return len(a) > 0 && a[0]&1 != 0
}

// TDXProvider makes TDX quotes on a TDX confidential VM through the kernel's
// configfs-tsm interface (/sys/kernel/config/tsm/report), with go-tdx-guest's client.
type TDXProvider struct{}

func (TDXProvider) Format() string { return FormatTDX }

// ErrNoTDX is returned by TDXProvider on a machine that cannot make TDX quotes.
var ErrNoTDX = errors.New("attestation: this machine cannot make TDX quotes (no configfs-tsm report interface: not a TDX confidential VM, or the kernel lacks TSM_REPORTS)")

func tdxQuoteProvider() (client.QuoteProvider, error) {
	qp, err := client.GetQuoteProvider()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoTDX, err)
	}
	if err := qp.IsSupported(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoTDX, err)
	}
	// configfs-tsm also serves other TEEs (AMD SEV-SNP); the TDX guest driver, which
	// provides TDX reports to it, also makes /dev/tdx_guest.
	if _, err := os.Stat("/dev/tdx_guest"); err != nil {
		return nil, fmt.Errorf("%w: configfs-tsm is present but this is not a TDX guest (%v)", ErrNoTDX, err)
	}
	return qp, nil
}

// TDXAvailable reports whether this machine can make TDX quotes.
func TDXAvailable() bool {
	_, err := tdxQuoteProvider()
	return err == nil
}

// Evidence asks the TDX module, through configfs-tsm, for a quote over reportData.
func (TDXProvider) Evidence(ctx context.Context, reportData [64]byte) (Evidence, error) {
	if err := ctx.Err(); err != nil {
		return Evidence{}, err
	}
	qp, err := tdxQuoteProvider()
	if err != nil {
		return Evidence{}, err
	}
	raw, err := qp.GetRawQuote(reportData)
	if err != nil {
		return Evidence{}, fmt.Errorf("attestation: the TDX quote could not be made through configfs-tsm: %v", err)
	}
	// configfs-tsm also serves other TEEs (AMD SEV-SNP): make sure this is a TDX quote.
	if q, err := abi.QuoteToProto(raw); err != nil {
		return Evidence{}, fmt.Errorf("%w: configfs-tsm returned something other than a TDX quote: %v", ErrNoTDX, err)
	} else if qv4, ok := q.(*pb.QuoteV4); !ok || !bytes.Equal(qv4.GetTdQuoteBody().GetReportData(), reportData[:]) {
		return Evidence{}, fmt.Errorf("attestation: configfs-tsm returned a quote that is not a TDX quote v4 over the requested report data")
	}
	return Evidence{Format: FormatTDX, Quote: raw}, nil
}
