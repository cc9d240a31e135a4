package protocol

import (
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// word is abi.encodePacked(uint256 x): 32 bytes big-endian.
func word(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }

func TestIdentifiersAreKeccakOfPackedFields(t *testing.T) {
	orderHash := crypto.Keccak256Hash([]byte("request"))
	consumed := bigDec("123456789012345678901234567890") // wider than 64 bits
	dealid := DealID(orderHash, consumed)
	worker := addr(0x77)
	digest := crypto.Keccak256Hash([]byte("result"))
	taskid := TaskID(dealid, math.MaxUint64)

	cases := []struct {
		name string
		got  [32]byte
		want []byte
	}{
		{"dealid = keccak256(requestOrderHash, uint256 consumedBefore)", dealid,
			crypto.Keccak256(orderHash[:], word(consumed))},
		{"dealid with nil consumedBefore = consumed 0", DealID(orderHash, nil),
			crypto.Keccak256(orderHash[:], make([]byte, 32))},
		{"taskid = keccak256(dealid, uint256 idx)", taskid,
			crypto.Keccak256(dealid[:], word(new(big.Int).SetUint64(math.MaxUint64)))},
		{"taskid of idx 0", TaskID(dealid, 0), crypto.Keccak256(dealid[:], make([]byte, 32))},
		{"resultHash = keccak256(taskid, digest)", ResultHash(taskid, digest),
			crypto.Keccak256(taskid[:], digest[:])},
		{"resultSeal = keccak256(worker, taskid, digest), worker as 20 bytes", ResultSeal(worker, taskid, digest),
			crypto.Keccak256(worker.Bytes(), taskid[:], digest[:])},
		{"authorization = keccak256(worker, taskid, enclave)", AuthorizationHash(worker, taskid, addr(0x88)),
			crypto.Keccak256(worker.Bytes(), taskid[:], addr(0x88).Bytes())},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if common.Bytes2Hex(c.got[:]) != common.Bytes2Hex(c.want) {
				t.Errorf("got %x, want %x", c.got, c.want)
			}
		})
	}
}

func TestResultSealDiffersPerWorker(t *testing.T) {
	taskid, digest := [32]byte{1}, [32]byte{2}
	if ResultSeal(addr(1), taskid, digest) == ResultSeal(addr(2), taskid, digest) {
		t.Error("two workers with the same result have the same seal; a copied contribution would pass")
	}
}
