package attest

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-tdx-guest/abi"
	"github.com/google/go-tdx-guest/pcs"
	pb "github.com/google/go-tdx-guest/proto/tdx"
)

// The sample data (testdata/NOTICE) is go-tdx-guest's: a production TDX quote from an
// Intel Sapphire Rapids machine (FMSPC 50806f000000), with Intel's collateral of June
// 2023. The collateral is valid from its issue dates until its nextUpdate: TCB info
// 2023-06-18..2023-07-18, QE identity and PCK CRL ..2023-07-08, root CRL ..2024-04-02.
var (
	sampleValid   = time.Date(2023, time.July, 1, 12, 0, 0, 0, time.UTC)
	sampleExpired = time.Date(2023, time.July, 19, 0, 0, 0, 0, time.UTC) // after every nextUpdate but the root CRL's
)

// The sample quote's MRTD, as the quote carries it.
const sampleMRTD = "6363b8043668a3ad953278e10389574d326c6749fb78aa810ecd9336923db86f22fc00b8dcd404bc10d5e119d7215cbb"

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// offlineGetter serves the sample collateral under the URLs of Intel's PCS, as Intel
// serves it (issuer chains URL-encoded in the response headers), and counts requests.
type offlineGetter struct {
	mu    sync.Mutex
	resp  map[string]offlineResponse
	calls int
}

type offlineResponse struct {
	header map[string][]string
	body   []byte
}

func newOfflineGetter(t testing.TB) *offlineGetter {
	tcbChain := url.QueryEscape(string(readTestdata(t, "tcb_signing_issuer_chain.pem")))
	crlChain := url.QueryEscape(string(readTestdata(t, "pck_crl_issuer_chain.pem")))
	return &offlineGetter{resp: map[string]offlineResponse{
		pcs.TcbInfoURL("50806f000000"): {
			header: map[string][]string{"Tcb-Info-Issuer-Chain": {tcbChain}},
			body:   readTestdata(t, "sample_tcbInfo_response")},
		pcs.QeIdentityURL(): {
			header: map[string][]string{"Sgx-Enclave-Identity-Issuer-Chain": {tcbChain}},
			body:   readTestdata(t, "sample_qeIdentity_response")},
		pcs.PckCrlURL("platform"): {
			header: map[string][]string{"Sgx-Pck-Crl-Issuer-Chain": {crlChain}},
			body:   readTestdata(t, "pckcrl")},
		// The root CRL's address is the CRL distribution point of Intel's root certificate.
		"https://certificates.trustedservices.intel.com/IntelSGXRootCA.der": {
			body: readTestdata(t, "rootcrl.der")},
	}}
}

func (g *offlineGetter) Get(u string) (map[string][]string, []byte, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.calls++
	r, ok := g.resp[u]
	if !ok {
		return nil, nil, fmt.Errorf("offline getter: no response for %s", u)
	}
	return r.header, r.body, nil
}

func (g *offlineGetter) count() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.calls
}

type failingGetter struct{}

func (failingGetter) Get(u string) (map[string][]string, []byte, error) {
	return nil, nil, errors.New("network unreachable")
}

func at(t time.Time) func() time.Time { return func() time.Time { return t } }

// sampleQuote returns the sample quote, its parsed body and its own REPORTDATA (fixed in
// the sample, so it is the "expected" report data of the genuine case).
func sampleQuote(t testing.TB) ([]byte, *pb.TDQuoteBody, [64]byte) {
	t.Helper()
	raw := readTestdata(t, "tdx_prod_quote_SPR_E4.dat")
	q, err := abi.QuoteToProto(raw)
	if err != nil {
		t.Fatal(err)
	}
	body := q.(*pb.QuoteV4).GetTdQuoteBody()
	var rd [64]byte
	copy(rd[:], body.GetReportData())
	return raw, body, rd
}

