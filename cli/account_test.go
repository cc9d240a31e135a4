package cli

import (
	"encoding/json"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/devnet"
	"github.com/pocolabs/poco/sdk"
)

// cliChainEnv is chainTestEnv with no endpoint or hub from the environment either: the
// configuration file written by the devnet says everything.
func cliChainEnv(t *testing.T) *devnet.Devnet {
	t.Helper()
	t.Setenv(EnvRPC, "")
	t.Setenv(EnvHub, "")
	return chainTestEnv(t)
}

// runPocoJSON runs a command with --json and decodes what it printed into v.
func runPocoJSON(t *testing.T, v any, args ...string) {
	t.Helper()
	out, _, err := runPoco(t, "", append(args, "--json")...)
	if err != nil {
		t.Fatalf("poco %s: %v", strings.Join(args, " "), err)
	}
	if err := json.Unmarshal([]byte(out), v); err != nil {
		t.Fatalf("poco %s --json printed %q: %v", strings.Join(args, " "), out, err)
	}
}

// wantError runs a command that must fail with an error containing every want.
func wantError(t *testing.T, args []string, want ...string) {
	t.Helper()
	out, _, err := runPoco(t, "", args...)
	if err == nil {
		t.Errorf("poco %s succeeded (printed %q), want an error saying %q", strings.Join(args, " "), out, want)
		return
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("poco %s: error %q does not say %q", strings.Join(args, " "), err, w)
		}
	}
}

func rlc(t *testing.T, s string) *big.Int {
	t.Helper()
	v, err := sdk.ParseRLC(s)
	if err != nil {
		t.Fatalf("amount %q printed: %v", s, err)
	}
	return v
}

// wantRLC checks that got (decimal RLC) is want (decimal RLC), exactly.
func wantRLC(t *testing.T, what, got, want string) {
	t.Helper()
	if rlc(t, got).Cmp(rlc(t, want)) != 0 {
		t.Errorf("%s = %s RLC, want %s RLC", what, got, want)
	}
}

