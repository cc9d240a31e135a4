package attest

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func devSession() [64]byte {
	return ReportData(1337, [32]byte{0xaa}, common.HexToAddress("0x00000000000000000000000000000000000e0c1a"), [32]byte{0x11})
}

func TestDevEvidenceAccepted(t *testing.T) {
	ctx := context.Background()
	rd := devSession()
	ev, err := DevProvider{}.Evidence(ctx, rd)
	if err != nil || ev.Format != FormatDev {
		t.Fatal(ev.Format, err)
	}
	rep, err := DevVerifier{Accept: true}.Verify(ctx, ev, rd)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Format != FormatDev || !rep.Insecure || rep.TCBStatus != "Development" || rep.Debug || rep.Measurement != DefaultDevMeasurement {
		t.Errorf("report = %+v", rep)
	}
	// A claimed measurement is reported as claimed.
	m := Measurement{MRTD: strings.Repeat("12", 48), RTMR: [4]string{zero48, zero48, zero48, strings.Repeat("34", 48)}}
	ev, _ = DevProvider{Measurement: m}.Evidence(ctx, rd)
	if rep, err := (DevVerifier{Accept: true}).Verify(ctx, ev, rd); err != nil || rep.Measurement != m {
		t.Errorf("claimed measurement: %+v %v", rep.Measurement, err)
	}
	// Through Verifiers with a dev entry.
	if _, err := (Verifiers{FormatDev: DevVerifier{Accept: true}}).Verify(ctx, ev, rd); err != nil {
		t.Errorf("Verifiers with dev entry: %v", err)
	}
}

func TestDevEvidenceRefusedByDefault(t *testing.T) {
	ctx := context.Background()
	rd := devSession()
	ev, _ := DevProvider{}.Evidence(ctx, rd)
	if _, err := (DevVerifier{}).Verify(ctx, ev, rd); !errors.Is(err, ErrInsecureRefused) {
		t.Errorf("Accept false: %v, want ErrInsecureRefused", err)
	}
	if _, err := (Verifiers{FormatTDX: &TDXVerifier{}}).Verify(ctx, ev, rd); !errors.Is(err, ErrInsecureRefused) {
		t.Errorf("Verifiers without dev entry: %v, want ErrInsecureRefused", err)
	}
	if _, err := (Verifiers{}).Verify(ctx, Evidence{Format: "sgx-epid"}, rd); !errors.Is(err, ErrFormat) {
		t.Errorf("unknown format: %v, want ErrFormat", err)
	}
	if _, err := (DevVerifier{Accept: true}).Verify(ctx, Evidence{Format: FormatTDX, Quote: ev.Quote}, rd); !errors.Is(err, ErrFormat) {
		t.Errorf("TDX evidence to the dev verifier: %v, want ErrFormat", err)
	}
	if _, err := (DevVerifier{Accept: true}).Verify(ctx, Evidence{Format: FormatDev, Quote: []byte("{")}, rd); !errors.Is(err, ErrMalformed) {
		t.Errorf("garbage: %v, want ErrMalformed", err)
	}
}

func TestDevEvidenceOtherReportData(t *testing.T) {
	ctx := context.Background()
	rd := devSession()
	// A statement made for another enclave key of the same task and nonce.
	other := ReportData(1337, [32]byte{0xaa}, common.HexToAddress("0x00000000000000000000000000000000000bad00"), [32]byte{0x11})
	ev, _ := DevProvider{}.Evidence(ctx, other)
	if _, err := (DevVerifier{Accept: true}).Verify(ctx, ev, rd); !errors.Is(err, ErrReportData) {
		t.Errorf("statement over another key: %v, want ErrReportData", err)
	}
}

func TestDevEvidenceOtherSigner(t *testing.T) {
	ctx := context.Background()
	rd := devSession()
	ev, _ := DevProvider{}.Evidence(ctx, rd)
	var env devEnvelope
	if err := json.Unmarshal(ev.Quote, &env); err != nil {
		t.Fatal(err)
	}
	// Re-sign the same statement with another key.
	k, _ := crypto.GenerateKey()
	sig, err := crypto.Sign(crypto.Keccak256(env.Statement), k)
	if err != nil {
		t.Fatal(err)
	}
	env.Signature = sig
	q, _ := json.Marshal(env)
	if _, err := (DevVerifier{Accept: true}).Verify(ctx, Evidence{Format: FormatDev, Quote: q}, rd); !errors.Is(err, ErrSignature) {
		t.Errorf("re-signed with another key: %v, want ErrSignature", err)
	}
	// Change the statement under the genuine signature (claim another MRTD).
	var st devStatement
	json.Unmarshal(env.Statement, &st)
	st.Measurement.MRTD = strings.Repeat("ff", 48)
	env.Statement, _ = json.Marshal(st)
	ev2, _ := DevProvider{}.Evidence(ctx, rd)
	var genuine devEnvelope
	json.Unmarshal(ev2.Quote, &genuine)
	env.Signature = genuine.Signature
	q, _ = json.Marshal(env)
	if _, err := (DevVerifier{Accept: true}).Verify(ctx, Evidence{Format: FormatDev, Quote: q}, rd); !errors.Is(err, ErrSignature) {
		t.Errorf("altered statement: %v, want ErrSignature", err)
	}
}

func TestEnclaveDescriptionAllows(t *testing.T) {
	m := Measurement{MRTD: strings.Repeat("ab", 48), RTMR: [4]string{zero48, strings.Repeat("01", 48), strings.Repeat("02", 48), strings.Repeat("03", 48)}}
	for _, c := range []struct {
		name string
		d    EnclaveDescription
		deny string // the register named in the refusal, "" when allowed
	}{
		{"empty allows all", EnclaveDescription{Framework: "tdx"}, ""},
		{"MRTD listed", EnclaveDescription{MRTD: []string{strings.Repeat("cd", 48), strings.Repeat("ab", 48)}}, ""},
		{"0x and upper case", EnclaveDescription{MRTD: []string{"0x" + strings.Repeat("AB", 48)}, RTMR3: []string{strings.Repeat("03", 48)}}, ""},
		{"all registers", EnclaveDescription{MRTD: []string{m.MRTD}, RTMR0: []string{m.RTMR[0]}, RTMR1: []string{m.RTMR[1]}, RTMR2: []string{m.RTMR[2]}, RTMR3: []string{m.RTMR[3]}}, ""},
		{"MRTD not listed", EnclaveDescription{MRTD: []string{strings.Repeat("cd", 48)}}, "MRTD"},
		{"RTMR1 not listed", EnclaveDescription{MRTD: []string{m.MRTD}, RTMR1: []string{m.RTMR[2]}}, "RTMR1"},
		{"RTMR3 not listed", EnclaveDescription{RTMR3: []string{zero48}}, "RTMR3"},
	} {
		err := c.d.Allows(m)
		switch {
		case c.deny == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.deny != "" && (!errors.Is(err, ErrMeasurement) || !strings.Contains(err.Error(), c.deny+" is")):
			t.Errorf("%s: %v, want ErrMeasurement naming %s", c.name, err, c.deny)
		}
	}
}