// TestTDXSampleQuote verifies go-tdx-guest's genuine sample quote against Intel's sample
// collateral at a time when that collateral is valid. Everything verifies (the PCK chain
// to Intel's root, the quote and QE report signatures, REPORTDATA, the non-debug TD, the
// collateral's signatures, validity and CRLs) up to the TCB level look-up, and there the
// quote is refused, correctly: the sample platform's CPU SVN (in its PCK certificate)
// and TEE TCB SVN (in its TD report) are below every TCB level in the sample TCB info
// (TestTDXTCBLevels), so by Intel's rules the platform is not supported. go-tdx-guest's own tests get the same result ("no
// matching TCB level found"). No sample in go-tdx-guest v0.3.1 lets a quote pass the TCB
// check: the accepting path is shown with a test PKI (TestTDXTestPKI*) and the look-up on
// Intel's sample collateral with hypothetical SVNs (TestTDXTCBLevels).
func TestTDXSampleQuote(t *testing.T) {
	raw, body, rd := sampleQuote(t)
	g := newOfflineGetter(t)
	v := &TDXVerifier{Getter: g, Now: at(sampleValid)}
	rep, err := v.Verify(context.Background(), Evidence{Format: FormatTDX, Quote: raw}, rd)
	if !errors.Is(err, ErrTCB) || !strings.Contains(err.Error(), "below every level") {
		t.Fatalf("Verify = %v, want ErrTCB (platform below every TCB level)", err)
	}
	t.Logf("refused as it must be: %v", err)
	// ErrTCB comes only after every other check passed; the report describes the quote.
	if got := g.count(); got != 4 {
		t.Errorf("collateral requests = %d, want 4 (TCB info, QE identity, PCK CRL, root CRL)", got)
	}
	if rep.Format != FormatTDX || rep.Measurement.MRTD != sampleMRTD || rep.Debug || rep.Insecure || rep.TCBStatus != "" {
		t.Errorf("report = %+v", rep)
	}
	for i, r := range body.GetRtmrs() {
		if rep.Measurement.RTMR[i] != HexMeasurement(r) || len(rep.Measurement.RTMR[i]) != 96 {
			t.Errorf("RTMR%d = %q", i, rep.Measurement.RTMR[i])
		}
	}
	t.Logf("sample measurement: MRTD %s RTMR0 %s RTMR3 %s; TEE TCB SVN %x; TCB status: none (not supported)",
		rep.Measurement.MRTD, short(rep.Measurement.RTMR[0]), short(rep.Measurement.RTMR[3]), body.GetTeeTcbSvn())

	// Accepting every status does not change that: a platform below every level has none.
	all := &TDXVerifier{Getter: g, Now: at(sampleValid), AcceptTCB: []string{TCBUpToDate, TCBSWHardeningNeeded,
		TCBConfigurationNeeded, TCBConfigurationAndSWHardeningNeeded, TCBOutOfDate, TCBOutOfDateConfigurationNeeded, TCBRevoked}}
	if _, err := all.Verify(context.Background(), Evidence{Format: FormatTDX, Quote: raw}, rd); !errors.Is(err, ErrTCB) {
		t.Errorf("with every status accepted: %v, want ErrTCB", err)
	}
}