func TestAccountCLI(t *testing.T) {
	d := cliChainEnv(t)
	accts := d.Accounts()
	me, other, third := accts[0].Hex(), accts[1].Hex(), accts[2].Hex()

	var a accountJSON
	t.Run("show", func(t *testing.T) {
		runPocoJSON(t, &a, "account", "show")
		if a.Address != me || a.Score != 0 {
			t.Errorf("account show --json: %+v, want %s with score 0", a, me)
		}
		wantRLC(t, "wallet", a.Wallet, "990000")
		wantRLC(t, "free", a.Free, "10000")
		wantRLC(t, "locked", a.Locked, "0")
		wantRLC(t, "vesting", a.Vesting, "0")
		wantRLC(t, "releasable", a.Releasable, "0")
		if a.Releases == nil || len(a.Releases) != 0 {
			t.Errorf("account show --json: releases %v, want []", a.Releases)
		}

		// Another account, as an argument, lower case.
		var b accountJSON
		runPocoJSON(t, &b, "account", "show", strings.ToLower(other))
		if b.Address != other {
			t.Errorf("account show %s printed %+v", other, b)
		}

		out, _, err := runPoco(t, "", "account", "show")
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{me, "990000 RLC", "10000 RLC", "Wallet", "Free", "Locked", "Score"} {
			if !strings.Contains(out, want) {
				t.Errorf("account show printed %q, missing %q", out, want)
			}
		}
	})

	t.Run("deposit and withdraw", func(t *testing.T) {
		var m accountMoveJSON
		runPocoJSON(t, &m, "account", "deposit", "12.5")
		if m.Action != "deposit" || m.From != me || m.To != me || !strings.HasPrefix(m.Tx.Hash, "0x") || m.Tx.Block == 0 || m.Recipient != nil {
			t.Errorf("deposit --json: %+v", m)
		}
		wantRLC(t, "amount", m.Amount, "12.5")
		wantRLC(t, "free after deposit", m.Account.Free, "10012.5")
		wantRLC(t, "wallet after deposit", m.Account.Wallet, "989987.5")

		var a accountJSON
		runPocoJSON(t, &a, "account", "show")
		wantRLC(t, "free", a.Free, "10012.5")
		wantRLC(t, "wallet", a.Wallet, "989987.5")

		out, _, err := runPoco(t, "", "account", "withdraw", "2.25 RLC")
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Withdrew 2.25 RLC", "Transaction 0x", "10010.25 RLC", "989989.75 RLC"} {
			if !strings.Contains(out, want) {
				t.Errorf("withdraw printed %q, missing %q", out, want)
			}
		}
		runPocoJSON(t, &a, "account", "show")
		wantRLC(t, "free after withdraw", a.Free, "10010.25")
		wantRLC(t, "wallet after withdraw", a.Wallet, "989989.75")

		// To another wallet: the recipient's wallet grows, not the signer's.
		runPocoJSON(t, &m, "account", "withdraw", "0.000000001", "--to", third)
		if m.Recipient == nil || m.To != third {
			t.Fatalf("withdraw --to: %+v", m)
		}
		wantRLC(t, "recipient wallet", m.Recipient.Wallet, "990000.000000001")
		wantRLC(t, "free", m.Account.Free, "10010.249999999")
		wantRLC(t, "wallet", m.Account.Wallet, "989989.75")

		// For another account: its free balance grows.
		runPocoJSON(t, &m, "account", "deposit", "1", "--for", third)
		if m.Recipient == nil {
			t.Fatalf("deposit --for: %+v", m)
		}
		wantRLC(t, "recipient free", m.Recipient.Free, "10001")
		wantRLC(t, "wallet", m.Account.Wallet, "989988.75")

		// As another account.
		runPocoJSON(t, &m, "account", "deposit", "3", "--from", other)
		if m.From != other {
			t.Errorf("deposit --from %s acted as %s", other, m.From)
		}
		wantRLC(t, "free of the other account", m.Account.Free, "10003")
	})

	t.Run("refusals", func(t *testing.T) {
		// The SDK's sentences, with the amounts.
		wantError(t, []string{"account", "withdraw", "20000"},
			"your free balance is 10010.249999999 RLC; you cannot withdraw 20000 RLC")
		wantError(t, []string{"account", "deposit", "2000000"},
			"your wallet holds 989988.75 RLC; you cannot deposit 2000000 RLC")
		// Nothing changed.
		var a accountJSON
		runPocoJSON(t, &a, "account", "show")
		wantRLC(t, "free", a.Free, "10010.249999999")
	})

	t.Run("bad input", func(t *testing.T) {
		wantError(t, []string{"account", "show", "0x1234"}, `address "0x1234" is not an address`, "40 hex digits")
		wantError(t, []string{"account", "deposit", "-5"}, "the amount -5 is negative", "poco account withdraw")
		wantError(t, []string{"account", "withdraw", "-0.5"}, "the amount -0.5 is negative", "poco account deposit")
		wantError(t, []string{"account", "deposit", "--", "-5"}, `"-5" is negative`)
		wantError(t, []string{"account", "deposit", "-x"}, "unknown shorthand flag")
		wantError(t, []string{"account", "deposit", "12,5"}, `"12,5" is not a number of RLC`)
		wantError(t, []string{"account", "deposit", "0"}, "must be above 0 RLC")
		wantError(t, []string{"account", "withdraw", "1.0000000001"}, "has 10 decimals")
		wantError(t, []string{"account", "withdraw", "1", "--to", "bob"}, `--to "bob" is not an address`)
		wantError(t, []string{"account", "withdraw", "1", "--to", "0x0000000000000000000000000000000000000000"}, "zero address")
		wantError(t, []string{"account", "deposit"}, "poco account deposit needs the AMOUNT to deposit, in RLC, like 12.5")
		wantError(t, []string{"account", "withdraw", "1", "2"}, "poco account withdraw takes one argument, the AMOUNT to withdraw, in RLC, like 12.5; it got 2: 1 2")
	})

	t.Run("wrong password", func(t *testing.T) {
		wrong := writeTestFile(t, "pw", "not the password\n")
		wantError(t, []string{"account", "deposit", "1", "--password-file", wrong}, "wrong password for "+me)
		wantError(t, []string{"account", "withdraw", "1", "--password-file", wrong, "--from", other}, "wrong password for "+other)
	})

	t.Run("unreachable node", func(t *testing.T) {
		wantError(t, []string{"account", "show", "--rpc", "http://127.0.0.1:1"}, "cannot reach the chain at http://127.0.0.1:1")
		wantError(t, []string{"account", "deposit", "1", "--rpc", "http://127.0.0.1:1"}, "cannot reach the chain at http://127.0.0.1:1")
	})

	t.Run("no hub there", func(t *testing.T) {
		wantError(t, []string{"account", "show", "--hub", other}, "no Poco hub at "+other)
	})

	t.Run("no configuration", func(t *testing.T) {
		t.Setenv(EnvConfig, filepath.Join(t.TempDir(), "missing.json"))
		wantError(t, []string{"account", "show", me}, "no chain configured", "poco devnet", "--rpc and --hub")
		wantError(t, []string{"account", "show"}, "which account?")
		// A flag and an environment variable complete what is missing.
		t.Setenv(EnvHub, d.Deployment().Hub.Hex())
		var a accountJSON
		runPocoJSON(t, &a, "account", "show", me, "--rpc", d.HTTPEndpoint())
		if a.Address != me {
			t.Errorf("with --rpc and POCO_HUB: %+v", a)
		}
	})
}

