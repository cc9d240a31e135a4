package sdk

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// sampleLogs are n logs shaped as the hub's: 1–4 topics, data of 0–300 bytes, every
// field set.
func sampleLogs(n int) []types.Log {
	logs := make([]types.Log, n)
	for i := range logs {
		l := &logs[i]
		l.Address = common.BytesToAddress([]byte{byte(i), 0xab, 0xcd})
		for t := 0; t <= i%4; t++ {
			l.Topics = append(l.Topics, common.BytesToHash([]byte{byte(i), byte(t), 0xff}))
		}
		l.Data = make([]byte, (i*37)%300)
		for j := range l.Data {
			l.Data[j] = byte(i + j)
		}
		l.BlockNumber, l.TxHash, l.TxIndex = uint64(1000+i/50), common.BytesToHash([]byte{0x77, byte(i)}), uint(i%7)
		l.BlockHash, l.BlockTimestamp, l.Index, l.Removed = common.BytesToHash([]byte{0x88, byte(i / 50)}), 1_700_000_000+uint64(i/50), uint(i), i%97 == 5
	}
	return logs
}

// decodeBoth decodes in with decodeLogs and with go-ethereum's decoder.
func decodeBoth(t *testing.T, in string) (fast []types.Log, ok bool, ref []types.Log, refErr error) {
	t.Helper()
	fast, ok = decodeLogs([]byte(in))
	refErr = json.Unmarshal([]byte(in), &ref)
	return
}

// decodeLogs gives what go-ethereum's decoder gives, on the JSON nodes send (the logs of
// a real chain and hub-shaped ones) and on the forms it accepts; on anything else it
// gives up, so that decoder decides.
func TestDecodeLogsAsGoEthereum(t *testing.T) {
	e := env(t)
	c := client(t, e, e.Requester)
	defer c.Close()
	must(c.Deposit(bg, RLC(3)))
	_, err := c.Withdraw(bg, RLC(1))
	ok(t, err)
	chainLogs := must(e.Client.FilterLogs(bg, ethereum.FilterQuery{}))
	if len(chainLogs) == 0 {
		t.Fatal("no logs on the test chain")
	}
	for _, logs := range [][]types.Log{chainLogs, sampleLogs(200)} {
		raw := string(must(json.Marshal(logs)))
		fast, fine, ref, refErr := decodeBoth(t, raw)
		ok(t, refErr)
		if !fine || !reflect.DeepEqual(fast, ref) {
			t.Fatalf("decodeLogs gave %t and differs from go-ethereum's decoder on %d logs", fine, len(ref))
		}
		// Indented, as some nodes write.
		ind := string(must(json.MarshalIndent(logs, "", "  ")))
		if fast, fine := decodeLogs([]byte(ind)); !fine || !reflect.DeepEqual(fast, ref) {
			t.Fatal("decodeLogs differs on indented JSON")
		}
	}
	one := `{"address":"0x00000000000000000000000000000000000000aa","topics":[],"data":"0x","transactionHash":"0x` + strings.Repeat("11", 32) + `"}`
	for _, in := range []string{"null", "[]", " [ ] ", "[" + one + "]", "[" + one + "," + one + "]",
		strings.ReplaceAll("["+one+"]", `"0x0000`, `"0X0000`)} {
		fast, fine, ref, refErr := decodeBoth(t, in)
		if refErr != nil || !fine || !reflect.DeepEqual(fast, ref) {
			t.Errorf("%s: decodeLogs %v (%t), go-ethereum %v (%v)", in, fast, fine, ref, refErr)
		}
	}
	// What decodeLogs leaves to go-ethereum's decoder: escapes, unknown fields, nulls,
	// numbers, missing fields, malformed hex or quantities.
	for _, in := range []string{
		`[` + strings.Replace(one, `"data"`, `"d\u0061ta"`, 1) + `]`,
		`[` + strings.Replace(one, `"data":"0x"`, `"data":"0x","extra":"x"`, 1) + `]`,
		`[` + strings.Replace(one, `"data":"0x"`, `"data":"0x","blockHash":null`, 1) + `]`,
		`[` + strings.Replace(one, `"data":"0x"`, `"data":"0x","logIndex":3`, 1) + `]`,
		`[` + strings.Replace(one, `"data":"0x",`, ``, 1) + `]`,
		`[` + strings.Replace(one, `"data":"0x"`, `"data":"0xabc"`, 1) + `]`,
		`[` + strings.Replace(one, `"data":"0x"`, `"data":"0x","logIndex":"0x01"`, 1) + `]`,
		`[` + strings.Replace(one, `"0x00000000000000000000000000000000000000aa"`, `"0xaa"`, 1) + `]`,
		`[` + one + `,]`, `[` + one, `[` + one + `] x`, `{}`, `[{}]`,
	} {
		if _, fine := decodeLogs([]byte(in)); fine {
			t.Errorf("decodeLogs took %s", in)
		}
	}
}

// go test ./sdk -bench DecodeLogs -benchmem: the hub's logs of a busy block.
func BenchmarkDecodeLogs(b *testing.B) {
	raw := must(json.Marshal(sampleLogs(500)))
	for _, impl := range []string{"go-ethereum", "decodeLogs"} {
		b.Run(impl, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				if impl == "decodeLogs" {
					if _, ok := decodeLogs(raw); !ok {
						b.Fatal("not decoded")
					}
					continue
				}
				var logs []types.Log
				if err := json.Unmarshal(raw, &logs); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