// TestTDXTCBLevels checks the TCB look-up on Intel's sample TCB info and QE identity. The
// sample platform (PCK certificate: PCE SVN 11, CPU SVN 03 03 02 02 02 01 00 02 0…; TD
// report: TEE TCB SVN 03 00 04 0…) reaches no level: both levels need CPU SVN
// 05 05 02 02 03 01 00 03 0… and TEE TCB SVN 03 00 05 0…. A platform with those SVNs
// and PCE SVN 11 is UpToDate, with PCE SVN 5 to 10 OutOfDate, below 5 not supported.
// These platforms are hypothetical (no quote of theirs is at hand): this tests the look-up
// only. Then the policy on statuses.
func TestTDXTCBLevels(t *testing.T) {
	var info pcs.TdxTcbInfo
	if err := json.Unmarshal(readTestdata(t, "sample_tcbInfo_response"), &info); err != nil {
		t.Fatal(err)
	}
	sampleCPU := []byte{3, 3, 2, 2, 2, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0}
	sampleTee := []byte{3, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	if l, ok := matchTCBLevel(info.TcbInfo.TcbLevels, 11, sampleCPU, sampleTee); ok {
		t.Errorf("sample platform matched %s, want no level", l.TcbStatus)
	}
	cpu := []byte{5, 5, 2, 2, 3, 1, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0}
	newerTee := []byte{3, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	if _, ok := matchTCBLevel(info.TcbInfo.TcbLevels, 11, sampleCPU, newerTee); ok {
		t.Error("sample CPU SVN with a newer TEE TCB SVN matched a level")
	}
	if _, ok := matchTCBLevel(info.TcbInfo.TcbLevels, 11, cpu, sampleTee); ok {
		t.Error("sample TEE TCB SVN with a newer CPU SVN matched a level")
	}
	if l, ok := matchTCBLevel(info.TcbInfo.TcbLevels, 11, cpu, newerTee); !ok || l.TcbStatus != TCBUpToDate {
		t.Errorf("PCE SVN 11, TEE SVN 030005: %v %v, want UpToDate", l.TcbStatus, ok)
	}
	l, ok := matchTCBLevel(info.TcbInfo.TcbLevels, 7, cpu, newerTee)
	if !ok || l.TcbStatus != TCBOutOfDate || len(l.AdvisoryIDs) == 0 {
		t.Errorf("PCE SVN 7: %v %v, want OutOfDate with advisories", l.TcbStatus, ok)
	}
	if _, ok := matchTCBLevel(info.TcbInfo.TcbLevels, 4, cpu, newerTee); ok {
		t.Error("PCE SVN 4 matched a level")
	}

	var qe pcs.QeIdentity
	if err := json.Unmarshal(readTestdata(t, "sample_qeIdentity_response"), &qe); err != nil {
		t.Fatal(err)
	}
	raw, _, _ := sampleQuote(t)
	q, _ := abi.QuoteToProto(raw)
	qeReport := q.(*pb.QuoteV4).GetSignedData().GetCertificationData().GetQeReportCertificationData().GetQeReport()
	if s, err := checkQEIdentity(qeReport, qe.EnclaveIdentity); err != nil || s != TCBUpToDate {
		t.Errorf("sample QE: %q %v, want UpToDate", s, err)
	}
	other := qe.EnclaveIdentity
	other.IsvProdID = 1
	if _, err := checkQEIdentity(qeReport, other); !errors.Is(err, ErrTCB) {
		t.Errorf("QE of another product: %v, want ErrTCB", err)
	}

	def := &TDXVerifier{}
	ops := &TDXVerifier{AcceptTCB: []string{TCBUpToDate, TCBSWHardeningNeeded}}
	for _, c := range []struct {
		v      *TDXVerifier
		status string
		want   bool
	}{{def, TCBUpToDate, true}, {def, TCBSWHardeningNeeded, false}, {def, TCBOutOfDate, false},
		{ops, TCBSWHardeningNeeded, true}, {ops, TCBOutOfDate, false}, {ops, TCBRevoked, false},
		{&TDXVerifier{AcceptTCB: []string{TCBRevoked}}, TCBRevoked, false}, {ops, "", false}} {
		if got := c.v.accepts(c.status); got != c.want {
			t.Errorf("AcceptTCB %v accepts %q = %v, want %v", c.v.AcceptTCB, c.status, got, c.want)
		}
	}
}

// TestTDXTamperedQuote: one byte changed in the signed TD report (in MRTD) breaks the
// attestation key's signature; a changed PCK certificate breaks the chain.
func TestTDXTamperedQuote(t *testing.T) {
	raw, body, rd := sampleQuote(t)
	v := &TDXVerifier{Getter: newOfflineGetter(t), Now: at(sampleValid)}

	i := bytes.Index(raw, body.GetMrTd())
	if i < 0 {
		t.Fatal("MRTD not found in the quote")
	}
	bad := bytes.Clone(raw)
	bad[i+5] ^= 0x01
	_, err := v.Verify(context.Background(), Evidence{Format: FormatTDX, Quote: bad}, rd)
	if !errors.Is(err, ErrSignature) {
		t.Fatalf("tampered MRTD: %v, want ErrSignature", err)
	}
	t.Logf("tampered MRTD: %v", err)

	// Change the PCK leaf certificate's signature (the last base64 characters before
	// the first END CERTIFICATE): the chain no longer verifies.
	end := bytes.Index(raw, []byte("-----END CERTIFICATE-----"))
	if end < 0 {
		t.Fatal("no PCK chain in the quote")
	}
	bad = bytes.Clone(raw)
	j := end - 6
	for bad[j] == '\n' || bad[j] == '=' {
		j--
	}
	if bad[j] == 'A' {
		bad[j] = 'B'
	} else {
		bad[j] = 'A'
	}
	_, err = v.Verify(context.Background(), Evidence{Format: FormatTDX, Quote: bad}, rd)
	if !errors.Is(err, ErrCertificates) {
		t.Fatalf("tampered PCK certificate: %v, want ErrCertificates", err)
	}
	t.Logf("tampered PCK certificate: %v", err)

	// Another trusted root than Intel's: the genuine chain does not lead to it.
	_, err = (&TDXVerifier{Getter: newOfflineGetter(t), Now: at(sampleValid), Roots: x509.NewCertPool()}).
		Verify(context.Background(), Evidence{Format: FormatTDX, Quote: raw}, rd)
	if !errors.Is(err, ErrCertificates) {
		t.Fatalf("other root: %v, want ErrCertificates", err)
	}
}

// TestTDXOtherReportData: the genuine quote checked for another session (another enclave
// key, task or nonce) is refused.
func TestTDXOtherReportData(t *testing.T) {
	raw, _, _ := sampleQuote(t)
	v := &TDXVerifier{Getter: newOfflineGetter(t), Now: at(sampleValid)}
	other := ReportData(65535, [32]byte{1}, common.HexToAddress("0x00000000000000000000000000000000000000e1"), [32]byte{2})
	_, err := v.Verify(context.Background(), Evidence{Format: FormatTDX, Quote: raw}, other)
	if !errors.Is(err, ErrReportData) {
		t.Fatalf("Verify = %v, want ErrReportData", err)
	}
	t.Logf("quote over another key: %v", err)
}

// TestTDXMeasurement: the verified quote's measurement against enclave descriptions.
func TestTDXMeasurement(t *testing.T) {
	raw, body, rd := sampleQuote(t)
	v := &TDXVerifier{Getter: newOfflineGetter(t), Now: at(sampleValid)}
	rep, err := v.Verify(context.Background(), Evidence{Format: FormatTDX, Quote: raw}, rd)
	if !errors.Is(err, ErrTCB) || rep.Measurement.MRTD != sampleMRTD {
		t.Fatalf("Verify = %+v, %v", rep, err)
	}
	ok := EnclaveDescription{Framework: "tdx", MRTD: []string{"0x" + strings.ToUpper(sampleMRTD)},
		RTMR3: []string{HexMeasurement(body.GetRtmrs()[3])}}
	if err := ok.Allows(rep.Measurement); err != nil {
		t.Errorf("own measurement refused: %v", err)
	}
	wrong := EnclaveDescription{Framework: "tdx", MRTD: []string{strings.Repeat("ab", 48)}}
	if err := wrong.Allows(rep.Measurement); !errors.Is(err, ErrMeasurement) {
		t.Errorf("other MRTD: %v, want ErrMeasurement", err)
	} else {
		t.Logf("other MRTD: %v", err)
	}
}

// TestTDXExpiredCollateral: after the collateral's nextUpdate it no longer counts.
func TestTDXExpiredCollateral(t *testing.T) {
	raw, _, rd := sampleQuote(t)
	v := &TDXVerifier{Getter: newOfflineGetter(t), Now: at(sampleExpired)}
	_, err := v.Verify(context.Background(), Evidence{Format: FormatTDX, Quote: raw}, rd)
	if !errors.Is(err, ErrCollateral) || !strings.Contains(err.Error(), "expired") {
		t.Fatalf("Verify = %v, want ErrCollateral (expired)", err)
	}
	t.Logf("expired collateral: %v", err)

	_, err = (&TDXVerifier{Getter: failingGetter{}, Now: at(sampleValid)}).
		Verify(context.Background(), Evidence{Format: FormatTDX, Quote: raw}, rd)
	if !errors.Is(err, ErrCollateral) {
		t.Fatalf("unreachable PCS: %v, want ErrCollateral", err)
	}
	t.Logf("unreachable PCS: %v", err)
}

// TestTDXCollateralCache: collateral is fetched once while valid, again after its
// nextUpdate (and then refused as expired).
func TestTDXCollateralCache(t *testing.T) {
	raw, _, rd := sampleQuote(t)
	g := newOfflineGetter(t)
	now := sampleValid
	v := &TDXVerifier{Getter: g, Now: func() time.Time { return now }, Cache: &CollateralCache{}}
	for range 3 {
		if _, err := v.Verify(context.Background(), Evidence{Format: FormatTDX, Quote: raw}, rd); !errors.Is(err, ErrTCB) {
			t.Fatal(err)
		}
	}
	if g.count() != 4 || v.Cache.Len() != 4 {
		t.Errorf("after 3 verifications: %d requests, %d cached; want 4 and 4", g.count(), v.Cache.Len())
	}
	now = sampleExpired
	if _, err := v.Verify(context.Background(), Evidence{Format: FormatTDX, Quote: raw}, rd); !errors.Is(err, ErrCollateral) {
		t.Fatalf("after nextUpdate: %v, want ErrCollateral", err)
	}
	if g.count() <= 4 {
		t.Errorf("expired items were not fetched again (%d requests)", g.count())
	}
	// What was fetched again did not verify (expired): only the root CRL (next update
	// 2024) is still cached.
	if v.Cache.Len() != 1 {
		t.Errorf("after a refused verification %d items cached, want 1", v.Cache.Len())
	}
	// MaxAge bounds the reuse even before nextUpdate.
	g2 := newOfflineGetter(t)
	now = sampleValid
	v2 := &TDXVerifier{Getter: g2, Now: func() time.Time { return now }, Cache: &CollateralCache{MaxAge: time.Hour}}
	v2.Verify(context.Background(), Evidence{Format: FormatTDX, Quote: raw}, rd)
	now = now.Add(2 * time.Hour)
	v2.Verify(context.Background(), Evidence{Format: FormatTDX, Quote: raw}, rd)
	if g2.count() != 8 {
		t.Errorf("MaxAge 1h, 2h later: %d requests, want 8", g2.count())
	}
}

func TestTDXMalformed(t *testing.T) {
	raw, _, rd := sampleQuote(t)
	v := &TDXVerifier{Getter: newOfflineGetter(t), Now: at(sampleValid)}
	for name, q := range map[string][]byte{"empty": nil, "garbage": []byte("not a quote"), "truncated": raw[:600]} {
		if _, err := v.Verify(context.Background(), Evidence{Format: FormatTDX, Quote: q}, rd); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: %v, want ErrMalformed", name, err)
		}
	}
	if _, err := v.Verify(context.Background(), Evidence{Format: FormatDev, Quote: raw}, rd); !errors.Is(err, ErrFormat) {
		t.Errorf("dev format: %v, want ErrFormat", err)
	}
	vs := Verifiers{FormatTDX: v}
	if _, err := vs.Verify(context.Background(), Evidence{Format: FormatTDX, Quote: raw}, rd); !errors.Is(err, ErrTCB) {
		t.Errorf("through Verifiers: %v, want ErrTCB", err)
	}
}

// TestTDXDebugBit: the DEBUG bit is bit 0 of TD_ATTRIBUTES. A debug quote cannot be made
// from Intel's sample without breaking its signature; TestTDXTestPKIRevokedAndDebug shows
// Verify refusing a (test-PKI-signed) debug TD with ErrDebug.
func TestTDXDebugBit(t *testing.T) {
	_, body, _ := sampleQuote(t)
	if tdDebug(body) {
		t.Error("sample TD reads as debug")
	}
	dbg := &pb.TDQuoteBody{TdAttributes: []byte{1, 0, 0, 0x40, 0, 0, 0, 0}}
	if !tdDebug(dbg) {
		t.Error("DEBUG bit not seen")
	}
}

func TestTDXProviderUnavailable(t *testing.T) {
	if TDXAvailable() {
		t.Skip("this machine can make TDX quotes")
	}
	p := TDXProvider{}
	if p.Format() != FormatTDX {
		t.Error(p.Format())
	}
	_, err := p.Evidence(context.Background(), [64]byte{})
	if !errors.Is(err, ErrNoTDX) {
		t.Fatalf("Evidence = %v, want ErrNoTDX", err)
	}
	t.Logf("no TDX here: %v", err)
}

// A test PKI in Intel's shape. Go-tdx-guest's sample quote cannot pass the TCB check
// (TestTDXSampleQuote), and nobody but Intel can sign collateral for Intel's root, so
// the accepting path and the statuses a policy must refuse are shown with a PKI made
// here: its root is named like Intel's ("Intel SGX Root CA", organisation "Poco test
// PKI, not Intel"), issues a PCK Platform CA, a PCK certificate (carrying the sample PCK
// certificate's SGX extension, so the same FMSPC and SVNs), a TCB signing certificate
// and CRLs. The sample quote is re-signed: a fresh attestation key signs its header and
// TD report (with the REPORTDATA and DEBUG bit the test wants), the QE report binds that
// key and is signed by the test PCK key. The verifier trusts only the test root
// (TDXVerifier.Roots); with Intel's root it refuses all of it.
type testPKI struct {
	roots      *x509.CertPool
	getter     *offlineGetter
	quote      []byte
	reportData [64]byte
	mrtd       string
}

type testPKIOptions struct {
	tcbStatus  string // status of the TCB level the platform reaches (default UpToDate)
	qeStatus   string // status of the QE's TCB level (default UpToDate)
	revokePCK  bool   // list the PCK certificate in the PCK CRL
	debug      bool   // set the TD's DEBUG bit
	reportData [64]byte
}

var testPKIEpoch = time.Date(2023, time.January, 1, 0, 0, 0, 0, time.UTC)

func newTestPKI(t *testing.T, o testPKIOptions) *testPKI {
	t.Helper()
	if o.tcbStatus == "" {
		o.tcbStatus = TCBUpToDate
	}
	if o.qeStatus == "" {
		o.qeStatus = TCBUpToDate
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	key := func() *ecdsa.PrivateKey {
		k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		must(err)
		return k
	}
	name := func(cn string) pkix.Name {
		return pkix.Name{CommonName: cn, Organization: []string{"Poco test PKI, not Intel"}, Country: []string{"ZZ"}}
	}
	serial := int64(100)
	issue := func(tmpl *x509.Certificate, parent *x509.Certificate, pub *ecdsa.PublicKey, signer *ecdsa.PrivateKey) *x509.Certificate {
		serial++
		tmpl.SerialNumber = big.NewInt(serial)
		tmpl.NotBefore, tmpl.NotAfter = testPKIEpoch, testPKIEpoch.AddDate(10, 0, 0)
		tmpl.BasicConstraintsValid = true
		tmpl.SubjectKeyId = []byte{byte(serial), 1, 2, 3, 4, 5, 6, 7}
		tmpl.SignatureAlgorithm = x509.ECDSAWithSHA256
		if parent == nil {
			parent = tmpl
		}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, pub, signer)
		must(err)
		c, err := x509.ParseCertificate(der)
		must(err)
		return c
	}
	const rootCRLURL = "https://pki.test.invalid/root.crl"
	rootK, interK, pckK, tcbK, attK := key(), key(), key(), key(), key()
	root := issue(&x509.Certificate{Subject: name("Intel SGX Root CA"), IsCA: true, MaxPathLen: 1,
		KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign, CRLDistributionPoints: []string{rootCRLURL}}, nil, &rootK.PublicKey, rootK)
	inter := issue(&x509.Certificate{Subject: name("Intel SGX PCK Platform CA"), IsCA: true, MaxPathLenZero: true,
		KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign, CRLDistributionPoints: []string{rootCRLURL}}, root, &interK.PublicKey, rootK)
	tcbSigner := issue(&x509.Certificate{Subject: name("Intel SGX TCB Signing"),
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment, CRLDistributionPoints: []string{rootCRLURL}}, root, &tcbK.PublicKey, rootK)

	// The sample quote and its PCK certificate's SGX extension.
	raw, _, _ := sampleQuote(t)
	anyQ, err := abi.QuoteToProto(raw)
	must(err)
	q := anyQ.(*pb.QuoteV4)
	qeCert := q.GetSignedData().GetCertificationData().GetQeReportCertificationData()
	oldChain := qeCert.GetPckCertificateChainData().GetPckCertChain()
	blk, _ := pem.Decode(oldChain)
	samplePCK, err := x509.ParseCertificate(blk.Bytes)
	must(err)
	var sgxExt pkix.Extension
	for _, e := range samplePCK.Extensions {
		if e.Id.Equal(pcs.OidSgxExtension) {
			sgxExt = e
		}
	}
	pck := issue(&x509.Certificate{Subject: name("Intel SGX PCK Certificate"),
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment, CRLDistributionPoints: []string{"https://pki.test.invalid/pck.crl"},
		ExtraExtensions: []pkix.Extension{sgxExt}}, inter, &pckK.PublicKey, interK)

	pemOf := func(cs ...*x509.Certificate) []byte {
		var b []byte
		for _, c := range cs {
			b = append(b, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})...)
		}
		return b
	}
	rawSig := func(k *ecdsa.PrivateKey, msg []byte) []byte {
		h := sha256.Sum256(msg)
		r, s, err := ecdsa.Sign(rand.Reader, k, h[:])
		must(err)
		out := make([]byte, 64)
		r.FillBytes(out[:32])
		s.FillBytes(out[32:])
		return out
	}

	// Re-sign the quote.
	body := q.GetTdQuoteBody()
	body.ReportData = bytes.Clone(o.reportData[:])
	if o.debug {
		body.TdAttributes = bytes.Clone(body.TdAttributes)
		body.TdAttributes[0] |= 1
	}
	attPub := make([]byte, 64)
	attK.PublicKey.X.FillBytes(attPub[:32])
	attK.PublicKey.Y.FillBytes(attPub[32:])
	qeReport := qeCert.GetQeReport()
	bound := sha256.Sum256(append(bytes.Clone(attPub), qeCert.GetQeAuthData().GetData()...))
	qeReport.ReportData = append(bound[:], make([]byte, 32)...)
	qeRaw, err := abi.EnclaveReportToAbiBytes(qeReport)
	must(err)
	qeCert.QeReportSignature = rawSig(pckK, qeRaw)
	chain := pemOf(pck, inter, root)
	delta := uint32(len(chain)) - uint32(len(oldChain))
	qeCert.PckCertificateChainData.PckCertChain = chain
	qeCert.PckCertificateChainData.Size = uint32(len(chain))
	q.SignedData.CertificationData.Size += delta
	q.SignedDataSize += delta
	hdr, err := abi.HeaderToAbiBytes(q.GetHeader())
	must(err)
	bodyRaw, err := abi.TdQuoteBodyToAbiBytes(body)
	must(err)
	q.SignedData.EcdsaAttestationKey = attPub
	q.SignedData.Signature = rawSig(attK, append(hdr, bodyRaw...))
	quote, err := abi.QuoteToAbiBytes(q)
	must(err)

	// Collateral: TCB info with one level at the sample platform's SVNs, the sample QE
	// identity with the QE's level set to qeStatus, both signed by the TCB signing key.
	comps := func(svns ...int) []map[string]int {
		out := make([]map[string]int, 16)
		for i := range out {
			out[i] = map[string]int{"svn": 0}
			if i < len(svns) {
				out[i]["svn"] = svns[i]
			}
		}
		return out
	}
	tcbInfo, err := json.Marshal(map[string]any{
		"id": "TDX", "version": 3, "issueDate": "2023-06-18T00:00:00Z", "nextUpdate": "2023-07-18T00:00:00Z",
		"fmspc": "50806f000000", "pceId": "0000", "tcbType": 0, "tcbEvaluationDataNumber": 15,
		"tdxModule": map[string]string{"mrsigner": strings.Repeat("00", 48), "attributes": "0000000000000000", "attributesMask": "FFFFFFFFFFFFFFFF"},
		"tcbLevels": []map[string]any{{
			"tcb":     map[string]any{"sgxtcbcomponents": comps(3, 3, 2, 2, 2, 1, 0, 2), "pcesvn": 11, "tdxtcbcomponents": comps(3, 0, 4)},
			"tcbDate": "2023-02-15T00:00:00Z", "tcbStatus": o.tcbStatus, "advisoryIDs": []string{"TEST-SA-00001"},
		}},
	})
	must(err)
	var qeID map[string]json.RawMessage
	must(json.Unmarshal(readTestdata(t, "sample_qeIdentity_response"), &qeID))
	qeIdentity := bytes.Replace(qeID["enclaveIdentity"], []byte(`"tcbStatus":"UpToDate"`), []byte(`"tcbStatus":"`+o.qeStatus+`"`), 1)
	signed := func(field string, obj []byte) []byte {
		return []byte(`{"` + field + `":` + string(obj) + `,"signature":"` + hex.EncodeToString(rawSig(tcbK, obj)) + `"}`)
	}
	crl := func(issuer *x509.Certificate, k *ecdsa.PrivateKey, revoked ...*x509.Certificate) []byte {
		rl := &x509.RevocationList{Number: big.NewInt(1), ThisUpdate: testPKIEpoch.AddDate(0, 5, 0), NextUpdate: testPKIEpoch.AddDate(0, 7, 0)}
		for _, c := range revoked {
			rl.RevokedCertificateEntries = append(rl.RevokedCertificateEntries, x509.RevocationListEntry{SerialNumber: c.SerialNumber, RevocationTime: testPKIEpoch.AddDate(0, 4, 0)})
		}
		der, err := x509.CreateRevocationList(rand.Reader, rl, issuer, k)
		must(err)
		return der
	}
	var revoked []*x509.Certificate
	if o.revokePCK {
		revoked = append(revoked, pck)
	}
	tcbChain := url.QueryEscape(string(pemOf(tcbSigner, root)))
	g := &offlineGetter{resp: map[string]offlineResponse{
		pcs.TcbInfoURL("50806f000000"): {header: map[string][]string{"Tcb-Info-Issuer-Chain": {tcbChain}}, body: signed("tcbInfo", tcbInfo)},
		pcs.QeIdentityURL():            {header: map[string][]string{"Sgx-Enclave-Identity-Issuer-Chain": {tcbChain}}, body: signed("enclaveIdentity", qeIdentity)},
		pcs.PckCrlURL("platform"): {header: map[string][]string{"Sgx-Pck-Crl-Issuer-Chain": {url.QueryEscape(string(pemOf(inter, root)))}},
			body: crl(inter, interK, revoked...)},
		rootCRLURL: {body: crl(root, rootK)},
	}}
	roots := x509.NewCertPool()
	roots.AddCert(root)
	return &testPKI{roots: roots, getter: g, quote: quote, reportData: o.reportData, mrtd: hex.EncodeToString(body.GetMrTd())}
}

