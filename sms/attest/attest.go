// Package attest proves and checks that a worker runs inside a trusted execution
// environment (TEE) and holds a given per-task enclave key.
//
// A worker that runs a TEE task makes a fresh secp256k1 key (the enclave key; its
// address is the enclave on chain), and asks its TEE for evidence (for Intel TDX, a
// quote) whose 64-byte report data is [ReportData] over the chain, the task, the
// enclave address and a nonce the secret management service (package sms) gave it. The
// service checks the evidence with a [Verifier] and compares the [Report]'s measurement
// with what the app and the pool allow, then releases the task's secrets encrypted to the
// enclave key.
//
// Two kinds of evidence exist:
//
//   - [FormatTDX]: an Intel TDX quote (version 4), made through configfs-tsm on a TDX
//     confidential VM ([TDXProvider]) and verified against Intel's root of trust, with
//     the TCB status checked against collateral ([TDXVerifier]);
//   - [FormatDev]: a software statement signed by a development key that anyone can read
//     from this source ([DevProvider], [DevVerifier]). It proves nothing: an SMS accepts it
//     only when started with --insecure-dev-attestation, for machines without TDX.
//
// # How a TDX quote is checked
//
// A TDX quote is signed in two steps. The TD's report (its measurements MRTD and
// RTMR0–3, its attributes, its TEE TCB SVNs and the 64 bytes of REPORTDATA) is signed by
// an attestation key held by Intel's quoting enclave (QE); the QE's own report, which
// carries a hash of that attestation key, is signed by the platform's PCK key; the PCK
// certificate, issued by Intel's PCK Platform (or Processor) CA, travels in the quote.
// [TDXVerifier] uses github.com/google/go-tdx-guest to check that chain down from Intel's
// SGX Root CA (pinned in this package as [IntelSGXRootCAPEM]), then compares REPORTDATA
// with the session's [ReportData] and refuses TDs with the DEBUG attribute.
//
// A genuine signature is not enough: the platform may run firmware or microcode with
// known flaws. Intel publishes, for each platform family (FMSPC), signed "collateral":
// TCB info (the TCB levels, each SVN set with a status such as UpToDate,
// SWHardeningNeeded or OutOfDate), the QE identity (which quoting enclaves are Intel's,
// and their levels) and revocation lists for the PCK and intermediate certificates. The
// verifier fetches them (Intel's PCS, or any [CollateralGetter]; kept in a
// [CollateralCache] until their nextUpdate), has go-tdx-guest check their signatures,
// validity dates and the CRLs, looks the platform's SVNs (from the PCK certificate and
// the TD report) and the QE's SVN up in them, and accepts the statuses found only if the
// SMS's policy lists them (by default only UpToDate; a platform below every listed level,
// or a Revoked one, is never accepted).
package attest

