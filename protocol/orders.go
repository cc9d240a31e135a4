package protocol

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// EIP-712 type strings, exactly as in docs/conventions.md and the contracts.
const (
	EIP712DomainType    = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	AppOrderType        = "AppOrder(address app,uint256 appprice,uint256 volume,bytes32 tag,address datasetrestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)"
	DatasetOrderType    = "DatasetOrder(address dataset,uint256 datasetprice,uint256 volume,bytes32 tag,address apprestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)"
	WorkerpoolOrderType = "WorkerpoolOrder(address workerpool,uint256 workerpoolprice,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address apprestrict,address datasetrestrict,address requesterrestrict,bytes32 salt)"
	RequestOrderType    = "RequestOrder(address app,uint256 appmaxprice,address dataset,uint256 datasetmaxprice,address workerpool,uint256 workerpoolmaxprice,address requester,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address beneficiary,address callback,string params,bytes32 salt)"
)

// EIP-712 domain name and version of the PocoHub.
const (
	DomainName    = "Poco"
	DomainVersion = "1"
)

// Type hashes: keccak256 of the type strings above.
var (
	EIP712DomainTypeHash    = crypto.Keccak256Hash([]byte(EIP712DomainType))
	AppOrderTypeHash        = crypto.Keccak256Hash([]byte(AppOrderType))
	DatasetOrderTypeHash    = crypto.Keccak256Hash([]byte(DatasetOrderType))
	WorkerpoolOrderTypeHash = crypto.Keccak256Hash([]byte(WorkerpoolOrderType))
	RequestOrderTypeHash    = crypto.Keccak256Hash([]byte(RequestOrderType))
)

// Order is implemented by the four order types.
type Order interface {
	// StructHash is the EIP-712 hashStruct of the order.
	StructHash() [32]byte
	// Hash is the EIP-712 digest of the order under d: the order hash used on chain.
	Hash(d Domain) [32]byte
	// Validate reports a uint256 field that is negative or wider than 256 bits.
	Validate() error
}

var (
	_ Order = AppOrder{}
	_ Order = DatasetOrder{}
	_ Order = WorkerpoolOrder{}
	_ Order = RequestOrder{}
)

// AppOrder is an app owner's offer to let its app run at a price per task.
// Fields are in type-string order. A nil *big.Int counts as zero; a zero restriction
// address means anyone.
type AppOrder struct {
	App                common.Address `json:"app"`
	AppPrice           *big.Int       `json:"appprice"`
	Volume             *big.Int       `json:"volume"`
	Tag                Tag            `json:"tag"`
	DatasetRestrict    common.Address `json:"datasetrestrict"`
	WorkerpoolRestrict common.Address `json:"workerpoolrestrict"`
	RequesterRestrict  common.Address `json:"requesterrestrict"`
	Salt               common.Hash    `json:"salt"`
}

// DatasetOrder is a dataset owner's offer to let its dataset be used at a price per task.
type DatasetOrder struct {
	Dataset            common.Address `json:"dataset"`
	DatasetPrice       *big.Int       `json:"datasetprice"`
	Volume             *big.Int       `json:"volume"`
	Tag                Tag            `json:"tag"`
	AppRestrict        common.Address `json:"apprestrict"`
	WorkerpoolRestrict common.Address `json:"workerpoolrestrict"`
	RequesterRestrict  common.Address `json:"requesterrestrict"`
	Salt               common.Hash    `json:"salt"`
}

// WorkerpoolOrder is a scheduler's offer to run tasks of a category, at a trust level, at a
// price per task.
type WorkerpoolOrder struct {
	Workerpool        common.Address `json:"workerpool"`
	WorkerpoolPrice   *big.Int       `json:"workerpoolprice"`
	Volume            *big.Int       `json:"volume"`
	Tag               Tag            `json:"tag"`
	Category          *big.Int       `json:"category"`
	Trust             *big.Int       `json:"trust"`
	AppRestrict       common.Address `json:"apprestrict"`
	DatasetRestrict   common.Address `json:"datasetrestrict"`
	RequesterRestrict common.Address `json:"requesterrestrict"`
	Salt              common.Hash    `json:"salt"`
}