func (p *testPKI) verify(accept ...string) (Report, error) {
	v := &TDXVerifier{Getter: p.getter, Now: at(sampleValid), Roots: p.roots, AcceptTCB: accept}
	return v.Verify(context.Background(), Evidence{Format: FormatTDX, Quote: p.quote}, p.reportData)
}

// TestTDXTestPKIAccepts: a quote whose platform is UpToDate verifies end to end and
// reports its measurement and status; under Intel's root the same quote is refused.
func TestTDXTestPKIAccepts(t *testing.T) {
	rd := ReportData(1, [32]byte{7}, common.HexToAddress("0x00000000000000000000000000000000000000e1"), [32]byte{9})
	p := newTestPKI(t, testPKIOptions{reportData: rd})
	rep, err := p.verify()
	if err != nil {
		t.Fatalf("Verify = %v", err)
	}
	if rep.TCBStatus != TCBUpToDate || rep.Debug || rep.Insecure || rep.Format != FormatTDX || rep.Measurement.MRTD != sampleMRTD || rep.Measurement.MRTD != p.mrtd {
		t.Errorf("report = %+v", rep)
	}
	t.Logf("test PKI, UpToDate platform: verified, MRTD %s, TCB status %s", short(rep.Measurement.MRTD), rep.TCBStatus)

	if _, err := (&TDXVerifier{Getter: p.getter, Now: at(sampleValid)}).
		Verify(context.Background(), Evidence{Format: FormatTDX, Quote: p.quote}, rd); !errors.Is(err, ErrCertificates) {
		t.Errorf("test PKI under Intel's root: %v, want ErrCertificates", err)
	}
	// The same session's evidence for another session.
	other := ReportData(1, [32]byte{7}, common.HexToAddress("0x00000000000000000000000000000000000000e2"), [32]byte{9})
	if _, err := (&TDXVerifier{Getter: p.getter, Now: at(sampleValid), Roots: p.roots}).
		Verify(context.Background(), Evidence{Format: FormatTDX, Quote: p.quote}, other); !errors.Is(err, ErrReportData) {
		t.Errorf("other session: %v, want ErrReportData", err)
	}
	// Expired collateral.
	if _, err := (&TDXVerifier{Getter: p.getter, Now: at(sampleExpired), Roots: p.roots}).
		Verify(context.Background(), Evidence{Format: FormatTDX, Quote: p.quote}, rd); !errors.Is(err, ErrCollateral) {
		t.Errorf("after nextUpdate: %v, want ErrCollateral", err)
	}
	// Altered TCB info (its signature no longer verifies): refused, and not cached.
	u := pcs.TcbInfoURL("50806f000000")
	r := p.getter.resp[u]
	r.body = bytes.Replace(r.body, []byte(`"tcbEvaluationDataNumber":15`), []byte(`"tcbEvaluationDataNumber":16`), 1)
	p.getter.resp[u] = r
	cache := &CollateralCache{}
	_, err = (&TDXVerifier{Getter: p.getter, Now: at(sampleValid), Roots: p.roots, Cache: cache}).
		Verify(context.Background(), Evidence{Format: FormatTDX, Quote: p.quote}, rd)
	if !errors.Is(err, ErrCollateral) || cache.Len() != 0 {
		t.Errorf("altered TCB info: %v (%d cached), want ErrCollateral and nothing cached", err, cache.Len())
	} else {
		t.Logf("altered TCB info: %v", err)
	}
}