import (
	"context"
	"crypto/sha512"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Evidence formats.
const (
	FormatTDX = "tdx-quote-v4"
	FormatDev = "poco-dev-attestation-v1"
)

// Evidence is what a TEE says about itself: Quote is the raw evidence in Format.
type Evidence struct {
	Format string `json:"format"`
	Quote  []byte `json:"quote"`
}

// Measurement is what was measured into the TEE at launch and since: for TDX, the 48-byte
// MRTD (the initial image) and RTMR0 to RTMR3 (firmware, kernel, command line,
// application), as lowercase hex without 0x.
type Measurement struct {
	MRTD string    `json:"mrtd"`
	RTMR [4]string `json:"rtmr"`
}

// Report is what a Verifier establishes from verified evidence.
type Report struct {
	Format      string
	Measurement Measurement
	// TCBStatus is the platform's TCB level status from the collateral: "UpToDate",
	// "SWHardeningNeeded", "ConfigurationNeeded", "OutOfDate", "Revoked", …
	// ("Development" for dev evidence).
	TCBStatus string
	// Debug is true when the TD runs with debugging on (its memory can be read by the
	// host): never acceptable for secrets.
	Debug bool
	// Insecure is true for evidence that proves nothing (FormatDev).
	Insecure bool
}

// A Provider makes evidence over reportData from inside the TEE it runs in.
type Provider interface {
	Format() string
	Evidence(ctx context.Context, reportData [64]byte) (Evidence, error)
}

// A Verifier checks evidence: its signature chain, its freshness (it must be over
// reportData) and the platform's state. It returns an error wrapping one of the Err*
// values below when the evidence is refused.
type Verifier interface {
	Verify(ctx context.Context, ev Evidence, reportData [64]byte) (Report, error)
}

// Reasons evidence is refused.
var (
	ErrFormat          = errors.New("attestation: evidence format not accepted")
	ErrMalformed       = errors.New("attestation: malformed evidence")
	ErrSignature       = errors.New("attestation: evidence signature does not verify")
	ErrCertificates    = errors.New("attestation: certificate chain does not lead to the trusted root")
	ErrReportData      = errors.New("attestation: evidence is over other report data (another key, task or nonce)")
	ErrTCB             = errors.New("attestation: the platform's TCB status is not accepted")
	ErrCollateral      = errors.New("attestation: collateral missing, expired or not verifiable")
	ErrDebug           = errors.New("attestation: the TEE runs in debug mode")
	ErrMeasurement     = errors.New("attestation: measurement not allowed")
	ErrInsecureRefused = errors.New("attestation: development evidence refused (start the SMS with --insecure-dev-attestation to accept it, never in production)")
)

// ReportData binds evidence to one session: sha512 of a domain tag, the chain id, the
// task id, the enclave address and the SMS's nonce. Evidence over any other key, task,
// chain or nonce does not verify for this session.
func ReportData(chainID uint64, taskID [32]byte, enclave common.Address, nonce [32]byte) [64]byte {
	h := sha512.New()
	h.Write([]byte("poco-tee-session-v1"))
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], chainID)
	h.Write(b[:])
	h.Write(taskID[:])
	h.Write(enclave[:])
	h.Write(nonce[:])
	var out [64]byte
	copy(out[:], h.Sum(nil))
	return out
}

// EnclaveDescription is what an app registers as its enclave description (the app's
// mrenclave field, JSON): the TEE framework and the measurements its enclave may have.
// An empty field allows any value; a list allows any of its values.
//
//	{"framework":"tdx","mrtd":["<96 hex>"],"rtmr3":["<96 hex>"]}
type EnclaveDescription struct {
	Framework string   `json:"framework"`
	MRTD      []string `json:"mrtd,omitempty"`
	RTMR0     []string `json:"rtmr0,omitempty"`
	RTMR1     []string `json:"rtmr1,omitempty"`
	RTMR2     []string `json:"rtmr2,omitempty"`
	RTMR3     []string `json:"rtmr3,omitempty"`
}

// Allows reports whether m is allowed by d, or says which register is not.
func (d EnclaveDescription) Allows(m Measurement) error {
	check := func(name, got string, allowed []string) error {
		if len(allowed) == 0 {
			return nil
		}
		for _, a := range allowed {
			if strings.EqualFold(strings.TrimPrefix(a, "0x"), got) {
				return nil
			}
		}
		return fmt.Errorf("%w: %s is %s, allowed: %s", ErrMeasurement, name, short(got), strings.Join(allowed, ", "))
	}
	for _, c := range []struct {
		name, got string
		allowed   []string
	}{{"MRTD", m.MRTD, d.MRTD}, {"RTMR0", m.RTMR[0], d.RTMR0}, {"RTMR1", m.RTMR[1], d.RTMR1},
		{"RTMR2", m.RTMR[2], d.RTMR2}, {"RTMR3", m.RTMR[3], d.RTMR3}} {
		if err := check(c.name, c.got, c.allowed); err != nil {
			return err
		}
	}
	return nil
}

func short(h string) string {
	if len(h) > 16 {
		return h[:16] + "…"
	}
	return h
}

// HexMeasurement formats a register.
func HexMeasurement(b []byte) string { return hex.EncodeToString(b) }
