package localnet_test

import (
	"archive/tar"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/examples"
	"github.com/pocolabs/poco/localnet"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
	smsapi "github.com/pocolabs/poco/sms/api"
	"github.com/pocolabs/poco/sms/attest"
	"github.com/pocolabs/poco/sms/seal"
	"github.com/pocolabs/poco/worker/job"
)

// A TEE bag on the in-process network, whose workers prove a development TEE to the
// network's SMS: the scheduler authorizes each task's enclave key, the SMS releases the
// requester's secret and the beneficiary's result key to it, the enclave signs the
// contributeAndFinalize the chain checks, and each result is readable only with the
// beneficiary's key; the on-chain digest is the ciphertext's.
func TestTEEBagWithDevelopmentAttestation(t *testing.T) {
	n := testnet(t, localnet.Config{Workers: 2, TEE: true})
	ctx := ctxFor(t, 3*time.Minute)
	p, err := examples.Build(ctx, examples.Hello, filepath.Join(os.TempDir(), "poco-test-examples"))
	if err != nil {
		t.Fatal(err)
	}
	module, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	enclave, _ := json.Marshal(attest.EnclaveDescription{Framework: "tdx", MRTD: []string{attest.DefaultDevMeasurement.MRTD}})
	app, err := n.PublishTEEApp(ctx, "hello-tee", module, enclave)
	if err != nil {
		t.Fatal(err)
	}

	// The requester keeps a secret and a result key in the SMS.
	sms := n.SMSClient()
	if st, err := sms.Status(ctx); err != nil || !st.InsecureDevAttestation {
		t.Fatalf("the network's SMS: %+v, %v: want development attestation accepted, and said", st, err)
	}
	requester := sdk.KeySigner{Key: n.Requester()}
	resultKey, _ := crypto.GenerateKey()
	if err := sms.Push(ctx, requester, smsapi.Target{Kind: smsapi.KindRequesterSecret, Owner: requester.Address(), Name: "GREETING"}, "bonjour"); err != nil {
		t.Fatal(err)
	}
	if err := sms.Push(ctx, requester, smsapi.Target{Kind: smsapi.KindResultKey, Owner: requester.Address()},
		hex.EncodeToString(seal.MarshalPublicKey(&resultKey.PublicKey))); err != nil {
		t.Fatal(err)
	}

	c := client(t, ctx, n)
	tee := protocol.TagTEE.Or(protocol.TagTEETDX)
	deal := buy(t, ctx, n, localnet.Request{App: app, Volume: 3, Trust: 1, Tag: tee,
		Params: api.Params{Args: "enclave", Secrets: []string{"GREETING"}, EncryptResult: true}})
	allCompleted(t, wait(t, ctx, c, deal), 3)
	other, _ := crypto.GenerateKey()
	// The deal asks for a TEE: the hub finalized each task only with an enclave signature
	// over its result, made by the enclave the scheduler authorized.
	if !deal.Tag.HasTEE() {
		t.Fatalf("deal tag %s: want a TEE deal", deal.Tag)
	}
	for _, task := range tasks(t, ctx, c, deal) {
		dir := download(t, ctx, n, task) // checks the digest against the chain's
		sealed, err := os.ReadFile(filepath.Join(dir, job.EncryptedFile))
		if err != nil {
			t.Fatalf("task %d: the result holds no %s: %v", task.Index, job.EncryptedFile, err)
		}
		if sum := sha256.Sum256(sealed); sum != task.ResultDigest {
			t.Errorf("task %d: on-chain digest %x, want the sha256 of the ciphertext %x", task.Index, task.ResultDigest, sum)
		}
		if bytes.Contains(sealed, []byte("hello, enclave")) {
			t.Errorf("task %d: the stored result shows the plaintext", task.Index)
		}
		if _, err := seal.OpenResult(other, sealed); err == nil {
			t.Errorf("task %d: the result opens with another key", task.Index)
		}
		plain, err := seal.OpenResult(resultKey, sealed)
		if err != nil {
			t.Fatalf("task %d: the beneficiary cannot open the result: %v", task.Index, err)
		}
		got := tarFile(t, plain, "result.txt")
		if want := "hello, enclave\ntask " + job.Hex(task.ID); !strings.HasPrefix(got, want) {
			t.Errorf("task %d: decrypted result %q, want it to start with %q", task.Index, got, want)
		}
	}
}

// tarFile is the content of name in the tar archive b.
func tarFile(t *testing.T, b []byte, name string) string {
	t.Helper()
	r := tar.NewReader(bytes.NewReader(b))
	for {
		h, err := r.Next()
		if err != nil {
			t.Fatalf("no %s in the archive: %v", name, err)
		}
		if strings.TrimPrefix(h.Name, "./") == name {
			data, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			return string(data)
		}
	}
}
