// Package bridge moves the token between a main chain and a sidechain: a vault on the
// main chain locks the ERC-20 and releases it, a bridged token on the sidechain is minted
// and burned by its bridge only, and a transfer in either direction is executed on the
// destination chain once a threshold M of the N registered validators signed it
// (docs/bridge.md).
//
// This file is the message the validators sign, shared by the contracts
// (contracts/src/bridge), the validator daemon (`poco bridge`) and the CLI: an EIP-712
// typed message whose domain is the DESTINATION bridge contract on the destination chain,
// so a signature is valid for one contract on one chain only.
//
//	EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)
//	    name "PocoBridge", version "1"
//	Transfer(uint256 sourceChainId,bytes32 sourceId,uint256 nonce,address recipient,uint256 amount,bool toHub)
//	ValidatorSet(address[] validators,uint256 threshold,uint256 epoch)
//
// sourceId is keccak256(transaction hash ‖ uint256 log index) of the source event;
// nonce is the source bridge's counter of outgoing transfers (from 0), which the
// destination executes at most once. toHub (main → side only) deposits the minted tokens
// into the sidechain hub's account of the recipient instead of its wallet.
package bridge

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/protocol"
)

// EIP-712 names.
const (
	DomainName    = "PocoBridge"
	DomainVersion = "1"

	TransferType     = "Transfer(uint256 sourceChainId,bytes32 sourceId,uint256 nonce,address recipient,uint256 amount,bool toHub)"
	ValidatorSetType = "ValidatorSet(address[] validators,uint256 threshold,uint256 epoch)"
)

// Type hashes.
var (
	TransferTypeHash     = crypto.Keccak256Hash([]byte(TransferType))
	ValidatorSetTypeHash = crypto.Keccak256Hash([]byte(ValidatorSetType))
)

// Transfer is one crossing of the bridge, as the validators sign it.
type Transfer struct {
	SourceChainID *big.Int       `json:"sourceChainId"`
	SourceID      common.Hash    `json:"sourceId"`
	Nonce         *big.Int       `json:"nonce"`
	Recipient     common.Address `json:"recipient"`
	Amount        *big.Int       `json:"amount"`
	ToHub         bool           `json:"toHub"`
}

// Domain is the EIP-712 domain of the destination bridge contract at contract on chainID.
func Domain(chainID *big.Int, contract common.Address) protocol.Domain {
	return protocol.Domain{Name: DomainName, Version: DomainVersion, ChainID: chainID, VerifyingContract: contract}
}

// SourceID names a source event: keccak256(txHash ‖ uint256(logIndex)).
func SourceID(txHash common.Hash, logIndex uint) common.Hash {
	return crypto.Keccak256Hash(txHash[:], common.BigToHash(new(big.Int).SetUint64(uint64(logIndex))).Bytes())
}

// StructHash is the EIP-712 hashStruct of t.
func (t Transfer) StructHash() common.Hash {
	b := func(v bool) []byte {
		if v {
			return common.BigToHash(big.NewInt(1)).Bytes()
		}
		return make([]byte, 32)
	}
	return crypto.Keccak256Hash(TransferTypeHash[:], word(t.SourceChainID), t.SourceID[:], word(t.Nonce),
		common.LeftPadBytes(t.Recipient[:], 32), word(t.Amount), b(t.ToHub))
}

// Digest is what a validator signs for t, for the destination bridge in domain d.
func (t Transfer) Digest(d protocol.Domain) common.Hash {
	return protocol.TypedDataHash(protocol.DomainSeparator(d), t.StructHash())
}

// ValidatorSetDigest is what the current validators sign to replace the set with
// validators and threshold, at epoch (the contract's current epoch + 1).
func ValidatorSetDigest(d protocol.Domain, validators []common.Address, threshold, epoch uint64) common.Hash {
	packed := make([]byte, 0, 32*len(validators))
	for _, v := range validators {
		packed = append(packed, common.LeftPadBytes(v[:], 32)...)
	}
	sh := crypto.Keccak256Hash(ValidatorSetTypeHash[:], crypto.Keccak256(packed),
		word(new(big.Int).SetUint64(threshold)), word(new(big.Int).SetUint64(epoch)))
	return protocol.TypedDataHash(protocol.DomainSeparator(d), sh)
}

// Sign signs digest with key: 65 bytes r ‖ s ‖ v, v in {27, 28}.
func Sign(key *ecdsa.PrivateKey, digest common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// Signer recovers who signed digest.
func Signer(digest common.Hash, sig []byte) (common.Address, error) {
	return protocol.RecoverSigner(digest, sig)
}

func word(x *big.Int) []byte {
	if x == nil {
		return make([]byte, 32)
	}
	return common.BigToHash(x).Bytes()
}
