package protocol

import (
	"bytes"
	"encoding/binary"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// DealID = keccak256(abi.encodePacked(requestOrderHash, uint256 consumedBefore)), where
// consumedBefore is the request order's consumed volume before the match that made the
// deal (nil is zero). A request order matched in several parts thus makes distinct deals.
func DealID(requestOrderHash [32]byte, consumedBefore *big.Int) [32]byte {
	var b [64]byte
	copy(b[:32], requestOrderHash[:])
	putUint256(b[32:], consumedBefore)
	return crypto.Keccak256Hash(b[:])
}

// TaskID = keccak256(abi.encodePacked(dealid, uint256 idx)) for idx in
// [botFirst, botFirst+botSize) of the deal. idx is the index in the request order's bag
// of tasks, not in the deal.
func TaskID(dealid [32]byte, idx uint64) [32]byte {
	var b [64]byte
	copy(b[:32], dealid[:])
	binary.BigEndian.PutUint64(b[56:], idx)
	return crypto.Keccak256Hash(b[:])
}

// ResultHash = keccak256(abi.encodePacked(taskid, resultDigest)): the value a worker
// commits to in contribute and that identifies its result group in the consensus.
func ResultHash(taskid, resultDigest [32]byte) [32]byte {
	return crypto.Keccak256Hash(taskid[:], resultDigest[:])
}

// ResultTag is the tag the hub keeps a result hash by (PocoStore._resultTag): the top 112
// bits of keccak256(resultHash). A contribution stores its result's tag, and a task the tag
// of its first result, later of its consensus.
func ResultTag(resultHash [32]byte) [14]byte {
	return [14]byte(crypto.Keccak256(resultHash[:])[:14])
}

// ContributorList is the contributor list finalize and claim take: the task's contributors
// (every worker that contributed, from its TaskContribute events) in ascending address
// order, each once. It sorts a copy of workers.
func ContributorList(workers []common.Address) []common.Address {
	out := slices.Clone(workers)
	slices.SortFunc(out, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	return out
}

// ResultSeal = keccak256(abi.encodePacked(worker, taskid, resultDigest)): binds the result to
// the worker, so another worker cannot copy a contribution it has seen.
func ResultSeal(worker common.Address, taskid, resultDigest [32]byte) [32]byte {
	return crypto.Keccak256Hash(worker[:], taskid[:], resultDigest[:])
}

// AuthorizationHash = keccak256(abi.encodePacked(worker, taskid, enclave)): what the
// scheduler personal-signs to let worker contribute to taskid (see SignAuthorization).
// enclave is the zero address when the task uses no TEE.
func AuthorizationHash(worker common.Address, taskid [32]byte, enclave common.Address) [32]byte {
	return crypto.Keccak256Hash(worker[:], taskid[:], enclave[:])
}

// EnclaveChallengeHash = keccak256(abi.encodePacked(resultHash, resultSeal)): what a TEE
// enclave personal-signs (see SignEnclaveChallenge).
func EnclaveChallengeHash(resultHash, resultSeal [32]byte) [32]byte {
	return crypto.Keccak256Hash(resultHash[:], resultSeal[:])
}

// RevealPermitTag is the contract's REVEAL_PERMIT constant: keccak256("poco.reveal-permit").
var RevealPermitTag = crypto.Keccak256Hash([]byte("poco.reveal-permit"))

// RevealPermitHash = keccak256(abi.encodePacked(REVEAL_PERMIT, taskid)): what the scheduler
// personal-signs to let the reveals of taskid begin (see SignRevealPermit).
func RevealPermitHash(taskid [32]byte) [32]byte {
	return crypto.Keccak256Hash(RevealPermitTag[:], taskid[:])
}