// RequestOrder is a requester's demand for tasks of app on dataset (zero address: none) in
// workerpool (zero address: any), with maximum prices per task.
type RequestOrder struct {
	App                common.Address `json:"app"`
	AppMaxPrice        *big.Int       `json:"appmaxprice"`
	Dataset            common.Address `json:"dataset"`
	DatasetMaxPrice    *big.Int       `json:"datasetmaxprice"`
	Workerpool         common.Address `json:"workerpool"`
	WorkerpoolMaxPrice *big.Int       `json:"workerpoolmaxprice"`
	Requester          common.Address `json:"requester"`
	Volume             *big.Int       `json:"volume"`
	Tag                Tag            `json:"tag"`
	Category           *big.Int       `json:"category"`
	Trust              *big.Int       `json:"trust"`
	Beneficiary        common.Address `json:"beneficiary"`
	Callback           common.Address `json:"callback"`
	Params             string         `json:"params"`
	Salt               common.Hash    `json:"salt"`
}

// Domain is the EIP-712 domain of the PocoHub.
type Domain struct {
	Name              string
	Version           string
	ChainID           *big.Int
	VerifyingContract common.Address
}

// DefaultDomain is the domain of the PocoHub at address hub on chain chainID.
func DefaultDomain(chainID *big.Int, hub common.Address) Domain {
	return Domain{Name: DomainName, Version: DomainVersion, ChainID: chainID, VerifyingContract: hub}
}

// DomainSeparator is the EIP-712 hashStruct of d.
func DomainSeparator(d Domain) [32]byte {
	var e words
	e.init(EIP712DomainTypeHash, 4)
	e.string(d.Name)
	e.string(d.Version)
	e.uint(d.ChainID)
	e.address(d.VerifyingContract)
	return e.hash()
}

// TypedDataHash is the EIP-712 digest keccak256("\x19\x01" ‖ domainSeparator ‖ structHash).
// Use it with a cached [DomainSeparator] to hash many orders.
func TypedDataHash(domainSeparator, structHash [32]byte) [32]byte {
	var b [66]byte
	b[0], b[1] = 0x19, 0x01
	copy(b[2:34], domainSeparator[:])
	copy(b[34:], structHash[:])
	return crypto.Keccak256Hash(b[:])
}

// StructHash is the EIP-712 hashStruct of o.
func (o AppOrder) StructHash() [32]byte {
	var e words
	e.init(AppOrderTypeHash, 8)
	e.address(o.App)
	e.uint(o.AppPrice)
	e.uint(o.Volume)
	e.bytes32(o.Tag)
	e.address(o.DatasetRestrict)
	e.address(o.WorkerpoolRestrict)
	e.address(o.RequesterRestrict)
	e.bytes32(o.Salt)
	return e.hash()
}

// Hash is the EIP-712 digest of o under d: the app order hash on chain.
func (o AppOrder) Hash(d Domain) [32]byte { return TypedDataHash(DomainSeparator(d), o.StructHash()) }

// Validate reports a uint256 field out of range.
func (o AppOrder) Validate() error {
	return checkUints("app order", field{"appprice", o.AppPrice}, field{"volume", o.Volume})
}

// StructHash is the EIP-712 hashStruct of o.
func (o DatasetOrder) StructHash() [32]byte {
	var e words
	e.init(DatasetOrderTypeHash, 8)
	e.address(o.Dataset)
	e.uint(o.DatasetPrice)
	e.uint(o.Volume)
	e.bytes32(o.Tag)
	e.address(o.AppRestrict)
	e.address(o.WorkerpoolRestrict)
	e.address(o.RequesterRestrict)
	e.bytes32(o.Salt)
	return e.hash()
}

// Hash is the EIP-712 digest of o under d: the dataset order hash on chain.
func (o DatasetOrder) Hash(d Domain) [32]byte {
	return TypedDataHash(DomainSeparator(d), o.StructHash())
}

// Validate reports a uint256 field out of range.
func (o DatasetOrder) Validate() error {
	return checkUints("dataset order", field{"datasetprice", o.DatasetPrice}, field{"volume", o.Volume})
}