// TestTDXTestPKIStatuses: the TCB policy on statuses Intel's collateral can give.
func TestTDXTestPKIStatuses(t *testing.T) {
	for _, c := range []struct {
		tcb, qe string
		accept  []string
		ok      bool
	}{
		{TCBSWHardeningNeeded, "", nil, false},
		{TCBSWHardeningNeeded, "", []string{TCBUpToDate, TCBSWHardeningNeeded}, true},
		{TCBOutOfDate, "", []string{TCBUpToDate, TCBSWHardeningNeeded}, false},
		{TCBOutOfDate, "", []string{TCBUpToDate, TCBOutOfDate}, true},
		{TCBRevoked, "", []string{TCBUpToDate, TCBSWHardeningNeeded, TCBOutOfDate, TCBRevoked}, false},
		{TCBUpToDate, TCBOutOfDate, nil, false},
		{TCBUpToDate, TCBOutOfDate, []string{TCBUpToDate, TCBOutOfDate}, true},
		{TCBSWHardeningNeeded, TCBRevoked, []string{TCBUpToDate, TCBSWHardeningNeeded, TCBRevoked}, false},
	} {
		p := newTestPKI(t, testPKIOptions{tcbStatus: c.tcb, qeStatus: c.qe})
		rep, err := p.verify(c.accept...)
		switch {
		case c.ok && err != nil:
			t.Errorf("platform %s, QE %s, accepting %v: %v", c.tcb, c.qe, c.accept, err)
		case !c.ok && !errors.Is(err, ErrTCB):
			t.Errorf("platform %s, QE %s, accepting %v: %v, want ErrTCB", c.tcb, c.qe, c.accept, err)
		case c.ok:
			want := c.tcb
			if want == TCBUpToDate && c.qe != "" {
				want = c.qe
			}
			if rep.TCBStatus != want {
				t.Errorf("platform %s, QE %s: reported %s", c.tcb, c.qe, rep.TCBStatus)
			}
		default:
			t.Logf("platform %s, QE %s, accepting %v: %v", c.tcb, c.qe, c.accept, err)
		}
	}
}

// TestTDXTestPKIRevokedAndDebug: a PCK certificate on Intel's CRL, and a debug TD.
func TestTDXTestPKIRevokedAndDebug(t *testing.T) {
	if _, err := newTestPKI(t, testPKIOptions{revokePCK: true}).verify(); !errors.Is(err, ErrCertificates) || !strings.Contains(err.Error(), "revoked") {
		t.Errorf("revoked PCK certificate: %v, want ErrCertificates (revoked)", err)
	} else {
		t.Logf("revoked PCK certificate: %v", err)
	}
	if _, err := newTestPKI(t, testPKIOptions{debug: true}).verify(); !errors.Is(err, ErrDebug) {
		t.Errorf("debug TD: %v, want ErrDebug", err)
	} else {
		t.Logf("debug TD: %v", err)
	}
}
