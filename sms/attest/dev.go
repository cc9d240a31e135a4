package attest

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Development attestation.
//
// A development statement is JSON {"statement": S, "signature": SIG} where S is the
// JSON of devStatement (the format, the measurement claimed, the report data) and SIG
// the secp256k1 signature of keccak256(S) by the development key. That key is derived
// from a fixed text in this file: anyone can sign such statements, so they prove nothing
// and only an SMS started with --insecure-dev-attestation accepts them.

// devKey is the development attestation key, public by construction.
var devKey = func() *ecdsa.PrivateKey {
	seed := sha256.Sum256([]byte("poco insecure development attestation key: proves nothing"))
	k, err := crypto.ToECDSA(seed[:])
	if err != nil {
		panic(err)
	}
	return k
}()

// DevSigner is the address of the development attestation key.
var DevSigner = crypto.PubkeyToAddress(devKey.PublicKey)

// DefaultDevMeasurement is the measurement a DevProvider claims unless told otherwise:
// MRTD = sha384-sized hex of a fixed text, RTMRs zero.
var DefaultDevMeasurement = Measurement{
	MRTD: hex.EncodeToString(append(crypto.Keccak256([]byte("poco dev TD")), make([]byte, 16)...)),
	RTMR: [4]string{zero48, zero48, zero48, zero48},
}

var zero48 = hex.EncodeToString(make([]byte, 48))

type devStatement struct {
	Format      string        `json:"format"`
	Measurement Measurement   `json:"measurement"`
	ReportData  hexutil.Bytes `json:"reportData"`
}

type devEnvelope struct {
	Statement json.RawMessage `json:"statement"`
	Signature hexutil.Bytes   `json:"signature"`
}

// DevProvider makes development evidence claiming Measurement (DefaultDevMeasurement
// when zero). It works on any machine and proves nothing.
type DevProvider struct {
	Measurement Measurement
}

func (DevProvider) Format() string { return FormatDev }

func (p DevProvider) Evidence(_ context.Context, reportData [64]byte) (Evidence, error) {
	m := p.Measurement
	if m.MRTD == "" {
		m = DefaultDevMeasurement
	}
	st, err := json.Marshal(devStatement{Format: FormatDev, Measurement: m, ReportData: reportData[:]})
	if err != nil {
		return Evidence{}, err
	}
	sig, err := crypto.Sign(crypto.Keccak256(st), devKey)
	if err != nil {
		return Evidence{}, err
	}
	q, err := json.Marshal(devEnvelope{Statement: st, Signature: sig})
	if err != nil {
		return Evidence{}, err
	}
	return Evidence{Format: FormatDev, Quote: q}, nil
}

// DevVerifier checks development evidence. With Accept false (the default) it refuses
// all of it with ErrInsecureRefused.
type DevVerifier struct {
	Accept bool
}

func (v DevVerifier) Verify(_ context.Context, ev Evidence, reportData [64]byte) (Report, error) {
	if ev.Format != FormatDev {
		return Report{}, fmt.Errorf("%w: %q is not %q", ErrFormat, ev.Format, FormatDev)
	}
	if !v.Accept {
		return Report{}, ErrInsecureRefused
	}
	var env devEnvelope
	if err := json.Unmarshal(ev.Quote, &env); err != nil || len(env.Signature) != 65 {
		return Report{}, fmt.Errorf("%w: not a development statement", ErrMalformed)
	}
	pub, err := crypto.SigToPub(crypto.Keccak256(env.Statement), env.Signature)
	if err != nil || crypto.PubkeyToAddress(*pub) != DevSigner {
		return Report{}, fmt.Errorf("%w: not signed by the development key %s", ErrSignature, DevSigner.Hex())
	}
	var st devStatement
	if err := json.Unmarshal(env.Statement, &st); err != nil || st.Format != FormatDev {
		return Report{}, fmt.Errorf("%w: bad development statement", ErrMalformed)
	}
	if len(st.ReportData) != 64 || [64]byte(st.ReportData) != reportData {
		return Report{}, ErrReportData
	}
	return Report{Format: FormatDev, Measurement: st.Measurement, TCBStatus: "Development", Insecure: true}, nil
}

// Verifiers dispatches evidence to the Verifier of its format; a format without one is
// refused with ErrFormat.
type Verifiers map[string]Verifier

func (vs Verifiers) Verify(ctx context.Context, ev Evidence, reportData [64]byte) (Report, error) {
	v, ok := vs[ev.Format]
	if !ok {
		if ev.Format == FormatDev {
			return Report{}, ErrInsecureRefused
		}
		return Report{}, fmt.Errorf("%w: %q", ErrFormat, ev.Format)
	}
	return v.Verify(ctx, ev, reportData)
}