// StructHash is the EIP-712 hashStruct of o.
func (o WorkerpoolOrder) StructHash() [32]byte {
	var e words
	e.init(WorkerpoolOrderTypeHash, 10)
	e.address(o.Workerpool)
	e.uint(o.WorkerpoolPrice)
	e.uint(o.Volume)
	e.bytes32(o.Tag)
	e.uint(o.Category)
	e.uint(o.Trust)
	e.address(o.AppRestrict)
	e.address(o.DatasetRestrict)
	e.address(o.RequesterRestrict)
	e.bytes32(o.Salt)
	return e.hash()
}

// Hash is the EIP-712 digest of o under d: the workerpool order hash on chain.
func (o WorkerpoolOrder) Hash(d Domain) [32]byte {
	return TypedDataHash(DomainSeparator(d), o.StructHash())
}

// Validate reports a uint256 field out of range.
func (o WorkerpoolOrder) Validate() error {
	return checkUints("workerpool order", field{"workerpoolprice", o.WorkerpoolPrice},
		field{"volume", o.Volume}, field{"category", o.Category}, field{"trust", o.Trust})
}

// StructHash is the EIP-712 hashStruct of o. Params is hashed as keccak256 of its UTF-8 bytes.
func (o RequestOrder) StructHash() [32]byte {
	var e words
	e.init(RequestOrderTypeHash, 15)
	e.address(o.App)
	e.uint(o.AppMaxPrice)
	e.address(o.Dataset)
	e.uint(o.DatasetMaxPrice)
	e.address(o.Workerpool)
	e.uint(o.WorkerpoolMaxPrice)
	e.address(o.Requester)
	e.uint(o.Volume)
	e.bytes32(o.Tag)
	e.uint(o.Category)
	e.uint(o.Trust)
	e.address(o.Beneficiary)
	e.address(o.Callback)
	e.string(o.Params)
	e.bytes32(o.Salt)
	return e.hash()
}

// Hash is the EIP-712 digest of o under d: the request order hash on chain.
func (o RequestOrder) Hash(d Domain) [32]byte {
	return TypedDataHash(DomainSeparator(d), o.StructHash())
}

// Validate reports a uint256 field out of range.
func (o RequestOrder) Validate() error {
	return checkUints("request order", field{"appmaxprice", o.AppMaxPrice},
		field{"datasetmaxprice", o.DatasetMaxPrice}, field{"workerpoolmaxprice", o.WorkerpoolMaxPrice},
		field{"volume", o.Volume}, field{"category", o.Category}, field{"trust", o.Trust})
}

// words builds an EIP-712 encodeData buffer: the type hash, then one 32-byte word per field.
type words struct {
	buf []byte
	n   int // words written
}

func (e *words) init(typeHash common.Hash, fields int) {
	e.buf = make([]byte, 32*(1+fields))
	copy(e.buf, typeHash[:])
	e.n = 1
}

func (e *words) next() []byte {
	w := e.buf[32*e.n : 32*(e.n+1)]
	e.n++
	return w
}

func (e *words) bytes32(b [32]byte)       { copy(e.next(), b[:]) }
func (e *words) address(a common.Address) { copy(e.next()[12:], a[:]) }
func (e *words) string(s string)          { copy(e.next(), crypto.Keccak256([]byte(s))) }
func (e *words) uint(x *big.Int)          { putUint256(e.next(), x) }
func (e *words) hash() (h [32]byte)       { return crypto.Keccak256Hash(e.buf[:32*e.n]) }

// putUint256 writes x as a 32-byte big-endian word; nil is zero. Values outside uint256
// are written modulo 2^256 (two's complement for negatives); Validate rejects them.
func putUint256(w []byte, x *big.Int) {
	if x == nil || x.Sign() == 0 {
		return
	}
	if x.Sign() > 0 && x.BitLen() <= 256 {
		x.FillBytes(w)
		return
	}
	m := new(big.Int).And(x, maxUint256)
	m.FillBytes(w)
}

// ErrNotUint256 is returned by Validate for a negative value or one wider than 256 bits.
var ErrNotUint256 = errors.New("value is not a uint256 (negative or wider than 256 bits)")

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

type field struct {
	name string
	v    *big.Int
}

func checkUints(what string, fields ...field) error {
	for _, f := range fields {
		if f.v == nil {
			continue
		}
		if f.v.Sign() < 0 || f.v.BitLen() > 256 {
			return fmt.Errorf("%s: %s = %s: %w", what, f.name, f.v, ErrNotUint256)
		}
	}
	return nil
}
