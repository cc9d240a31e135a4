package sms

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/sms/api"
)

var bg = context.Background()

func forEachStore(t *testing.T, fn func(t *testing.T, s Store)) {
	for _, k := range storeKinds {
		t.Run(k.name, func(t *testing.T) { fn(t, openTestStore(t, k.dsn(t))) })
	}
}

func testKeyring(t testing.TB) (*Keyring, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "master.keys")
	if v, err := Rotate(path); err != nil || v != 1 {
		t.Fatalf("rotate a new file: %d, %v", v, err)
	}
	k, err := LoadKeyring(path)
	if err != nil {
		t.Fatal(err)
	}
	return k, path
}

func putSecret(t *testing.T, s Store, k *Keyring, kind string, owner common.Address, name, value string) {
	t.Helper()
	ct, nonce, ver, err := k.Encrypt([]byte(value), AAD(kind, owner, name))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutSecret(bg, SecretRow{Kind: kind, Owner: owner, Name: name, Ciphertext: ct, Nonce: nonce, KeyVersion: ver}); err != nil {
		t.Fatal(err)
	}
}

func readSecret(t *testing.T, s Store, k *Keyring, kind string, owner common.Address, name string) (string, int) {
	t.Helper()
	r, err := s.GetSecret(bg, kind, owner, name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := k.Decrypt(r.KeyVersion, r.Ciphertext, r.Nonce, AAD(kind, owner, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(p), r.KeyVersion
}

var (
	alice = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	bob   = common.HexToAddress("0x0000000000000000000000000000000000000b0b")
)

func TestStoreSecrets(t *testing.T) {
	forEachStore(t, func(t *testing.T, s Store) {
		k, _ := testKeyring(t)
		if ok, err := s.HasSecret(bg, api.KindRequesterSecret, alice, "API"); err != nil || ok {
			t.Fatalf("has before: %v %v", ok, err)
		}
		if _, err := s.GetSecret(bg, api.KindRequesterSecret, alice, "API"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("get missing: %v", err)
		}
		putSecret(t, s, k, api.KindRequesterSecret, alice, "API", "first")
		putSecret(t, s, k, api.KindRequesterSecret, alice, "API", "second") // replaces
		putSecret(t, s, k, api.KindRequesterSecret, alice, "OTHER", "other")
		putSecret(t, s, k, api.KindAppSecret, alice, "", "app")
		if v, _ := readSecret(t, s, k, api.KindRequesterSecret, alice, "API"); v != "second" {
			t.Fatalf("replaced value: %q", v)
		}
		if ok, _ := s.HasSecret(bg, api.KindRequesterSecret, alice, "API"); !ok {
			t.Fatal("has after put")
		}
		if ok, _ := s.HasSecret(bg, api.KindRequesterSecret, bob, "API"); ok {
			t.Fatal("another owner has it")
		}
		byKind, byVer, err := s.CountSecrets(bg)
		if err != nil || byKind[api.KindRequesterSecret] != 2 || byKind[api.KindAppSecret] != 1 || byVer[1] != 3 {
			t.Fatalf("counts: %v %v %v", byKind, byVer, err)
		}
		if err := s.Ping(bg); err != nil {
			t.Fatal(err)
		}

		// A row moved onto another (same ciphertext, other owner) does not decrypt.
		r, _ := s.GetSecret(bg, api.KindRequesterSecret, alice, "API")
		r.Owner = bob
		if err := s.PutSecret(bg, *r); err != nil {
			t.Fatal(err)
		}
		r2, _ := s.GetSecret(bg, api.KindRequesterSecret, bob, "API")
		if _, err := k.Decrypt(r2.KeyVersion, r2.Ciphertext, r2.Nonce, AAD(api.KindRequesterSecret, bob, "API")); !errors.Is(err, ErrDecrypt) {
			t.Fatalf("swapped row decrypts: %v", err)
		}
	})
}

func TestStoreChallenges(t *testing.T) {
	forEachStore(t, func(t *testing.T, s Store) {
		now := time.Now()
		c1 := IssuedChallenge{Challenge: common.HexToHash("0x01"), Address: alice, Expires: now.Add(time.Minute)}
		c2 := IssuedChallenge{Challenge: common.HexToHash("0x02"), Address: alice, Expires: now.Add(time.Minute)}
		c3 := IssuedChallenge{Challenge: common.HexToHash("0x03"), Address: alice, Expires: now.Add(time.Minute)}
		for _, c := range []IssuedChallenge{c1, c2} {
			if err := s.PutChallenge(bg, c, 2, now); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.PutChallenge(bg, c3, 2, now); !errors.Is(err, ErrTooManyOpen) {
			t.Fatalf("third open challenge: %v", err)
		}
		if err := s.PutChallenge(bg, IssuedChallenge{Challenge: common.HexToHash("0x04"), Address: bob, Expires: now.Add(time.Second)}, 2, now); err != nil {
			t.Fatalf("another address is not limited by alice's: %v", err)
		}
		if err := s.ConsumeChallenge(bg, c1.Challenge, bob, "w", now); !errors.Is(err, ErrChallengeOther) {
			t.Fatalf("other address: %v", err)
		}
		if err := s.ConsumeChallenge(bg, c1.Challenge, alice, "w", now); err != nil {
			t.Fatal(err)
		}
		if err := s.ConsumeChallenge(bg, c1.Challenge, alice, "w", now); !errors.Is(err, ErrChallengeUsed) {
			t.Fatalf("reuse: %v", err)
		}
		if err := s.ConsumeChallenge(bg, common.HexToHash("0x99"), alice, "w", now); !errors.Is(err, ErrChallengeUnknown) {
			t.Fatalf("unknown: %v", err)
		}
		if err := s.ConsumeChallenge(bg, common.HexToHash("0x04"), bob, "w", now.Add(2*time.Second)); !errors.Is(err, ErrChallengeExpired) {
			t.Fatalf("expired: %v", err)
		}
		// One used: alice may hold another.
		if err := s.PutChallenge(bg, c3, 2, now); err != nil {
			t.Fatal(err)
		}
		// Session nonces: single use, also as a write challenge afterwards.
		task := common.HexToHash("0xabc")
		if err := s.ConsumeSessionNonce(bg, c2.Challenge, alice, task, now); err != nil {
			t.Fatal(err)
		}
		if err := s.ConsumeSessionNonce(bg, c2.Challenge, alice, task, now); !errors.Is(err, ErrChallengeUsed) {
			t.Fatalf("nonce replay: %v", err)
		}
		if err := s.ConsumeChallenge(bg, c2.Challenge, alice, "w", now); !errors.Is(err, ErrChallengeUsed) {
			t.Fatalf("nonce reused as a challenge: %v", err)
		}
		if err := s.ConsumeSessionNonce(bg, c3.Challenge, bob, task, now); !errors.Is(err, ErrChallengeOther) {
			t.Fatalf("nonce of another worker: %v", err)
		}
		// Much later, expired challenges are forgotten, used session nonces are not.
		later := now.Add(3 * time.Hour)
		if err := s.PutChallenge(bg, IssuedChallenge{Challenge: common.HexToHash("0x05"), Address: alice, Expires: later.Add(time.Minute)}, 2, later); err != nil {
			t.Fatal(err)
		}
		if err := s.ConsumeSessionNonce(bg, c2.Challenge, alice, task, later); !errors.Is(err, ErrChallengeUsed) {
			t.Fatalf("nonce replay after pruning: %v", err)
		}
	})
}

func TestStoreRotation(t *testing.T) {
	forEachStore(t, func(t *testing.T, s Store) {
		k1, path := testKeyring(t)
		putSecret(t, s, k1, api.KindDatasetKey, alice, "", strings.Repeat("ab", 32))
		putSecret(t, s, k1, api.KindAppSecret, bob, "", "app secret")
		if v, err := Rotate(path); err != nil || v != 2 {
			t.Fatalf("rotate: %d %v", v, err)
		}
		k2, err := LoadKeyring(path)
		if err != nil || k2.Current() != 2 || len(k2.Versions()) != 2 {
			t.Fatalf("reloaded keyring: %v %v", k2.Versions(), err)
		}
		// Old secrets stay readable with the new keyring; new ones use version 2.
		if v, ver := readSecret(t, s, k2, api.KindAppSecret, bob, ""); v != "app secret" || ver != 1 {
			t.Fatalf("old secret: %q v%d", v, ver)
		}
		putSecret(t, s, k2, api.KindAppSecret, alice, "", "new")
		if _, ver := readSecret(t, s, k2, api.KindAppSecret, alice, ""); ver != 2 {
			t.Fatalf("new secret under v%d", ver)
		}
		n, err := s.Reencrypt(bg, k2)
		if err != nil || n != 2 {
			t.Fatalf("reencrypt: %d %v", n, err)
		}
		_, byVer, _ := s.CountSecrets(bg)
		if byVer[1] != 0 || byVer[2] != 3 {
			t.Fatalf("versions after reencrypt: %v", byVer)
		}
		if v, ver := readSecret(t, s, k2, api.KindDatasetKey, alice, ""); v != strings.Repeat("ab", 32) || ver != 2 {
			t.Fatalf("rewrapped: %q v%d", v, ver)
		}
		// The old key alone no longer reads them.
		r, _ := s.GetSecret(bg, api.KindDatasetKey, alice, "")
		if _, err := k1.Decrypt(r.KeyVersion, r.Ciphertext, r.Nonce, AAD(api.KindDatasetKey, alice, "")); !errors.Is(err, ErrKeyVersion) {
			t.Fatalf("old keyring on a rewrapped secret: %v", err)
		}
		if n, err := s.Reencrypt(bg, k2); err != nil || n != 0 {
			t.Fatalf("second reencrypt: %d %v", n, err)
		}
	})
}

func TestKeyringParse(t *testing.T) {
	key := strings.Repeat("11", 32)
	k, err := ParseKeyring("# master keys\n1:" + key + "\n\n3:" + strings.Repeat("22", 32) + " # newest\n")
	if err != nil || k.Current() != 3 {
		t.Fatalf("parse: %v", err)
	}
	k2, err := ParseKeyring("1:" + key + ",2:0x" + strings.Repeat("33", 32))
	if err != nil || k2.Current() != 2 {
		t.Fatalf("env form: %v", err)
	}
	for _, bad := range []string{"", "# nothing", key, "0:" + key, "1:abcd", "1:" + key + "\n1:" + key} {
		if _, err := ParseKeyring(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	ct, nonce, ver, err := k.Encrypt([]byte("x"), []byte("aad"))
	if err != nil || ver != 3 || bytes.Contains(ct, []byte("x")) && len(ct) == 1 {
		t.Fatal(err)
	}
	if _, err := k.Decrypt(ver, ct, nonce, []byte("other")); !errors.Is(err, ErrDecrypt) {
		t.Fatalf("other aad: %v", err)
	}
	t.Setenv("POCO_TEST_SMS_KEYS", "1:"+key)
	if k, err := KeyringFromEnv("POCO_TEST_SMS_KEYS"); err != nil || k.Current() != 1 {
		t.Fatalf("env: %v", err)
	}
	// A key file is created private.
	_, path := testKeyring(t)
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode: %v %v", st.Mode(), err)
	}
}