// A worker's reward of a replicated deal: account show lists it as vesting, with when it
// is released; account release refuses until it matures (the devnet's clock cannot jump a
// day: the SDK's tests release on the simulated chain).
func TestAccountCLIVesting(t *testing.T) {
	m := newMarketEnv(t)
	req, sched, worker := m.client(t, m.requester), m.client(t, m.poolOwner), m.client(t, m.worker)
	// A trust-2 deal: one fresh worker (weight 2) is enough, 2 × 2 > (1 + 2) × 1.
	ao, err := m.client(t, m.appOwner).SignAppOrder(sdk.NewAppOrder(m.app, sdk.RLC(1), 10))
	if err != nil {
		t.Fatal(err)
	}
	wo, err := sched.SignWorkerpoolOrder(sdk.NewWorkerpoolOrder(m.pool, sdk.RLC(10), 10, 0, 2))
	if err != nil {
		t.Fatal(err)
	}
	ro := sdk.RequestFor(m.requester, ao.Order, nil, wo.Order, 1)
	ro.Trust = big.NewInt(2)
	so, err := req.SignRequestOrder(ro)
	if err != nil {
		t.Fatal(err)
	}
	deal, err := req.MatchOrders(bgCtx, sdk.MatchInput{App: ao, Workerpool: wo, Request: so})
	if err != nil {
		t.Fatal(err)
	}
	idx, digest := deal.BotFirst, common.Hash{1}
	auth, err := sched.SignAuthorization(m.worker, deal.TaskID(idx), common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := worker.Contribute(bgCtx, deal, sdk.ContributeInput{Index: idx, Digest: digest, Authorization: auth}); err != nil {
		t.Fatal(err)
	}
	permit, err := sched.SignRevealPermit(deal.TaskID(idx))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := worker.Reveal(bgCtx, deal, idx, digest, permit); err != nil {
		t.Fatal(err)
	}
	if _, err := sched.Finalize(bgCtx, deal, sdk.FinalizeInput{Index: idx, Digest: digest}); err != nil {
		t.Fatal(err)
	}
	v, err := worker.Vesting(bgCtx, m.worker)
	if err != nil || v.Total().Sign() == 0 {
		t.Fatalf("the worker's vesting after the finalize: %+v %v", v, err)
	}

	var a accountJSON
	runPocoJSON(t, &a, "account", "show", m.worker.Hex())
	wantRLC(t, "vesting", a.Vesting, sdk.FormatAmount(v.Total()))
	wantRLC(t, "releasable", a.Releasable, "0")
	if len(a.Releases) != 1 || !a.Releases[0].Time.Equal(v.NewerRelease) || rlc(t, a.Releases[0].Amount).Cmp(v.Total()) != 0 {
		t.Errorf("account show --json: releases %+v, want %s RLC at %s", a.Releases, sdk.FormatAmount(v.Total()), v.NewerRelease)
	}
	if rlc(t, a.Locked).Cmp(v.Total()) != 0 {
		t.Errorf("locked %s RLC, want the vesting rewards, %s RLC", a.Locked, sdk.FormatAmount(v.Total()))
	}
	out, _, err := runPoco(t, "", "account", "show", m.worker.Hex())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Vesting", sdk.FormatAmount(v.Total()) + " RLC", "released from " + formatChainTime(v.NewerRelease)} {
		if !strings.Contains(out, want) {
			t.Errorf("account show printed %q, missing %q", out, want)
		}
	}

	// Release: nothing has matured yet, and nothing vests for the requester.
	wantError(t, []string{"account", "release", "--from", m.worker.Hex()}, "rewards vesting for "+m.worker.Hex()+" have not matured yet",
		"released from "+formatChainTime(v.NewerRelease), "try again then")
	wantError(t, []string{"account", "release", m.worker.Hex()}, "have not matured yet")
	wantError(t, []string{"account", "release"}, m.requester.Hex()+" has no rewards vesting: nothing to release")
	wantError(t, []string{"account", "release", "0x1234"}, `address "0x1234" is not an address`)
	now, err := worker.ChainTime(bgCtx)
	if err != nil {
		t.Fatal(err)
	}
	if d := v.NewerRelease.Sub(now); d <= 23*time.Hour || d > 24*time.Hour {
		t.Errorf("the reward is released at %s, %s after the chain's time: want a day after the finalize", v.NewerRelease, d)
	}
}
