// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// AppOrder is an auto generated low-level Go binding around an user-defined struct.
type AppOrder struct {
	App                common.Address
	Appprice           *big.Int
	Volume             *big.Int
	Tag                [32]byte
	Datasetrestrict    common.Address
	Workerpoolrestrict common.Address
	Requesterrestrict  common.Address
	Salt               [32]byte
}

// AppRegistryApp is an auto generated low-level Go binding around an user-defined struct.
type AppRegistryApp struct {
	Name      string
	AppType   string
	Multiaddr []byte
	Checksum  [32]byte
	Mrenclave []byte
}

// Category is an auto generated low-level Go binding around an user-defined struct.
type Category struct {
	Name             string
	Description      string
	WorkClockTimeRef *big.Int
}

// ClaimItem is an auto generated low-level Go binding around an user-defined struct.
type ClaimItem struct {
	Idx          *big.Int
	Contributors []Contributor
}

// ContributeAndFinalizeItem is an auto generated low-level Go binding around an user-defined struct.
type ContributeAndFinalizeItem struct {
	Idx               *big.Int
	ResultDigest      [32]byte
	Results           []byte
	ResultsCallback   []byte
	Enclave           common.Address
	EnclaveSign       []byte
	AuthorizationSign []byte
}

// ContributeItem is an auto generated low-level Go binding around an user-defined struct.
type ContributeItem struct {
	Idx               *big.Int
	ResultHash        [32]byte
	ResultSeal        [32]byte
	Enclave           common.Address
	EnclaveSign       []byte
	AuthorizationSign []byte
}

// Contribution is an auto generated low-level Go binding around an user-defined struct.
type Contribution struct {
	Status uint8
	Weight *big.Int
	Seal   [24]byte
}

// Contributor is an auto generated low-level Go binding around an user-defined struct.
type Contributor struct {
	Worker     common.Address
	ResultHash [32]byte
}

// DatasetOrder is an auto generated low-level Go binding around an user-defined struct.
type DatasetOrder struct {
	Dataset            common.Address
	Datasetprice       *big.Int
	Volume             *big.Int
	Tag                [32]byte
	Apprestrict        common.Address
	Workerpoolrestrict common.Address
	Requesterrestrict  common.Address
	Salt               [32]byte
}

// DatasetRegistryDataset is an auto generated low-level Go binding around an user-defined struct.
type DatasetRegistryDataset struct {
	Name      string
	Multiaddr []byte
	Checksum  [32]byte
}

// Deal is an auto generated low-level Go binding around an user-defined struct.
type Deal struct {
	Id                   [32]byte
	App                  common.Address
	AppOwner             common.Address
	AppPrice             *big.Int
	Dataset              common.Address
	DatasetOwner         common.Address
	DatasetPrice         *big.Int
	Workerpool           common.Address
	WorkerpoolOwner      common.Address
	WorkerpoolPrice      *big.Int
	Trust                *big.Int
	Category             *big.Int
	WorkClockTimeRef     *big.Int
	Tag                  [32]byte
	Requester            common.Address
	Beneficiary          common.Address
	Callback             common.Address
	Sponsor              common.Address
	StartTime            *big.Int
	BotFirst             *big.Int
	BotSize              *big.Int
	WorkerStake          *big.Int
	SchedulerRewardRatio *big.Int
}

// FinalizeItem is an auto generated low-level Go binding around an user-defined struct.
type FinalizeItem struct {
	Idx             *big.Int
	Contributors    []Contributor
	ResultDigest    [32]byte
	Results         []byte
	ResultsCallback []byte
}

// PocoHubOrderSignatures is an auto generated low-level Go binding around an user-defined struct.
type PocoHubOrderSignatures struct {
	App        []byte
	Dataset    []byte
	Workerpool []byte
	Request    []byte
}

// RequestOrder is an auto generated low-level Go binding around an user-defined struct.
type RequestOrder struct {
	App                common.Address
	Appmaxprice        *big.Int
	Dataset            common.Address
	Datasetmaxprice    *big.Int
	Workerpool         common.Address
	Workerpoolmaxprice *big.Int
	Requester          common.Address
	Volume             *big.Int
	Tag                [32]byte
	Category           *big.Int
	Trust              *big.Int
	Beneficiary        common.Address
	Callback           common.Address
	Params             string
	Salt               [32]byte
}

// RevealItem is an auto generated low-level Go binding around an user-defined struct.
type RevealItem struct {
	Idx          *big.Int
	ResultDigest [32]byte
}

// Task is an auto generated low-level Go binding around an user-defined struct.
type Task struct {
	Status           uint8
	Contributors     uint16
	Winners          uint16
	RevealDeadline   *big.Int
	TotalWeight      *big.Int
	ContributorsHash [32]byte
}

// WorkerpoolOrder is an auto generated low-level Go binding around an user-defined struct.
type WorkerpoolOrder struct {
	Workerpool        common.Address
	Workerpoolprice   *big.Int
	Volume            *big.Int
	Tag               [32]byte
	Category          *big.Int
	Trust             *big.Int
	Apprestrict       common.Address
	Datasetrestrict   common.Address
	Requesterrestrict common.Address
	Salt              [32]byte
}

// WorkerpoolRegistryWorkerpool is an auto generated low-level Go binding around an user-defined struct.
type WorkerpoolRegistryWorkerpool struct {
	Description          string
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
}

// AppRegistryMetaData contains all meta data concerning the AppRegistry contract.
var AppRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"RegistryAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"RegistryNotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"RegistryUnknownAsset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RegistryZeroOwner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"appType\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"multiaddr\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"mrenclave\",\"type\":\"bytes\"}],\"name\":\"AppCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"appAddress\",\"type\":\"address\"}],\"name\":\"app\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"appType\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"multiaddr\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"mrenclave\",\"type\":\"bytes\"}],\"internalType\":\"structAppRegistry.App\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"appType\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"multiaddr\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"mrenclave\",\"type\":\"bytes\"}],\"name\":\"createApp\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"created\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"ownerOfAsset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"encodedArgs\",\"type\":\"bytes\"}],\"name\":\"predictAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"appType\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"multiaddr\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"mrenclave\",\"type\":\"bytes\"}],\"name\":\"predictApp\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "4383c3a8f40573f260b24c07115d327949",
	Bin: "0x60806040523461032857604080519081016001600160401b038111828210176102335760409081526009825268506f636f204170707360b81b602083015280519081016001600160401b038111828210176102335760405260088152670504f434f2d4150560c41b602082015281516001600160401b038111610233575f54600181811c9116801561031e575b602082101461021557601f81116102b1575b50602092601f821160011461025257928192935f92610247575b50508160011b915f199060031b1c1916175f555b80516001600160401b03811161023357600154600181811c91168015610229575b602082101461021557601f81116101a7575b50602091601f8211600114610147579181925f9261013c575b50508160011b915f199060031b1c1916176001555b604051611788908161032d8239f35b015190505f80610118565b601f1982169260015f52805f20915f5b85811061018f57508360019510610177575b505050811b0160015561012d565b01515f1960f88460031b161c191690555f8080610169565b91926020600181928685015181550194019201610157565b818111156100ff5760015f52601f820160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf66020841061020d575b81601f9101920160051c03905f5b8281106102005750506100ff565b5f828201556001016101f2565b5f91506101e4565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100ed565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100b8565b601f198216935f8052805f20915f5b8681106102995750836001959610610281575b505050811b015f556100cc565b01515f1960f88460031b161c191690555f8080610274565b91926020600181928685015181550194019201610261565b8181111561009e575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56360208410610316575b81601f9101920160051c03905f5b82811061030957505061009e565b5f828201556001016102fb565b5f91506102ed565b90607f169061008c565b5f80fdfe610140806040526004361015610013575f80fd5b5f905f3560e01c90816301ffc9a714610f545750806306661abd14610f3757806306fdde0314610e95578063081812fc14610e58578063095ea7b314610d6c57806323b872dd14610d555780633f7868ff1461068b57806342842e0e146106625780636352211e1461064457806370a08231146105da5780637fe954081461059557806395d89b41146104b7578063a22cb465146103ea578063ae7c10f71461028c578063b88d4fde1461023b578063c1f1d577146101fa578063c87b56dd1461019d578063e92118ed146101455763e985e9c5146100f0575f80fd5b34610142576040366003190112610142576001600160a01b036040610113611047565b928261011d61105d565b9416815260056020522091165f52602052602060ff60405f2054166040519015158152f35b80fd5b503461014257602061018c61018761017961015f366110db565b9560409b999a979b959195949294519b8c998f8b01611505565b03601f1981018452836111a7565b6115b5565b6001600160a01b0360405191168152f35b346101f65760203660031901126101f6576101b9600435611755565b505f6040516101c96020826111a7565b526101f26040516101db6020826111a7565b5f8152604051918291602083526020830190611023565b0390f35b5f80fd5b346101f65760203660031901126101f6576001600160a01b0361021b611047565b165f52600260205260206001600160a01b0360405f205416604051908152f35b346101f65760803660031901126101f657610254611047565b61025c61105d565b6064359167ffffffffffffffff83116101f65761028061028a93369060040161121b565b91604435916115ea565b005b346101f65760203660031901126101f6576001600160a01b036102ad611047565b606060806040516102bd8161118b565b8281528260208201528260408201525f83820152015216805f5260026020526001600160a01b0360405f205416156103bf575f52600760205261038060405f206101f26040519161030d8361118b565b61031681611271565b835261032460018201611271565b602084019081526103a661033a60028401611271565b6040860190815261039361035c600460038701549660608a0197885201611271565b936080880194855260405198899860208a525160a060208b015260c08a0190611023565b9051888203601f190160408a0152611023565b9051868203601f19016060880152611023565b9151608085015251838203601f190160a0850152611023565b7fc4605361000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101f65760403660031901126101f657610403611047565b602435908115158092036101f65733156104a4576001600160a01b031690811561047857335f52600560205260405f20825f5260205260405f2060ff1981541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b507f5b08ba18000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63a9fbf51f60e01b5f525f60045260245ffd5b346101f6575f3660031901126101f6576040515f6001546104d781611239565b80845290600181169081156105715750600114610513575b6101f2836104ff818503826111a7565b604051918291602083526020830190611023565b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b808210610557575090915081016020016104ff6104ef565b91926001816020925483858801015201910190929161053f565b60ff191660208086019190915291151560051b840190910191506104ff90506104ef565b346101f65760403660031901126101f6576105ae611047565b60243567ffffffffffffffff81116101f6576020916105d461018c92369060040161121b565b906115b5565b346101f65760203660031901126101f6576001600160a01b036105fb611047565b168015610618575f526003602052602060405f2054604051908152f35b7f89c62b64000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b346101f65760203660031901126101f657602061018c600435611755565b346101f65761028a61067336611073565b90604051926106836020856111a7565b5f84526115ea565b346101f6576106e66106d861069f366110db565b91949760e09a9991969793949a5260a0529889949889949889949b8c9299989b8c959b8c948c8c604051998a9860e05160208b01611505565b03601f1981018352826111a7565b6001600160a01b0360a0511615610d2d5761070b6001600160a01b039160a0516115b5565b1661010052610100515f5260026020526001600160a01b0360405f205416610cfe576006545f198114610cea57600101600655610100515f5260026020526001600160a01b0360405f2054168015159081610cb0575b6001600160a01b0360a05116610c8d575b610100515f52600260205260405f206001600160a01b0360a051166001600160a01b0319825416179055610100516001600160a01b0360a05116827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a450610c615760405160c0526107e760c05161118b565b6107f4368760e0516111e5565b60c051526108033685896111e5565b602060c05101908152610817368a886111e5565b90604060c0510191825282606060c05101526108343686866111e5565b608060c0510152610100515f52600760205260405f206101205260c0515180519067ffffffffffffffff8211610af65761087e826108756101205154611239565b61012051611557565b602090601f8311600114610bf8576108ad92915f9183610b8a575b50508160011b915f199060031b1c19161790565b61012051555b60016101205101905180519067ffffffffffffffff8211610af6576108e2826108dc8554611239565b85611557565b602090601f8311600114610b955761091092915f9183610b8a5750508160011b915f199060031b1c19161790565b90555b51805160805267ffffffffffffffff60805111610af65761094c6080516109406002610120510154611239565b60026101205101611557565b6020601f60805111600114610b155790610982915f91608051610b0a575b5050608051908160011b915f199060031b1c19161790565b60026101205101555b606060c051015160036101205101556004610120510197608060c051015198895167ffffffffffffffff8111610af6576109cf816109c98454611239565b84611557565b6020601f8211600114610a675781610a4c979695949392610a28927f75bf3a0dca7f6075b6d6f85ea486bbd673b2e81cfbf5e92883cd834df96cc7579c9d9e5f92610a5c5750508160011b915f199060031b1c19161790565b90555b6040519687966001600160a01b0360a051169b610100519b60e0518a611505565b0390a36020604051610100518152f35b015190508e80610899565b825f52805f209b5f5b601f1984168110610ade5750917f75bf3a0dca7f6075b6d6f85ea486bbd673b2e81cfbf5e92883cd834df96cc7579a9b9c600192610a4c99989796959483601f19811610610ac6575b505050811b019055610a2b565b01515f1960f88460031b161c191690558d8080610ab9565b828201518e556001909d019c60209283019201610a70565b634e487b7160e01b5f52604160045260245ffd5b015190508a8061096a565b600261012051015f52805f20915f5b608051601f19168110610b725750608051601f19811610610b58575b5050506001608051811b01600261012051015561098b565b01515f1960f860805160031b161c19169055888080610b40565b91926020600181928685015181550194019201610b24565b015190508d80610899565b90601f19831691845f52815f20925f5b818110610be05750908460019594939210610bc8575b505050811b019055610913565b01515f1960f88460031b161c191690558c8080610bbb565b92936020600181928786015181550195019301610ba5565b90601f19831691610120515f52815f20925f5b818110610c495750908460019594939210610c31575b505050811b0161012051556108b3565b01515f1960f88460031b161c191690558c8080610c21565b92936020600181928786015181550195019301610c0b565b7f73c6ac6e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b6001600160a01b0360a051165f52600360205260405f2060018154019055610772565b610cd2610100515f52600460205260405f206001600160a01b03198154169055565b805f52600360205260405f205f198154019055610761565b634e487b7160e01b5f52601160045260245ffd5b7f467f5723000000000000000000000000000000000000000000000000000000005f526101005160045260245ffd5b7f24e99b85000000000000000000000000000000000000000000000000000000005f5260045ffd5b346101f65761028a610d6636611073565b91611311565b346101f65760403660031901126101f657610d85611047565b602435610d9181611755565b33151580610e45575b80610e12575b610dff5781906001600160a01b0380851691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f5260046020526001600160a01b0360405f2091166001600160a01b03198254161790555f80f35b63a9fbf51f60e01b5f523360045260245ffd5b506001600160a01b0381165f52600560205260405f206001600160a01b0333165f5260205260ff60405f20541615610da0565b50336001600160a01b0382161415610d9a565b346101f65760203660031901126101f657600435610e7581611755565b505f52600460205260206001600160a01b0360405f205416604051908152f35b346101f6575f3660031901126101f6576040515f5f54610eb481611239565b80845290600181169081156105715750600114610edb576101f2836104ff818503826111a7565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b808210610f1d575090915081016020016104ff6104ef565b919260018160209254838588010152019101909291610f05565b346101f6575f3660031901126101f6576020600654604051908152f35b346101f65760203660031901126101f657600435907fffffffff0000000000000000000000000000000000000000000000000000000082168092036101f657817f80ac58cd0000000000000000000000000000000000000000000000000000000060209314908115610ff9575b8115610fcf575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483610fc8565b7f5b5e139f0000000000000000000000000000000000000000000000000000000081149150610fc1565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036101f657565b602435906001600160a01b03821682036101f657565b60609060031901126101f6576004356001600160a01b03811681036101f657906024356001600160a01b03811681036101f6579060443590565b9181601f840112156101f65782359167ffffffffffffffff83116101f657602083818601950101116101f657565b60c06003198201126101f6576004356001600160a01b03811681036101f6579160243567ffffffffffffffff81116101f6578261111a916004016110ad565b9290929160443567ffffffffffffffff81116101f6578261113d916004016110ad565b9290929160643567ffffffffffffffff81116101f65782611160916004016110ad565b929092916084359160a4359067ffffffffffffffff82116101f657611187916004016110ad565b9091565b60a0810190811067ffffffffffffffff821117610af657604052565b90601f8019910116810190811067ffffffffffffffff821117610af657604052565b67ffffffffffffffff8111610af657601f01601f191660200190565b9291926111f1826111c9565b916111ff60405193846111a7565b8294818452818301116101f6578281602093845f960137010152565b9080601f830112156101f657816020611236933591016111e5565b90565b90600182811c92168015611267575b602083101461125357565b634e487b7160e01b5f52602260045260245ffd5b91607f1691611248565b9060405191825f82549261128484611239565b80845293600181169081156112ef57506001146112ab575b506112a9925003836111a7565b565b90505f9291925260205f20905f915b8183106112d35750509060206112a9928201015f61129c565b60209193508060019154838589010152019101909184926112ba565b9050602092506112a994915060ff191682840152151560051b8201015f61129c565b91906001600160a01b031680156114d257815f5260026020526001600160a01b0360405f2054169282331515928361141d575b6001600160a01b039350856113e6575b805f52600360205260405f2060018154019055815f52600260205260405f20816001600160a01b0319825416179055857fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a4168083036113b557505050565b7f64283d7b000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b611405825f52600460205260405f206001600160a01b03198154169055565b855f52600360205260405f205f198154019055611354565b919290508061147b575b1561143457828291611344565b828461144c57637e27328960e01b5f5260045260245ffd5b7f177e802f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b5033841480156114a9575b806114275750825f526004602052336001600160a01b0360405f20541614611427565b50835f52600560205260405f206001600160a01b0333165f5260205260ff60405f205416611486565b633250574960e11b5f525f60045260245ffd5b908060209392818452848401375f828201840152601f01601f1916010190565b949261154494611528611536936112369c9a9b999560a08a5260a08a01916114e5565b9187830360208901526114e5565b9184830360408601526114e5565b93606082015260808185039101526114e5565b919091601f8311611568575b505050565b81831161157457505050565b5f5260205f206020601f830160051c92106115ad575b81601f9101920160051c03905f5b82811015611563575f82820155600101611598565b5f915061158a565b6106d86115e36001600160a01b03936040519283918660208401961686526040808401526060830190611023565b5190201690565b906115f6838284611311565b803b611603575b50505050565b6020916116496001600160a01b03809316956040519586948594630a85bd0160e11b86523360048701521660248501526044840152608060648401526084830190611023565b03815f865af15f91816116f8575b506116ac57503d156116a5573d61166d816111c9565b9061167b60405192836111a7565b81523d5f602083013e5b805190816116a05782633250574960e11b5f5260045260245ffd5b602001fd5b6060611685565b7fffffffff00000000000000000000000000000000000000000000000000000000630a85bd0160e11b9116036116e657505f8080806115fd565b633250574960e11b5f5260045260245ffd5b9091506020813d60201161174d575b81611714602093836111a7565b810103126101f657517fffffffff00000000000000000000000000000000000000000000000000000000811681036101f657905f611657565b3d9150611707565b805f5260026020526001600160a01b0360405f205416908115611776575090565b637e27328960e01b5f5260045260245ffd",
}

// AppRegistry is an auto generated Go binding around an Ethereum contract.
type AppRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AppRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewAppRegistry creates a new instance of AppRegistry.
func NewAppRegistry() *AppRegistry {
	parsed, err := AppRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AppRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AppRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae7c10f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function app(address appAddress) view returns((string,string,bytes,bytes32,bytes))
func (appRegistry *AppRegistry) PackApp(appAddress common.Address) []byte {
	enc, err := appRegistry.abi.Pack("app", appAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae7c10f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function app(address appAddress) view returns((string,string,bytes,bytes32,bytes))
func (appRegistry *AppRegistry) TryPackApp(appAddress common.Address) ([]byte, error) {
	return appRegistry.abi.Pack("app", appAddress)
}

// UnpackApp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae7c10f7.
//
// Solidity: function app(address appAddress) view returns((string,string,bytes,bytes32,bytes))
func (appRegistry *AppRegistry) UnpackApp(data []byte) (AppRegistryApp, error) {
	out, err := appRegistry.abi.Unpack("app", data)
	if err != nil {
		return *new(AppRegistryApp), err
	}
	out0 := *abi.ConvertType(out[0], new(AppRegistryApp)).(*AppRegistryApp)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (appRegistry *AppRegistry) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := appRegistry.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (appRegistry *AppRegistry) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return appRegistry.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (appRegistry *AppRegistry) PackBalanceOf(owner common.Address) []byte {
	enc, err := appRegistry.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (appRegistry *AppRegistry) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return appRegistry.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (appRegistry *AppRegistry) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := appRegistry.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06661abd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function count() view returns(uint256)
func (appRegistry *AppRegistry) PackCount() []byte {
	enc, err := appRegistry.abi.Pack("count")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06661abd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function count() view returns(uint256)
func (appRegistry *AppRegistry) TryPackCount() ([]byte, error) {
	return appRegistry.abi.Pack("count")
}

// UnpackCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06661abd.
//
// Solidity: function count() view returns(uint256)
func (appRegistry *AppRegistry) UnpackCount(data []byte) (*big.Int, error) {
	out, err := appRegistry.abi.Unpack("count", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f7868ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createApp(address owner, string name, string appType, bytes multiaddr, bytes32 checksum, bytes mrenclave) returns(address created)
func (appRegistry *AppRegistry) PackCreateApp(owner common.Address, name string, appType string, multiaddr []byte, checksum [32]byte, mrenclave []byte) []byte {
	enc, err := appRegistry.abi.Pack("createApp", owner, name, appType, multiaddr, checksum, mrenclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f7868ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createApp(address owner, string name, string appType, bytes multiaddr, bytes32 checksum, bytes mrenclave) returns(address created)
func (appRegistry *AppRegistry) TryPackCreateApp(owner common.Address, name string, appType string, multiaddr []byte, checksum [32]byte, mrenclave []byte) ([]byte, error) {
	return appRegistry.abi.Pack("createApp", owner, name, appType, multiaddr, checksum, mrenclave)
}

// UnpackCreateApp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f7868ff.
//
// Solidity: function createApp(address owner, string name, string appType, bytes multiaddr, bytes32 checksum, bytes mrenclave) returns(address created)
func (appRegistry *AppRegistry) UnpackCreateApp(data []byte) (common.Address, error) {
	out, err := appRegistry.abi.Unpack("createApp", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (appRegistry *AppRegistry) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := appRegistry.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (appRegistry *AppRegistry) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return appRegistry.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (appRegistry *AppRegistry) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := appRegistry.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (appRegistry *AppRegistry) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := appRegistry.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (appRegistry *AppRegistry) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return appRegistry.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (appRegistry *AppRegistry) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := appRegistry.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (appRegistry *AppRegistry) PackName() []byte {
	enc, err := appRegistry.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (appRegistry *AppRegistry) TryPackName() ([]byte, error) {
	return appRegistry.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (appRegistry *AppRegistry) UnpackName(data []byte) (string, error) {
	out, err := appRegistry.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (appRegistry *AppRegistry) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := appRegistry.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (appRegistry *AppRegistry) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return appRegistry.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (appRegistry *AppRegistry) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := appRegistry.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerOfAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1f1d577.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (appRegistry *AppRegistry) PackOwnerOfAsset(asset common.Address) []byte {
	enc, err := appRegistry.abi.Pack("ownerOfAsset", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOfAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1f1d577.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (appRegistry *AppRegistry) TryPackOwnerOfAsset(asset common.Address) ([]byte, error) {
	return appRegistry.abi.Pack("ownerOfAsset", asset)
}

// UnpackOwnerOfAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1f1d577.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (appRegistry *AppRegistry) UnpackOwnerOfAsset(data []byte) (common.Address, error) {
	out, err := appRegistry.abi.Unpack("ownerOfAsset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPredictAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fe95408.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predictAddress(address owner, bytes encodedArgs) pure returns(address)
func (appRegistry *AppRegistry) PackPredictAddress(owner common.Address, encodedArgs []byte) []byte {
	enc, err := appRegistry.abi.Pack("predictAddress", owner, encodedArgs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredictAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fe95408.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predictAddress(address owner, bytes encodedArgs) pure returns(address)
func (appRegistry *AppRegistry) TryPackPredictAddress(owner common.Address, encodedArgs []byte) ([]byte, error) {
	return appRegistry.abi.Pack("predictAddress", owner, encodedArgs)
}

// UnpackPredictAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fe95408.
//
// Solidity: function predictAddress(address owner, bytes encodedArgs) pure returns(address)
func (appRegistry *AppRegistry) UnpackPredictAddress(data []byte) (common.Address, error) {
	out, err := appRegistry.abi.Unpack("predictAddress", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPredictApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe92118ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predictApp(address owner, string name, string appType, bytes multiaddr, bytes32 checksum, bytes mrenclave) pure returns(address)
func (appRegistry *AppRegistry) PackPredictApp(owner common.Address, name string, appType string, multiaddr []byte, checksum [32]byte, mrenclave []byte) []byte {
	enc, err := appRegistry.abi.Pack("predictApp", owner, name, appType, multiaddr, checksum, mrenclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredictApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe92118ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predictApp(address owner, string name, string appType, bytes multiaddr, bytes32 checksum, bytes mrenclave) pure returns(address)
func (appRegistry *AppRegistry) TryPackPredictApp(owner common.Address, name string, appType string, multiaddr []byte, checksum [32]byte, mrenclave []byte) ([]byte, error) {
	return appRegistry.abi.Pack("predictApp", owner, name, appType, multiaddr, checksum, mrenclave)
}

// UnpackPredictApp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe92118ed.
//
// Solidity: function predictApp(address owner, string name, string appType, bytes multiaddr, bytes32 checksum, bytes mrenclave) pure returns(address)
func (appRegistry *AppRegistry) UnpackPredictApp(data []byte) (common.Address, error) {
	out, err := appRegistry.abi.Unpack("predictApp", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (appRegistry *AppRegistry) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := appRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (appRegistry *AppRegistry) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return appRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (appRegistry *AppRegistry) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := appRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (appRegistry *AppRegistry) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return appRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (appRegistry *AppRegistry) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := appRegistry.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (appRegistry *AppRegistry) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return appRegistry.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (appRegistry *AppRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := appRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (appRegistry *AppRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return appRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (appRegistry *AppRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := appRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (appRegistry *AppRegistry) PackSymbol() []byte {
	enc, err := appRegistry.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (appRegistry *AppRegistry) TryPackSymbol() ([]byte, error) {
	return appRegistry.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (appRegistry *AppRegistry) UnpackSymbol(data []byte) (string, error) {
	out, err := appRegistry.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (appRegistry *AppRegistry) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := appRegistry.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (appRegistry *AppRegistry) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return appRegistry.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (appRegistry *AppRegistry) UnpackTokenURI(data []byte) (string, error) {
	out, err := appRegistry.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (appRegistry *AppRegistry) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := appRegistry.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (appRegistry *AppRegistry) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return appRegistry.abi.Pack("transferFrom", from, to, tokenId)
}

// AppRegistryAppCreated represents a AppCreated event raised by the AppRegistry contract.
type AppRegistryAppCreated struct {
	App       common.Address
	Owner     common.Address
	Name      string
	AppType   string
	Multiaddr []byte
	Checksum  [32]byte
	Mrenclave []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const AppRegistryAppCreatedEventName = "AppCreated"

// ContractEventName returns the user-defined event name.
func (AppRegistryAppCreated) ContractEventName() string {
	return AppRegistryAppCreatedEventName
}

// UnpackAppCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AppCreated(address indexed app, address indexed owner, string name, string appType, bytes multiaddr, bytes32 checksum, bytes mrenclave)
func (appRegistry *AppRegistry) UnpackAppCreatedEvent(log *types.Log) (*AppRegistryAppCreated, error) {
	event := "AppCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != appRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AppRegistryAppCreated)
	if len(log.Data) > 0 {
		if err := appRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range appRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AppRegistryApproval represents a Approval event raised by the AppRegistry contract.
type AppRegistryApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AppRegistryApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (AppRegistryApproval) ContractEventName() string {
	return AppRegistryApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (appRegistry *AppRegistry) UnpackApprovalEvent(log *types.Log) (*AppRegistryApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != appRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AppRegistryApproval)
	if len(log.Data) > 0 {
		if err := appRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range appRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AppRegistryApprovalForAll represents a ApprovalForAll event raised by the AppRegistry contract.
type AppRegistryApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const AppRegistryApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (AppRegistryApprovalForAll) ContractEventName() string {
	return AppRegistryApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (appRegistry *AppRegistry) UnpackApprovalForAllEvent(log *types.Log) (*AppRegistryApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != appRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AppRegistryApprovalForAll)
	if len(log.Data) > 0 {
		if err := appRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range appRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AppRegistryTransfer represents a Transfer event raised by the AppRegistry contract.
type AppRegistryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AppRegistryTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AppRegistryTransfer) ContractEventName() string {
	return AppRegistryTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (appRegistry *AppRegistry) UnpackTransferEvent(log *types.Log) (*AppRegistryTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != appRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AppRegistryTransfer)
	if len(log.Data) > 0 {
		if err := appRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range appRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (appRegistry *AppRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return appRegistry.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return appRegistry.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return appRegistry.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return appRegistry.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return appRegistry.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return appRegistry.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return appRegistry.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return appRegistry.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["RegistryAlreadyRegistered"].ID.Bytes()[:4]) {
		return appRegistry.UnpackRegistryAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["RegistryNotOwner"].ID.Bytes()[:4]) {
		return appRegistry.UnpackRegistryNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["RegistryUnknownAsset"].ID.Bytes()[:4]) {
		return appRegistry.UnpackRegistryUnknownAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], appRegistry.abi.Errors["RegistryZeroOwner"].ID.Bytes()[:4]) {
		return appRegistry.UnpackRegistryZeroOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AppRegistryERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the AppRegistry contract.
type AppRegistryERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func AppRegistryERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (appRegistry *AppRegistry) UnpackERC721IncorrectOwnerError(raw []byte) (*AppRegistryERC721IncorrectOwner, error) {
	out := new(AppRegistryERC721IncorrectOwner)
	if err := appRegistry.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the AppRegistry contract.
type AppRegistryERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func AppRegistryERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (appRegistry *AppRegistry) UnpackERC721InsufficientApprovalError(raw []byte) (*AppRegistryERC721InsufficientApproval, error) {
	out := new(AppRegistryERC721InsufficientApproval)
	if err := appRegistry.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryERC721InvalidApprover represents a ERC721InvalidApprover error raised by the AppRegistry contract.
type AppRegistryERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func AppRegistryERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (appRegistry *AppRegistry) UnpackERC721InvalidApproverError(raw []byte) (*AppRegistryERC721InvalidApprover, error) {
	out := new(AppRegistryERC721InvalidApprover)
	if err := appRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryERC721InvalidOperator represents a ERC721InvalidOperator error raised by the AppRegistry contract.
type AppRegistryERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func AppRegistryERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (appRegistry *AppRegistry) UnpackERC721InvalidOperatorError(raw []byte) (*AppRegistryERC721InvalidOperator, error) {
	out := new(AppRegistryERC721InvalidOperator)
	if err := appRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryERC721InvalidOwner represents a ERC721InvalidOwner error raised by the AppRegistry contract.
type AppRegistryERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func AppRegistryERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (appRegistry *AppRegistry) UnpackERC721InvalidOwnerError(raw []byte) (*AppRegistryERC721InvalidOwner, error) {
	out := new(AppRegistryERC721InvalidOwner)
	if err := appRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the AppRegistry contract.
type AppRegistryERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func AppRegistryERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (appRegistry *AppRegistry) UnpackERC721InvalidReceiverError(raw []byte) (*AppRegistryERC721InvalidReceiver, error) {
	out := new(AppRegistryERC721InvalidReceiver)
	if err := appRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryERC721InvalidSender represents a ERC721InvalidSender error raised by the AppRegistry contract.
type AppRegistryERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func AppRegistryERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (appRegistry *AppRegistry) UnpackERC721InvalidSenderError(raw []byte) (*AppRegistryERC721InvalidSender, error) {
	out := new(AppRegistryERC721InvalidSender)
	if err := appRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryERC721NonexistentToken represents a ERC721NonexistentToken error raised by the AppRegistry contract.
type AppRegistryERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func AppRegistryERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (appRegistry *AppRegistry) UnpackERC721NonexistentTokenError(raw []byte) (*AppRegistryERC721NonexistentToken, error) {
	out := new(AppRegistryERC721NonexistentToken)
	if err := appRegistry.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryRegistryAlreadyRegistered represents a RegistryAlreadyRegistered error raised by the AppRegistry contract.
type AppRegistryRegistryAlreadyRegistered struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryAlreadyRegistered(address asset)
func AppRegistryRegistryAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x467f5723f59e959f12080d4e5cf6edff365ef8fcc1b96fcbe1a162aace40460b")
}

// UnpackRegistryAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryAlreadyRegistered(address asset)
func (appRegistry *AppRegistry) UnpackRegistryAlreadyRegisteredError(raw []byte) (*AppRegistryRegistryAlreadyRegistered, error) {
	out := new(AppRegistryRegistryAlreadyRegistered)
	if err := appRegistry.abi.UnpackIntoInterface(out, "RegistryAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryRegistryNotOwner represents a RegistryNotOwner error raised by the AppRegistry contract.
type AppRegistryRegistryNotOwner struct {
	Asset  common.Address
	Caller common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryNotOwner(address asset, address caller, address owner)
func AppRegistryRegistryNotOwnerErrorID() common.Hash {
	return common.HexToHash("0xfd0da7f479a64389bb5f2cc85d94ad217f744d8f45baeb405d01c777d87f1b11")
}

// UnpackRegistryNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryNotOwner(address asset, address caller, address owner)
func (appRegistry *AppRegistry) UnpackRegistryNotOwnerError(raw []byte) (*AppRegistryRegistryNotOwner, error) {
	out := new(AppRegistryRegistryNotOwner)
	if err := appRegistry.abi.UnpackIntoInterface(out, "RegistryNotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryRegistryUnknownAsset represents a RegistryUnknownAsset error raised by the AppRegistry contract.
type AppRegistryRegistryUnknownAsset struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryUnknownAsset(address asset)
func AppRegistryRegistryUnknownAssetErrorID() common.Hash {
	return common.HexToHash("0xc460536150e0e64a0dc141a54e5cb8f60a5a93da48cb105c4fea000c6c5a1a9f")
}

// UnpackRegistryUnknownAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryUnknownAsset(address asset)
func (appRegistry *AppRegistry) UnpackRegistryUnknownAssetError(raw []byte) (*AppRegistryRegistryUnknownAsset, error) {
	out := new(AppRegistryRegistryUnknownAsset)
	if err := appRegistry.abi.UnpackIntoInterface(out, "RegistryUnknownAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AppRegistryRegistryZeroOwner represents a RegistryZeroOwner error raised by the AppRegistry contract.
type AppRegistryRegistryZeroOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryZeroOwner()
func AppRegistryRegistryZeroOwnerErrorID() common.Hash {
	return common.HexToHash("0x24e99b854e89f602a948f379ea4b9b482d8969f3b57652ada852d9473802587f")
}

// UnpackRegistryZeroOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryZeroOwner()
func (appRegistry *AppRegistry) UnpackRegistryZeroOwnerError(raw []byte) (*AppRegistryRegistryZeroOwner, error) {
	out := new(AppRegistryRegistryZeroOwner)
	if err := appRegistry.abi.UnpackIntoInterface(out, "RegistryZeroOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryMetaData contains all meta data concerning the DatasetRegistry contract.
var DatasetRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"RegistryAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"RegistryNotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"RegistryUnknownAsset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RegistryZeroOwner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"multiaddr\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"DatasetCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"multiaddr\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"createDataset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"created\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"datasetAddress\",\"type\":\"address\"}],\"name\":\"dataset\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"multiaddr\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetRegistry.Dataset\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"ownerOfAsset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"encodedArgs\",\"type\":\"bytes\"}],\"name\":\"predictAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"multiaddr\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"predictDataset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "f8c90a77c24d67ba5a31efe149151a4b64",
	Bin: "0x60806040523461033057604080519081016001600160401b0381118282101761023b576040908152600d82526c506f636f20446174617365747360981b602083015280519081016001600160401b0381118282101761023b57604052600c81526b1413d0d3cb5110551054d15560a21b602082015281516001600160401b03811161023b575f54600181811c91168015610326575b602082101461021d57601f81116102b9575b50602092601f821160011461025a57928192935f9261024f575b50508160011b915f199060031b1c1916175f555b80516001600160401b03811161023b57600154600181811c91168015610231575b602082101461021d57601f81116101af575b50602091601f821160011461014f579181925f92610144575b50508160011b915f199060031b1c1916176001555b6040516114ce90816103358239f35b015190505f80610120565b601f1982169260015f52805f20915f5b8581106101975750836001951061017f575b505050811b01600155610135565b01515f1960f88460031b161c191690555f8080610171565b9192602060018192868501518155019401920161015f565b818111156101075760015f52601f820160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf660208410610215575b81601f9101920160051c03905f5b828110610208575050610107565b5f828201556001016101fa565b5f91506101ec565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100f5565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100c0565b601f198216935f8052805f20915f5b8681106102a15750836001959610610289575b505050811b015f556100d4565b01515f1960f88460031b161c191690555f808061027c565b91926020600181928685015181550194019201610269565b818111156100a6575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5636020841061031e575b81601f9101920160051c03905f5b8281106103115750506100a6565b5f82820155600101610303565b5f91506102f5565b90607f1690610094565b5f80fdfe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a714610da25750806306661abd14610d8557806306fdde0314610ce3578063081812fc14610ca6578063095ea7b314610bba57806323b872dd14610ba35780633354bcdb1461074a57806342842e0e146107215780636352211e1461070357806370a08231146106995780637fe954081461065457806395d89b4114610576578063a1ff283614610352578063a22cb46514610285578063b88d4fde14610234578063c1f1d577146101f3578063c87b56dd14610196578063e985e9c5146101435763fe17fc7a146100ef575f80fd5b3461014057602061012f61012a61011c61010836610f29565b9160409795969397519788958b870161126e565b03601f198101845283610fb0565b6112fb565b6001600160a01b0360405191168152f35b80fd5b5034610140576040366003190112610140576001600160a01b036040610167610e95565b9282610171610eab565b9416815260056020522091165f52602052602060ff60405f2054166040519015158152f35b346101ef5760203660031901126101ef576101b260043561149b565b505f6040516101c2602082610fb0565b526101eb6040516101d4602082610fb0565b5f8152604051918291602083526020830190610e71565b0390f35b5f80fd5b346101ef5760203660031901126101ef576001600160a01b03610214610e95565b165f52600260205260206001600160a01b0360405f205416604051908152f35b346101ef5760803660031901126101ef5761024d610e95565b610255610eab565b6064359167ffffffffffffffff83116101ef57610279610283933690600401611024565b9160443591611330565b005b346101ef5760403660031901126101ef5761029e610e95565b602435908115158092036101ef57331561033f576001600160a01b031690811561031357335f52600560205260405f20825f5260205260405f2060ff1981541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b507f5b08ba18000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63a9fbf51f60e01b5f525f60045260245ffd5b346101ef5760203660031901126101ef576001600160a01b03610373610e95565b5f6040805161038181610f94565b6060815260606020820152015216805f5260026020526001600160a01b0360405f2054161561054b575f52600760205260405f206040516103c181610f94565b6040518254815f6103d183611042565b808352926001811690811561052c57506001146104eb575b6103f592500382610fb0565b81526040516001830180545f9161040b82611042565b80855291600181169081156104c35750600114610485575b505060026104679461043a8461047a940385610fb0565b60208501938452015491604084019283526040519485946020865251606060208701526080860190610e71565b9051848203601f19016040860152610e71565b905160608301520390f35b5f908152602081209092505b8183106104a957505081016020016002610467610423565b600181602092949394548385880101520191019190610491565b60ff191660208681019190915292151560051b85019092019250600291506104679050610423565b5090845f5260205f20905f915b8183106105105750509060206103f5928201016103e9565b60209193508060019154838588010152019101909183926104f8565b602092506103f594915060ff191682840152151560051b8201016103e9565b7fc4605361000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101ef575f3660031901126101ef576040515f60015461059681611042565b808452906001811690811561063057506001146105d2575b6101eb836105be81850382610fb0565b604051918291602083526020830190610e71565b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b808210610616575090915081016020016105be6105ae565b9192600181602092548385880101520191019092916105fe565b60ff191660208086019190915291151560051b840190910191506105be90506105ae565b346101ef5760403660031901126101ef5761066d610e95565b60243567ffffffffffffffff81116101ef5760209161069361012f923690600401611024565b906112fb565b346101ef5760203660031901126101ef576001600160a01b036106ba610e95565b1680156106d7575f526003602052602060405f2054604051908152f35b7f89c62b64000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b346101ef5760203660031901126101ef57602061012f60043561149b565b346101ef5761028361073236610ec1565b9060405192610742602085610fb0565b5f8452611330565b346101ef5761075836610f29565b909194926040516107828161077485878b878c6020870161126e565b03601f198101835282610fb0565b6001600160a01b038516948515610b7b576001600160a01b03916107a5916112fb565b1694855f5260026020526001600160a01b0360405f205416610b4f576006545f198114610b3b57600101600655855f5260026020526001600160a01b0360405f2054168015159081610b04575b86610aec575b875f52600260205260405f20876001600160a01b03198254161790558787827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a450610ac0576040519261084d84610f94565b610858368484610fee565b845261086536868a610fee565b97602085019889526040850194828652885f52600760205260405f20905180519067ffffffffffffffff8211610a3e576108a9826108a38554611042565b8561129d565b602090601f8311600114610a5d576108d892915f9183610a52575b50508160011b915f199060031b1c19161790565b81555b6001810199519586519a67ffffffffffffffff8c11610a3e578b8b9861090760209e6108a38554611042565b8d90601f831160011461098b5792610962836002946109759a9997947f4ace378d3878fd4cfaea01fa432c07d20ae9fef3e820a25329085dede1b65dfb9e9f99975f926109805750508160011b915f199060031b1c19161790565b90555b519101556040519586958661126e565b0390a3604051908152f35b015190505f806108c4565b601f9b9695949392919b19821690835f528c5f20915f5b818110610a0a575092600294927f4ace378d3878fd4cfaea01fa432c07d20ae9fef3e820a25329085dede1b65dfb9d9e600193836109759d9c9b9a9997106109f2575b505050811b019055610965565b01515f1960f88460031b161c191690555f80806109e5565b939597999b9d9496989a9c5090916020600181928786015181550195019301908f9c9a98969492919d9b999795939d6109a2565b634e487b7160e01b5f52604160045260245ffd5b015190508d806108c4565b90601f19831691845f52815f20925f5b818110610aa85750908460019594939210610a90575b505050811b0181556108db565b01515f1960f88460031b161c191690558c8080610a83565b92936020600181928786015181550195019301610a6d565b7f73c6ac6e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b865f52600360205260405f20600181540190556107f8565b610b23885f52600460205260405f206001600160a01b03198154169055565b805f52600360205260405f205f1981540190556107f2565b634e487b7160e01b5f52601160045260245ffd5b857f467f5723000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f24e99b85000000000000000000000000000000000000000000000000000000005f5260045ffd5b346101ef57610283610bb436610ec1565b9161107a565b346101ef5760403660031901126101ef57610bd3610e95565b602435610bdf8161149b565b33151580610c93575b80610c60575b610c4d5781906001600160a01b0380851691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f5260046020526001600160a01b0360405f2091166001600160a01b03198254161790555f80f35b63a9fbf51f60e01b5f523360045260245ffd5b506001600160a01b0381165f52600560205260405f206001600160a01b0333165f5260205260ff60405f20541615610bee565b50336001600160a01b0382161415610be8565b346101ef5760203660031901126101ef57600435610cc38161149b565b505f52600460205260206001600160a01b0360405f205416604051908152f35b346101ef575f3660031901126101ef576040515f5f54610d0281611042565b80845290600181169081156106305750600114610d29576101eb836105be81850382610fb0565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b808210610d6b575090915081016020016105be6105ae565b919260018160209254838588010152019101909291610d53565b346101ef575f3660031901126101ef576020600654604051908152f35b346101ef5760203660031901126101ef57600435907fffffffff0000000000000000000000000000000000000000000000000000000082168092036101ef57817f80ac58cd0000000000000000000000000000000000000000000000000000000060209314908115610e47575b8115610e1d575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483610e16565b7f5b5e139f0000000000000000000000000000000000000000000000000000000081149150610e0f565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036101ef57565b602435906001600160a01b03821682036101ef57565b60609060031901126101ef576004356001600160a01b03811681036101ef57906024356001600160a01b03811681036101ef579060443590565b9181601f840112156101ef5782359167ffffffffffffffff83116101ef57602083818601950101116101ef57565b9060806003198301126101ef576004356001600160a01b03811681036101ef579160243567ffffffffffffffff81116101ef5781610f6991600401610efb565b929092916044359067ffffffffffffffff82116101ef57610f8c91600401610efb565b909160643590565b6060810190811067ffffffffffffffff821117610a3e57604052565b90601f8019910116810190811067ffffffffffffffff821117610a3e57604052565b67ffffffffffffffff8111610a3e57601f01601f191660200190565b929192610ffa82610fd2565b916110086040519384610fb0565b8294818452818301116101ef578281602093845f960137010152565b9080601f830112156101ef5781602061103f93359101610fee565b90565b90600182811c92168015611070575b602083101461105c57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691611051565b91906001600160a01b0316801561123b57815f5260026020526001600160a01b0360405f20541692823315159283611186575b6001600160a01b0393508561114f575b805f52600360205260405f2060018154019055815f52600260205260405f20816001600160a01b0319825416179055857fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a41680830361111e57505050565b7f64283d7b000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b61116e825f52600460205260405f206001600160a01b03198154169055565b855f52600360205260405f205f1981540190556110bd565b91929050806111e4575b1561119d578282916110ad565b82846111b557637e27328960e01b5f5260045260245ffd5b7f177e802f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b503384148015611212575b806111905750825f526004602052336001600160a01b0360405f20541614611190565b50835f52600560205260405f206001600160a01b0333165f5260205260ff60405f2054166111ef565b633250574960e11b5f525f60045260245ffd5b908060209392818452848401375f828201840152601f01601f1916010190565b95949361128a604094926112989460608a5260608a019161124e565b91878303602089015261124e565b930152565b919091601f83116112ae575b505050565b8183116112ba57505050565b5f5260205f206020601f830160051c92106112f3575b81601f9101920160051c03905f5b828110156112a9575f828201556001016112de565b5f91506112d0565b6107746113296001600160a01b03936040519283918660208401961686526040808401526060830190610e71565b5190201690565b9061133c83828461107a565b803b611349575b50505050565b60209161138f6001600160a01b03809316956040519586948594630a85bd0160e11b86523360048701521660248501526044840152608060648401526084830190610e71565b03815f865af15f918161143e575b506113f257503d156113eb573d6113b381610fd2565b906113c16040519283610fb0565b81523d5f602083013e5b805190816113e65782633250574960e11b5f5260045260245ffd5b602001fd5b60606113cb565b7fffffffff00000000000000000000000000000000000000000000000000000000630a85bd0160e11b91160361142c57505f808080611343565b633250574960e11b5f5260045260245ffd5b9091506020813d602011611493575b8161145a60209383610fb0565b810103126101ef57517fffffffff00000000000000000000000000000000000000000000000000000000811681036101ef57905f61139d565b3d915061144d565b805f5260026020526001600160a01b0360405f2054169081156114bc575090565b637e27328960e01b5f5260045260245ffd",
}

// DatasetRegistry is an auto generated Go binding around an Ethereum contract.
type DatasetRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DatasetRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewDatasetRegistry creates a new instance of DatasetRegistry.
func NewDatasetRegistry() *DatasetRegistry {
	parsed, err := DatasetRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DatasetRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DatasetRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (datasetRegistry *DatasetRegistry) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := datasetRegistry.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (datasetRegistry *DatasetRegistry) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return datasetRegistry.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (datasetRegistry *DatasetRegistry) PackBalanceOf(owner common.Address) []byte {
	enc, err := datasetRegistry.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (datasetRegistry *DatasetRegistry) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return datasetRegistry.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (datasetRegistry *DatasetRegistry) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := datasetRegistry.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06661abd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function count() view returns(uint256)
func (datasetRegistry *DatasetRegistry) PackCount() []byte {
	enc, err := datasetRegistry.abi.Pack("count")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06661abd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function count() view returns(uint256)
func (datasetRegistry *DatasetRegistry) TryPackCount() ([]byte, error) {
	return datasetRegistry.abi.Pack("count")
}

// UnpackCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06661abd.
//
// Solidity: function count() view returns(uint256)
func (datasetRegistry *DatasetRegistry) UnpackCount(data []byte) (*big.Int, error) {
	out, err := datasetRegistry.abi.Unpack("count", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3354bcdb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createDataset(address owner, string name, bytes multiaddr, bytes32 checksum) returns(address created)
func (datasetRegistry *DatasetRegistry) PackCreateDataset(owner common.Address, name string, multiaddr []byte, checksum [32]byte) []byte {
	enc, err := datasetRegistry.abi.Pack("createDataset", owner, name, multiaddr, checksum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3354bcdb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createDataset(address owner, string name, bytes multiaddr, bytes32 checksum) returns(address created)
func (datasetRegistry *DatasetRegistry) TryPackCreateDataset(owner common.Address, name string, multiaddr []byte, checksum [32]byte) ([]byte, error) {
	return datasetRegistry.abi.Pack("createDataset", owner, name, multiaddr, checksum)
}

// UnpackCreateDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3354bcdb.
//
// Solidity: function createDataset(address owner, string name, bytes multiaddr, bytes32 checksum) returns(address created)
func (datasetRegistry *DatasetRegistry) UnpackCreateDataset(data []byte) (common.Address, error) {
	out, err := datasetRegistry.abi.Unpack("createDataset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1ff2836.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dataset(address datasetAddress) view returns((string,bytes,bytes32))
func (datasetRegistry *DatasetRegistry) PackDataset(datasetAddress common.Address) []byte {
	enc, err := datasetRegistry.abi.Pack("dataset", datasetAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1ff2836.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dataset(address datasetAddress) view returns((string,bytes,bytes32))
func (datasetRegistry *DatasetRegistry) TryPackDataset(datasetAddress common.Address) ([]byte, error) {
	return datasetRegistry.abi.Pack("dataset", datasetAddress)
}

// UnpackDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1ff2836.
//
// Solidity: function dataset(address datasetAddress) view returns((string,bytes,bytes32))
func (datasetRegistry *DatasetRegistry) UnpackDataset(data []byte) (DatasetRegistryDataset, error) {
	out, err := datasetRegistry.abi.Unpack("dataset", data)
	if err != nil {
		return *new(DatasetRegistryDataset), err
	}
	out0 := *abi.ConvertType(out[0], new(DatasetRegistryDataset)).(*DatasetRegistryDataset)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (datasetRegistry *DatasetRegistry) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := datasetRegistry.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (datasetRegistry *DatasetRegistry) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return datasetRegistry.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (datasetRegistry *DatasetRegistry) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := datasetRegistry.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (datasetRegistry *DatasetRegistry) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := datasetRegistry.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (datasetRegistry *DatasetRegistry) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return datasetRegistry.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (datasetRegistry *DatasetRegistry) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := datasetRegistry.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (datasetRegistry *DatasetRegistry) PackName() []byte {
	enc, err := datasetRegistry.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (datasetRegistry *DatasetRegistry) TryPackName() ([]byte, error) {
	return datasetRegistry.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (datasetRegistry *DatasetRegistry) UnpackName(data []byte) (string, error) {
	out, err := datasetRegistry.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (datasetRegistry *DatasetRegistry) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := datasetRegistry.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (datasetRegistry *DatasetRegistry) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return datasetRegistry.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (datasetRegistry *DatasetRegistry) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := datasetRegistry.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerOfAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1f1d577.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (datasetRegistry *DatasetRegistry) PackOwnerOfAsset(asset common.Address) []byte {
	enc, err := datasetRegistry.abi.Pack("ownerOfAsset", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOfAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1f1d577.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (datasetRegistry *DatasetRegistry) TryPackOwnerOfAsset(asset common.Address) ([]byte, error) {
	return datasetRegistry.abi.Pack("ownerOfAsset", asset)
}

// UnpackOwnerOfAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1f1d577.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (datasetRegistry *DatasetRegistry) UnpackOwnerOfAsset(data []byte) (common.Address, error) {
	out, err := datasetRegistry.abi.Unpack("ownerOfAsset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPredictAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fe95408.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predictAddress(address owner, bytes encodedArgs) pure returns(address)
func (datasetRegistry *DatasetRegistry) PackPredictAddress(owner common.Address, encodedArgs []byte) []byte {
	enc, err := datasetRegistry.abi.Pack("predictAddress", owner, encodedArgs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredictAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fe95408.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predictAddress(address owner, bytes encodedArgs) pure returns(address)
func (datasetRegistry *DatasetRegistry) TryPackPredictAddress(owner common.Address, encodedArgs []byte) ([]byte, error) {
	return datasetRegistry.abi.Pack("predictAddress", owner, encodedArgs)
}

// UnpackPredictAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fe95408.
//
// Solidity: function predictAddress(address owner, bytes encodedArgs) pure returns(address)
func (datasetRegistry *DatasetRegistry) UnpackPredictAddress(data []byte) (common.Address, error) {
	out, err := datasetRegistry.abi.Unpack("predictAddress", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPredictDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe17fc7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predictDataset(address owner, string name, bytes multiaddr, bytes32 checksum) pure returns(address)
func (datasetRegistry *DatasetRegistry) PackPredictDataset(owner common.Address, name string, multiaddr []byte, checksum [32]byte) []byte {
	enc, err := datasetRegistry.abi.Pack("predictDataset", owner, name, multiaddr, checksum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredictDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe17fc7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predictDataset(address owner, string name, bytes multiaddr, bytes32 checksum) pure returns(address)
func (datasetRegistry *DatasetRegistry) TryPackPredictDataset(owner common.Address, name string, multiaddr []byte, checksum [32]byte) ([]byte, error) {
	return datasetRegistry.abi.Pack("predictDataset", owner, name, multiaddr, checksum)
}

// UnpackPredictDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe17fc7a.
//
// Solidity: function predictDataset(address owner, string name, bytes multiaddr, bytes32 checksum) pure returns(address)
func (datasetRegistry *DatasetRegistry) UnpackPredictDataset(data []byte) (common.Address, error) {
	out, err := datasetRegistry.abi.Unpack("predictDataset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (datasetRegistry *DatasetRegistry) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := datasetRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (datasetRegistry *DatasetRegistry) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return datasetRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (datasetRegistry *DatasetRegistry) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := datasetRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (datasetRegistry *DatasetRegistry) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return datasetRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (datasetRegistry *DatasetRegistry) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := datasetRegistry.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (datasetRegistry *DatasetRegistry) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return datasetRegistry.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (datasetRegistry *DatasetRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := datasetRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (datasetRegistry *DatasetRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return datasetRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (datasetRegistry *DatasetRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := datasetRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (datasetRegistry *DatasetRegistry) PackSymbol() []byte {
	enc, err := datasetRegistry.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (datasetRegistry *DatasetRegistry) TryPackSymbol() ([]byte, error) {
	return datasetRegistry.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (datasetRegistry *DatasetRegistry) UnpackSymbol(data []byte) (string, error) {
	out, err := datasetRegistry.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (datasetRegistry *DatasetRegistry) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := datasetRegistry.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (datasetRegistry *DatasetRegistry) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return datasetRegistry.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (datasetRegistry *DatasetRegistry) UnpackTokenURI(data []byte) (string, error) {
	out, err := datasetRegistry.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (datasetRegistry *DatasetRegistry) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := datasetRegistry.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (datasetRegistry *DatasetRegistry) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return datasetRegistry.abi.Pack("transferFrom", from, to, tokenId)
}

// DatasetRegistryApproval represents a Approval event raised by the DatasetRegistry contract.
type DatasetRegistryApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DatasetRegistryApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (DatasetRegistryApproval) ContractEventName() string {
	return DatasetRegistryApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (datasetRegistry *DatasetRegistry) UnpackApprovalEvent(log *types.Log) (*DatasetRegistryApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datasetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatasetRegistryApproval)
	if len(log.Data) > 0 {
		if err := datasetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datasetRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DatasetRegistryApprovalForAll represents a ApprovalForAll event raised by the DatasetRegistry contract.
type DatasetRegistryApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const DatasetRegistryApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (DatasetRegistryApprovalForAll) ContractEventName() string {
	return DatasetRegistryApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (datasetRegistry *DatasetRegistry) UnpackApprovalForAllEvent(log *types.Log) (*DatasetRegistryApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datasetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatasetRegistryApprovalForAll)
	if len(log.Data) > 0 {
		if err := datasetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datasetRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DatasetRegistryDatasetCreated represents a DatasetCreated event raised by the DatasetRegistry contract.
type DatasetRegistryDatasetCreated struct {
	Dataset   common.Address
	Owner     common.Address
	Name      string
	Multiaddr []byte
	Checksum  [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const DatasetRegistryDatasetCreatedEventName = "DatasetCreated"

// ContractEventName returns the user-defined event name.
func (DatasetRegistryDatasetCreated) ContractEventName() string {
	return DatasetRegistryDatasetCreatedEventName
}

// UnpackDatasetCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetCreated(address indexed dataset, address indexed owner, string name, bytes multiaddr, bytes32 checksum)
func (datasetRegistry *DatasetRegistry) UnpackDatasetCreatedEvent(log *types.Log) (*DatasetRegistryDatasetCreated, error) {
	event := "DatasetCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datasetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatasetRegistryDatasetCreated)
	if len(log.Data) > 0 {
		if err := datasetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datasetRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DatasetRegistryTransfer represents a Transfer event raised by the DatasetRegistry contract.
type DatasetRegistryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DatasetRegistryTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (DatasetRegistryTransfer) ContractEventName() string {
	return DatasetRegistryTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (datasetRegistry *DatasetRegistry) UnpackTransferEvent(log *types.Log) (*DatasetRegistryTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datasetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatasetRegistryTransfer)
	if len(log.Data) > 0 {
		if err := datasetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datasetRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (datasetRegistry *DatasetRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["RegistryAlreadyRegistered"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackRegistryAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["RegistryNotOwner"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackRegistryNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["RegistryUnknownAsset"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackRegistryUnknownAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["RegistryZeroOwner"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackRegistryZeroOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DatasetRegistryERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the DatasetRegistry contract.
type DatasetRegistryERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func DatasetRegistryERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (datasetRegistry *DatasetRegistry) UnpackERC721IncorrectOwnerError(raw []byte) (*DatasetRegistryERC721IncorrectOwner, error) {
	out := new(DatasetRegistryERC721IncorrectOwner)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the DatasetRegistry contract.
type DatasetRegistryERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func DatasetRegistryERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (datasetRegistry *DatasetRegistry) UnpackERC721InsufficientApprovalError(raw []byte) (*DatasetRegistryERC721InsufficientApproval, error) {
	out := new(DatasetRegistryERC721InsufficientApproval)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryERC721InvalidApprover represents a ERC721InvalidApprover error raised by the DatasetRegistry contract.
type DatasetRegistryERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func DatasetRegistryERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (datasetRegistry *DatasetRegistry) UnpackERC721InvalidApproverError(raw []byte) (*DatasetRegistryERC721InvalidApprover, error) {
	out := new(DatasetRegistryERC721InvalidApprover)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryERC721InvalidOperator represents a ERC721InvalidOperator error raised by the DatasetRegistry contract.
type DatasetRegistryERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func DatasetRegistryERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (datasetRegistry *DatasetRegistry) UnpackERC721InvalidOperatorError(raw []byte) (*DatasetRegistryERC721InvalidOperator, error) {
	out := new(DatasetRegistryERC721InvalidOperator)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryERC721InvalidOwner represents a ERC721InvalidOwner error raised by the DatasetRegistry contract.
type DatasetRegistryERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func DatasetRegistryERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (datasetRegistry *DatasetRegistry) UnpackERC721InvalidOwnerError(raw []byte) (*DatasetRegistryERC721InvalidOwner, error) {
	out := new(DatasetRegistryERC721InvalidOwner)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the DatasetRegistry contract.
type DatasetRegistryERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func DatasetRegistryERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (datasetRegistry *DatasetRegistry) UnpackERC721InvalidReceiverError(raw []byte) (*DatasetRegistryERC721InvalidReceiver, error) {
	out := new(DatasetRegistryERC721InvalidReceiver)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryERC721InvalidSender represents a ERC721InvalidSender error raised by the DatasetRegistry contract.
type DatasetRegistryERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func DatasetRegistryERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (datasetRegistry *DatasetRegistry) UnpackERC721InvalidSenderError(raw []byte) (*DatasetRegistryERC721InvalidSender, error) {
	out := new(DatasetRegistryERC721InvalidSender)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryERC721NonexistentToken represents a ERC721NonexistentToken error raised by the DatasetRegistry contract.
type DatasetRegistryERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func DatasetRegistryERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (datasetRegistry *DatasetRegistry) UnpackERC721NonexistentTokenError(raw []byte) (*DatasetRegistryERC721NonexistentToken, error) {
	out := new(DatasetRegistryERC721NonexistentToken)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryRegistryAlreadyRegistered represents a RegistryAlreadyRegistered error raised by the DatasetRegistry contract.
type DatasetRegistryRegistryAlreadyRegistered struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryAlreadyRegistered(address asset)
func DatasetRegistryRegistryAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x467f5723f59e959f12080d4e5cf6edff365ef8fcc1b96fcbe1a162aace40460b")
}

// UnpackRegistryAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryAlreadyRegistered(address asset)
func (datasetRegistry *DatasetRegistry) UnpackRegistryAlreadyRegisteredError(raw []byte) (*DatasetRegistryRegistryAlreadyRegistered, error) {
	out := new(DatasetRegistryRegistryAlreadyRegistered)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "RegistryAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryRegistryNotOwner represents a RegistryNotOwner error raised by the DatasetRegistry contract.
type DatasetRegistryRegistryNotOwner struct {
	Asset  common.Address
	Caller common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryNotOwner(address asset, address caller, address owner)
func DatasetRegistryRegistryNotOwnerErrorID() common.Hash {
	return common.HexToHash("0xfd0da7f479a64389bb5f2cc85d94ad217f744d8f45baeb405d01c777d87f1b11")
}

// UnpackRegistryNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryNotOwner(address asset, address caller, address owner)
func (datasetRegistry *DatasetRegistry) UnpackRegistryNotOwnerError(raw []byte) (*DatasetRegistryRegistryNotOwner, error) {
	out := new(DatasetRegistryRegistryNotOwner)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "RegistryNotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryRegistryUnknownAsset represents a RegistryUnknownAsset error raised by the DatasetRegistry contract.
type DatasetRegistryRegistryUnknownAsset struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryUnknownAsset(address asset)
func DatasetRegistryRegistryUnknownAssetErrorID() common.Hash {
	return common.HexToHash("0xc460536150e0e64a0dc141a54e5cb8f60a5a93da48cb105c4fea000c6c5a1a9f")
}

// UnpackRegistryUnknownAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryUnknownAsset(address asset)
func (datasetRegistry *DatasetRegistry) UnpackRegistryUnknownAssetError(raw []byte) (*DatasetRegistryRegistryUnknownAsset, error) {
	out := new(DatasetRegistryRegistryUnknownAsset)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "RegistryUnknownAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryRegistryZeroOwner represents a RegistryZeroOwner error raised by the DatasetRegistry contract.
type DatasetRegistryRegistryZeroOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryZeroOwner()
func DatasetRegistryRegistryZeroOwnerErrorID() common.Hash {
	return common.HexToHash("0x24e99b854e89f602a948f379ea4b9b482d8969f3b57652ada852d9473802587f")
}

// UnpackRegistryZeroOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryZeroOwner()
func (datasetRegistry *DatasetRegistry) UnpackRegistryZeroOwnerError(raw []byte) (*DatasetRegistryRegistryZeroOwner, error) {
	out := new(DatasetRegistryRegistryZeroOwner)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "RegistryZeroOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoMetaData contains all meta data concerning the Poco contract.
var PocoMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractIAssetRegistry\",\"name\":\"apps_\",\"type\":\"address\"},{\"internalType\":\"contractIAssetRegistry\",\"name\":\"datasets_\",\"type\":\"address\"},{\"internalType\":\"contractIWorkerpoolRegistry\",\"name\":\"workerpools_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"tasksModule_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONTRIBUTION_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FINAL_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY_MIN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TRUST\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL_STAKE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVEAL_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TAG_TEE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account_\",\"type\":\"address\"}],\"name\":\"account\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"appRegistry\",\"outputs\":[{\"internalType\":\"contractIAssetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelAppOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelDatasetOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelRequestOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelWorkerpoolOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"category\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"internalType\":\"structCategory\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"categoryCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"internalType\":\"structClaimItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"internalType\":\"structClaimItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"claimBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"consumed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"internalType\":\"structContributeItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"contribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"internalType\":\"structContributeAndFinalizeItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"contributeAndFinalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"internalType\":\"structContributeAndFinalizeItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"contributeAndFinalizeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"internalType\":\"structContributeItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"contributeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"contribution\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint56\",\"name\":\"weight\",\"type\":\"uint56\"},{\"internalType\":\"bytes24\",\"name\":\"seal\",\"type\":\"bytes24\"}],\"internalType\":\"structContribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"createCategory\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"datasetRegistry\",\"outputs\":[{\"internalType\":\"contractIAssetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"name\":\"dealHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"depositFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"}],\"internalType\":\"structFinalizeItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"}],\"internalType\":\"structFinalizeItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"finalizeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"group\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"members\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"consensus\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashAppOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashDatasetOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashRequestOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashWorkerpoolOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"kitty\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"appOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"datasetOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"workerpoolOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"requestOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"app\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dataset\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"workerpool\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"request\",\"type\":\"bytes\"}],\"internalType\":\"structPocoHub.OrderSignatures\",\"name\":\"signatures\",\"type\":\"tuple\"}],\"name\":\"matchOrders\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignAppOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignDatasetOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignRequestOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignWorkerpoolOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"presigned\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"receiveApproval\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"name\":\"reopen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structRevealItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structRevealItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"revealBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"score\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"appOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"datasetOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"workerpoolOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"requestOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"app\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dataset\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"workerpool\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"request\",\"type\":\"bytes\"}],\"internalType\":\"structPocoHub.OrderSignatures\",\"name\":\"signatures\",\"type\":\"tuple\"}],\"name\":\"sponsorMatchOrders\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"task\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"contributors\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"winners\",\"type\":\"uint16\"},{\"internalType\":\"uint40\",\"name\":\"revealDeadline\",\"type\":\"uint40\"},{\"internalType\":\"uint176\",\"name\":\"totalWeight\",\"type\":\"uint176\"},{\"internalType\":\"bytes32\",\"name\":\"contributorsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structTask\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tasksModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"workerpoolRegistry\",\"outputs\":[{\"internalType\":\"contractIWorkerpoolRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"CategoryCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"ContributionRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"KittyDrain\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"KittyFill\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Lock\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderPresigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32[4]\",\"name\":\"orderHashes\",\"type\":\"bytes32[4]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"}],\"name\":\"OrdersMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"ResultCallback\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Reward\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldScore\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newScore\",\"type\":\"uint256\"}],\"name\":\"ScoreChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Seize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"consensusValue\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"TaskConsensus\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"TaskContribute\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskFinalize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskReopen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"TaskReveal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Unlock\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"PocoAlreadyContributed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"}],\"name\":\"PocoAlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"PocoAssetNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PocoBalanceOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"PocoCallbackDataMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gasLeft\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"PocoCallbackGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"enumContributionStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"PocoCannotReveal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestCategory\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolCategory\",\"type\":\"uint256\"}],\"name\":\"PocoCategoryMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"PocoContributorsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"}],\"name\":\"PocoDeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"}],\"name\":\"PocoDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoDirectCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"}],\"name\":\"PocoEnclaveRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"PocoInsufficientFreeBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"PocoInvalidAuthorization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"PocoInvalidEnclaveSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"PocoInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"PocoInvalidWorkClockTimeRef\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"PocoNotOrderOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"PocoNotScheduler\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"PocoNotToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"PocoOrderConsumed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PocoPriceTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"requested\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"offered\",\"type\":\"address\"}],\"name\":\"PocoRequestMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"order\",\"type\":\"uint8\"},{\"internalType\":\"enumOrderKind\",\"name\":\"party\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"allowed\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"actual\",\"type\":\"address\"}],\"name\":\"PocoRestricted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"PocoResultDigestMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"PocoRevealMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"winners\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"PocoRevealsPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"required\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"offered\",\"type\":\"bytes32\"}],\"name\":\"PocoTagNotOffered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"first\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"PocoTaskIndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"enumTaskStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"PocoTaskWrongStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"required\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"appTag\",\"type\":\"bytes32\"}],\"name\":\"PocoTeeRequiresTeeApp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"}],\"name\":\"PocoTrustNotOne\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"PocoTrustOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestTrust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolTrust\",\"type\":\"uint256\"}],\"name\":\"PocoTrustTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"PocoUnknownCategory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"name\":\"PocoUnknownDeal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"PocoWeightOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"PocoWrongToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoZeroAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"}]",
	ID:  "46e4d5ab08120a2d3cc6c5f5eb29925445",
}

// Poco is an auto generated Go binding around an Ethereum contract.
type Poco struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Poco) GetABI() abi.ABI {
	return c.abi
}

// NewPoco creates a new instance of Poco.
func NewPoco() *Poco {
	parsed, err := PocoMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Poco{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Poco) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address apps_, address datasets_, address workerpools_, address tasksModule_, address owner_) returns()
func (poco *Poco) PackConstructor(token_ common.Address, apps_ common.Address, datasets_ common.Address, workerpools_ common.Address, tasksModule_ common.Address, owner_ common.Address) []byte {
	enc, err := poco.abi.Pack("", token_, apps_, datasets_, workerpools_, tasksModule_, owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_GAS() view returns(uint256)
func (poco *Poco) PackCALLBACKGAS() []byte {
	enc, err := poco.abi.Pack("CALLBACK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_GAS() view returns(uint256)
func (poco *Poco) TryPackCALLBACKGAS() ([]byte, error) {
	return poco.abi.Pack("CALLBACK_GAS")
}

// UnpackCALLBACKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9779ea46.
//
// Solidity: function CALLBACK_GAS() view returns(uint256)
func (poco *Poco) UnpackCALLBACKGAS(data []byte) (*big.Int, error) {
	out, err := poco.abi.Unpack("CALLBACK_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCONTRIBUTIONDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b244832.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CONTRIBUTION_DEADLINE_RATIO() view returns(uint256)
func (poco *Poco) PackCONTRIBUTIONDEADLINERATIO() []byte {
	enc, err := poco.abi.Pack("CONTRIBUTION_DEADLINE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCONTRIBUTIONDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b244832.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CONTRIBUTION_DEADLINE_RATIO() view returns(uint256)
func (poco *Poco) TryPackCONTRIBUTIONDEADLINERATIO() ([]byte, error) {
	return poco.abi.Pack("CONTRIBUTION_DEADLINE_RATIO")
}

// UnpackCONTRIBUTIONDEADLINERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b244832.
//
// Solidity: function CONTRIBUTION_DEADLINE_RATIO() view returns(uint256)
func (poco *Poco) UnpackCONTRIBUTIONDEADLINERATIO(data []byte) (*big.Int, error) {
	out, err := poco.abi.Unpack("CONTRIBUTION_DEADLINE_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFINALDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90fc26b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FINAL_DEADLINE_RATIO() view returns(uint256)
func (poco *Poco) PackFINALDEADLINERATIO() []byte {
	enc, err := poco.abi.Pack("FINAL_DEADLINE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFINALDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90fc26b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FINAL_DEADLINE_RATIO() view returns(uint256)
func (poco *Poco) TryPackFINALDEADLINERATIO() ([]byte, error) {
	return poco.abi.Pack("FINAL_DEADLINE_RATIO")
}

// UnpackFINALDEADLINERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90fc26b1.
//
// Solidity: function FINAL_DEADLINE_RATIO() view returns(uint256)
func (poco *Poco) UnpackFINALDEADLINERATIO(data []byte) (*big.Int, error) {
	out, err := poco.abi.Unpack("FINAL_DEADLINE_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackKITTY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc03ef3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KITTY() view returns(address)
func (poco *Poco) PackKITTY() []byte {
	enc, err := poco.abi.Pack("KITTY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKITTY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc03ef3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KITTY() view returns(address)
func (poco *Poco) TryPackKITTY() ([]byte, error) {
	return poco.abi.Pack("KITTY")
}

// UnpackKITTY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5bc03ef3.
//
// Solidity: function KITTY() view returns(address)
func (poco *Poco) UnpackKITTY(data []byte) (common.Address, error) {
	out, err := poco.abi.Unpack("KITTY", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackKITTYMIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2e7a8c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KITTY_MIN() view returns(uint256)
func (poco *Poco) PackKITTYMIN() []byte {
	enc, err := poco.abi.Pack("KITTY_MIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKITTYMIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2e7a8c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KITTY_MIN() view returns(uint256)
func (poco *Poco) TryPackKITTYMIN() ([]byte, error) {
	return poco.abi.Pack("KITTY_MIN")
}

// UnpackKITTYMIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2e7a8c1.
//
// Solidity: function KITTY_MIN() view returns(uint256)
func (poco *Poco) UnpackKITTYMIN(data []byte) (*big.Int, error) {
	out, err := poco.abi.Unpack("KITTY_MIN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackKITTYRATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51152de1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KITTY_RATIO() view returns(uint256)
func (poco *Poco) PackKITTYRATIO() []byte {
	enc, err := poco.abi.Pack("KITTY_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKITTYRATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51152de1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KITTY_RATIO() view returns(uint256)
func (poco *Poco) TryPackKITTYRATIO() ([]byte, error) {
	return poco.abi.Pack("KITTY_RATIO")
}

// UnpackKITTYRATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51152de1.
//
// Solidity: function KITTY_RATIO() view returns(uint256)
func (poco *Poco) UnpackKITTYRATIO(data []byte) (*big.Int, error) {
	out, err := poco.abi.Unpack("KITTY_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTRUST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe46b8ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TRUST() view returns(uint256)
func (poco *Poco) PackMAXTRUST() []byte {
	enc, err := poco.abi.Pack("MAX_TRUST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTRUST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe46b8ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TRUST() view returns(uint256)
func (poco *Poco) TryPackMAXTRUST() ([]byte, error) {
	return poco.abi.Pack("MAX_TRUST")
}

// UnpackMAXTRUST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe46b8ee.
//
// Solidity: function MAX_TRUST() view returns(uint256)
func (poco *Poco) UnpackMAXTRUST(data []byte) (*big.Int, error) {
	out, err := poco.abi.Unpack("MAX_TRUST", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPOOLSTAKERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x709ce02b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function POOL_STAKE_RATIO() view returns(uint256)
func (poco *Poco) PackPOOLSTAKERATIO() []byte {
	enc, err := poco.abi.Pack("POOL_STAKE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPOOLSTAKERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x709ce02b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function POOL_STAKE_RATIO() view returns(uint256)
func (poco *Poco) TryPackPOOLSTAKERATIO() ([]byte, error) {
	return poco.abi.Pack("POOL_STAKE_RATIO")
}

// UnpackPOOLSTAKERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x709ce02b.
//
// Solidity: function POOL_STAKE_RATIO() view returns(uint256)
func (poco *Poco) UnpackPOOLSTAKERATIO(data []byte) (*big.Int, error) {
	out, err := poco.abi.Unpack("POOL_STAKE_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREVEALDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fde601d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REVEAL_DEADLINE_RATIO() view returns(uint256)
func (poco *Poco) PackREVEALDEADLINERATIO() []byte {
	enc, err := poco.abi.Pack("REVEAL_DEADLINE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREVEALDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fde601d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REVEAL_DEADLINE_RATIO() view returns(uint256)
func (poco *Poco) TryPackREVEALDEADLINERATIO() ([]byte, error) {
	return poco.abi.Pack("REVEAL_DEADLINE_RATIO")
}

// UnpackREVEALDEADLINERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5fde601d.
//
// Solidity: function REVEAL_DEADLINE_RATIO() view returns(uint256)
func (poco *Poco) UnpackREVEALDEADLINERATIO(data []byte) (*big.Int, error) {
	out, err := poco.abi.Unpack("REVEAL_DEADLINE_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTAGTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e508aca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TAG_TEE() view returns(bytes32)
func (poco *Poco) PackTAGTEE() []byte {
	enc, err := poco.abi.Pack("TAG_TEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTAGTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e508aca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TAG_TEE() view returns(bytes32)
func (poco *Poco) TryPackTAGTEE() ([]byte, error) {
	return poco.abi.Pack("TAG_TEE")
}

// UnpackTAGTEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e508aca.
//
// Solidity: function TAG_TEE() view returns(bytes32)
func (poco *Poco) UnpackTAGTEE(data []byte) ([32]byte, error) {
	out, err := poco.abi.Unpack("TAG_TEE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73b9aa91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function account(address account_) view returns(uint256 free, uint256 locked)
func (poco *Poco) PackAccount(account common.Address) []byte {
	enc, err := poco.abi.Pack("account", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73b9aa91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function account(address account_) view returns(uint256 free, uint256 locked)
func (poco *Poco) TryPackAccount(account common.Address) ([]byte, error) {
	return poco.abi.Pack("account", account)
}

// AccountOutput serves as a container for the return parameters of contract
// method Account.
type AccountOutput struct {
	Free   *big.Int
	Locked *big.Int
}

// UnpackAccount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73b9aa91.
//
// Solidity: function account(address account_) view returns(uint256 free, uint256 locked)
func (poco *Poco) UnpackAccount(data []byte) (AccountOutput, error) {
	out, err := poco.abi.Unpack("account", data)
	outstruct := new(AccountOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Free = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Locked = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackAppRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb4fceb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function appRegistry() view returns(address)
func (poco *Poco) PackAppRegistry() []byte {
	enc, err := poco.abi.Pack("appRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAppRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb4fceb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function appRegistry() view returns(address)
func (poco *Poco) TryPackAppRegistry() ([]byte, error) {
	return poco.abi.Pack("appRegistry")
}

// UnpackAppRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb4fceb9.
//
// Solidity: function appRegistry() view returns(address)
func (poco *Poco) UnpackAppRegistry(data []byte) (common.Address, error) {
	out, err := poco.abi.Unpack("appRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCancelAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ed3900.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) returns()
func (poco *Poco) PackCancelAppOrder(order AppOrder) []byte {
	enc, err := poco.abi.Pack("cancelAppOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ed3900.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) returns()
func (poco *Poco) TryPackCancelAppOrder(order AppOrder) ([]byte, error) {
	return poco.abi.Pack("cancelAppOrder", order)
}

// PackCancelDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdaa9c31d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) returns()
func (poco *Poco) PackCancelDatasetOrder(order DatasetOrder) []byte {
	enc, err := poco.abi.Pack("cancelDatasetOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdaa9c31d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) returns()
func (poco *Poco) TryPackCancelDatasetOrder(order DatasetOrder) ([]byte, error) {
	return poco.abi.Pack("cancelDatasetOrder", order)
}

// PackCancelRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4fdb5ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) order) returns()
func (poco *Poco) PackCancelRequestOrder(order RequestOrder) []byte {
	enc, err := poco.abi.Pack("cancelRequestOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4fdb5ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) order) returns()
func (poco *Poco) TryPackCancelRequestOrder(order RequestOrder) ([]byte, error) {
	return poco.abi.Pack("cancelRequestOrder", order)
}

// PackCancelWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58e10f56.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) order) returns()
func (poco *Poco) PackCancelWorkerpoolOrder(order WorkerpoolOrder) []byte {
	enc, err := poco.abi.Pack("cancelWorkerpoolOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58e10f56.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) order) returns()
func (poco *Poco) TryPackCancelWorkerpoolOrder(order WorkerpoolOrder) ([]byte, error) {
	return poco.abi.Pack("cancelWorkerpoolOrder", order)
}

// PackCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x253eca1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function category(uint256 id) view returns((string,string,uint256))
func (poco *Poco) PackCategory(id *big.Int) []byte {
	enc, err := poco.abi.Pack("category", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x253eca1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function category(uint256 id) view returns((string,string,uint256))
func (poco *Poco) TryPackCategory(id *big.Int) ([]byte, error) {
	return poco.abi.Pack("category", id)
}

// UnpackCategory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x253eca1f.
//
// Solidity: function category(uint256 id) view returns((string,string,uint256))
func (poco *Poco) UnpackCategory(data []byte) (Category, error) {
	out, err := poco.abi.Unpack("category", data)
	if err != nil {
		return *new(Category), err
	}
	out0 := *abi.ConvertType(out[0], new(Category)).(*Category)
	return out0, nil
}

// PackCategoryCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2be32dbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function categoryCount() view returns(uint256)
func (poco *Poco) PackCategoryCount() []byte {
	enc, err := poco.abi.Pack("categoryCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCategoryCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2be32dbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function categoryCount() view returns(uint256)
func (poco *Poco) TryPackCategoryCount() ([]byte, error) {
	return poco.abi.Pack("categoryCount")
}

// UnpackCategoryCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2be32dbb.
//
// Solidity: function categoryCount() view returns(uint256)
func (poco *Poco) UnpackCategoryCount(data []byte) (*big.Int, error) {
	out, err := poco.abi.Unpack("categoryCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x474c161c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(address,bytes32)[]) item) returns()
func (poco *Poco) PackClaim(deal Deal, item ClaimItem) []byte {
	enc, err := poco.abi.Pack("claim", deal, item)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x474c161c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(address,bytes32)[]) item) returns()
func (poco *Poco) TryPackClaim(deal Deal, item ClaimItem) ([]byte, error) {
	return poco.abi.Pack("claim", deal, item)
}

// PackClaimBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fbbdc02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(address,bytes32)[])[] items) returns()
func (poco *Poco) PackClaimBatch(deal Deal, items []ClaimItem) []byte {
	enc, err := poco.abi.Pack("claimBatch", deal, items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fbbdc02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(address,bytes32)[])[] items) returns()
func (poco *Poco) TryPackClaimBatch(deal Deal, items []ClaimItem) ([]byte, error) {
	return poco.abi.Pack("claimBatch", deal, items)
}

// PackConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4648c943.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function consumed(bytes32 orderHash) view returns(uint256)
func (poco *Poco) PackConsumed(orderHash [32]byte) []byte {
	enc, err := poco.abi.Pack("consumed", orderHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4648c943.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function consumed(bytes32 orderHash) view returns(uint256)
func (poco *Poco) TryPackConsumed(orderHash [32]byte) ([]byte, error) {
	return poco.abi.Pack("consumed", orderHash)
}

// UnpackConsumed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4648c943.
//
// Solidity: function consumed(bytes32 orderHash) view returns(uint256)
func (poco *Poco) UnpackConsumed(data []byte) (*big.Int, error) {
	out, err := poco.abi.Unpack("consumed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e9ef8e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribute((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32,bytes32,address,bytes,bytes) item) returns()
func (poco *Poco) PackContribute(deal Deal, item ContributeItem) []byte {
	enc, err := poco.abi.Pack("contribute", deal, item)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e9ef8e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribute((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32,bytes32,address,bytes,bytes) item) returns()
func (poco *Poco) TryPackContribute(deal Deal, item ContributeItem) ([]byte, error) {
	return poco.abi.Pack("contribute", deal, item)
}

// PackContributeAndFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5e1f65a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributeAndFinalize((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32,bytes,bytes,address,bytes,bytes) item) returns()
func (poco *Poco) PackContributeAndFinalize(deal Deal, item ContributeAndFinalizeItem) []byte {
	enc, err := poco.abi.Pack("contributeAndFinalize", deal, item)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributeAndFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5e1f65a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributeAndFinalize((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32,bytes,bytes,address,bytes,bytes) item) returns()
func (poco *Poco) TryPackContributeAndFinalize(deal Deal, item ContributeAndFinalizeItem) ([]byte, error) {
	return poco.abi.Pack("contributeAndFinalize", deal, item)
}

// PackContributeAndFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4aa2943d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributeAndFinalizeBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32,bytes,bytes,address,bytes,bytes)[] items) returns()
func (poco *Poco) PackContributeAndFinalizeBatch(deal Deal, items []ContributeAndFinalizeItem) []byte {
	enc, err := poco.abi.Pack("contributeAndFinalizeBatch", deal, items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributeAndFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4aa2943d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributeAndFinalizeBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32,bytes,bytes,address,bytes,bytes)[] items) returns()
func (poco *Poco) TryPackContributeAndFinalizeBatch(deal Deal, items []ContributeAndFinalizeItem) ([]byte, error) {
	return poco.abi.Pack("contributeAndFinalizeBatch", deal, items)
}

// PackContributeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8404291.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributeBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32,bytes32,address,bytes,bytes)[] items) returns()
func (poco *Poco) PackContributeBatch(deal Deal, items []ContributeItem) []byte {
	enc, err := poco.abi.Pack("contributeBatch", deal, items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8404291.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributeBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32,bytes32,address,bytes,bytes)[] items) returns()
func (poco *Poco) TryPackContributeBatch(deal Deal, items []ContributeItem) ([]byte, error) {
	return poco.abi.Pack("contributeBatch", deal, items)
}

// PackContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46616709.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribution(bytes32 taskid, address worker) view returns((uint8,uint56,bytes24))
func (poco *Poco) PackContribution(taskid [32]byte, worker common.Address) []byte {
	enc, err := poco.abi.Pack("contribution", taskid, worker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46616709.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribution(bytes32 taskid, address worker) view returns((uint8,uint56,bytes24))
func (poco *Poco) TryPackContribution(taskid [32]byte, worker common.Address) ([]byte, error) {
	return poco.abi.Pack("contribution", taskid, worker)
}

// UnpackContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46616709.
//
// Solidity: function contribution(bytes32 taskid, address worker) view returns((uint8,uint56,bytes24))
func (poco *Poco) UnpackContribution(data []byte) (Contribution, error) {
	out, err := poco.abi.Unpack("contribution", data)
	if err != nil {
		return *new(Contribution), err
	}
	out0 := *abi.ConvertType(out[0], new(Contribution)).(*Contribution)
	return out0, nil
}

// PackCreateCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x298503d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createCategory(string name, string description, uint256 workClockTimeRef) returns(uint256)
func (poco *Poco) PackCreateCategory(name string, description string, workClockTimeRef *big.Int) []byte {
	enc, err := poco.abi.Pack("createCategory", name, description, workClockTimeRef)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x298503d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createCategory(string name, string description, uint256 workClockTimeRef) returns(uint256)
func (poco *Poco) TryPackCreateCategory(name string, description string, workClockTimeRef *big.Int) ([]byte, error) {
	return poco.abi.Pack("createCategory", name, description, workClockTimeRef)
}

// UnpackCreateCategory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x298503d9.
//
// Solidity: function createCategory(string name, string description, uint256 workClockTimeRef) returns(uint256)
func (poco *Poco) UnpackCreateCategory(data []byte) (*big.Int, error) {
	out, err := poco.abi.Unpack("createCategory", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDatasetRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3235ad13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datasetRegistry() view returns(address)
func (poco *Poco) PackDatasetRegistry() []byte {
	enc, err := poco.abi.Pack("datasetRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatasetRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3235ad13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datasetRegistry() view returns(address)
func (poco *Poco) TryPackDatasetRegistry() ([]byte, error) {
	return poco.abi.Pack("datasetRegistry")
}

// UnpackDatasetRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3235ad13.
//
// Solidity: function datasetRegistry() view returns(address)
func (poco *Poco) UnpackDatasetRegistry(data []byte) (common.Address, error) {
	out, err := poco.abi.Unpack("datasetRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDealHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3103d6e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dealHash(bytes32 dealid) view returns(bytes32)
func (poco *Poco) PackDealHash(dealid [32]byte) []byte {
	enc, err := poco.abi.Pack("dealHash", dealid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDealHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3103d6e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dealHash(bytes32 dealid) view returns(bytes32)
func (poco *Poco) TryPackDealHash(dealid [32]byte) ([]byte, error) {
	return poco.abi.Pack("dealHash", dealid)
}

// UnpackDealHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3103d6e6.
//
// Solidity: function dealHash(bytes32 dealid) view returns(bytes32)
func (poco *Poco) UnpackDealHash(data []byte) ([32]byte, error) {
	out, err := poco.abi.Unpack("dealHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (poco *Poco) PackDeposit(amount *big.Int) []byte {
	enc, err := poco.abi.Pack("deposit", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount) returns()
func (poco *Poco) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return poco.abi.Pack("deposit", amount)
}

// PackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36efd16f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositFor(uint256 amount, address target) returns()
func (poco *Poco) PackDepositFor(amount *big.Int, target common.Address) []byte {
	enc, err := poco.abi.Pack("depositFor", amount, target)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36efd16f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositFor(uint256 amount, address target) returns()
func (poco *Poco) TryPackDepositFor(amount *big.Int, target common.Address) ([]byte, error) {
	return poco.abi.Pack("depositFor", amount, target)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (poco *Poco) PackDomainSeparator() []byte {
	enc, err := poco.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (poco *Poco) TryPackDomainSeparator() ([]byte, error) {
	return poco.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (poco *Poco) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := poco.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (poco *Poco) PackEip712Domain() []byte {
	enc, err := poco.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (poco *Poco) TryPackEip712Domain() ([]byte, error) {
	return poco.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (poco *Poco) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := poco.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37c18de5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(address,bytes32)[],bytes32,bytes,bytes) item) returns()
func (poco *Poco) PackFinalize(deal Deal, item FinalizeItem) []byte {
	enc, err := poco.abi.Pack("finalize", deal, item)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37c18de5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(address,bytes32)[],bytes32,bytes,bytes) item) returns()
func (poco *Poco) TryPackFinalize(deal Deal, item FinalizeItem) ([]byte, error) {
	return poco.abi.Pack("finalize", deal, item)
}

// PackFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d881e91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(address,bytes32)[],bytes32,bytes,bytes)[] items) returns()
func (poco *Poco) PackFinalizeBatch(deal Deal, items []FinalizeItem) []byte {
	enc, err := poco.abi.Pack("finalizeBatch", deal, items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d881e91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(address,bytes32)[],bytes32,bytes,bytes)[] items) returns()
func (poco *Poco) TryPackFinalizeBatch(deal Deal, items []FinalizeItem) ([]byte, error) {
	return poco.abi.Pack("finalizeBatch", deal, items)
}

// PackGroup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4cc426a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function group(bytes32 taskid, bytes32 resultHash) view returns(uint256 weight, uint256 members, bool consensus)
func (poco *Poco) PackGroup(taskid [32]byte, resultHash [32]byte) []byte {
	enc, err := poco.abi.Pack("group", taskid, resultHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGroup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4cc426a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function group(bytes32 taskid, bytes32 resultHash) view returns(uint256 weight, uint256 members, bool consensus)
func (poco *Poco) TryPackGroup(taskid [32]byte, resultHash [32]byte) ([]byte, error) {
	return poco.abi.Pack("group", taskid, resultHash)
}

// GroupOutput serves as a container for the return parameters of contract
// method Group.
type GroupOutput struct {
	Weight    *big.Int
	Members   *big.Int
	Consensus bool
}

// UnpackGroup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4cc426a.
//
// Solidity: function group(bytes32 taskid, bytes32 resultHash) view returns(uint256 weight, uint256 members, bool consensus)
func (poco *Poco) UnpackGroup(data []byte) (GroupOutput, error) {
	out, err := poco.abi.Unpack("group", data)
	outstruct := new(GroupOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Weight = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Members = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Consensus = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// PackHashAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b555994.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) view returns(bytes32)
func (poco *Poco) PackHashAppOrder(order AppOrder) []byte {
	enc, err := poco.abi.Pack("hashAppOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b555994.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) view returns(bytes32)
func (poco *Poco) TryPackHashAppOrder(order AppOrder) ([]byte, error) {
	return poco.abi.Pack("hashAppOrder", order)
}

// UnpackHashAppOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b555994.
//
// Solidity: function hashAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) view returns(bytes32)
func (poco *Poco) UnpackHashAppOrder(data []byte) ([32]byte, error) {
	out, err := poco.abi.Unpack("hashAppOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fcc0227.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) view returns(bytes32)
func (poco *Poco) PackHashDatasetOrder(order DatasetOrder) []byte {
	enc, err := poco.abi.Pack("hashDatasetOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fcc0227.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) view returns(bytes32)
func (poco *Poco) TryPackHashDatasetOrder(order DatasetOrder) ([]byte, error) {
	return poco.abi.Pack("hashDatasetOrder", order)
}

// UnpackHashDatasetOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3fcc0227.
//
// Solidity: function hashDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) view returns(bytes32)
func (poco *Poco) UnpackHashDatasetOrder(data []byte) ([32]byte, error) {
	out, err := poco.abi.Unpack("hashDatasetOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1a7b79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) order) view returns(bytes32)
func (poco *Poco) PackHashRequestOrder(order RequestOrder) []byte {
	enc, err := poco.abi.Pack("hashRequestOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1a7b79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) order) view returns(bytes32)
func (poco *Poco) TryPackHashRequestOrder(order RequestOrder) ([]byte, error) {
	return poco.abi.Pack("hashRequestOrder", order)
}

// UnpackHashRequestOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e1a7b79.
//
// Solidity: function hashRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) order) view returns(bytes32)
func (poco *Poco) UnpackHashRequestOrder(data []byte) ([32]byte, error) {
	out, err := poco.abi.Unpack("hashRequestOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6e14cc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) order) view returns(bytes32)
func (poco *Poco) PackHashWorkerpoolOrder(order WorkerpoolOrder) []byte {
	enc, err := poco.abi.Pack("hashWorkerpoolOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6e14cc6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) order) view returns(bytes32)
func (poco *Poco) TryPackHashWorkerpoolOrder(order WorkerpoolOrder) ([]byte, error) {
	return poco.abi.Pack("hashWorkerpoolOrder", order)
}

// UnpackHashWorkerpoolOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6e14cc6.
//
// Solidity: function hashWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) order) view returns(bytes32)
func (poco *Poco) UnpackHashWorkerpoolOrder(data []byte) ([32]byte, error) {
	out, err := poco.abi.Unpack("hashWorkerpoolOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackKitty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0baccd75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function kitty() view returns(uint256)
func (poco *Poco) PackKitty() []byte {
	enc, err := poco.abi.Pack("kitty")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKitty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0baccd75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function kitty() view returns(uint256)
func (poco *Poco) TryPackKitty() ([]byte, error) {
	return poco.abi.Pack("kitty")
}

// UnpackKitty is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0baccd75.
//
// Solidity: function kitty() view returns(uint256)
func (poco *Poco) UnpackKitty(data []byte) (*big.Int, error) {
	out, err := poco.abi.Unpack("kitty", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6b6ccf5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) requestOrder, (bytes,bytes,bytes,bytes) signatures) returns(bytes32 dealid)
func (poco *Poco) PackMatchOrders(appOrder AppOrder, datasetOrder DatasetOrder, workerpoolOrder WorkerpoolOrder, requestOrder RequestOrder, signatures PocoHubOrderSignatures) []byte {
	enc, err := poco.abi.Pack("matchOrders", appOrder, datasetOrder, workerpoolOrder, requestOrder, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6b6ccf5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) requestOrder, (bytes,bytes,bytes,bytes) signatures) returns(bytes32 dealid)
func (poco *Poco) TryPackMatchOrders(appOrder AppOrder, datasetOrder DatasetOrder, workerpoolOrder WorkerpoolOrder, requestOrder RequestOrder, signatures PocoHubOrderSignatures) ([]byte, error) {
	return poco.abi.Pack("matchOrders", appOrder, datasetOrder, workerpoolOrder, requestOrder, signatures)
}

// UnpackMatchOrders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6b6ccf5.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) requestOrder, (bytes,bytes,bytes,bytes) signatures) returns(bytes32 dealid)
func (poco *Poco) UnpackMatchOrders(data []byte) ([32]byte, error) {
	out, err := poco.abi.Unpack("matchOrders", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (poco *Poco) PackOwner() []byte {
	enc, err := poco.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (poco *Poco) TryPackOwner() ([]byte, error) {
	return poco.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (poco *Poco) UnpackOwner(data []byte) (common.Address, error) {
	out, err := poco.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPresignAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4ac26ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) returns()
func (poco *Poco) PackPresignAppOrder(order AppOrder) []byte {
	enc, err := poco.abi.Pack("presignAppOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4ac26ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) returns()
func (poco *Poco) TryPackPresignAppOrder(order AppOrder) ([]byte, error) {
	return poco.abi.Pack("presignAppOrder", order)
}

// PackPresignDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4357227c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) returns()
func (poco *Poco) PackPresignDatasetOrder(order DatasetOrder) []byte {
	enc, err := poco.abi.Pack("presignDatasetOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4357227c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) returns()
func (poco *Poco) TryPackPresignDatasetOrder(order DatasetOrder) ([]byte, error) {
	return poco.abi.Pack("presignDatasetOrder", order)
}

// PackPresignRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce1b1bd6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) order) returns()
func (poco *Poco) PackPresignRequestOrder(order RequestOrder) []byte {
	enc, err := poco.abi.Pack("presignRequestOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce1b1bd6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) order) returns()
func (poco *Poco) TryPackPresignRequestOrder(order RequestOrder) ([]byte, error) {
	return poco.abi.Pack("presignRequestOrder", order)
}

// PackPresignWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x570a34ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) order) returns()
func (poco *Poco) PackPresignWorkerpoolOrder(order WorkerpoolOrder) []byte {
	enc, err := poco.abi.Pack("presignWorkerpoolOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x570a34ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) order) returns()
func (poco *Poco) TryPackPresignWorkerpoolOrder(order WorkerpoolOrder) ([]byte, error) {
	return poco.abi.Pack("presignWorkerpoolOrder", order)
}

// PackPresigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83b04e6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presigned(bytes32 orderHash) view returns(address)
func (poco *Poco) PackPresigned(orderHash [32]byte) []byte {
	enc, err := poco.abi.Pack("presigned", orderHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83b04e6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presigned(bytes32 orderHash) view returns(address)
func (poco *Poco) TryPackPresigned(orderHash [32]byte) ([]byte, error) {
	return poco.abi.Pack("presigned", orderHash)
}

// UnpackPresigned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83b04e6b.
//
// Solidity: function presigned(bytes32 orderHash) view returns(address)
func (poco *Poco) UnpackPresigned(data []byte) (common.Address, error) {
	out, err := poco.abi.Unpack("presigned", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReceiveApproval is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f4ffcb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiveApproval(address from, uint256 amount, address token_, bytes ) returns()
func (poco *Poco) PackReceiveApproval(from common.Address, amount *big.Int, token common.Address, arg3 []byte) []byte {
	enc, err := poco.abi.Pack("receiveApproval", from, amount, token, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiveApproval is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f4ffcb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiveApproval(address from, uint256 amount, address token_, bytes ) returns()
func (poco *Poco) TryPackReceiveApproval(from common.Address, amount *big.Int, token common.Address, arg3 []byte) ([]byte, error) {
	return poco.abi.Pack("receiveApproval", from, amount, token, arg3)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (poco *Poco) PackRenounceOwnership() []byte {
	enc, err := poco.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (poco *Poco) TryPackRenounceOwnership() ([]byte, error) {
	return poco.abi.Pack("renounceOwnership")
}

// PackReopen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96425c6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reopen((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, uint256 idx, (address,bytes32)[] contributors) returns()
func (poco *Poco) PackReopen(deal Deal, idx *big.Int, contributors []Contributor) []byte {
	enc, err := poco.abi.Pack("reopen", deal, idx, contributors)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReopen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96425c6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reopen((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, uint256 idx, (address,bytes32)[] contributors) returns()
func (poco *Poco) TryPackReopen(deal Deal, idx *big.Int, contributors []Contributor) ([]byte, error) {
	return poco.abi.Pack("reopen", deal, idx, contributors)
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54d6307e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32) item) returns()
func (poco *Poco) PackReveal(deal Deal, item RevealItem) []byte {
	enc, err := poco.abi.Pack("reveal", deal, item)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54d6307e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32) item) returns()
func (poco *Poco) TryPackReveal(deal Deal, item RevealItem) ([]byte, error) {
	return poco.abi.Pack("reveal", deal, item)
}

// PackRevealBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c781910.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32)[] items) returns()
func (poco *Poco) PackRevealBatch(deal Deal, items []RevealItem) []byte {
	enc, err := poco.abi.Pack("revealBatch", deal, items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c781910.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32)[] items) returns()
func (poco *Poco) TryPackRevealBatch(deal Deal, items []RevealItem) ([]byte, error) {
	return poco.abi.Pack("revealBatch", deal, items)
}

// PackScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x776f3843.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function score(address worker) view returns(uint256)
func (poco *Poco) PackScore(worker common.Address) []byte {
	enc, err := poco.abi.Pack("score", worker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x776f3843.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function score(address worker) view returns(uint256)
func (poco *Poco) TryPackScore(worker common.Address) ([]byte, error) {
	return poco.abi.Pack("score", worker)
}

// UnpackScore is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x776f3843.
//
// Solidity: function score(address worker) view returns(uint256)
func (poco *Poco) UnpackScore(data []byte) (*big.Int, error) {
	out, err := poco.abi.Unpack("score", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSponsorMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x913959b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sponsorMatchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) requestOrder, (bytes,bytes,bytes,bytes) signatures) returns(bytes32 dealid)
func (poco *Poco) PackSponsorMatchOrders(appOrder AppOrder, datasetOrder DatasetOrder, workerpoolOrder WorkerpoolOrder, requestOrder RequestOrder, signatures PocoHubOrderSignatures) []byte {
	enc, err := poco.abi.Pack("sponsorMatchOrders", appOrder, datasetOrder, workerpoolOrder, requestOrder, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSponsorMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x913959b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sponsorMatchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) requestOrder, (bytes,bytes,bytes,bytes) signatures) returns(bytes32 dealid)
func (poco *Poco) TryPackSponsorMatchOrders(appOrder AppOrder, datasetOrder DatasetOrder, workerpoolOrder WorkerpoolOrder, requestOrder RequestOrder, signatures PocoHubOrderSignatures) ([]byte, error) {
	return poco.abi.Pack("sponsorMatchOrders", appOrder, datasetOrder, workerpoolOrder, requestOrder, signatures)
}

// UnpackSponsorMatchOrders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x913959b9.
//
// Solidity: function sponsorMatchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) requestOrder, (bytes,bytes,bytes,bytes) signatures) returns(bytes32 dealid)
func (poco *Poco) UnpackSponsorMatchOrders(data []byte) ([32]byte, error) {
	out, err := poco.abi.Unpack("sponsorMatchOrders", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf66151b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function task(bytes32 taskid) view returns((uint8,uint16,uint16,uint40,uint176,bytes32))
func (poco *Poco) PackTask(taskid [32]byte) []byte {
	enc, err := poco.abi.Pack("task", taskid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf66151b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function task(bytes32 taskid) view returns((uint8,uint16,uint16,uint40,uint176,bytes32))
func (poco *Poco) TryPackTask(taskid [32]byte) ([]byte, error) {
	return poco.abi.Pack("task", taskid)
}

// UnpackTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf66151b.
//
// Solidity: function task(bytes32 taskid) view returns((uint8,uint16,uint16,uint40,uint176,bytes32))
func (poco *Poco) UnpackTask(data []byte) (Task, error) {
	out, err := poco.abi.Unpack("task", data)
	if err != nil {
		return *new(Task), err
	}
	out0 := *abi.ConvertType(out[0], new(Task)).(*Task)
	return out0, nil
}

// PackTasksModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee4b1678.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tasksModule() view returns(address)
func (poco *Poco) PackTasksModule() []byte {
	enc, err := poco.abi.Pack("tasksModule")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTasksModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee4b1678.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tasksModule() view returns(address)
func (poco *Poco) TryPackTasksModule() ([]byte, error) {
	return poco.abi.Pack("tasksModule")
}

// UnpackTasksModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee4b1678.
//
// Solidity: function tasksModule() view returns(address)
func (poco *Poco) UnpackTasksModule(data []byte) (common.Address, error) {
	out, err := poco.abi.Unpack("tasksModule", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (poco *Poco) PackToken() []byte {
	enc, err := poco.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (poco *Poco) TryPackToken() ([]byte, error) {
	return poco.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (poco *Poco) UnpackToken(data []byte) (common.Address, error) {
	out, err := poco.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (poco *Poco) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := poco.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (poco *Poco) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return poco.abi.Pack("transferOwnership", newOwner)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (poco *Poco) PackWithdraw(amount *big.Int) []byte {
	enc, err := poco.abi.Pack("withdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 amount) returns()
func (poco *Poco) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return poco.abi.Pack("withdraw", amount)
}

// PackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc86283c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawTo(uint256 amount, address to) returns()
func (poco *Poco) PackWithdrawTo(amount *big.Int, to common.Address) []byte {
	enc, err := poco.abi.Pack("withdrawTo", amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc86283c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawTo(uint256 amount, address to) returns()
func (poco *Poco) TryPackWithdrawTo(amount *big.Int, to common.Address) ([]byte, error) {
	return poco.abi.Pack("withdrawTo", amount, to)
}

// PackWorkerpoolRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fb0f8fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function workerpoolRegistry() view returns(address)
func (poco *Poco) PackWorkerpoolRegistry() []byte {
	enc, err := poco.abi.Pack("workerpoolRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWorkerpoolRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fb0f8fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function workerpoolRegistry() view returns(address)
func (poco *Poco) TryPackWorkerpoolRegistry() ([]byte, error) {
	return poco.abi.Pack("workerpoolRegistry")
}

// UnpackWorkerpoolRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8fb0f8fa.
//
// Solidity: function workerpoolRegistry() view returns(address)
func (poco *Poco) UnpackWorkerpoolRegistry(data []byte) (common.Address, error) {
	out, err := poco.abi.Unpack("workerpoolRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PocoCategoryCreated represents a CategoryCreated event raised by the Poco contract.
type PocoCategoryCreated struct {
	Id               *big.Int
	Name             string
	Description      string
	WorkClockTimeRef *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const PocoCategoryCreatedEventName = "CategoryCreated"

// ContractEventName returns the user-defined event name.
func (PocoCategoryCreated) ContractEventName() string {
	return PocoCategoryCreatedEventName
}

// UnpackCategoryCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCreated(uint256 indexed id, string name, string description, uint256 workClockTimeRef)
func (poco *Poco) UnpackCategoryCreatedEvent(log *types.Log) (*PocoCategoryCreated, error) {
	event := "CategoryCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoCategoryCreated)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoContributionRejected represents a ContributionRejected event raised by the Poco contract.
type PocoContributionRejected struct {
	Taskid [32]byte
	Worker common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoContributionRejectedEventName = "ContributionRejected"

// ContractEventName returns the user-defined event name.
func (PocoContributionRejected) ContractEventName() string {
	return PocoContributionRejectedEventName
}

// UnpackContributionRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionRejected(bytes32 indexed taskid, address indexed worker)
func (poco *Poco) UnpackContributionRejectedEvent(log *types.Log) (*PocoContributionRejected, error) {
	event := "ContributionRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoContributionRejected)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoDeposit represents a Deposit event raised by the Poco contract.
type PocoDeposit struct {
	Owner  common.Address
	From   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (PocoDeposit) ContractEventName() string {
	return PocoDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed owner, address indexed from, uint256 amount)
func (poco *Poco) UnpackDepositEvent(log *types.Log) (*PocoDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoDeposit)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoEIP712DomainChanged represents a EIP712DomainChanged event raised by the Poco contract.
type PocoEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const PocoEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (PocoEIP712DomainChanged) ContractEventName() string {
	return PocoEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (poco *Poco) UnpackEIP712DomainChangedEvent(log *types.Log) (*PocoEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoKittyDrain represents a KittyDrain event raised by the Poco contract.
type PocoKittyDrain struct {
	Amount *big.Int
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoKittyDrainEventName = "KittyDrain"

// ContractEventName returns the user-defined event name.
func (PocoKittyDrain) ContractEventName() string {
	return PocoKittyDrainEventName
}

// UnpackKittyDrainEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KittyDrain(uint256 amount, bytes32 indexed taskid)
func (poco *Poco) UnpackKittyDrainEvent(log *types.Log) (*PocoKittyDrain, error) {
	event := "KittyDrain"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoKittyDrain)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoKittyFill represents a KittyFill event raised by the Poco contract.
type PocoKittyFill struct {
	Amount *big.Int
	Ref    [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoKittyFillEventName = "KittyFill"

// ContractEventName returns the user-defined event name.
func (PocoKittyFill) ContractEventName() string {
	return PocoKittyFillEventName
}

// UnpackKittyFillEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KittyFill(uint256 amount, bytes32 indexed ref)
func (poco *Poco) UnpackKittyFillEvent(log *types.Log) (*PocoKittyFill, error) {
	event := "KittyFill"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoKittyFill)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoLock represents a Lock event raised by the Poco contract.
type PocoLock struct {
	Owner  common.Address
	Amount *big.Int
	Ref    [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoLockEventName = "Lock"

// ContractEventName returns the user-defined event name.
func (PocoLock) ContractEventName() string {
	return PocoLockEventName
}

// UnpackLockEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Lock(address indexed owner, uint256 amount, bytes32 indexed ref)
func (poco *Poco) UnpackLockEvent(log *types.Log) (*PocoLock, error) {
	event := "Lock"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoLock)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoOrderCancelled represents a OrderCancelled event raised by the Poco contract.
type PocoOrderCancelled struct {
	Kind      uint8
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const PocoOrderCancelledEventName = "OrderCancelled"

// ContractEventName returns the user-defined event name.
func (PocoOrderCancelled) ContractEventName() string {
	return PocoOrderCancelledEventName
}

// UnpackOrderCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderCancelled(uint8 indexed kind, bytes32 indexed orderHash, address indexed owner)
func (poco *Poco) UnpackOrderCancelledEvent(log *types.Log) (*PocoOrderCancelled, error) {
	event := "OrderCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoOrderCancelled)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoOrderPresigned represents a OrderPresigned event raised by the Poco contract.
type PocoOrderPresigned struct {
	Kind      uint8
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const PocoOrderPresignedEventName = "OrderPresigned"

// ContractEventName returns the user-defined event name.
func (PocoOrderPresigned) ContractEventName() string {
	return PocoOrderPresignedEventName
}

// UnpackOrderPresignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderPresigned(uint8 indexed kind, bytes32 indexed orderHash, address indexed owner)
func (poco *Poco) UnpackOrderPresignedEvent(log *types.Log) (*PocoOrderPresigned, error) {
	event := "OrderPresigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoOrderPresigned)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoOrdersMatched represents a OrdersMatched event raised by the Poco contract.
type PocoOrdersMatched struct {
	Dealid      [32]byte
	Workerpool  common.Address
	Requester   common.Address
	OrderHashes [4][32]byte
	Deal        Deal
	Params      string
	Raw         *types.Log // Blockchain specific contextual infos
}

const PocoOrdersMatchedEventName = "OrdersMatched"

// ContractEventName returns the user-defined event name.
func (PocoOrdersMatched) ContractEventName() string {
	return PocoOrdersMatchedEventName
}

// UnpackOrdersMatchedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrdersMatched(bytes32 indexed dealid, address indexed workerpool, address indexed requester, bytes32[4] orderHashes, (bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, string params)
func (poco *Poco) UnpackOrdersMatchedEvent(log *types.Log) (*PocoOrdersMatched, error) {
	event := "OrdersMatched"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoOrdersMatched)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoOwnershipTransferred represents a OwnershipTransferred event raised by the Poco contract.
type PocoOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const PocoOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (PocoOwnershipTransferred) ContractEventName() string {
	return PocoOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (poco *Poco) UnpackOwnershipTransferredEvent(log *types.Log) (*PocoOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoResultCallback represents a ResultCallback event raised by the Poco contract.
type PocoResultCallback struct {
	Taskid   [32]byte
	Callback common.Address
	Success  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const PocoResultCallbackEventName = "ResultCallback"

// ContractEventName returns the user-defined event name.
func (PocoResultCallback) ContractEventName() string {
	return PocoResultCallbackEventName
}

// UnpackResultCallbackEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultCallback(bytes32 indexed taskid, address indexed callback, bool success)
func (poco *Poco) UnpackResultCallbackEvent(log *types.Log) (*PocoResultCallback, error) {
	event := "ResultCallback"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoResultCallback)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoReward represents a Reward event raised by the Poco contract.
type PocoReward struct {
	Owner  common.Address
	Amount *big.Int
	Ref    [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoRewardEventName = "Reward"

// ContractEventName returns the user-defined event name.
func (PocoReward) ContractEventName() string {
	return PocoRewardEventName
}

// UnpackRewardEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Reward(address indexed owner, uint256 amount, bytes32 indexed ref)
func (poco *Poco) UnpackRewardEvent(log *types.Log) (*PocoReward, error) {
	event := "Reward"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoReward)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoScoreChanged represents a ScoreChanged event raised by the Poco contract.
type PocoScoreChanged struct {
	Worker   common.Address
	Ref      [32]byte
	OldScore *big.Int
	NewScore *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PocoScoreChangedEventName = "ScoreChanged"

// ContractEventName returns the user-defined event name.
func (PocoScoreChanged) ContractEventName() string {
	return PocoScoreChangedEventName
}

// UnpackScoreChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScoreChanged(address indexed worker, bytes32 indexed ref, uint256 oldScore, uint256 newScore)
func (poco *Poco) UnpackScoreChangedEvent(log *types.Log) (*PocoScoreChanged, error) {
	event := "ScoreChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoScoreChanged)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoSeize represents a Seize event raised by the Poco contract.
type PocoSeize struct {
	Owner  common.Address
	Amount *big.Int
	Ref    [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoSeizeEventName = "Seize"

// ContractEventName returns the user-defined event name.
func (PocoSeize) ContractEventName() string {
	return PocoSeizeEventName
}

// UnpackSeizeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Seize(address indexed owner, uint256 amount, bytes32 indexed ref)
func (poco *Poco) UnpackSeizeEvent(log *types.Log) (*PocoSeize, error) {
	event := "Seize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoSeize)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTaskClaimed represents a TaskClaimed event raised by the Poco contract.
type PocoTaskClaimed struct {
	Taskid [32]byte
	Dealid [32]byte
	Idx    *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoTaskClaimedEventName = "TaskClaimed"

// ContractEventName returns the user-defined event name.
func (PocoTaskClaimed) ContractEventName() string {
	return PocoTaskClaimedEventName
}

// UnpackTaskClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskClaimed(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx)
func (poco *Poco) UnpackTaskClaimedEvent(log *types.Log) (*PocoTaskClaimed, error) {
	event := "TaskClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTaskClaimed)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTaskConsensus represents a TaskConsensus event raised by the Poco contract.
type PocoTaskConsensus struct {
	Taskid         [32]byte
	ConsensusValue [32]byte
	RevealDeadline *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const PocoTaskConsensusEventName = "TaskConsensus"

// ContractEventName returns the user-defined event name.
func (PocoTaskConsensus) ContractEventName() string {
	return PocoTaskConsensusEventName
}

// UnpackTaskConsensusEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskConsensus(bytes32 indexed taskid, bytes32 consensusValue, uint256 revealDeadline)
func (poco *Poco) UnpackTaskConsensusEvent(log *types.Log) (*PocoTaskConsensus, error) {
	event := "TaskConsensus"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTaskConsensus)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTaskContribute represents a TaskContribute event raised by the Poco contract.
type PocoTaskContribute struct {
	Taskid     [32]byte
	Worker     common.Address
	ResultHash [32]byte
	Weight     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const PocoTaskContributeEventName = "TaskContribute"

// ContractEventName returns the user-defined event name.
func (PocoTaskContribute) ContractEventName() string {
	return PocoTaskContributeEventName
}

// UnpackTaskContributeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskContribute(bytes32 indexed taskid, address indexed worker, bytes32 resultHash, uint256 weight)
func (poco *Poco) UnpackTaskContributeEvent(log *types.Log) (*PocoTaskContribute, error) {
	event := "TaskContribute"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTaskContribute)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTaskFinalize represents a TaskFinalize event raised by the Poco contract.
type PocoTaskFinalize struct {
	Taskid       [32]byte
	Dealid       [32]byte
	Idx          *big.Int
	ResultDigest [32]byte
	Results      []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const PocoTaskFinalizeEventName = "TaskFinalize"

// ContractEventName returns the user-defined event name.
func (PocoTaskFinalize) ContractEventName() string {
	return PocoTaskFinalizeEventName
}

// UnpackTaskFinalizeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskFinalize(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx, bytes32 resultDigest, bytes results)
func (poco *Poco) UnpackTaskFinalizeEvent(log *types.Log) (*PocoTaskFinalize, error) {
	event := "TaskFinalize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTaskFinalize)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTaskReopen represents a TaskReopen event raised by the Poco contract.
type PocoTaskReopen struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoTaskReopenEventName = "TaskReopen"

// ContractEventName returns the user-defined event name.
func (PocoTaskReopen) ContractEventName() string {
	return PocoTaskReopenEventName
}

// UnpackTaskReopenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReopen(bytes32 indexed taskid)
func (poco *Poco) UnpackTaskReopenEvent(log *types.Log) (*PocoTaskReopen, error) {
	event := "TaskReopen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTaskReopen)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTaskReveal represents a TaskReveal event raised by the Poco contract.
type PocoTaskReveal struct {
	Taskid       [32]byte
	Worker       common.Address
	ResultDigest [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const PocoTaskRevealEventName = "TaskReveal"

// ContractEventName returns the user-defined event name.
func (PocoTaskReveal) ContractEventName() string {
	return PocoTaskRevealEventName
}

// UnpackTaskRevealEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReveal(bytes32 indexed taskid, address indexed worker, bytes32 resultDigest)
func (poco *Poco) UnpackTaskRevealEvent(log *types.Log) (*PocoTaskReveal, error) {
	event := "TaskReveal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTaskReveal)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTaskStarted represents a TaskStarted event raised by the Poco contract.
type PocoTaskStarted struct {
	Taskid [32]byte
	Dealid [32]byte
	Idx    *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoTaskStartedEventName = "TaskStarted"

// ContractEventName returns the user-defined event name.
func (PocoTaskStarted) ContractEventName() string {
	return PocoTaskStartedEventName
}

// UnpackTaskStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskStarted(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx)
func (poco *Poco) UnpackTaskStartedEvent(log *types.Log) (*PocoTaskStarted, error) {
	event := "TaskStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTaskStarted)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoUnlock represents a Unlock event raised by the Poco contract.
type PocoUnlock struct {
	Owner  common.Address
	Amount *big.Int
	Ref    [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoUnlockEventName = "Unlock"

// ContractEventName returns the user-defined event name.
func (PocoUnlock) ContractEventName() string {
	return PocoUnlockEventName
}

// UnpackUnlockEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unlock(address indexed owner, uint256 amount, bytes32 indexed ref)
func (poco *Poco) UnpackUnlockEvent(log *types.Log) (*PocoUnlock, error) {
	event := "Unlock"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoUnlock)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoWithdraw represents a Withdraw event raised by the Poco contract.
type PocoWithdraw struct {
	Owner  common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (PocoWithdraw) ContractEventName() string {
	return PocoWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed owner, address indexed to, uint256 amount)
func (poco *Poco) UnpackWithdrawEvent(log *types.Log) (*PocoWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poco.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoWithdraw)
	if len(log.Data) > 0 {
		if err := poco.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poco.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (poco *Poco) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], poco.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return poco.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return poco.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return poco.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoAlreadyContributed"].ID.Bytes()[:4]) {
		return poco.UnpackPocoAlreadyContributedError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoAlreadyRevealed"].ID.Bytes()[:4]) {
		return poco.UnpackPocoAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoAssetNotRegistered"].ID.Bytes()[:4]) {
		return poco.UnpackPocoAssetNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoBalanceOverflow"].ID.Bytes()[:4]) {
		return poco.UnpackPocoBalanceOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoCallbackDataMismatch"].ID.Bytes()[:4]) {
		return poco.UnpackPocoCallbackDataMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoCallbackGasTooLow"].ID.Bytes()[:4]) {
		return poco.UnpackPocoCallbackGasTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoCannotReveal"].ID.Bytes()[:4]) {
		return poco.UnpackPocoCannotRevealError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoCategoryMismatch"].ID.Bytes()[:4]) {
		return poco.UnpackPocoCategoryMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoContributorsMismatch"].ID.Bytes()[:4]) {
		return poco.UnpackPocoContributorsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoDeadlineNotReached"].ID.Bytes()[:4]) {
		return poco.UnpackPocoDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoDeadlinePassed"].ID.Bytes()[:4]) {
		return poco.UnpackPocoDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoDirectCall"].ID.Bytes()[:4]) {
		return poco.UnpackPocoDirectCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoEnclaveRequired"].ID.Bytes()[:4]) {
		return poco.UnpackPocoEnclaveRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoInsufficientFreeBalance"].ID.Bytes()[:4]) {
		return poco.UnpackPocoInsufficientFreeBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoInvalidAuthorization"].ID.Bytes()[:4]) {
		return poco.UnpackPocoInvalidAuthorizationError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoInvalidEnclaveSignature"].ID.Bytes()[:4]) {
		return poco.UnpackPocoInvalidEnclaveSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoInvalidSignature"].ID.Bytes()[:4]) {
		return poco.UnpackPocoInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoInvalidWorkClockTimeRef"].ID.Bytes()[:4]) {
		return poco.UnpackPocoInvalidWorkClockTimeRefError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoNotOrderOwner"].ID.Bytes()[:4]) {
		return poco.UnpackPocoNotOrderOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoNotScheduler"].ID.Bytes()[:4]) {
		return poco.UnpackPocoNotSchedulerError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoNotToken"].ID.Bytes()[:4]) {
		return poco.UnpackPocoNotTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoOrderConsumed"].ID.Bytes()[:4]) {
		return poco.UnpackPocoOrderConsumedError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoPriceTooHigh"].ID.Bytes()[:4]) {
		return poco.UnpackPocoPriceTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoRequestMismatch"].ID.Bytes()[:4]) {
		return poco.UnpackPocoRequestMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoRestricted"].ID.Bytes()[:4]) {
		return poco.UnpackPocoRestrictedError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoResultDigestMismatch"].ID.Bytes()[:4]) {
		return poco.UnpackPocoResultDigestMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoRevealMismatch"].ID.Bytes()[:4]) {
		return poco.UnpackPocoRevealMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoRevealsPending"].ID.Bytes()[:4]) {
		return poco.UnpackPocoRevealsPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoTagNotOffered"].ID.Bytes()[:4]) {
		return poco.UnpackPocoTagNotOfferedError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoTaskIndexOutOfRange"].ID.Bytes()[:4]) {
		return poco.UnpackPocoTaskIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoTaskWrongStatus"].ID.Bytes()[:4]) {
		return poco.UnpackPocoTaskWrongStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoTeeRequiresTeeApp"].ID.Bytes()[:4]) {
		return poco.UnpackPocoTeeRequiresTeeAppError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoTrustNotOne"].ID.Bytes()[:4]) {
		return poco.UnpackPocoTrustNotOneError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoTrustOutOfRange"].ID.Bytes()[:4]) {
		return poco.UnpackPocoTrustOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoTrustTooHigh"].ID.Bytes()[:4]) {
		return poco.UnpackPocoTrustTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoUnknownCategory"].ID.Bytes()[:4]) {
		return poco.UnpackPocoUnknownCategoryError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoUnknownDeal"].ID.Bytes()[:4]) {
		return poco.UnpackPocoUnknownDealError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoWeightOverflow"].ID.Bytes()[:4]) {
		return poco.UnpackPocoWeightOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoWrongToken"].ID.Bytes()[:4]) {
		return poco.UnpackPocoWrongTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoZeroAddress"].ID.Bytes()[:4]) {
		return poco.UnpackPocoZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["PocoZeroAmount"].ID.Bytes()[:4]) {
		return poco.UnpackPocoZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return poco.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], poco.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return poco.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PocoInvalidShortString represents a InvalidShortString error raised by the Poco contract.
type PocoInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func PocoInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (poco *Poco) UnpackInvalidShortStringError(raw []byte) (*PocoInvalidShortString, error) {
	out := new(PocoInvalidShortString)
	if err := poco.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Poco contract.
type PocoOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func PocoOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (poco *Poco) UnpackOwnableInvalidOwnerError(raw []byte) (*PocoOwnableInvalidOwner, error) {
	out := new(PocoOwnableInvalidOwner)
	if err := poco.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Poco contract.
type PocoOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func PocoOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (poco *Poco) UnpackOwnableUnauthorizedAccountError(raw []byte) (*PocoOwnableUnauthorizedAccount, error) {
	out := new(PocoOwnableUnauthorizedAccount)
	if err := poco.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoAlreadyContributed represents a PocoAlreadyContributed error raised by the Poco contract.
type PocoPocoAlreadyContributed struct {
	Taskid [32]byte
	Worker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoAlreadyContributed(bytes32 taskid, address worker)
func PocoPocoAlreadyContributedErrorID() common.Hash {
	return common.HexToHash("0xaecc9ebfd62390fb45cb560610b07efee5c1f0265c6f9f393081451524a5d9f6")
}

// UnpackPocoAlreadyContributedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoAlreadyContributed(bytes32 taskid, address worker)
func (poco *Poco) UnpackPocoAlreadyContributedError(raw []byte) (*PocoPocoAlreadyContributed, error) {
	out := new(PocoPocoAlreadyContributed)
	if err := poco.abi.UnpackIntoInterface(out, "PocoAlreadyContributed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoAlreadyRevealed represents a PocoAlreadyRevealed error raised by the Poco contract.
type PocoPocoAlreadyRevealed struct {
	Taskid  [32]byte
	Reveals *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoAlreadyRevealed(bytes32 taskid, uint256 reveals)
func PocoPocoAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0x8d66e5bba196178e35cae2489ea1aef6a7220127ac836f958679bffac95939e6")
}

// UnpackPocoAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoAlreadyRevealed(bytes32 taskid, uint256 reveals)
func (poco *Poco) UnpackPocoAlreadyRevealedError(raw []byte) (*PocoPocoAlreadyRevealed, error) {
	out := new(PocoPocoAlreadyRevealed)
	if err := poco.abi.UnpackIntoInterface(out, "PocoAlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoAssetNotRegistered represents a PocoAssetNotRegistered error raised by the Poco contract.
type PocoPocoAssetNotRegistered struct {
	Kind  uint8
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoAssetNotRegistered(uint8 kind, address asset)
func PocoPocoAssetNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xe7619de07898ed978b43d53b31b9f1466b360f07d77824e40db734c9c46dc2bf")
}

// UnpackPocoAssetNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoAssetNotRegistered(uint8 kind, address asset)
func (poco *Poco) UnpackPocoAssetNotRegisteredError(raw []byte) (*PocoPocoAssetNotRegistered, error) {
	out := new(PocoPocoAssetNotRegistered)
	if err := poco.abi.UnpackIntoInterface(out, "PocoAssetNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoBalanceOverflow represents a PocoBalanceOverflow error raised by the Poco contract.
type PocoPocoBalanceOverflow struct {
	Account common.Address
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoBalanceOverflow(address account, uint256 amount)
func PocoPocoBalanceOverflowErrorID() common.Hash {
	return common.HexToHash("0x1dd29503345121c7893a8260c1b9b2d6c48f02117df1ceb3d958152b6685479a")
}

// UnpackPocoBalanceOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoBalanceOverflow(address account, uint256 amount)
func (poco *Poco) UnpackPocoBalanceOverflowError(raw []byte) (*PocoPocoBalanceOverflow, error) {
	out := new(PocoPocoBalanceOverflow)
	if err := poco.abi.UnpackIntoInterface(out, "PocoBalanceOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoCallbackDataMismatch represents a PocoCallbackDataMismatch error raised by the Poco contract.
type PocoPocoCallbackDataMismatch struct {
	Taskid       [32]byte
	ResultDigest [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoCallbackDataMismatch(bytes32 taskid, bytes32 resultDigest)
func PocoPocoCallbackDataMismatchErrorID() common.Hash {
	return common.HexToHash("0x9370bfcf7cf0190a7ad92c71b2d349ac5be1a35a783fd029bdfc5eacf853c3ef")
}

// UnpackPocoCallbackDataMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoCallbackDataMismatch(bytes32 taskid, bytes32 resultDigest)
func (poco *Poco) UnpackPocoCallbackDataMismatchError(raw []byte) (*PocoPocoCallbackDataMismatch, error) {
	out := new(PocoPocoCallbackDataMismatch)
	if err := poco.abi.UnpackIntoInterface(out, "PocoCallbackDataMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoCallbackGasTooLow represents a PocoCallbackGasTooLow error raised by the Poco contract.
type PocoPocoCallbackGasTooLow struct {
	GasLeft *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoCallbackGasTooLow(uint256 gasLeft, uint256 needed)
func PocoPocoCallbackGasTooLowErrorID() common.Hash {
	return common.HexToHash("0x9e75d087a55b17013a2392e8af2d054718ea10bcaf1699cf6f30d8c5aeea6b93")
}

// UnpackPocoCallbackGasTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoCallbackGasTooLow(uint256 gasLeft, uint256 needed)
func (poco *Poco) UnpackPocoCallbackGasTooLowError(raw []byte) (*PocoPocoCallbackGasTooLow, error) {
	out := new(PocoPocoCallbackGasTooLow)
	if err := poco.abi.UnpackIntoInterface(out, "PocoCallbackGasTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoCannotReveal represents a PocoCannotReveal error raised by the Poco contract.
type PocoPocoCannotReveal struct {
	Taskid [32]byte
	Worker common.Address
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoCannotReveal(bytes32 taskid, address worker, uint8 status)
func PocoPocoCannotRevealErrorID() common.Hash {
	return common.HexToHash("0xc30d472f49f25b963503f252632a077d818bed1211bee055e9197596f8cec01f")
}

// UnpackPocoCannotRevealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoCannotReveal(bytes32 taskid, address worker, uint8 status)
func (poco *Poco) UnpackPocoCannotRevealError(raw []byte) (*PocoPocoCannotReveal, error) {
	out := new(PocoPocoCannotReveal)
	if err := poco.abi.UnpackIntoInterface(out, "PocoCannotReveal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoCategoryMismatch represents a PocoCategoryMismatch error raised by the Poco contract.
type PocoPocoCategoryMismatch struct {
	RequestCategory    *big.Int
	WorkerpoolCategory *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoCategoryMismatch(uint256 requestCategory, uint256 workerpoolCategory)
func PocoPocoCategoryMismatchErrorID() common.Hash {
	return common.HexToHash("0xeb927491ccfa4d8d157d05ae98b6bf78f50bd45c09ce2ef7f598ca8c2e4442da")
}

// UnpackPocoCategoryMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoCategoryMismatch(uint256 requestCategory, uint256 workerpoolCategory)
func (poco *Poco) UnpackPocoCategoryMismatchError(raw []byte) (*PocoPocoCategoryMismatch, error) {
	out := new(PocoPocoCategoryMismatch)
	if err := poco.abi.UnpackIntoInterface(out, "PocoCategoryMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoContributorsMismatch represents a PocoContributorsMismatch error raised by the Poco contract.
type PocoPocoContributorsMismatch struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoContributorsMismatch(bytes32 taskid)
func PocoPocoContributorsMismatchErrorID() common.Hash {
	return common.HexToHash("0xbfe631c6f1cacfca73eb7a07a109d11ac8941e57e27bca09391955e9504225b6")
}

// UnpackPocoContributorsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoContributorsMismatch(bytes32 taskid)
func (poco *Poco) UnpackPocoContributorsMismatchError(raw []byte) (*PocoPocoContributorsMismatch, error) {
	out := new(PocoPocoContributorsMismatch)
	if err := poco.abi.UnpackIntoInterface(out, "PocoContributorsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoDeadlineNotReached represents a PocoDeadlineNotReached error raised by the Poco contract.
type PocoPocoDeadlineNotReached struct {
	Taskid   [32]byte
	Deadline *big.Int
	Time     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoDeadlineNotReached(bytes32 taskid, uint256 deadline, uint256 time)
func PocoPocoDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0x740035710f1dcadd220f2dbd5bd40fa335a69ddd6693416f309f06435fdc382a")
}

// UnpackPocoDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoDeadlineNotReached(bytes32 taskid, uint256 deadline, uint256 time)
func (poco *Poco) UnpackPocoDeadlineNotReachedError(raw []byte) (*PocoPocoDeadlineNotReached, error) {
	out := new(PocoPocoDeadlineNotReached)
	if err := poco.abi.UnpackIntoInterface(out, "PocoDeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoDeadlinePassed represents a PocoDeadlinePassed error raised by the Poco contract.
type PocoPocoDeadlinePassed struct {
	Taskid   [32]byte
	Deadline *big.Int
	Time     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoDeadlinePassed(bytes32 taskid, uint256 deadline, uint256 time)
func PocoPocoDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x897d3e04de822d492fa0988f88f448f7174d3f420d1e245cf5913c55dcf4dc58")
}

// UnpackPocoDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoDeadlinePassed(bytes32 taskid, uint256 deadline, uint256 time)
func (poco *Poco) UnpackPocoDeadlinePassedError(raw []byte) (*PocoPocoDeadlinePassed, error) {
	out := new(PocoPocoDeadlinePassed)
	if err := poco.abi.UnpackIntoInterface(out, "PocoDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoDirectCall represents a PocoDirectCall error raised by the Poco contract.
type PocoPocoDirectCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoDirectCall()
func PocoPocoDirectCallErrorID() common.Hash {
	return common.HexToHash("0x1c373dd93eec53b4cde9a74b1bea6fa09b9ee45243998e253f26a4c0d3fbaf72")
}

// UnpackPocoDirectCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoDirectCall()
func (poco *Poco) UnpackPocoDirectCallError(raw []byte) (*PocoPocoDirectCall, error) {
	out := new(PocoPocoDirectCall)
	if err := poco.abi.UnpackIntoInterface(out, "PocoDirectCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoEnclaveRequired represents a PocoEnclaveRequired error raised by the Poco contract.
type PocoPocoEnclaveRequired struct {
	Taskid [32]byte
	Tag    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoEnclaveRequired(bytes32 taskid, bytes32 tag)
func PocoPocoEnclaveRequiredErrorID() common.Hash {
	return common.HexToHash("0x950cd4f422d9ea2df51ae8df113728a218f16c1c3c32b6f1b6d1f9a08a53b122")
}

// UnpackPocoEnclaveRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoEnclaveRequired(bytes32 taskid, bytes32 tag)
func (poco *Poco) UnpackPocoEnclaveRequiredError(raw []byte) (*PocoPocoEnclaveRequired, error) {
	out := new(PocoPocoEnclaveRequired)
	if err := poco.abi.UnpackIntoInterface(out, "PocoEnclaveRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoInsufficientFreeBalance represents a PocoInsufficientFreeBalance error raised by the Poco contract.
type PocoPocoInsufficientFreeBalance struct {
	Account common.Address
	Free    *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoInsufficientFreeBalance(address account, uint256 free, uint256 needed)
func PocoPocoInsufficientFreeBalanceErrorID() common.Hash {
	return common.HexToHash("0x5e65bb59eeb457a2443325f8a753521a27509e7f87659f99e9cad08354b8c39e")
}

// UnpackPocoInsufficientFreeBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoInsufficientFreeBalance(address account, uint256 free, uint256 needed)
func (poco *Poco) UnpackPocoInsufficientFreeBalanceError(raw []byte) (*PocoPocoInsufficientFreeBalance, error) {
	out := new(PocoPocoInsufficientFreeBalance)
	if err := poco.abi.UnpackIntoInterface(out, "PocoInsufficientFreeBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoInvalidAuthorization represents a PocoInvalidAuthorization error raised by the Poco contract.
type PocoPocoInvalidAuthorization struct {
	Taskid    [32]byte
	Worker    common.Address
	Scheduler common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoInvalidAuthorization(bytes32 taskid, address worker, address scheduler)
func PocoPocoInvalidAuthorizationErrorID() common.Hash {
	return common.HexToHash("0xd69b490a30d7f04ff39e7bb7b373c983c5d99281ffd655e358f3523e20564de1")
}

// UnpackPocoInvalidAuthorizationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoInvalidAuthorization(bytes32 taskid, address worker, address scheduler)
func (poco *Poco) UnpackPocoInvalidAuthorizationError(raw []byte) (*PocoPocoInvalidAuthorization, error) {
	out := new(PocoPocoInvalidAuthorization)
	if err := poco.abi.UnpackIntoInterface(out, "PocoInvalidAuthorization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoInvalidEnclaveSignature represents a PocoInvalidEnclaveSignature error raised by the Poco contract.
type PocoPocoInvalidEnclaveSignature struct {
	Taskid  [32]byte
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoInvalidEnclaveSignature(bytes32 taskid, address enclave)
func PocoPocoInvalidEnclaveSignatureErrorID() common.Hash {
	return common.HexToHash("0xe917b8db60e523720927adf38840180ade3c3b8328ae57262349f2bfcdcbe0a9")
}

// UnpackPocoInvalidEnclaveSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoInvalidEnclaveSignature(bytes32 taskid, address enclave)
func (poco *Poco) UnpackPocoInvalidEnclaveSignatureError(raw []byte) (*PocoPocoInvalidEnclaveSignature, error) {
	out := new(PocoPocoInvalidEnclaveSignature)
	if err := poco.abi.UnpackIntoInterface(out, "PocoInvalidEnclaveSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoInvalidSignature represents a PocoInvalidSignature error raised by the Poco contract.
type PocoPocoInvalidSignature struct {
	Kind      uint8
	OrderHash [32]byte
	Signer    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoInvalidSignature(uint8 kind, bytes32 orderHash, address signer)
func PocoPocoInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xb92acdd233d68593f4ec364dee2b7207ed78fa94d821fee3daa16efa4b342b7b")
}

// UnpackPocoInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoInvalidSignature(uint8 kind, bytes32 orderHash, address signer)
func (poco *Poco) UnpackPocoInvalidSignatureError(raw []byte) (*PocoPocoInvalidSignature, error) {
	out := new(PocoPocoInvalidSignature)
	if err := poco.abi.UnpackIntoInterface(out, "PocoInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoInvalidWorkClockTimeRef represents a PocoInvalidWorkClockTimeRef error raised by the Poco contract.
type PocoPocoInvalidWorkClockTimeRef struct {
	WorkClockTimeRef *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoInvalidWorkClockTimeRef(uint256 workClockTimeRef)
func PocoPocoInvalidWorkClockTimeRefErrorID() common.Hash {
	return common.HexToHash("0x8ffd7362fd521d1688b6c51bac497861dc9633e0ef50f73e593dc492c5b171de")
}

// UnpackPocoInvalidWorkClockTimeRefError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoInvalidWorkClockTimeRef(uint256 workClockTimeRef)
func (poco *Poco) UnpackPocoInvalidWorkClockTimeRefError(raw []byte) (*PocoPocoInvalidWorkClockTimeRef, error) {
	out := new(PocoPocoInvalidWorkClockTimeRef)
	if err := poco.abi.UnpackIntoInterface(out, "PocoInvalidWorkClockTimeRef", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoNotOrderOwner represents a PocoNotOrderOwner error raised by the Poco contract.
type PocoPocoNotOrderOwner struct {
	Kind   uint8
	Caller common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoNotOrderOwner(uint8 kind, address caller, address owner)
func PocoPocoNotOrderOwnerErrorID() common.Hash {
	return common.HexToHash("0x29fef9f687d67e9797b6b096305d2f4a66aabac278231e0bf6f1524aaeb1f8e6")
}

// UnpackPocoNotOrderOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoNotOrderOwner(uint8 kind, address caller, address owner)
func (poco *Poco) UnpackPocoNotOrderOwnerError(raw []byte) (*PocoPocoNotOrderOwner, error) {
	out := new(PocoPocoNotOrderOwner)
	if err := poco.abi.UnpackIntoInterface(out, "PocoNotOrderOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoNotScheduler represents a PocoNotScheduler error raised by the Poco contract.
type PocoPocoNotScheduler struct {
	Caller    common.Address
	Scheduler common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoNotScheduler(address caller, address scheduler)
func PocoPocoNotSchedulerErrorID() common.Hash {
	return common.HexToHash("0x775e6e16b3b7b18b22e7cb575d89e8e3a5a9471147227190fb659b884f3bae4a")
}

// UnpackPocoNotSchedulerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoNotScheduler(address caller, address scheduler)
func (poco *Poco) UnpackPocoNotSchedulerError(raw []byte) (*PocoPocoNotScheduler, error) {
	out := new(PocoPocoNotScheduler)
	if err := poco.abi.UnpackIntoInterface(out, "PocoNotScheduler", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoNotToken represents a PocoNotToken error raised by the Poco contract.
type PocoPocoNotToken struct {
	Caller common.Address
	Token  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoNotToken(address caller, address token)
func PocoPocoNotTokenErrorID() common.Hash {
	return common.HexToHash("0xce34c2c071e9a6ce8238700d5fd1cb294c18c0b6a9e8934ecfc2d63369448752")
}

// UnpackPocoNotTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoNotToken(address caller, address token)
func (poco *Poco) UnpackPocoNotTokenError(raw []byte) (*PocoPocoNotToken, error) {
	out := new(PocoPocoNotToken)
	if err := poco.abi.UnpackIntoInterface(out, "PocoNotToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoOrderConsumed represents a PocoOrderConsumed error raised by the Poco contract.
type PocoPocoOrderConsumed struct {
	Kind      uint8
	OrderHash [32]byte
	Volume    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoOrderConsumed(uint8 kind, bytes32 orderHash, uint256 volume)
func PocoPocoOrderConsumedErrorID() common.Hash {
	return common.HexToHash("0x8294cdc244ac7fed892176740815c11b5ede5369d2a0cc02dd5b94a53a49480e")
}

// UnpackPocoOrderConsumedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoOrderConsumed(uint8 kind, bytes32 orderHash, uint256 volume)
func (poco *Poco) UnpackPocoOrderConsumedError(raw []byte) (*PocoPocoOrderConsumed, error) {
	out := new(PocoPocoOrderConsumed)
	if err := poco.abi.UnpackIntoInterface(out, "PocoOrderConsumed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoPriceTooHigh represents a PocoPriceTooHigh error raised by the Poco contract.
type PocoPocoPriceTooHigh struct {
	Kind     uint8
	MaxPrice *big.Int
	Price    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoPriceTooHigh(uint8 kind, uint256 maxPrice, uint256 price)
func PocoPocoPriceTooHighErrorID() common.Hash {
	return common.HexToHash("0x57f1273c3381666a1db66c49f3c56625cb212f5248ee08120b4eda86909b6b14")
}

// UnpackPocoPriceTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoPriceTooHigh(uint8 kind, uint256 maxPrice, uint256 price)
func (poco *Poco) UnpackPocoPriceTooHighError(raw []byte) (*PocoPocoPriceTooHigh, error) {
	out := new(PocoPocoPriceTooHigh)
	if err := poco.abi.UnpackIntoInterface(out, "PocoPriceTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoRequestMismatch represents a PocoRequestMismatch error raised by the Poco contract.
type PocoPocoRequestMismatch struct {
	Kind      uint8
	Requested common.Address
	Offered   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoRequestMismatch(uint8 kind, address requested, address offered)
func PocoPocoRequestMismatchErrorID() common.Hash {
	return common.HexToHash("0x646bb43a3d4f906832a63600585430146c1446798e70f98e75d02e24ed5e201b")
}

// UnpackPocoRequestMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoRequestMismatch(uint8 kind, address requested, address offered)
func (poco *Poco) UnpackPocoRequestMismatchError(raw []byte) (*PocoPocoRequestMismatch, error) {
	out := new(PocoPocoRequestMismatch)
	if err := poco.abi.UnpackIntoInterface(out, "PocoRequestMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoRestricted represents a PocoRestricted error raised by the Poco contract.
type PocoPocoRestricted struct {
	Order   uint8
	Party   uint8
	Allowed common.Address
	Actual  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoRestricted(uint8 order, uint8 party, address allowed, address actual)
func PocoPocoRestrictedErrorID() common.Hash {
	return common.HexToHash("0xe4d95bbffb50c45827bf6404ca9dbde7fa8d7969a0ecaba00f060b51e7b41c71")
}

// UnpackPocoRestrictedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoRestricted(uint8 order, uint8 party, address allowed, address actual)
func (poco *Poco) UnpackPocoRestrictedError(raw []byte) (*PocoPocoRestricted, error) {
	out := new(PocoPocoRestricted)
	if err := poco.abi.UnpackIntoInterface(out, "PocoRestricted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoResultDigestMismatch represents a PocoResultDigestMismatch error raised by the Poco contract.
type PocoPocoResultDigestMismatch struct {
	Taskid       [32]byte
	ResultDigest [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoResultDigestMismatch(bytes32 taskid, bytes32 resultDigest)
func PocoPocoResultDigestMismatchErrorID() common.Hash {
	return common.HexToHash("0x2b775be054ac48ffc54d426ae25ebfbf6ad326a7e2eb672b39c1564379e7da67")
}

// UnpackPocoResultDigestMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoResultDigestMismatch(bytes32 taskid, bytes32 resultDigest)
func (poco *Poco) UnpackPocoResultDigestMismatchError(raw []byte) (*PocoPocoResultDigestMismatch, error) {
	out := new(PocoPocoResultDigestMismatch)
	if err := poco.abi.UnpackIntoInterface(out, "PocoResultDigestMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoRevealMismatch represents a PocoRevealMismatch error raised by the Poco contract.
type PocoPocoRevealMismatch struct {
	Taskid [32]byte
	Worker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoRevealMismatch(bytes32 taskid, address worker)
func PocoPocoRevealMismatchErrorID() common.Hash {
	return common.HexToHash("0xcc7c10735272304bef18b879ed9db7e98dc02522c3b7d8381863d37714720162")
}

// UnpackPocoRevealMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoRevealMismatch(bytes32 taskid, address worker)
func (poco *Poco) UnpackPocoRevealMismatchError(raw []byte) (*PocoPocoRevealMismatch, error) {
	out := new(PocoPocoRevealMismatch)
	if err := poco.abi.UnpackIntoInterface(out, "PocoRevealMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoRevealsPending represents a PocoRevealsPending error raised by the Poco contract.
type PocoPocoRevealsPending struct {
	Taskid         [32]byte
	Reveals        *big.Int
	Winners        *big.Int
	RevealDeadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoRevealsPending(bytes32 taskid, uint256 reveals, uint256 winners, uint256 revealDeadline)
func PocoPocoRevealsPendingErrorID() common.Hash {
	return common.HexToHash("0x4faf6dd532f97e023c6b0877bbd9464b720fe2ab93e1b2daf30703cb9cfad7e4")
}

// UnpackPocoRevealsPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoRevealsPending(bytes32 taskid, uint256 reveals, uint256 winners, uint256 revealDeadline)
func (poco *Poco) UnpackPocoRevealsPendingError(raw []byte) (*PocoPocoRevealsPending, error) {
	out := new(PocoPocoRevealsPending)
	if err := poco.abi.UnpackIntoInterface(out, "PocoRevealsPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoTagNotOffered represents a PocoTagNotOffered error raised by the Poco contract.
type PocoPocoTagNotOffered struct {
	Required [32]byte
	Offered  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTagNotOffered(bytes32 required, bytes32 offered)
func PocoPocoTagNotOfferedErrorID() common.Hash {
	return common.HexToHash("0x99fb06734791fa4f2b9922f4a94a811ee016dad9546485fe6d04debf69492445")
}

// UnpackPocoTagNotOfferedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTagNotOffered(bytes32 required, bytes32 offered)
func (poco *Poco) UnpackPocoTagNotOfferedError(raw []byte) (*PocoPocoTagNotOffered, error) {
	out := new(PocoPocoTagNotOffered)
	if err := poco.abi.UnpackIntoInterface(out, "PocoTagNotOffered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoTaskIndexOutOfRange represents a PocoTaskIndexOutOfRange error raised by the Poco contract.
type PocoPocoTaskIndexOutOfRange struct {
	Idx   *big.Int
	First *big.Int
	Size  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTaskIndexOutOfRange(uint256 idx, uint256 first, uint256 size)
func PocoPocoTaskIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x2da292d3a42fa71725d9d991e744e4a40266e819c1b5289c674a1be3c4120991")
}

// UnpackPocoTaskIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTaskIndexOutOfRange(uint256 idx, uint256 first, uint256 size)
func (poco *Poco) UnpackPocoTaskIndexOutOfRangeError(raw []byte) (*PocoPocoTaskIndexOutOfRange, error) {
	out := new(PocoPocoTaskIndexOutOfRange)
	if err := poco.abi.UnpackIntoInterface(out, "PocoTaskIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoTaskWrongStatus represents a PocoTaskWrongStatus error raised by the Poco contract.
type PocoPocoTaskWrongStatus struct {
	Taskid [32]byte
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTaskWrongStatus(bytes32 taskid, uint8 status)
func PocoPocoTaskWrongStatusErrorID() common.Hash {
	return common.HexToHash("0x8fd72fdfbbf80a6ac14fec59100d7d499b6c0aaf17a89d6faae2bf5a0eba6338")
}

// UnpackPocoTaskWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTaskWrongStatus(bytes32 taskid, uint8 status)
func (poco *Poco) UnpackPocoTaskWrongStatusError(raw []byte) (*PocoPocoTaskWrongStatus, error) {
	out := new(PocoPocoTaskWrongStatus)
	if err := poco.abi.UnpackIntoInterface(out, "PocoTaskWrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoTeeRequiresTeeApp represents a PocoTeeRequiresTeeApp error raised by the Poco contract.
type PocoPocoTeeRequiresTeeApp struct {
	Required [32]byte
	AppTag   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTeeRequiresTeeApp(bytes32 required, bytes32 appTag)
func PocoPocoTeeRequiresTeeAppErrorID() common.Hash {
	return common.HexToHash("0x85f39ee8184fab148c62dfb1d44ebc7a4f62ce2c968023e99301399b6f5b9d83")
}

// UnpackPocoTeeRequiresTeeAppError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTeeRequiresTeeApp(bytes32 required, bytes32 appTag)
func (poco *Poco) UnpackPocoTeeRequiresTeeAppError(raw []byte) (*PocoPocoTeeRequiresTeeApp, error) {
	out := new(PocoPocoTeeRequiresTeeApp)
	if err := poco.abi.UnpackIntoInterface(out, "PocoTeeRequiresTeeApp", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoTrustNotOne represents a PocoTrustNotOne error raised by the Poco contract.
type PocoPocoTrustNotOne struct {
	Taskid [32]byte
	Trust  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTrustNotOne(bytes32 taskid, uint256 trust)
func PocoPocoTrustNotOneErrorID() common.Hash {
	return common.HexToHash("0x4be45a9f88aa43cd9caa489ceba1053a0d4159c727c339fa7c4e556603249f56")
}

// UnpackPocoTrustNotOneError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTrustNotOne(bytes32 taskid, uint256 trust)
func (poco *Poco) UnpackPocoTrustNotOneError(raw []byte) (*PocoPocoTrustNotOne, error) {
	out := new(PocoPocoTrustNotOne)
	if err := poco.abi.UnpackIntoInterface(out, "PocoTrustNotOne", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoTrustOutOfRange represents a PocoTrustOutOfRange error raised by the Poco contract.
type PocoPocoTrustOutOfRange struct {
	Trust *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTrustOutOfRange(uint256 trust, uint256 max)
func PocoPocoTrustOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x57c2738d1ce5a2cbc1671ef17bcd2889af5888dc13cd39adadc2d637ac400c50")
}

// UnpackPocoTrustOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTrustOutOfRange(uint256 trust, uint256 max)
func (poco *Poco) UnpackPocoTrustOutOfRangeError(raw []byte) (*PocoPocoTrustOutOfRange, error) {
	out := new(PocoPocoTrustOutOfRange)
	if err := poco.abi.UnpackIntoInterface(out, "PocoTrustOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoTrustTooHigh represents a PocoTrustTooHigh error raised by the Poco contract.
type PocoPocoTrustTooHigh struct {
	RequestTrust    *big.Int
	WorkerpoolTrust *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTrustTooHigh(uint256 requestTrust, uint256 workerpoolTrust)
func PocoPocoTrustTooHighErrorID() common.Hash {
	return common.HexToHash("0x5ce5593fad491267abad53f354061661dbe0b7586b6646b65a99aab89de7bb6a")
}

// UnpackPocoTrustTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTrustTooHigh(uint256 requestTrust, uint256 workerpoolTrust)
func (poco *Poco) UnpackPocoTrustTooHighError(raw []byte) (*PocoPocoTrustTooHigh, error) {
	out := new(PocoPocoTrustTooHigh)
	if err := poco.abi.UnpackIntoInterface(out, "PocoTrustTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoUnknownCategory represents a PocoUnknownCategory error raised by the Poco contract.
type PocoPocoUnknownCategory struct {
	Category *big.Int
	Count    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoUnknownCategory(uint256 category, uint256 count)
func PocoPocoUnknownCategoryErrorID() common.Hash {
	return common.HexToHash("0x1dd62729ef88b78d48d87e850d24db4250bcdbe85b8ab1eff38b1f84dc91e48e")
}

// UnpackPocoUnknownCategoryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoUnknownCategory(uint256 category, uint256 count)
func (poco *Poco) UnpackPocoUnknownCategoryError(raw []byte) (*PocoPocoUnknownCategory, error) {
	out := new(PocoPocoUnknownCategory)
	if err := poco.abi.UnpackIntoInterface(out, "PocoUnknownCategory", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoUnknownDeal represents a PocoUnknownDeal error raised by the Poco contract.
type PocoPocoUnknownDeal struct {
	Dealid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoUnknownDeal(bytes32 dealid)
func PocoPocoUnknownDealErrorID() common.Hash {
	return common.HexToHash("0x289d586d45487b80f9ef93d5c287bd593a2f3ddd512276ed6745f299be2684ff")
}

// UnpackPocoUnknownDealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoUnknownDeal(bytes32 dealid)
func (poco *Poco) UnpackPocoUnknownDealError(raw []byte) (*PocoPocoUnknownDeal, error) {
	out := new(PocoPocoUnknownDeal)
	if err := poco.abi.UnpackIntoInterface(out, "PocoUnknownDeal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoWeightOverflow represents a PocoWeightOverflow error raised by the Poco contract.
type PocoPocoWeightOverflow struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoWeightOverflow(bytes32 taskid)
func PocoPocoWeightOverflowErrorID() common.Hash {
	return common.HexToHash("0x74d28ccb8c9c47a08d0c1fb4a240c991e9770c27d1ea52eacdd8937dd1a08d47")
}

// UnpackPocoWeightOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoWeightOverflow(bytes32 taskid)
func (poco *Poco) UnpackPocoWeightOverflowError(raw []byte) (*PocoPocoWeightOverflow, error) {
	out := new(PocoPocoWeightOverflow)
	if err := poco.abi.UnpackIntoInterface(out, "PocoWeightOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoWrongToken represents a PocoWrongToken error raised by the Poco contract.
type PocoPocoWrongToken struct {
	Token    common.Address
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoWrongToken(address token, address expected)
func PocoPocoWrongTokenErrorID() common.Hash {
	return common.HexToHash("0x72070f9dbd06338b45d71c9606b2bcf7ac47b34dd9a4b9e85fb8c61260fee8d4")
}

// UnpackPocoWrongTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoWrongToken(address token, address expected)
func (poco *Poco) UnpackPocoWrongTokenError(raw []byte) (*PocoPocoWrongToken, error) {
	out := new(PocoPocoWrongToken)
	if err := poco.abi.UnpackIntoInterface(out, "PocoWrongToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoZeroAddress represents a PocoZeroAddress error raised by the Poco contract.
type PocoPocoZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoZeroAddress()
func PocoPocoZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xcb919fd433d4c4ba3e32274707f857807f7176566225c5ff5b80f6100a17c896")
}

// UnpackPocoZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoZeroAddress()
func (poco *Poco) UnpackPocoZeroAddressError(raw []byte) (*PocoPocoZeroAddress, error) {
	out := new(PocoPocoZeroAddress)
	if err := poco.abi.UnpackIntoInterface(out, "PocoZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoPocoZeroAmount represents a PocoZeroAmount error raised by the Poco contract.
type PocoPocoZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoZeroAmount()
func PocoPocoZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x28ae3a4b98af9aaaeeeccecb133503c2a05672b4168efa289fbd3a3536a5ac64")
}

// UnpackPocoZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoZeroAmount()
func (poco *Poco) UnpackPocoZeroAmountError(raw []byte) (*PocoPocoZeroAmount, error) {
	out := new(PocoPocoZeroAmount)
	if err := poco.abi.UnpackIntoInterface(out, "PocoZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Poco contract.
type PocoSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func PocoSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (poco *Poco) UnpackSafeERC20FailedOperationError(raw []byte) (*PocoSafeERC20FailedOperation, error) {
	out := new(PocoSafeERC20FailedOperation)
	if err := poco.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoStringTooLong represents a StringTooLong error raised by the Poco contract.
type PocoStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func PocoStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (poco *Poco) UnpackStringTooLongError(raw []byte) (*PocoStringTooLong, error) {
	out := new(PocoStringTooLong)
	if err := poco.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubMetaData contains all meta data concerning the PocoHub contract.
var PocoHubMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractIAssetRegistry\",\"name\":\"apps_\",\"type\":\"address\"},{\"internalType\":\"contractIAssetRegistry\",\"name\":\"datasets_\",\"type\":\"address\"},{\"internalType\":\"contractIWorkerpoolRegistry\",\"name\":\"workerpools_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"tasksModule_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"PocoAlreadyContributed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"}],\"name\":\"PocoAlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"PocoAssetNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PocoBalanceOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"PocoCallbackDataMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gasLeft\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"PocoCallbackGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"enumContributionStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"PocoCannotReveal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestCategory\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolCategory\",\"type\":\"uint256\"}],\"name\":\"PocoCategoryMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"PocoContributorsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"}],\"name\":\"PocoDeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"}],\"name\":\"PocoDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoDirectCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"}],\"name\":\"PocoEnclaveRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"PocoInsufficientFreeBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"PocoInvalidAuthorization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"PocoInvalidEnclaveSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"PocoInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"PocoInvalidWorkClockTimeRef\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"PocoNotOrderOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"PocoNotScheduler\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"PocoNotToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"PocoOrderConsumed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PocoPriceTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"requested\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"offered\",\"type\":\"address\"}],\"name\":\"PocoRequestMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"order\",\"type\":\"uint8\"},{\"internalType\":\"enumOrderKind\",\"name\":\"party\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"allowed\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"actual\",\"type\":\"address\"}],\"name\":\"PocoRestricted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"PocoResultDigestMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"PocoRevealMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"winners\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"PocoRevealsPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"required\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"offered\",\"type\":\"bytes32\"}],\"name\":\"PocoTagNotOffered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"first\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"PocoTaskIndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"enumTaskStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"PocoTaskWrongStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"required\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"appTag\",\"type\":\"bytes32\"}],\"name\":\"PocoTeeRequiresTeeApp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"}],\"name\":\"PocoTrustNotOne\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"PocoTrustOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestTrust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolTrust\",\"type\":\"uint256\"}],\"name\":\"PocoTrustTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"PocoUnknownCategory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"name\":\"PocoUnknownDeal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"PocoWeightOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"PocoWrongToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoZeroAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"CategoryCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"ContributionRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"KittyDrain\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"KittyFill\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Lock\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderPresigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32[4]\",\"name\":\"orderHashes\",\"type\":\"bytes32[4]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"}],\"name\":\"OrdersMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"ResultCallback\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Reward\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldScore\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newScore\",\"type\":\"uint256\"}],\"name\":\"ScoreChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Seize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"consensusValue\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"TaskConsensus\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"TaskContribute\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskFinalize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskReopen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"TaskReveal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Unlock\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONTRIBUTION_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FINAL_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY_MIN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TRUST\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL_STAKE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVEAL_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TAG_TEE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account_\",\"type\":\"address\"}],\"name\":\"account\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"appRegistry\",\"outputs\":[{\"internalType\":\"contractIAssetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelAppOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelDatasetOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelRequestOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelWorkerpoolOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"category\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"internalType\":\"structCategory\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"categoryCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"consumed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"contribution\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint56\",\"name\":\"weight\",\"type\":\"uint56\"},{\"internalType\":\"bytes24\",\"name\":\"seal\",\"type\":\"bytes24\"}],\"internalType\":\"structContribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"createCategory\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"datasetRegistry\",\"outputs\":[{\"internalType\":\"contractIAssetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"name\":\"dealHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"depositFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"group\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"members\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"consensus\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashAppOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashDatasetOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashRequestOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashWorkerpoolOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"kitty\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"appOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"datasetOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"workerpoolOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"requestOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"app\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dataset\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"workerpool\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"request\",\"type\":\"bytes\"}],\"internalType\":\"structPocoHub.OrderSignatures\",\"name\":\"signatures\",\"type\":\"tuple\"}],\"name\":\"matchOrders\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignAppOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignDatasetOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignRequestOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignWorkerpoolOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"presigned\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"receiveApproval\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"score\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"appOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"datasetOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"workerpoolOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"requestOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"app\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dataset\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"workerpool\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"request\",\"type\":\"bytes\"}],\"internalType\":\"structPocoHub.OrderSignatures\",\"name\":\"signatures\",\"type\":\"tuple\"}],\"name\":\"sponsorMatchOrders\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"task\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"contributors\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"winners\",\"type\":\"uint16\"},{\"internalType\":\"uint40\",\"name\":\"revealDeadline\",\"type\":\"uint40\"},{\"internalType\":\"uint176\",\"name\":\"totalWeight\",\"type\":\"uint176\"},{\"internalType\":\"bytes32\",\"name\":\"contributorsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structTask\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tasksModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"workerpoolRegistry\",\"outputs\":[{\"internalType\":\"contractIWorkerpoolRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "18144794c8ac9de2d3de0cc869406c628a",
	Bin: "0x61020080604052346104ce5760c081615c3f80380380916100208285610501565b8339810103126104ce5780516001600160a01b03811681036104ce5761004860208301610524565b61005460408401610524565b6060840151929091906001600160a01b03841684036104ce5761008560a061007e60808801610524565b9601610524565b60405190610094604083610501565b600482526020820163506f636f60e01b8152604051926100b5604085610501565b60018452603160f81b60208501908152926001600160a01b031680156104bb575f80546001600160a01b03198116831782556001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a361011e8161157b565b6101205261012b8461157b565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261019460c082610501565b5190206080523060c05261016052610180526101a0526101c0526101e0526102286040516101c3604082610501565b6002815261585360f01b6020820152604051906101e1606083610501565b602f82527f457874726120736d616c6c3a2035206d696e75746573206f6e2074686520726560208301526e666572656e6365206d616368696e6560881b604083015261055c565b5061029960405161023a604082610501565b60018152605360f81b602082015260405190610257606083610501565b602a82527f536d616c6c3a203230206d696e75746573206f6e20746865207265666572656e6020830152696365206d616368696e6560b01b60408301526108df565b506103076040516102ab604082610501565b60018152604d60f81b6020820152604051906102c8606083610501565b602782527f4d656469756d3a203120686f7572206f6e20746865207265666572656e6365206020830152666d616368696e6560c81b6040830152610c06565b50610375604051610319604082610501565b60018152601360fa1b602082015260405190610336606083610501565b602782527f4c617267653a203320686f757273206f6e20746865207265666572656e6365206020830152666d616368696e6560c81b6040830152610f2d565b506103eb604051610387604082610501565b6002815261161360f21b6020820152604051906103a5606083610501565b602e82527f4578747261206c617267653a20313020686f757273206f6e207468652072656660208301526d6572656e6365206d616368696e6560901b6040830152611254565b5060405161460f90816115d0823960805181613e32015260a05181613ee9015260c05181613e03015260e05181613e8101526101005181613ea701526101205181610c8701526101405181610cb00152610160518181816102d301528181610bae01528181611ea6015261207b0152610180518181816107630152818161084c0152612b7101526101a05181818161046c015281816113df015261373601526101c051818181610b3001528181610f9b0152818161109b0152612c1c01526101e051818181602301526103fe0152f35b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b606081019081106001600160401b038211176104ed57604052565b634e487b7160e01b5f52604160045260245ffd5b601f909101601f19168101906001600160401b038211908210176104ed57604052565b51906001600160a01b03821682036104ce57565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b90915f516020615bff5f395f51905f5254916040519361057b856104d2565b81855260208501948186526040810161012c8152680100000000000000008610156104ed5760018601805f516020615bff5f395f51905f52558610156108cb575f516020615bff5f395f51905f525f5290518051600387025f516020615c1f5f395f51905f520192916001600160401b0382116104ed57835490600182811c921680156108c1575b60208310146107dc5781601f849311610868575b50602090601f8311600114610805575f926107fa575b50508160011b915f199060031b1c19161782555b9551805190969060018301906001600160401b0381116104ed5781549860018a811c9a1680156107f0575b60208b10146107dc57601f8a1161078d575b8899505f98979850602090601f831160011461070c57936106e69693835f516020615bdf5f395f51905f529997946002946106f4985f92610701575b50508160011b915f199060031b1c19161790555b51910155604051938493606085526060850190610538565b908382036020850152610538565b61012c60408301520390a2565b015190505f806106ba565b90601f19831691845f52815f20925f5b8181106107725750846002946106f498946106e69b98945f516020615bdf5f395f51905f529d9b986001951061075a575b505050811b0190556106ce565b01515f1960f88460031b161c191690555f808061074d565b8284015185558d9b506001909401936020938401930161071c565b818a111561067e57825f5260205f20601f830160051c90602084106107d4575b81019a601f0160051c035f5b8181106107c757505061067e565b5f8c8201556001016107b9565b5f91506107ad565b634e487b7160e01b5f52602260045260245ffd5b99607f169961066c565b015190505f8061062d565b5f8681528281209350601f198516905b8181106108505750908460019594939210610838575b505050811b018255610641565b01515f1960f88460031b161c191690555f808061082b565b92936020600181928786015181550195019301610815565b8281111561061757909150845f5260205f20601f840160051c90602085106108b9575b849392601f0160051c82900391015f5b8281106108a9575050610617565b5f8183015585945060010161089b565b5f915061088b565b91607f1691610603565b634e487b7160e01b5f52603260045260245ffd5b90915f516020615bff5f395f51905f525491604051936108fe856104d2565b8185526020850194818652604081016104b08152680100000000000000008610156104ed5760018601805f516020615bff5f395f51905f52558610156108cb575f516020615bff5f395f51905f525f5290518051600387025f516020615c1f5f395f51905f520192916001600160401b0382116104ed57835490600182811c92168015610bfc575b60208310146107dc5781601f849311610ba3575b50602090601f8311600114610b40575f92610b35575b50508160011b915f199060031b1c19161782555b9551805190969060018301906001600160401b0381116104ed5781549860018a811c9a168015610b2b575b60208b10146107dc57601f8a11610adc575b8899505f98979850602090601f8311600114610a7457936106e69693835f516020615bdf5f395f51905f52999794600294610a67985f926107015750508160011b915f199060031b1c191617905551910155604051938493606085526060850190610538565b6104b060408301520390a2565b90601f19831691845f52815f20925f5b818110610ac1575084600294610a6798946106e69b98945f516020615bdf5f395f51905f529d9b986001951061075a57505050811b0190556106ce565b8284015185558d9b5060019094019360209384019301610a84565b818a1115610a0157825f5260205f20601f830160051c9060208410610b23575b81019a601f0160051c035f5b818110610b16575050610a01565b5f8c820155600101610b08565b5f9150610afc565b99607f16996109ef565b015190505f806109b0565b5f8681528281209350601f198516905b818110610b8b5750908460019594939210610b73575b505050811b0182556109c4565b01515f1960f88460031b161c191690555f8080610b66565b92936020600181928786015181550195019301610b50565b8281111561099a57909150845f5260205f20601f840160051c9060208510610bf4575b849392601f0160051c82900391015f5b828110610be457505061099a565b5f81830155859450600101610bd6565b5f9150610bc6565b91607f1691610986565b90915f516020615bff5f395f51905f52549160405193610c25856104d2565b818552602085019481865260408101610e108152680100000000000000008610156104ed5760018601805f516020615bff5f395f51905f52558610156108cb575f516020615bff5f395f51905f525f5290518051600387025f516020615c1f5f395f51905f520192916001600160401b0382116104ed57835490600182811c92168015610f23575b60208310146107dc5781601f849311610eca575b50602090601f8311600114610e67575f92610e5c575b50508160011b915f199060031b1c19161782555b9551805190969060018301906001600160401b0381116104ed5781549860018a811c9a168015610e52575b60208b10146107dc57601f8a11610e03575b8899505f98979850602090601f8311600114610d9b57936106e69693835f516020615bdf5f395f51905f52999794600294610d8e985f926107015750508160011b915f199060031b1c191617905551910155604051938493606085526060850190610538565b610e1060408301520390a2565b90601f19831691845f52815f20925f5b818110610de8575084600294610d8e98946106e69b98945f516020615bdf5f395f51905f529d9b986001951061075a57505050811b0190556106ce565b8284015185558d9b5060019094019360209384019301610dab565b818a1115610d2857825f5260205f20601f830160051c9060208410610e4a575b81019a601f0160051c035f5b818110610e3d575050610d28565b5f8c820155600101610e2f565b5f9150610e23565b99607f1699610d16565b015190505f80610cd7565b5f8681528281209350601f198516905b818110610eb25750908460019594939210610e9a575b505050811b018255610ceb565b01515f1960f88460031b161c191690555f8080610e8d565b92936020600181928786015181550195019301610e77565b82811115610cc157909150845f5260205f20601f840160051c9060208510610f1b575b849392601f0160051c82900391015f5b828110610f0b575050610cc1565b5f81830155859450600101610efd565b5f9150610eed565b91607f1691610cad565b90915f516020615bff5f395f51905f52549160405193610f4c856104d2565b818552602085019481865260408101612a308152680100000000000000008610156104ed5760018601805f516020615bff5f395f51905f52558610156108cb575f516020615bff5f395f51905f525f5290518051600387025f516020615c1f5f395f51905f520192916001600160401b0382116104ed57835490600182811c9216801561124a575b60208310146107dc5781601f8493116111f1575b50602090601f831160011461118e575f92611183575b50508160011b915f199060031b1c19161782555b9551805190969060018301906001600160401b0381116104ed5781549860018a811c9a168015611179575b60208b10146107dc57601f8a1161112a575b8899505f98979850602090601f83116001146110c257936106e69693835f516020615bdf5f395f51905f529997946002946110b5985f926107015750508160011b915f199060031b1c191617905551910155604051938493606085526060850190610538565b612a3060408301520390a2565b90601f19831691845f52815f20925f5b81811061110f5750846002946110b598946106e69b98945f516020615bdf5f395f51905f529d9b986001951061075a57505050811b0190556106ce565b8284015185558d9b50600190940193602093840193016110d2565b818a111561104f57825f5260205f20601f830160051c9060208410611171575b81019a601f0160051c035f5b81811061116457505061104f565b5f8c820155600101611156565b5f915061114a565b99607f169961103d565b015190505f80610ffe565b5f8681528281209350601f198516905b8181106111d957509084600195949392106111c1575b505050811b018255611012565b01515f1960f88460031b161c191690555f80806111b4565b9293602060018192878601518155019501930161119e565b82811115610fe857909150845f5260205f20601f840160051c9060208510611242575b849392601f0160051c82900391015f5b828110611232575050610fe8565b5f81830155859450600101611224565b5f9150611214565b91607f1691610fd4565b90915f516020615bff5f395f51905f52549160405193611273856104d2565b818552602085019481865260408101618ca08152680100000000000000008610156104ed5760018601805f516020615bff5f395f51905f52558610156108cb575f516020615bff5f395f51905f525f5290518051600387025f516020615c1f5f395f51905f520192916001600160401b0382116104ed57835490600182811c92168015611571575b60208310146107dc5781601f849311611518575b50602090601f83116001146114b5575f926114aa575b50508160011b915f199060031b1c19161782555b9551805190969060018301906001600160401b0381116104ed5781549860018a811c9a1680156114a0575b60208b10146107dc57601f8a11611451575b8899505f98979850602090601f83116001146113e957936106e69693835f516020615bdf5f395f51905f529997946002946113dc985f926107015750508160011b915f199060031b1c191617905551910155604051938493606085526060850190610538565b618ca060408301520390a2565b90601f19831691845f52815f20925f5b8181106114365750846002946113dc98946106e69b98945f516020615bdf5f395f51905f529d9b986001951061075a57505050811b0190556106ce565b8284015185558d9b50600190940193602093840193016113f9565b818a111561137657825f5260205f20601f830160051c9060208410611498575b81019a601f0160051c035f5b81811061148b575050611376565b5f8c82015560010161147d565b5f9150611471565b99607f1699611364565b015190505f80611325565b5f8681528281209350601f198516905b81811061150057509084600195949392106114e8575b505050811b018255611339565b01515f1960f88460031b161c191690555f80806114db565b929360206001819287860151815501950193016114c5565b8281111561130f57909150845f5260205f20601f840160051c9060208510611569575b849392601f0160051c82900391015f5b82811061155957505061130f565b5f8183015585945060010161154b565b5f915061153b565b91607f16916112fb565b601f8151116115a6576020815191015160208210611597571790565b5f198260200360031b1b161790565b60405163305a27a960e01b8152602060048201529081906115cb906024830190610538565b0390fdfe6101c0806040526004361015610059575b503461005557604051365f82375f8036837f00000000000000000000000000000000000000000000000000000000000000005af43d5f833e15610051573d90f35b3d90fd5b5f80fd5b5f905f3560e01c9081630baccd75146119d457508063253eca1f146118e3578063298503d9146114a55780632be32dbb146114695780632e1a7d4d1461144c5780633103d6e6146114035780633235ad13146113c057806336efd16f1461139b5780633e508aca146113805780633fcc0227146113615780634357227c146112995780634648c9431461126357806346616709146111925780634b555994146111735780634e1a7b791461115857806351152de114610b0c578063570a34ab1461106857806358e10f5614610f695780635bc03ef314610f3b5780635fde601d14610f20578063709ce02b14610f05578063715018a614610eae57806373b9aa9114610e47578063776f384314610df05780637b24483214610dd557806383b04e6b14610d8357806384b0196e14610c6f5780638da5cb5b14610c4a5780638f4ffcb114610b545780638fb0f8fa14610b1157806390fc26b114610b0c578063913959b914610aee5780639779ea4614610ad1578063a4ac26ae14610a0b578063b4cc426a14610961578063b4fdb5ec14610890578063b6b55f2514610870578063bb4fceb91461082d578063c2ed390014610739578063c6b6ccf514610710578063c86283c8146106e8578063ce1b1bd614610620578063cf66151b1461053a578063daa9c31d14610441578063e2e7a8c114610422578063ee4b1678146103de578063f2fde38b14610340578063f698da2514610325578063f6e14cc6146102f7578063fc0c546a146102b35763fe46b8ee0361001057346102b057806003193601126102b057602060405163ffffffff8152f35b80fd5b50346102b057806003193601126102b05760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346102b0576101403660031901126102b05750602061031d610318613f0f565b612222565b604051908152f35b50346102b057806003193601126102b057602061031d613df9565b50346102b05760203660031901126102b0576001600160a01b03610362611ab3565b61036a611de5565b1680156103b2576001600160a01b038254826001600160a01b03198216178455167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08380a380f35b6024827f1e4fbdf700000000000000000000000000000000000000000000000000000000815280600452fd5b50346102b057806003193601126102b05760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346102b057806003193601126102b0576020604051633b9aca008152f35b50346102b0576101003660031901126102b05761045f61031861213d565b61049061046a611d8b565b7f0000000000000000000000000000000000000000000000000000000000000000612277565b6001600160a01b031690604435338314801590610532575b610515578184525f5160206145ef5f395f51905f52602052806040852054106104f6575b5060017fb399153bea786ec476ebaf1a5a4c731da7daebcc492ea4bc01610c1d292aee7c8480a480f35b8184525f5160206145ef5f395f51905f5260205260408420555f6104cc565b6314ff7cfb60e11b84528284606491600160045233602452604452fd5b5082156104a8565b50346102b05760203660031901126102b057604060c091610559611db5565b5060043581527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f066020522060405161059081611bc1565b75ffffffffffffffffffffffffffffffffffffffffffff825464ffffffffff60ff82169485855261ffff60208601818560081c168152816040880191818760181c16835260a0600160608b0196888a60281c16885260808c019960501c8a5201549901988952604051998a52511660208901525116604087015251166060850152511660808301525160a0820152f35b50346102b05761062f36611ac9565b6001600160a01b0361064f60c0610648610318856123fc565b9301611da1565b16908133148015906106e0575b6106c4578083527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0460205260408320826001600160a01b031982541617905560037f93bad3b0953f1abdb2ccb9512e416018a35b9182f0f2af62c65df64148db56c28480a480f35b506314ff7cfb60e11b8252600360045233602452604452606490fd5b50811561065c565b50346102b05760403660031901126102b05761070d600435610708611a9d565b611e24565b80f35b50346102b057602061031d61072436611b19565b9261073360c083949301611da1565b94612705565b3461005557610100366003190112610055576107566103186122f4565b610787610761611d8b565b7f0000000000000000000000000000000000000000000000000000000000000000612277565b6001600160a01b031690604435338314801590610825575b61080a57815f525f5160206145ef5f395f51905f526020528060405f2054106107eb575b505f7fb399153bea786ec476ebaf1a5a4c731da7daebcc492ea4bc01610c1d292aee7c8180a4005b815f525f5160206145ef5f395f51905f5260205260405f2055826107c3565b6314ff7cfb60e11b5f52825f6004523360245260445260645ffd5b50821561079f565b34610055575f3660031901126100555760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100555760203660031901126100555761088e6004353333611fff565b005b346100555761089e36611ac9565b6108aa610318826123fc565b6001600160a01b0360e06108c060c08501611da1565b930135921691823314801590610959575b61093d57815f525f5160206145ef5f395f51905f526020528060405f20541061091e575b5060037fb399153bea786ec476ebaf1a5a4c731da7daebcc492ea4bc01610c1d292aee7c5f80a4005b815f525f5160206145ef5f395f51905f5260205260405f2055826108f5565b6314ff7cfb60e11b5f528260036004523360245260445260645ffd5b5082156108d1565b34610055576040366003190112610055576004355f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0860205260405f206024355f52602052606060405f20547f80000000000000000000000000000000000000000000000000000000000000006040519175ffffffffffffffffffffffffffffffffffffffffffff8116835267ffffffffffffffff8160b01c1660208401521615156040820152f35b346100555761010036600319011261005557610a286103186122f4565b6001600160a01b03610a3b610761611d8b565b1690813314801590610ac9575b610aae57805f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0460205260405f20826001600160a01b03198254161790555f7f93bad3b0953f1abdb2ccb9512e416018a35b9182f0f2af62c65df64148db56c28180a4005b506314ff7cfb60e11b5f525f6004523360245260445260645ffd5b508115610a48565b34610055575f366003190112610055576020604051620186a08152f35b3461005557602061031d610b0136611b19565b929190913394612705565b611afe565b34610055575f3660031901126100555760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461005557608036600319011261005557610b6d611ab3565b604435906001600160a01b0382168092036100555760643567ffffffffffffffff811161005557610ba2903690600401611a6f565b50506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691823303610c1a57828103610bea5761088e6024358380611fff565b90507f72070f9d000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b827fce34c2c0000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b34610055575f3660031901126100555760206001600160a01b035f5416604051908152f35b34610055575f36600319011261005557610d27610cab7f0000000000000000000000000000000000000000000000000000000000000000613ffc565b610cd47f0000000000000000000000000000000000000000000000000000000000000000613ffc565b6020610d3560405192610ce78385611bdd565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190611a4b565b908582036040870152611a4b565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110610d6c57505050500390f35b835185528695509381019392810192600101610d5d565b34610055576020366003190112610055576004355f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0460205260206001600160a01b0360405f205416604051908152f35b34610055575f36600319011261005557602060405160078152f35b34610055576020366003190112610055576001600160a01b03610e11611ab3565b165f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f01602052602060405f2054604051908152f35b34610055576020366003190112610055576001600160a01b03610e68611ab3565b165f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f006020526040805f20548151906001600160801b038116825260801c6020820152f35b34610055575f36600319011261005557610ec6611de5565b5f6001600160a01b0381546001600160a01b031981168355167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b34610055575f366003190112610055576020604051601e8152f35b34610055575f36600319011261005557602060405160028152f35b34610055575f3660031901126100555760206040517325950596a89ab577939cb8c0e033b6050b88b0878152f35b346100555761014036600319011261005557610f86610318613f0f565b610fc0610f91611d8b565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016612277565b6001600160a01b031690604435338314801590611060575b61104457815f525f5160206145ef5f395f51905f526020528060405f205410611025575b5060027fb399153bea786ec476ebaf1a5a4c731da7daebcc492ea4bc01610c1d292aee7c5f80a4005b815f525f5160206145ef5f395f51905f5260205260405f205582610ffc565b6314ff7cfb60e11b5f528260026004523360245260445260645ffd5b508215610fd8565b346100555761014036600319011261005557611085610318613f0f565b6001600160a01b036110c0611098611d8b565b827f000000000000000000000000000000000000000000000000000000000000000016612277565b1690813314801590611150575b61113457805f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0460205260405f20826001600160a01b031982541617905560027f93bad3b0953f1abdb2ccb9512e416018a35b9182f0f2af62c65df64148db56c25f80a4005b506314ff7cfb60e11b5f5260026004523360245260445260645ffd5b5081156110cd565b3461005557602061031d61031861116e36611ac9565b6123fc565b346100555761010036600319011261005557602061031d6103186122f4565b34610055576040366003190112610055576111ab611a9d565b5f604080516111b981611ba5565b82815282602082015201526004355f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f076020526001600160a01b0360405f2091165f52602052606060405f206040519061121382611ba5565b5466ffffffffffffff60ff82169283815260406020820191838560081c168352019267ffffffffffffffff191683526040519384525116602083015267ffffffffffffffff199051166040820152f35b34610055576020366003190112610055576004355f525f5160206145ef5f395f51905f52602052602060405f2054604051908152f35b3461005557610100366003190112610055576112b661031861213d565b6001600160a01b036112c961046a611d8b565b1690813314801590611359575b61133d57805f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0460205260405f20826001600160a01b031982541617905560017f93bad3b0953f1abdb2ccb9512e416018a35b9182f0f2af62c65df64148db56c25f80a4005b506314ff7cfb60e11b5f5260016004523360245260445260645ffd5b5081156112d6565b346100555761010036600319011261005557602061031d61031861213d565b34610055575f36600319011261005557602060405160018152f35b346100555760403660031901126100555761088e6004356113ba611a9d565b33611fff565b34610055575f3660031901126100555760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610055576020366003190112610055576004355f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f05602052602060405f2054604051908152f35b346100555760203660031901126100555761088e60043533611e24565b34610055575f3660031901126100555760207fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0254604051908152f35b346100555760603660031901126100555760043567ffffffffffffffff8111610055576114d6903690600401611a6f565b60243567ffffffffffffffff811161005557611513926114fd61151b923690600401611a6f565b9490916044359461150c611de5565b3691611d45565b933691611d45565b91811580156118d6575b6118aa577fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0254916040519361155985611ba5565b828552602085019481865260408101838152680100000000000000008610156117bc57600186017fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f02556115ab86611bff565b929092611897575180519067ffffffffffffffff82116117bc5781906115d18554611c6d565b601f811161183e575b50602090601f83116001146117db575f926117d0575b50508160011b915f199060031b1c19161782555b60018201965196875167ffffffffffffffff81116117bc576116268254611c6d565b601f811161176b575b5090879695949392916020998a90601f83116001146116d757937f05053191630656a0317955178eac6c748364e24ccbf6e61b8cebf7c86157fbc1989693836116ae9997946002946116bb985f926116cc575b50508160011b915f199060031b1c19161790555b51910155604051948594606086526060860190611a4b565b908482038a860152611a4b565b9060408301520390a2604051908152f35b015190508f80611682565b90601f19831691845f52815f20925f5b8181106117515750846002946116bb98947f05053191630656a0317955178eac6c748364e24ccbf6e61b8cebf7c86157fbc19d9b98946116ae9d9b9860019510611739575b505050811b019055611696565b01515f1960f88460031b161c191690558f808061172c565b8284015185558d9c50600190940193928e01928e016116e7565b8181111561162f5798825f5260205f20601f830160051c90602084106117b4575b81019a601f0160051c035f5b8181106117a75750509861162f565b5f8c820155600101611798565b5f915061178c565b634e487b7160e01b5f52604160045260245ffd5b0151905089806115f0565b5f8681528281209350601f198516905b818110611826575090846001959493921061180e575b505050811b018255611604565b01515f1960f88460031b161c19169055898080611801565b929360206001819287860151815501950193016117eb565b828111156115da57909150845f5260205f20601f840160051c906020851061188f575b849392601f0160051c82900391015f5b82811061187f5750506115da565b5f81830155859450600101611871565b5f9150611861565b634e487b7160e01b5f525f60045260245ffd5b507f8ffd7362000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5063ffffffff8211611525565b34610055576020366003190112610055576004355f6040805161190581611ba5565b606081526060602082015201527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0254808210156119be576119a061194883611bff565b506040519061195682611ba5565b61195f81611ca5565b82526119b3600261197260018401611ca5565b9260208501938452015491604084019283526040519485946020865251606060208701526080860190611a4b565b9051848203601f19016040860152611a4b565b905160608301520390f35b90631dd6272960e01b5f5260045260245260445ffd5b34610055575f366003190112610055577325950596a89ab577939cb8c0e033b6050b88b0875f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0060209081527f2b81106f9363d9c0e53ac4baa7a59a677ca283f8f18fa8ff7994b631511d57425460801c825290f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9181601f840112156100555782359167ffffffffffffffff8311610055576020838186019501011161005557565b602435906001600160a01b038216820361005557565b600435906001600160a01b038216820361005557565b6020600319820112610055576004359067ffffffffffffffff8211610055576101e09082900360031901126100555760040190565b34610055575f366003190112610055576020604051600a8152f35b600319810161038081126100555761010013610055576004916101006101031983011261005557610104916101406102031982011261005557610204916103443567ffffffffffffffff8111610055576101e081840360031901126100555760040191610364359067ffffffffffffffff82116100555760809082900360031901126100555760040190565b6060810190811067ffffffffffffffff8211176117bc57604052565b60c0810190811067ffffffffffffffff8211176117bc57604052565b90601f8019910116810190811067ffffffffffffffff8211176117bc57604052565b7fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0254811015611c59577fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f025f52600360205f20910201905f90565b634e487b7160e01b5f52603260045260245ffd5b90600182811c92168015611c9b575b6020831014611c8757565b634e487b7160e01b5f52602260045260245ffd5b91607f1691611c7c565b9060405191825f825492611cb884611c6d565b8084529360018116908115611d235750600114611cdf575b50611cdd92500383611bdd565b565b90505f9291925260205f20905f915b818310611d07575050906020611cdd928201015f611cd0565b6020919350806001915483858901015201910190918492611cee565b905060209250611cdd94915060ff191682840152151560051b8201015f611cd0565b92919267ffffffffffffffff82116117bc5760405191611d6f601f8201601f191660200184611bdd565b829481845281830111610055578281602093845f960137010152565b6004356001600160a01b03811681036100555790565b356001600160a01b03811681036100555790565b60405190611dc282611bc1565b5f60a0838281528260208201528260408201528260608201528260808201520152565b6001600160a01b035f54163303611df857565b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b8115611fd7576001600160a01b0316908115611faf57335f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0060205260405f206001600160801b03815416828110611f94576001600160801b03611e8a848293613fef565b16166fffffffffffffffffffffffffffffffff198254161790557f000000000000000000000000000000000000000000000000000000000000000090604051917fa9059cbb000000000000000000000000000000000000000000000000000000005f52836004528160245260205f60448180855af160015f5114811615611f75575b8360405215611f40575081527f9b1bfa7fa9ee420a16e124f794c35ac9f90472acc99140eb2f6447c714cad8eb60203392a3565b6001600160a01b03907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b6001811516611f8b57813b15153d151616611f0c565b833d5f823e3d90fd5b9050635e65bb5960e01b5f523360045260245260445260645ffd5b7fcb919fd4000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f28ae3a4b000000000000000000000000000000000000000000000000000000005f5260045ffd5b8215611fd7576001600160a01b038216918215611faf57825f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f006020526001600160801b0361206060405f209261205a87848654166126f8565b90614155565b166fffffffffffffffffffffffffffffffff198254161790557f0000000000000000000000000000000000000000000000000000000000000000926001600160a01b03604051927f23b872dd000000000000000000000000000000000000000000000000000000005f52169384600452306024528160445260205f60648180855af160015f5114811615612127575b836040525f60605215611f405750816020917f5548c837ab068cf56a2c2479df0882a4922fd203edb7517321831d95078c5f629352a3565b6001811516611f8b57813b15153d1516166120ef565b6004356001600160a01b038116810361005557608435906001600160a01b03821682036100555760a435906001600160a01b03821682036100555760c435916001600160a01b038316830361005557604080517f6cfc932a5a3d22c4359295b9f433edff52b60703fa47690a04a83e40933dd47c602082019081526001600160a01b03948516928201929092526024356060820152604435608082015260643560a082015294831660c086015290821660e0850152911661010083015260e4356101208301529061221c8161014081015b03601f198101835282611bdd565b51902090565b60429061222d613df9565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b51906001600160a01b038216820361005557565b906001600160a01b03602460209282604051958694859363c1f1d57760e01b8552166004840152165afa9081156122e9575f916122b2575090565b90506020813d6020116122e1575b816122cd60209383611bdd565b81010312610055576122de90612263565b90565b3d91506122c0565b6040513d5f823e3d90fd5b6004356001600160a01b038116810361005557608435906001600160a01b03821682036100555760a435906001600160a01b03821682036100555760c435916001600160a01b038316830361005557604080517f60815a0eeec47dddf1615fe53b31d016c31444e01b9d796db365443a6445d008602082019081526001600160a01b03948516928201929092526024356060820152604435608082015260643560a082015294831660c086015290821660e0850152911661010083015260e4356101208301529061221c81610140810161220e565b903590601e1981360301821215610055570180359067ffffffffffffffff82116100555760200191813603831361005557565b61240581611da1565b9061221c61241560408301611da1565b926001600160a01b0361242a60808501611da1565b8161243760c08701611da1565b9181604051988160208b01977ff24e853034a3a450aba845a82914fbb564ad85accca6cf62be112a154520fae089521660408b0152602089013560608b0152166080890152606087013560a08901521660c087015260a085013560e08701521661010085015261010084526124ae61012085611bdd565b60206124bd6101608501611da1565b6101c06124cd6101808701611da1565b956124df61150c6101a08301836123c9565b8481519101206001600160a01b036040519881878b019660e0860135885261010086013560408d015261012086013560608d015261014086013560808d01521660a08b01521660c089015260e08801520135610100860152610100855261254861012086611bdd565b60405194859383850197518091895e840190838201905f8252519283915e01015f815203601f198101835282611bdd565b8181029291811591840414171561258c57565b634e487b7160e01b5f52601160045260245ffd5b6102c08091805184526001600160a01b0360208201511660208501526001600160a01b036040820151166040850152606081015160608501526001600160a01b0360808201511660808501526001600160a01b0360a08201511660a085015260c081015160c08501526001600160a01b0360e08201511660e08501526001600160a01b03610100820151166101008501526101208101516101208501526101408101516101408501526101608101516101608501526101808101516101808501526101a08101516101a08501526001600160a01b036101c0820151166101c08501526001600160a01b036101e0820151166101e08501526001600160a01b03610200820151166102008501526001600160a01b03610220820151166102208501526102408101516102408501526102608101516102608501526102808101516102808501526102a08101516102a08501520151910152565b9190820180921161258c57565b94929190939460e0526101605261018052610100526001600160a01b0361272b82611da1565b5f60c0521615801590613df057602082013560c0525b8015613de9576060820135915b608061016051013561012061018051013503613daa577fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0254806101206101805101351015613d8c5750610180516101400135613d7e5760015b6101605160a00135613d70576001905b11613d315763ffffffff61014061018051013511613cf5576020610180510135602060e05101358110613cd55750606061018051013560c0518110613cb8575060a061018051013560206101605101358110613c96575061010061018051013560805260606101605101351960805184606060e0510135171716613c5257608051831760018116151580613c41575b613c0c575061285761018051611da1565b6001600160a01b038061286b60e051611da1565b16911603613bd0576040610180510161288381611da1565b6001600160a01b038061289585611da1565b16911603613b9757506128ac608060e05101611da1565b6001600160a01b036128bd83611da1565b911680151580613b84575b613b505750506128dc60a060e05101611da1565b6001600160a01b036128f061016051611da1565b911680151580613b3d575b613b0957505061290f60c060e05101611da1565b6001600160a01b0361292660c06101805101611da1565b911680151580613af6575b613ac257505081613951575b61294c60c06101605101611da1565b6001600160a01b0361295f60e051611da1565b91168015158061393e575b61390a57505061297f60e06101605101611da1565b6001600160a01b0361299083611da1565b9116801515806138f7575b6138c25750506129b16101006101605101611da1565b6001600160a01b036129c860c06101805101611da1565b9116801515806138af575b61387a5750506129e860806101805101611da1565b6001600160a01b036129fc61016051611da1565b911680151580613867575b613832575050604051610120526102e0610120510161012051811067ffffffffffffffff8211176117bc576040525f61012051525f60206101205101525f60406101205101525f60606101205101525f60806101205101525f60a06101205101525f60c06101205101525f60e06101205101525f6101006101205101525f610120805101525f6101406101205101525f6101606101205101525f6101806101205101525f6101a06101205101525f6101c06101205101525f6101e06101205101525f6102006101205101525f6102206101205101525f6102406101205101525f6102606101205101525f6102806101205101525f6102a06101205101525f6102c06101205101526001600160a01b03612b2160e051611da1565b166020610120510152602060e05101356060610120510152612b4460e051611da1565b6001600160a01b036040519163c1f1d57760e01b8352168060048301526020826024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa9182156122e9575f926137f6575b506001600160a01b038216156137e057506001600160a01b0383911660406101205101526136db575b612bd661016051611da1565b936001600160a01b03604051957ff514d6e50000000000000000000000000000000000000000000000000000000087521660048601526060856024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa9485156122e9575f610140525f955f60a05261368d575b506001600160a01b03610140511615613661576001600160a01b0360406101205101511691612e9a6001600160a01b0360a06101205101511693612c97611db5565b6101a052612d6e612ca960e051611da1565b612cb7608060e05101611da1565b90612d66612cc960a060e05101611da1565b61220e612cda60c060e05101611da1565b6040805160e080517f60815a0eeec47dddf1615fe53b31d016c31444e01b9d796db365443a6445d00860208085019182526001600160a01b039a8b16858701528201356060808601919091529482013560808501529381013560a084015298881660c0830152948716858201529590911661010086015294909101356101208401528290610140820190565b519020612222565b6101a05152612e64612d8261016051611da1565b612d9160c06101605101611da1565b6001600160a01b03612da860e06101605101611da1565b81612db96101006101605101611da1565b9181604051958160208801987faa3429fb281b34691803133d3d978a75bb77c617ed6bc9aa162b9b30920022bb8a521660408801526020610160510135606088015260406101605101356080880152606061016051013560a0880152608061016051013560c088015260a061016051013560e08801521661010086015216610120840152166101408201526101206101605101356101608201526101608152612d6661018082611bdd565b60406101a0510152612e7b610318610180516123fc565b60606101a05101526101a05151612e9285806123c9565b9290916141a8565b612ebd60406101a0510151612eb260408501856123c9565b916101405190614246565b612eed60606101a0510151612ed760c06101805101611da1565b90612ee560608601866123c9565b9290916142dc565b6101a051515f525f5160206145ef5f395f51905f5260205260405f20549160406101a05101515f525f5160206145ef5f395f51905f5260205260405f20549360606101a05101515f525f5160206145ef5f395f51905f5260205260405f205460806101a05101526101a05151604060e05101358510156136415750612f7884604060e0510135613fef565b60406101a0510151604061016051013587101561361f5750612fa1866040610160510135613fef565b8082101561361857505b60606101a051015160806101a05101519060e06101805101358210156135f65750612fdd9060e0610180510135613fef565b808210156135ee5750915b829661343f575b505050509161302c81613213959361300a82606499976126f8565b6101a051515f525f5160206145ef5f395f51905f5260205260405f20556126f8565b60406101a05101515f525f5160206145ef5f395f51905f5260205260405f205561305d8160806101a05101516126f8565b60606101a05101515f525f5160206145ef5f395f51905f5260205260405f205560a06101a051015260606101a051015160806101a051015160405190602082019283526040820152604081526130b4606082611bdd565b51902061012051526001600160a01b036130d061016051611da1565b1660e06101205101526001600160a01b036101405116610100610120510152602061016051013561012080510152610140610180510135155f146134315760015b610140610120510152610120610180510135610160610120510152600261313f610120610180510135611bff565b50015461018061012051015260805190606060e051013517176101a06101205101526001600160a01b0361317860c06101805101611da1565b166101c06101205101526001600160a01b0361319a6101606101805101611da1565b166101e06101205101526001600160a01b036131ba610180805101611da1565b166102006101205101526001600160a01b0361010051166102206101205101524261024061012051015260806101a051015161026061012051015260a06101a05101516102806101205101526020610160510135612579565b046102a061012051015260a0516102c0610120510152604051602081019061323e82610120516125a0565b6102e0815261324f61030082611bdd565b51902061012051515f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0560205260405f20556132c76132b86132aa60206101605101356132a560c051602060e05101356126f8565b6126f8565b60a06101a051015190612579565b61012051519061010051614053565b6101605160200135601e818102918015908304909114171561258c576132fb61330a91606460a06101a05101519104612579565b61012051519061014051614053565b610120515161331b61016051611da1565b9061332b60c06101805101611da1565b906040516080810181811067ffffffffffffffff8211176117bc576040526101a05151815260206101a0510151602082015260406101a0510151604082015260606101a0510151606082015261338b6101a06101805101610180516123c9565b80949160405193845f905b6004821061341757505050926001600160a01b038082946103a0947fc0c7fd451e0a99a7e50bdc547f148dca3da9153ffceceb8203c80bce0c152071976133e360808701610120516125a0565b61038061036087015281610380870152868601375f848a0186015216971695601f01601f19168101030190a4610120515190565b825181528894506020928301926001929092019101613396565b610140610180510135613111565b61352a929394965061352261350e61345687611da1565b61346260808901611da1565b612d6661347160a08b01611da1565b9161220e8b61348260c08201611da1565b604080517f6cfc932a5a3d22c4359295b9f433edff52b60703fa47690a04a83e40933dd47c60208083019182526001600160a01b039a8b16838501528501356060808401919091529285013560808301529184013560a082015294881660c086015295871660e08086019190915296166101008401529094013561012082015291928290610140820190565b918260206101a051015260208101906123c9565b929091614372565b60206101a05101515f525f5160206145ef5f395f51905f5260205260405f20549160206101a051015160408201358410156135ce575093613213959361300a8461302c9461358261359897604060649d9b0135613fef565b808210156135c65750935b8496879586936126f8565b60206101a05101515f525f5160206145ef5f395f51905f5260205260405f2055955096985081959750612fef565b90509361358d565b63414a66e160e11b5f52906040916001600452602452013560445260645ffd5b905091612fe8565b63414a66e160e11b5f52600360045260245260e061018051013560445260645ffd5b9050612fab565b63414a66e160e11b5f526002600452602452604061016051013560445260645ffd5b63414a66e160e11b5f525f600452602452604060e051013560445260645ffd5b6001600160a01b0361367561016051611da1565b63073b0cef60e51b5f5260026004521660245260445ffd5b94506060853d6060116136d3575b816136a860609383611bdd565b81010312610055576136b985612263565b946040602082015191015195610140529460a0525f612c55565b3d915061369b565b6001600160a01b036136ec82611da1565b16608061012051015260c05160c061012051015261370981611da1565b6001600160a01b036040519163c1f1d57760e01b8352168060048301526020826024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa9182156122e9575f926137a4575b506001600160a01b0382161561378d57506001600160a01b031660a0610120510152612bca565b63073b0cef60e51b5f52600160045260245260445ffd5b9091506020813d6020116137d8575b816137c060209383611bdd565b81010312610055576137d190612263565b905f613766565b3d91506137b3565b63073b0cef60e51b5f525f60045260245260445ffd5b9091506020813d60201161382a575b8161381260209383611bdd565b810103126100555761382390612263565b905f612ba1565b3d9150613805565b60405163e4d95bbf60e01b815290600360048301526084926001600160a01b0391600260248501526044840152166064820152fd5b506001600160a01b038216811415612a07565b60405163e4d95bbf60e01b815290600260048301526084926001600160a01b0391600360248501526044840152166064820152fd5b506001600160a01b0382168114156129d3565b60405163e4d95bbf60e01b815290600260048301526084926001600160a01b0391600160248501526044840152166064820152fd5b506001600160a01b03821681141561299b565b60405163e4d95bbf60e01b815290600260048301526084926001600160a01b03915f60248501526044840152166064820152fd5b506001600160a01b03821681141561296a565b61395d60808201611da1565b6001600160a01b0361397060e051611da1565b911680151580613aaf575b613a7b57505061398d60a08201611da1565b6001600160a01b036139a161016051611da1565b911680151580613a68575b613a335750506139be60c08201611da1565b6001600160a01b036139d560c06101805101611da1565b911680151580613a20575b6139eb57505061293d565b60405163e4d95bbf60e01b815290600160048301526084926001600160a01b0391600360248501526044840152166064820152fd5b506001600160a01b0382168114156139e0565b60405163e4d95bbf60e01b815290600160048301526084926001600160a01b0391600260248501526044840152166064820152fd5b506001600160a01b0382168114156139ac565b60405163e4d95bbf60e01b815290600160048301526084926001600160a01b03915f60248501526044840152166064820152fd5b506001600160a01b03821681141561397b565b60405163e4d95bbf60e01b8152905f60048301526084926001600160a01b0391600360248501526044840152166064820152fd5b506001600160a01b038216811415612931565b60405163e4d95bbf60e01b8152905f60048301526084926001600160a01b0391600260248501526044840152166064820152fd5b506001600160a01b0382168114156128fb565b60405163e4d95bbf60e01b8152905f60048301526084926001600160a01b0391600160248501526044840152166064820152fd5b506001600160a01b0382168114156128c8565b906001600160a01b03613bb3613bad8294611da1565b92611da1565b91633235da1d60e11b5f526001600452166024521660445260645ffd5b6001600160a01b03613be461018051611da1565b81613bf060e051611da1565b91633235da1d60e11b5f525f600452166024521660445260645ffd5b7f85f39ee8000000000000000000000000000000000000000000000000000000005f52600452606060e051013560245260445ffd5b506001606060e05101351615612846565b827f99fb0673000000000000000000000000000000000000000000000000000000005f5260805190606060e05101351717600452606061016051013560245260445ffd5b6315fc49cf60e21b5f526002600452602452602061016051013560445260645ffd5b6315fc49cf60e21b5f52600160045260245260c05160445260645ffd5b6315fc49cf60e21b5f525f600452602452602060e051013560445260645ffd5b7f57c2738d000000000000000000000000000000000000000000000000000000005f5261014061018051013560045263ffffffff60245260445ffd5b7f5ce5593f000000000000000000000000000000000000000000000000000000005f5261014061018051013560045260a061016051013560245260445ffd5b60a0610160510135906127b7565b6101406101805101356127a7565b631dd6272960e01b5f5261012061018051013560045260245260445ffd5b7feb927491000000000000000000000000000000000000000000000000000000005f52610120610180510135600452608061016051013560245260445ffd5b5f9161274e565b5f60c052612741565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016301480613ee6575b15613e54577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261221c60c082611bdd565b507f00000000000000000000000000000000000000000000000000000000000000004614613e2b565b6004356001600160a01b03811690818103610055575060c4356001600160a01b03811690818103610055575060e4356001600160a01b03811690818103610055575061010435906001600160a01b0382169182810361005557506040519260208401947faa3429fb281b34691803133d3d978a75bb77c617ed6bc9aa162b9b30920022bb865260408501526024356060850152604435608085015260643560a085015260843560c085015260a43560e085015261010084015261012083015261014082015261012435610160820152610160815261221c61018082611bdd565b9190820391821161258c57565b60ff811690601f821161402b5760405191614018604084611bdd565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b908015614150576001600160a01b03821691825f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0060205260405f20906001600160801b03825416838110614135579183916001600160801b03806140dc7fceea5b421e1b4e7ed15f76569a4c1608f411702926a7d2ffff370e07913df3b697602097613fef565b16166fffffffffffffffffffffffffffffffff198354161782556001600160801b036fffffffffffffffffffffffffffffffff1961412384549361205a878660801c6126f8565b60801b169116179055604051908152a3565b839085635e65bb5960e01b5f5260045260245260445260645ffd5b505050565b6001600160801b03821161417057506001600160801b031690565b6001600160a01b03907f1dd29503000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b929190918015159182614233575b505061422f576001600160a01b031691821515806141f2575b6141ed5750635c9566e960e11b5f525f60045260245260445260645ffd5b915050565b50815f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f04602052826001600160a01b0360405f205416146141cf565b5050565b61423f92508484614408565b5f806141b6565b9291909180151591826142c9575b505061422f576001600160a01b0316918215158061428c575b6141ed5750635c9566e960e11b5f52600260045260245260445260645ffd5b50815f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f04602052826001600160a01b0360405f2054161461426d565b6142d592508484614408565b5f80614254565b92919091801515918261435f575b505061422f576001600160a01b03169182151580614322575b6141ed5750635c9566e960e11b5f52600360045260245260445260645ffd5b50815f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f04602052826001600160a01b0360405f20541614614303565b61436b92508484614408565b5f806142ea565b9291909180151591826143f5575b505061422f576001600160a01b031691821515806143b8575b6141ed5750635c9566e960e11b5f52600160045260245260445260645ffd5b50815f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f04602052826001600160a01b0360405f20541614614399565b61440192508484614408565b5f80614380565b909291926001600160a01b0382168015614563575f604185036144ec57508360401015611c59578360201161005557843584604011610055576144616001600160a01b0391602088013590604089013560f81c8661456c565b50505b16146144e357813b1515928361447d575b505050905090565b5f93506144906020956064923691611d45565b80519060405193630b135d3f60e11b855260048501526040602485015286820190604485015e8281018201859052601f01601f191601915afa630b135d3f60e11b5f5114601f3d111616805f8080614475565b50505050600190565b60408514614503575b6001600160a01b0390614464565b5083602011610055578435846040116100555761455a6001600160a01b039160208801359060ff601b7f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff841693821c01168661456c565b505090506144f5565b50505050505f90565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116145e3579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156122e9575f516001600160a01b038116156145d957905f905f90565b505f906001905f90565b5050505f916003919056feead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0305053191630656a0317955178eac6c748364e24ccbf6e61b8cebf7c86157fbc1ead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0253838f132c35f4d8d11dd06939db82fd1fca0e5d0404a331e4b170dbf88e48f7",
}

// PocoHub is an auto generated Go binding around an Ethereum contract.
type PocoHub struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PocoHub) GetABI() abi.ABI {
	return c.abi
}

// NewPocoHub creates a new instance of PocoHub.
func NewPocoHub() *PocoHub {
	parsed, err := PocoHubMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PocoHub{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PocoHub) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address apps_, address datasets_, address workerpools_, address tasksModule_, address owner_) returns()
func (pocoHub *PocoHub) PackConstructor(token_ common.Address, apps_ common.Address, datasets_ common.Address, workerpools_ common.Address, tasksModule_ common.Address, owner_ common.Address) []byte {
	enc, err := pocoHub.abi.Pack("", token_, apps_, datasets_, workerpools_, tasksModule_, owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_GAS() view returns(uint256)
func (pocoHub *PocoHub) PackCALLBACKGAS() []byte {
	enc, err := pocoHub.abi.Pack("CALLBACK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_GAS() view returns(uint256)
func (pocoHub *PocoHub) TryPackCALLBACKGAS() ([]byte, error) {
	return pocoHub.abi.Pack("CALLBACK_GAS")
}

// UnpackCALLBACKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9779ea46.
//
// Solidity: function CALLBACK_GAS() view returns(uint256)
func (pocoHub *PocoHub) UnpackCALLBACKGAS(data []byte) (*big.Int, error) {
	out, err := pocoHub.abi.Unpack("CALLBACK_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCONTRIBUTIONDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b244832.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CONTRIBUTION_DEADLINE_RATIO() view returns(uint256)
func (pocoHub *PocoHub) PackCONTRIBUTIONDEADLINERATIO() []byte {
	enc, err := pocoHub.abi.Pack("CONTRIBUTION_DEADLINE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCONTRIBUTIONDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b244832.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CONTRIBUTION_DEADLINE_RATIO() view returns(uint256)
func (pocoHub *PocoHub) TryPackCONTRIBUTIONDEADLINERATIO() ([]byte, error) {
	return pocoHub.abi.Pack("CONTRIBUTION_DEADLINE_RATIO")
}

// UnpackCONTRIBUTIONDEADLINERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b244832.
//
// Solidity: function CONTRIBUTION_DEADLINE_RATIO() view returns(uint256)
func (pocoHub *PocoHub) UnpackCONTRIBUTIONDEADLINERATIO(data []byte) (*big.Int, error) {
	out, err := pocoHub.abi.Unpack("CONTRIBUTION_DEADLINE_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFINALDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90fc26b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FINAL_DEADLINE_RATIO() view returns(uint256)
func (pocoHub *PocoHub) PackFINALDEADLINERATIO() []byte {
	enc, err := pocoHub.abi.Pack("FINAL_DEADLINE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFINALDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90fc26b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FINAL_DEADLINE_RATIO() view returns(uint256)
func (pocoHub *PocoHub) TryPackFINALDEADLINERATIO() ([]byte, error) {
	return pocoHub.abi.Pack("FINAL_DEADLINE_RATIO")
}

// UnpackFINALDEADLINERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90fc26b1.
//
// Solidity: function FINAL_DEADLINE_RATIO() view returns(uint256)
func (pocoHub *PocoHub) UnpackFINALDEADLINERATIO(data []byte) (*big.Int, error) {
	out, err := pocoHub.abi.Unpack("FINAL_DEADLINE_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackKITTY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc03ef3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KITTY() view returns(address)
func (pocoHub *PocoHub) PackKITTY() []byte {
	enc, err := pocoHub.abi.Pack("KITTY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKITTY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc03ef3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KITTY() view returns(address)
func (pocoHub *PocoHub) TryPackKITTY() ([]byte, error) {
	return pocoHub.abi.Pack("KITTY")
}

// UnpackKITTY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5bc03ef3.
//
// Solidity: function KITTY() view returns(address)
func (pocoHub *PocoHub) UnpackKITTY(data []byte) (common.Address, error) {
	out, err := pocoHub.abi.Unpack("KITTY", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackKITTYMIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2e7a8c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KITTY_MIN() view returns(uint256)
func (pocoHub *PocoHub) PackKITTYMIN() []byte {
	enc, err := pocoHub.abi.Pack("KITTY_MIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKITTYMIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2e7a8c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KITTY_MIN() view returns(uint256)
func (pocoHub *PocoHub) TryPackKITTYMIN() ([]byte, error) {
	return pocoHub.abi.Pack("KITTY_MIN")
}

// UnpackKITTYMIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2e7a8c1.
//
// Solidity: function KITTY_MIN() view returns(uint256)
func (pocoHub *PocoHub) UnpackKITTYMIN(data []byte) (*big.Int, error) {
	out, err := pocoHub.abi.Unpack("KITTY_MIN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackKITTYRATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51152de1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KITTY_RATIO() view returns(uint256)
func (pocoHub *PocoHub) PackKITTYRATIO() []byte {
	enc, err := pocoHub.abi.Pack("KITTY_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKITTYRATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51152de1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KITTY_RATIO() view returns(uint256)
func (pocoHub *PocoHub) TryPackKITTYRATIO() ([]byte, error) {
	return pocoHub.abi.Pack("KITTY_RATIO")
}

// UnpackKITTYRATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51152de1.
//
// Solidity: function KITTY_RATIO() view returns(uint256)
func (pocoHub *PocoHub) UnpackKITTYRATIO(data []byte) (*big.Int, error) {
	out, err := pocoHub.abi.Unpack("KITTY_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTRUST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe46b8ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TRUST() view returns(uint256)
func (pocoHub *PocoHub) PackMAXTRUST() []byte {
	enc, err := pocoHub.abi.Pack("MAX_TRUST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTRUST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe46b8ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TRUST() view returns(uint256)
func (pocoHub *PocoHub) TryPackMAXTRUST() ([]byte, error) {
	return pocoHub.abi.Pack("MAX_TRUST")
}

// UnpackMAXTRUST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe46b8ee.
//
// Solidity: function MAX_TRUST() view returns(uint256)
func (pocoHub *PocoHub) UnpackMAXTRUST(data []byte) (*big.Int, error) {
	out, err := pocoHub.abi.Unpack("MAX_TRUST", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPOOLSTAKERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x709ce02b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function POOL_STAKE_RATIO() view returns(uint256)
func (pocoHub *PocoHub) PackPOOLSTAKERATIO() []byte {
	enc, err := pocoHub.abi.Pack("POOL_STAKE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPOOLSTAKERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x709ce02b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function POOL_STAKE_RATIO() view returns(uint256)
func (pocoHub *PocoHub) TryPackPOOLSTAKERATIO() ([]byte, error) {
	return pocoHub.abi.Pack("POOL_STAKE_RATIO")
}

// UnpackPOOLSTAKERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x709ce02b.
//
// Solidity: function POOL_STAKE_RATIO() view returns(uint256)
func (pocoHub *PocoHub) UnpackPOOLSTAKERATIO(data []byte) (*big.Int, error) {
	out, err := pocoHub.abi.Unpack("POOL_STAKE_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREVEALDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fde601d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REVEAL_DEADLINE_RATIO() view returns(uint256)
func (pocoHub *PocoHub) PackREVEALDEADLINERATIO() []byte {
	enc, err := pocoHub.abi.Pack("REVEAL_DEADLINE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREVEALDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fde601d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REVEAL_DEADLINE_RATIO() view returns(uint256)
func (pocoHub *PocoHub) TryPackREVEALDEADLINERATIO() ([]byte, error) {
	return pocoHub.abi.Pack("REVEAL_DEADLINE_RATIO")
}

// UnpackREVEALDEADLINERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5fde601d.
//
// Solidity: function REVEAL_DEADLINE_RATIO() view returns(uint256)
func (pocoHub *PocoHub) UnpackREVEALDEADLINERATIO(data []byte) (*big.Int, error) {
	out, err := pocoHub.abi.Unpack("REVEAL_DEADLINE_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTAGTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e508aca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TAG_TEE() view returns(bytes32)
func (pocoHub *PocoHub) PackTAGTEE() []byte {
	enc, err := pocoHub.abi.Pack("TAG_TEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTAGTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e508aca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TAG_TEE() view returns(bytes32)
func (pocoHub *PocoHub) TryPackTAGTEE() ([]byte, error) {
	return pocoHub.abi.Pack("TAG_TEE")
}

// UnpackTAGTEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e508aca.
//
// Solidity: function TAG_TEE() view returns(bytes32)
func (pocoHub *PocoHub) UnpackTAGTEE(data []byte) ([32]byte, error) {
	out, err := pocoHub.abi.Unpack("TAG_TEE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73b9aa91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function account(address account_) view returns(uint256 free, uint256 locked)
func (pocoHub *PocoHub) PackAccount(account common.Address) []byte {
	enc, err := pocoHub.abi.Pack("account", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73b9aa91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function account(address account_) view returns(uint256 free, uint256 locked)
func (pocoHub *PocoHub) TryPackAccount(account common.Address) ([]byte, error) {
	return pocoHub.abi.Pack("account", account)
}

// UnpackAccount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73b9aa91.
//
// Solidity: function account(address account_) view returns(uint256 free, uint256 locked)
func (pocoHub *PocoHub) UnpackAccount(data []byte) (AccountOutput, error) {
	out, err := pocoHub.abi.Unpack("account", data)
	outstruct := new(AccountOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Free = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Locked = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackAppRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb4fceb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function appRegistry() view returns(address)
func (pocoHub *PocoHub) PackAppRegistry() []byte {
	enc, err := pocoHub.abi.Pack("appRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAppRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb4fceb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function appRegistry() view returns(address)
func (pocoHub *PocoHub) TryPackAppRegistry() ([]byte, error) {
	return pocoHub.abi.Pack("appRegistry")
}

// UnpackAppRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb4fceb9.
//
// Solidity: function appRegistry() view returns(address)
func (pocoHub *PocoHub) UnpackAppRegistry(data []byte) (common.Address, error) {
	out, err := pocoHub.abi.Unpack("appRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCancelAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ed3900.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) returns()
func (pocoHub *PocoHub) PackCancelAppOrder(order AppOrder) []byte {
	enc, err := pocoHub.abi.Pack("cancelAppOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ed3900.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) returns()
func (pocoHub *PocoHub) TryPackCancelAppOrder(order AppOrder) ([]byte, error) {
	return pocoHub.abi.Pack("cancelAppOrder", order)
}

// PackCancelDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdaa9c31d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) returns()
func (pocoHub *PocoHub) PackCancelDatasetOrder(order DatasetOrder) []byte {
	enc, err := pocoHub.abi.Pack("cancelDatasetOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdaa9c31d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) returns()
func (pocoHub *PocoHub) TryPackCancelDatasetOrder(order DatasetOrder) ([]byte, error) {
	return pocoHub.abi.Pack("cancelDatasetOrder", order)
}

// PackCancelRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4fdb5ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) order) returns()
func (pocoHub *PocoHub) PackCancelRequestOrder(order RequestOrder) []byte {
	enc, err := pocoHub.abi.Pack("cancelRequestOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4fdb5ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) order) returns()
func (pocoHub *PocoHub) TryPackCancelRequestOrder(order RequestOrder) ([]byte, error) {
	return pocoHub.abi.Pack("cancelRequestOrder", order)
}

// PackCancelWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58e10f56.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) order) returns()
func (pocoHub *PocoHub) PackCancelWorkerpoolOrder(order WorkerpoolOrder) []byte {
	enc, err := pocoHub.abi.Pack("cancelWorkerpoolOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58e10f56.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) order) returns()
func (pocoHub *PocoHub) TryPackCancelWorkerpoolOrder(order WorkerpoolOrder) ([]byte, error) {
	return pocoHub.abi.Pack("cancelWorkerpoolOrder", order)
}

// PackCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x253eca1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function category(uint256 id) view returns((string,string,uint256))
func (pocoHub *PocoHub) PackCategory(id *big.Int) []byte {
	enc, err := pocoHub.abi.Pack("category", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x253eca1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function category(uint256 id) view returns((string,string,uint256))
func (pocoHub *PocoHub) TryPackCategory(id *big.Int) ([]byte, error) {
	return pocoHub.abi.Pack("category", id)
}

// UnpackCategory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x253eca1f.
//
// Solidity: function category(uint256 id) view returns((string,string,uint256))
func (pocoHub *PocoHub) UnpackCategory(data []byte) (Category, error) {
	out, err := pocoHub.abi.Unpack("category", data)
	if err != nil {
		return *new(Category), err
	}
	out0 := *abi.ConvertType(out[0], new(Category)).(*Category)
	return out0, nil
}

// PackCategoryCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2be32dbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function categoryCount() view returns(uint256)
func (pocoHub *PocoHub) PackCategoryCount() []byte {
	enc, err := pocoHub.abi.Pack("categoryCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCategoryCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2be32dbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function categoryCount() view returns(uint256)
func (pocoHub *PocoHub) TryPackCategoryCount() ([]byte, error) {
	return pocoHub.abi.Pack("categoryCount")
}

// UnpackCategoryCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2be32dbb.
//
// Solidity: function categoryCount() view returns(uint256)
func (pocoHub *PocoHub) UnpackCategoryCount(data []byte) (*big.Int, error) {
	out, err := pocoHub.abi.Unpack("categoryCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4648c943.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function consumed(bytes32 orderHash) view returns(uint256)
func (pocoHub *PocoHub) PackConsumed(orderHash [32]byte) []byte {
	enc, err := pocoHub.abi.Pack("consumed", orderHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4648c943.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function consumed(bytes32 orderHash) view returns(uint256)
func (pocoHub *PocoHub) TryPackConsumed(orderHash [32]byte) ([]byte, error) {
	return pocoHub.abi.Pack("consumed", orderHash)
}

// UnpackConsumed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4648c943.
//
// Solidity: function consumed(bytes32 orderHash) view returns(uint256)
func (pocoHub *PocoHub) UnpackConsumed(data []byte) (*big.Int, error) {
	out, err := pocoHub.abi.Unpack("consumed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46616709.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribution(bytes32 taskid, address worker) view returns((uint8,uint56,bytes24))
func (pocoHub *PocoHub) PackContribution(taskid [32]byte, worker common.Address) []byte {
	enc, err := pocoHub.abi.Pack("contribution", taskid, worker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46616709.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribution(bytes32 taskid, address worker) view returns((uint8,uint56,bytes24))
func (pocoHub *PocoHub) TryPackContribution(taskid [32]byte, worker common.Address) ([]byte, error) {
	return pocoHub.abi.Pack("contribution", taskid, worker)
}

// UnpackContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46616709.
//
// Solidity: function contribution(bytes32 taskid, address worker) view returns((uint8,uint56,bytes24))
func (pocoHub *PocoHub) UnpackContribution(data []byte) (Contribution, error) {
	out, err := pocoHub.abi.Unpack("contribution", data)
	if err != nil {
		return *new(Contribution), err
	}
	out0 := *abi.ConvertType(out[0], new(Contribution)).(*Contribution)
	return out0, nil
}

// PackCreateCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x298503d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createCategory(string name, string description, uint256 workClockTimeRef) returns(uint256)
func (pocoHub *PocoHub) PackCreateCategory(name string, description string, workClockTimeRef *big.Int) []byte {
	enc, err := pocoHub.abi.Pack("createCategory", name, description, workClockTimeRef)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x298503d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createCategory(string name, string description, uint256 workClockTimeRef) returns(uint256)
func (pocoHub *PocoHub) TryPackCreateCategory(name string, description string, workClockTimeRef *big.Int) ([]byte, error) {
	return pocoHub.abi.Pack("createCategory", name, description, workClockTimeRef)
}

// UnpackCreateCategory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x298503d9.
//
// Solidity: function createCategory(string name, string description, uint256 workClockTimeRef) returns(uint256)
func (pocoHub *PocoHub) UnpackCreateCategory(data []byte) (*big.Int, error) {
	out, err := pocoHub.abi.Unpack("createCategory", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDatasetRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3235ad13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datasetRegistry() view returns(address)
func (pocoHub *PocoHub) PackDatasetRegistry() []byte {
	enc, err := pocoHub.abi.Pack("datasetRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatasetRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3235ad13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datasetRegistry() view returns(address)
func (pocoHub *PocoHub) TryPackDatasetRegistry() ([]byte, error) {
	return pocoHub.abi.Pack("datasetRegistry")
}

// UnpackDatasetRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3235ad13.
//
// Solidity: function datasetRegistry() view returns(address)
func (pocoHub *PocoHub) UnpackDatasetRegistry(data []byte) (common.Address, error) {
	out, err := pocoHub.abi.Unpack("datasetRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDealHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3103d6e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dealHash(bytes32 dealid) view returns(bytes32)
func (pocoHub *PocoHub) PackDealHash(dealid [32]byte) []byte {
	enc, err := pocoHub.abi.Pack("dealHash", dealid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDealHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3103d6e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dealHash(bytes32 dealid) view returns(bytes32)
func (pocoHub *PocoHub) TryPackDealHash(dealid [32]byte) ([]byte, error) {
	return pocoHub.abi.Pack("dealHash", dealid)
}

// UnpackDealHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3103d6e6.
//
// Solidity: function dealHash(bytes32 dealid) view returns(bytes32)
func (pocoHub *PocoHub) UnpackDealHash(data []byte) ([32]byte, error) {
	out, err := pocoHub.abi.Unpack("dealHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (pocoHub *PocoHub) PackDeposit(amount *big.Int) []byte {
	enc, err := pocoHub.abi.Pack("deposit", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount) returns()
func (pocoHub *PocoHub) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return pocoHub.abi.Pack("deposit", amount)
}

// PackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36efd16f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositFor(uint256 amount, address target) returns()
func (pocoHub *PocoHub) PackDepositFor(amount *big.Int, target common.Address) []byte {
	enc, err := pocoHub.abi.Pack("depositFor", amount, target)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36efd16f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositFor(uint256 amount, address target) returns()
func (pocoHub *PocoHub) TryPackDepositFor(amount *big.Int, target common.Address) ([]byte, error) {
	return pocoHub.abi.Pack("depositFor", amount, target)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (pocoHub *PocoHub) PackDomainSeparator() []byte {
	enc, err := pocoHub.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (pocoHub *PocoHub) TryPackDomainSeparator() ([]byte, error) {
	return pocoHub.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (pocoHub *PocoHub) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := pocoHub.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (pocoHub *PocoHub) PackEip712Domain() []byte {
	enc, err := pocoHub.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (pocoHub *PocoHub) TryPackEip712Domain() ([]byte, error) {
	return pocoHub.abi.Pack("eip712Domain")
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (pocoHub *PocoHub) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := pocoHub.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGroup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4cc426a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function group(bytes32 taskid, bytes32 resultHash) view returns(uint256 weight, uint256 members, bool consensus)
func (pocoHub *PocoHub) PackGroup(taskid [32]byte, resultHash [32]byte) []byte {
	enc, err := pocoHub.abi.Pack("group", taskid, resultHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGroup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4cc426a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function group(bytes32 taskid, bytes32 resultHash) view returns(uint256 weight, uint256 members, bool consensus)
func (pocoHub *PocoHub) TryPackGroup(taskid [32]byte, resultHash [32]byte) ([]byte, error) {
	return pocoHub.abi.Pack("group", taskid, resultHash)
}

// UnpackGroup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4cc426a.
//
// Solidity: function group(bytes32 taskid, bytes32 resultHash) view returns(uint256 weight, uint256 members, bool consensus)
func (pocoHub *PocoHub) UnpackGroup(data []byte) (GroupOutput, error) {
	out, err := pocoHub.abi.Unpack("group", data)
	outstruct := new(GroupOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Weight = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Members = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Consensus = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// PackHashAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b555994.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) view returns(bytes32)
func (pocoHub *PocoHub) PackHashAppOrder(order AppOrder) []byte {
	enc, err := pocoHub.abi.Pack("hashAppOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b555994.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) view returns(bytes32)
func (pocoHub *PocoHub) TryPackHashAppOrder(order AppOrder) ([]byte, error) {
	return pocoHub.abi.Pack("hashAppOrder", order)
}

// UnpackHashAppOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b555994.
//
// Solidity: function hashAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) view returns(bytes32)
func (pocoHub *PocoHub) UnpackHashAppOrder(data []byte) ([32]byte, error) {
	out, err := pocoHub.abi.Unpack("hashAppOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fcc0227.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) view returns(bytes32)
func (pocoHub *PocoHub) PackHashDatasetOrder(order DatasetOrder) []byte {
	enc, err := pocoHub.abi.Pack("hashDatasetOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fcc0227.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) view returns(bytes32)
func (pocoHub *PocoHub) TryPackHashDatasetOrder(order DatasetOrder) ([]byte, error) {
	return pocoHub.abi.Pack("hashDatasetOrder", order)
}

// UnpackHashDatasetOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3fcc0227.
//
// Solidity: function hashDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) view returns(bytes32)
func (pocoHub *PocoHub) UnpackHashDatasetOrder(data []byte) ([32]byte, error) {
	out, err := pocoHub.abi.Unpack("hashDatasetOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1a7b79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) order) view returns(bytes32)
func (pocoHub *PocoHub) PackHashRequestOrder(order RequestOrder) []byte {
	enc, err := pocoHub.abi.Pack("hashRequestOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1a7b79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) order) view returns(bytes32)
func (pocoHub *PocoHub) TryPackHashRequestOrder(order RequestOrder) ([]byte, error) {
	return pocoHub.abi.Pack("hashRequestOrder", order)
}

// UnpackHashRequestOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e1a7b79.
//
// Solidity: function hashRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) order) view returns(bytes32)
func (pocoHub *PocoHub) UnpackHashRequestOrder(data []byte) ([32]byte, error) {
	out, err := pocoHub.abi.Unpack("hashRequestOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6e14cc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) order) view returns(bytes32)
func (pocoHub *PocoHub) PackHashWorkerpoolOrder(order WorkerpoolOrder) []byte {
	enc, err := pocoHub.abi.Pack("hashWorkerpoolOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6e14cc6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) order) view returns(bytes32)
func (pocoHub *PocoHub) TryPackHashWorkerpoolOrder(order WorkerpoolOrder) ([]byte, error) {
	return pocoHub.abi.Pack("hashWorkerpoolOrder", order)
}

// UnpackHashWorkerpoolOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6e14cc6.
//
// Solidity: function hashWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) order) view returns(bytes32)
func (pocoHub *PocoHub) UnpackHashWorkerpoolOrder(data []byte) ([32]byte, error) {
	out, err := pocoHub.abi.Unpack("hashWorkerpoolOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackKitty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0baccd75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function kitty() view returns(uint256)
func (pocoHub *PocoHub) PackKitty() []byte {
	enc, err := pocoHub.abi.Pack("kitty")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKitty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0baccd75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function kitty() view returns(uint256)
func (pocoHub *PocoHub) TryPackKitty() ([]byte, error) {
	return pocoHub.abi.Pack("kitty")
}

// UnpackKitty is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0baccd75.
//
// Solidity: function kitty() view returns(uint256)
func (pocoHub *PocoHub) UnpackKitty(data []byte) (*big.Int, error) {
	out, err := pocoHub.abi.Unpack("kitty", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6b6ccf5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) requestOrder, (bytes,bytes,bytes,bytes) signatures) returns(bytes32 dealid)
func (pocoHub *PocoHub) PackMatchOrders(appOrder AppOrder, datasetOrder DatasetOrder, workerpoolOrder WorkerpoolOrder, requestOrder RequestOrder, signatures PocoHubOrderSignatures) []byte {
	enc, err := pocoHub.abi.Pack("matchOrders", appOrder, datasetOrder, workerpoolOrder, requestOrder, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6b6ccf5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) requestOrder, (bytes,bytes,bytes,bytes) signatures) returns(bytes32 dealid)
func (pocoHub *PocoHub) TryPackMatchOrders(appOrder AppOrder, datasetOrder DatasetOrder, workerpoolOrder WorkerpoolOrder, requestOrder RequestOrder, signatures PocoHubOrderSignatures) ([]byte, error) {
	return pocoHub.abi.Pack("matchOrders", appOrder, datasetOrder, workerpoolOrder, requestOrder, signatures)
}

// UnpackMatchOrders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6b6ccf5.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) requestOrder, (bytes,bytes,bytes,bytes) signatures) returns(bytes32 dealid)
func (pocoHub *PocoHub) UnpackMatchOrders(data []byte) ([32]byte, error) {
	out, err := pocoHub.abi.Unpack("matchOrders", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (pocoHub *PocoHub) PackOwner() []byte {
	enc, err := pocoHub.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (pocoHub *PocoHub) TryPackOwner() ([]byte, error) {
	return pocoHub.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (pocoHub *PocoHub) UnpackOwner(data []byte) (common.Address, error) {
	out, err := pocoHub.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPresignAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4ac26ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) returns()
func (pocoHub *PocoHub) PackPresignAppOrder(order AppOrder) []byte {
	enc, err := pocoHub.abi.Pack("presignAppOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4ac26ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) returns()
func (pocoHub *PocoHub) TryPackPresignAppOrder(order AppOrder) ([]byte, error) {
	return pocoHub.abi.Pack("presignAppOrder", order)
}

// PackPresignDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4357227c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) returns()
func (pocoHub *PocoHub) PackPresignDatasetOrder(order DatasetOrder) []byte {
	enc, err := pocoHub.abi.Pack("presignDatasetOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4357227c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32) order) returns()
func (pocoHub *PocoHub) TryPackPresignDatasetOrder(order DatasetOrder) ([]byte, error) {
	return pocoHub.abi.Pack("presignDatasetOrder", order)
}

// PackPresignRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce1b1bd6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) order) returns()
func (pocoHub *PocoHub) PackPresignRequestOrder(order RequestOrder) []byte {
	enc, err := pocoHub.abi.Pack("presignRequestOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce1b1bd6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) order) returns()
func (pocoHub *PocoHub) TryPackPresignRequestOrder(order RequestOrder) ([]byte, error) {
	return pocoHub.abi.Pack("presignRequestOrder", order)
}

// PackPresignWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x570a34ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) order) returns()
func (pocoHub *PocoHub) PackPresignWorkerpoolOrder(order WorkerpoolOrder) []byte {
	enc, err := pocoHub.abi.Pack("presignWorkerpoolOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x570a34ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) order) returns()
func (pocoHub *PocoHub) TryPackPresignWorkerpoolOrder(order WorkerpoolOrder) ([]byte, error) {
	return pocoHub.abi.Pack("presignWorkerpoolOrder", order)
}

// PackPresigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83b04e6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presigned(bytes32 orderHash) view returns(address)
func (pocoHub *PocoHub) PackPresigned(orderHash [32]byte) []byte {
	enc, err := pocoHub.abi.Pack("presigned", orderHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83b04e6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presigned(bytes32 orderHash) view returns(address)
func (pocoHub *PocoHub) TryPackPresigned(orderHash [32]byte) ([]byte, error) {
	return pocoHub.abi.Pack("presigned", orderHash)
}

// UnpackPresigned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83b04e6b.
//
// Solidity: function presigned(bytes32 orderHash) view returns(address)
func (pocoHub *PocoHub) UnpackPresigned(data []byte) (common.Address, error) {
	out, err := pocoHub.abi.Unpack("presigned", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReceiveApproval is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f4ffcb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiveApproval(address from, uint256 amount, address token_, bytes ) returns()
func (pocoHub *PocoHub) PackReceiveApproval(from common.Address, amount *big.Int, token common.Address, arg3 []byte) []byte {
	enc, err := pocoHub.abi.Pack("receiveApproval", from, amount, token, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiveApproval is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f4ffcb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiveApproval(address from, uint256 amount, address token_, bytes ) returns()
func (pocoHub *PocoHub) TryPackReceiveApproval(from common.Address, amount *big.Int, token common.Address, arg3 []byte) ([]byte, error) {
	return pocoHub.abi.Pack("receiveApproval", from, amount, token, arg3)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (pocoHub *PocoHub) PackRenounceOwnership() []byte {
	enc, err := pocoHub.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (pocoHub *PocoHub) TryPackRenounceOwnership() ([]byte, error) {
	return pocoHub.abi.Pack("renounceOwnership")
}

// PackScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x776f3843.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function score(address worker) view returns(uint256)
func (pocoHub *PocoHub) PackScore(worker common.Address) []byte {
	enc, err := pocoHub.abi.Pack("score", worker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x776f3843.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function score(address worker) view returns(uint256)
func (pocoHub *PocoHub) TryPackScore(worker common.Address) ([]byte, error) {
	return pocoHub.abi.Pack("score", worker)
}

// UnpackScore is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x776f3843.
//
// Solidity: function score(address worker) view returns(uint256)
func (pocoHub *PocoHub) UnpackScore(data []byte) (*big.Int, error) {
	out, err := pocoHub.abi.Unpack("score", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSponsorMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x913959b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sponsorMatchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) requestOrder, (bytes,bytes,bytes,bytes) signatures) returns(bytes32 dealid)
func (pocoHub *PocoHub) PackSponsorMatchOrders(appOrder AppOrder, datasetOrder DatasetOrder, workerpoolOrder WorkerpoolOrder, requestOrder RequestOrder, signatures PocoHubOrderSignatures) []byte {
	enc, err := pocoHub.abi.Pack("sponsorMatchOrders", appOrder, datasetOrder, workerpoolOrder, requestOrder, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSponsorMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x913959b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sponsorMatchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) requestOrder, (bytes,bytes,bytes,bytes) signatures) returns(bytes32 dealid)
func (pocoHub *PocoHub) TryPackSponsorMatchOrders(appOrder AppOrder, datasetOrder DatasetOrder, workerpoolOrder WorkerpoolOrder, requestOrder RequestOrder, signatures PocoHubOrderSignatures) ([]byte, error) {
	return pocoHub.abi.Pack("sponsorMatchOrders", appOrder, datasetOrder, workerpoolOrder, requestOrder, signatures)
}

// UnpackSponsorMatchOrders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x913959b9.
//
// Solidity: function sponsorMatchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32) requestOrder, (bytes,bytes,bytes,bytes) signatures) returns(bytes32 dealid)
func (pocoHub *PocoHub) UnpackSponsorMatchOrders(data []byte) ([32]byte, error) {
	out, err := pocoHub.abi.Unpack("sponsorMatchOrders", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf66151b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function task(bytes32 taskid) view returns((uint8,uint16,uint16,uint40,uint176,bytes32))
func (pocoHub *PocoHub) PackTask(taskid [32]byte) []byte {
	enc, err := pocoHub.abi.Pack("task", taskid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf66151b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function task(bytes32 taskid) view returns((uint8,uint16,uint16,uint40,uint176,bytes32))
func (pocoHub *PocoHub) TryPackTask(taskid [32]byte) ([]byte, error) {
	return pocoHub.abi.Pack("task", taskid)
}

// UnpackTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf66151b.
//
// Solidity: function task(bytes32 taskid) view returns((uint8,uint16,uint16,uint40,uint176,bytes32))
func (pocoHub *PocoHub) UnpackTask(data []byte) (Task, error) {
	out, err := pocoHub.abi.Unpack("task", data)
	if err != nil {
		return *new(Task), err
	}
	out0 := *abi.ConvertType(out[0], new(Task)).(*Task)
	return out0, nil
}

// PackTasksModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee4b1678.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tasksModule() view returns(address)
func (pocoHub *PocoHub) PackTasksModule() []byte {
	enc, err := pocoHub.abi.Pack("tasksModule")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTasksModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee4b1678.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tasksModule() view returns(address)
func (pocoHub *PocoHub) TryPackTasksModule() ([]byte, error) {
	return pocoHub.abi.Pack("tasksModule")
}

// UnpackTasksModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee4b1678.
//
// Solidity: function tasksModule() view returns(address)
func (pocoHub *PocoHub) UnpackTasksModule(data []byte) (common.Address, error) {
	out, err := pocoHub.abi.Unpack("tasksModule", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (pocoHub *PocoHub) PackToken() []byte {
	enc, err := pocoHub.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (pocoHub *PocoHub) TryPackToken() ([]byte, error) {
	return pocoHub.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (pocoHub *PocoHub) UnpackToken(data []byte) (common.Address, error) {
	out, err := pocoHub.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (pocoHub *PocoHub) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := pocoHub.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (pocoHub *PocoHub) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return pocoHub.abi.Pack("transferOwnership", newOwner)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (pocoHub *PocoHub) PackWithdraw(amount *big.Int) []byte {
	enc, err := pocoHub.abi.Pack("withdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 amount) returns()
func (pocoHub *PocoHub) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return pocoHub.abi.Pack("withdraw", amount)
}

// PackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc86283c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawTo(uint256 amount, address to) returns()
func (pocoHub *PocoHub) PackWithdrawTo(amount *big.Int, to common.Address) []byte {
	enc, err := pocoHub.abi.Pack("withdrawTo", amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc86283c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawTo(uint256 amount, address to) returns()
func (pocoHub *PocoHub) TryPackWithdrawTo(amount *big.Int, to common.Address) ([]byte, error) {
	return pocoHub.abi.Pack("withdrawTo", amount, to)
}

// PackWorkerpoolRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fb0f8fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function workerpoolRegistry() view returns(address)
func (pocoHub *PocoHub) PackWorkerpoolRegistry() []byte {
	enc, err := pocoHub.abi.Pack("workerpoolRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWorkerpoolRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fb0f8fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function workerpoolRegistry() view returns(address)
func (pocoHub *PocoHub) TryPackWorkerpoolRegistry() ([]byte, error) {
	return pocoHub.abi.Pack("workerpoolRegistry")
}

// UnpackWorkerpoolRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8fb0f8fa.
//
// Solidity: function workerpoolRegistry() view returns(address)
func (pocoHub *PocoHub) UnpackWorkerpoolRegistry(data []byte) (common.Address, error) {
	out, err := pocoHub.abi.Unpack("workerpoolRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PocoHubCategoryCreated represents a CategoryCreated event raised by the PocoHub contract.
type PocoHubCategoryCreated struct {
	Id               *big.Int
	Name             string
	Description      string
	WorkClockTimeRef *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const PocoHubCategoryCreatedEventName = "CategoryCreated"

// ContractEventName returns the user-defined event name.
func (PocoHubCategoryCreated) ContractEventName() string {
	return PocoHubCategoryCreatedEventName
}

// UnpackCategoryCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCreated(uint256 indexed id, string name, string description, uint256 workClockTimeRef)
func (pocoHub *PocoHub) UnpackCategoryCreatedEvent(log *types.Log) (*PocoHubCategoryCreated, error) {
	event := "CategoryCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubCategoryCreated)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubContributionRejected represents a ContributionRejected event raised by the PocoHub contract.
type PocoHubContributionRejected struct {
	Taskid [32]byte
	Worker common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoHubContributionRejectedEventName = "ContributionRejected"

// ContractEventName returns the user-defined event name.
func (PocoHubContributionRejected) ContractEventName() string {
	return PocoHubContributionRejectedEventName
}

// UnpackContributionRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionRejected(bytes32 indexed taskid, address indexed worker)
func (pocoHub *PocoHub) UnpackContributionRejectedEvent(log *types.Log) (*PocoHubContributionRejected, error) {
	event := "ContributionRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubContributionRejected)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubDeposit represents a Deposit event raised by the PocoHub contract.
type PocoHubDeposit struct {
	Owner  common.Address
	From   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoHubDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (PocoHubDeposit) ContractEventName() string {
	return PocoHubDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed owner, address indexed from, uint256 amount)
func (pocoHub *PocoHub) UnpackDepositEvent(log *types.Log) (*PocoHubDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubDeposit)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubEIP712DomainChanged represents a EIP712DomainChanged event raised by the PocoHub contract.
type PocoHubEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const PocoHubEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (PocoHubEIP712DomainChanged) ContractEventName() string {
	return PocoHubEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (pocoHub *PocoHub) UnpackEIP712DomainChangedEvent(log *types.Log) (*PocoHubEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubKittyDrain represents a KittyDrain event raised by the PocoHub contract.
type PocoHubKittyDrain struct {
	Amount *big.Int
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoHubKittyDrainEventName = "KittyDrain"

// ContractEventName returns the user-defined event name.
func (PocoHubKittyDrain) ContractEventName() string {
	return PocoHubKittyDrainEventName
}

// UnpackKittyDrainEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KittyDrain(uint256 amount, bytes32 indexed taskid)
func (pocoHub *PocoHub) UnpackKittyDrainEvent(log *types.Log) (*PocoHubKittyDrain, error) {
	event := "KittyDrain"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubKittyDrain)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubKittyFill represents a KittyFill event raised by the PocoHub contract.
type PocoHubKittyFill struct {
	Amount *big.Int
	Ref    [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoHubKittyFillEventName = "KittyFill"

// ContractEventName returns the user-defined event name.
func (PocoHubKittyFill) ContractEventName() string {
	return PocoHubKittyFillEventName
}

// UnpackKittyFillEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KittyFill(uint256 amount, bytes32 indexed ref)
func (pocoHub *PocoHub) UnpackKittyFillEvent(log *types.Log) (*PocoHubKittyFill, error) {
	event := "KittyFill"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubKittyFill)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubLock represents a Lock event raised by the PocoHub contract.
type PocoHubLock struct {
	Owner  common.Address
	Amount *big.Int
	Ref    [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoHubLockEventName = "Lock"

// ContractEventName returns the user-defined event name.
func (PocoHubLock) ContractEventName() string {
	return PocoHubLockEventName
}

// UnpackLockEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Lock(address indexed owner, uint256 amount, bytes32 indexed ref)
func (pocoHub *PocoHub) UnpackLockEvent(log *types.Log) (*PocoHubLock, error) {
	event := "Lock"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubLock)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubOrderCancelled represents a OrderCancelled event raised by the PocoHub contract.
type PocoHubOrderCancelled struct {
	Kind      uint8
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const PocoHubOrderCancelledEventName = "OrderCancelled"

// ContractEventName returns the user-defined event name.
func (PocoHubOrderCancelled) ContractEventName() string {
	return PocoHubOrderCancelledEventName
}

// UnpackOrderCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderCancelled(uint8 indexed kind, bytes32 indexed orderHash, address indexed owner)
func (pocoHub *PocoHub) UnpackOrderCancelledEvent(log *types.Log) (*PocoHubOrderCancelled, error) {
	event := "OrderCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubOrderCancelled)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubOrderPresigned represents a OrderPresigned event raised by the PocoHub contract.
type PocoHubOrderPresigned struct {
	Kind      uint8
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const PocoHubOrderPresignedEventName = "OrderPresigned"

// ContractEventName returns the user-defined event name.
func (PocoHubOrderPresigned) ContractEventName() string {
	return PocoHubOrderPresignedEventName
}

// UnpackOrderPresignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderPresigned(uint8 indexed kind, bytes32 indexed orderHash, address indexed owner)
func (pocoHub *PocoHub) UnpackOrderPresignedEvent(log *types.Log) (*PocoHubOrderPresigned, error) {
	event := "OrderPresigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubOrderPresigned)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubOrdersMatched represents a OrdersMatched event raised by the PocoHub contract.
type PocoHubOrdersMatched struct {
	Dealid      [32]byte
	Workerpool  common.Address
	Requester   common.Address
	OrderHashes [4][32]byte
	Deal        Deal
	Params      string
	Raw         *types.Log // Blockchain specific contextual infos
}

const PocoHubOrdersMatchedEventName = "OrdersMatched"

// ContractEventName returns the user-defined event name.
func (PocoHubOrdersMatched) ContractEventName() string {
	return PocoHubOrdersMatchedEventName
}

// UnpackOrdersMatchedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrdersMatched(bytes32 indexed dealid, address indexed workerpool, address indexed requester, bytes32[4] orderHashes, (bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, string params)
func (pocoHub *PocoHub) UnpackOrdersMatchedEvent(log *types.Log) (*PocoHubOrdersMatched, error) {
	event := "OrdersMatched"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubOrdersMatched)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubOwnershipTransferred represents a OwnershipTransferred event raised by the PocoHub contract.
type PocoHubOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const PocoHubOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (PocoHubOwnershipTransferred) ContractEventName() string {
	return PocoHubOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (pocoHub *PocoHub) UnpackOwnershipTransferredEvent(log *types.Log) (*PocoHubOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubResultCallback represents a ResultCallback event raised by the PocoHub contract.
type PocoHubResultCallback struct {
	Taskid   [32]byte
	Callback common.Address
	Success  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const PocoHubResultCallbackEventName = "ResultCallback"

// ContractEventName returns the user-defined event name.
func (PocoHubResultCallback) ContractEventName() string {
	return PocoHubResultCallbackEventName
}

// UnpackResultCallbackEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultCallback(bytes32 indexed taskid, address indexed callback, bool success)
func (pocoHub *PocoHub) UnpackResultCallbackEvent(log *types.Log) (*PocoHubResultCallback, error) {
	event := "ResultCallback"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubResultCallback)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubReward represents a Reward event raised by the PocoHub contract.
type PocoHubReward struct {
	Owner  common.Address
	Amount *big.Int
	Ref    [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoHubRewardEventName = "Reward"

// ContractEventName returns the user-defined event name.
func (PocoHubReward) ContractEventName() string {
	return PocoHubRewardEventName
}

// UnpackRewardEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Reward(address indexed owner, uint256 amount, bytes32 indexed ref)
func (pocoHub *PocoHub) UnpackRewardEvent(log *types.Log) (*PocoHubReward, error) {
	event := "Reward"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubReward)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubScoreChanged represents a ScoreChanged event raised by the PocoHub contract.
type PocoHubScoreChanged struct {
	Worker   common.Address
	Ref      [32]byte
	OldScore *big.Int
	NewScore *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PocoHubScoreChangedEventName = "ScoreChanged"

// ContractEventName returns the user-defined event name.
func (PocoHubScoreChanged) ContractEventName() string {
	return PocoHubScoreChangedEventName
}

// UnpackScoreChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScoreChanged(address indexed worker, bytes32 indexed ref, uint256 oldScore, uint256 newScore)
func (pocoHub *PocoHub) UnpackScoreChangedEvent(log *types.Log) (*PocoHubScoreChanged, error) {
	event := "ScoreChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubScoreChanged)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubSeize represents a Seize event raised by the PocoHub contract.
type PocoHubSeize struct {
	Owner  common.Address
	Amount *big.Int
	Ref    [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoHubSeizeEventName = "Seize"

// ContractEventName returns the user-defined event name.
func (PocoHubSeize) ContractEventName() string {
	return PocoHubSeizeEventName
}

// UnpackSeizeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Seize(address indexed owner, uint256 amount, bytes32 indexed ref)
func (pocoHub *PocoHub) UnpackSeizeEvent(log *types.Log) (*PocoHubSeize, error) {
	event := "Seize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubSeize)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubTaskClaimed represents a TaskClaimed event raised by the PocoHub contract.
type PocoHubTaskClaimed struct {
	Taskid [32]byte
	Dealid [32]byte
	Idx    *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoHubTaskClaimedEventName = "TaskClaimed"

// ContractEventName returns the user-defined event name.
func (PocoHubTaskClaimed) ContractEventName() string {
	return PocoHubTaskClaimedEventName
}

// UnpackTaskClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskClaimed(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx)
func (pocoHub *PocoHub) UnpackTaskClaimedEvent(log *types.Log) (*PocoHubTaskClaimed, error) {
	event := "TaskClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubTaskClaimed)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubTaskConsensus represents a TaskConsensus event raised by the PocoHub contract.
type PocoHubTaskConsensus struct {
	Taskid         [32]byte
	ConsensusValue [32]byte
	RevealDeadline *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const PocoHubTaskConsensusEventName = "TaskConsensus"

// ContractEventName returns the user-defined event name.
func (PocoHubTaskConsensus) ContractEventName() string {
	return PocoHubTaskConsensusEventName
}

// UnpackTaskConsensusEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskConsensus(bytes32 indexed taskid, bytes32 consensusValue, uint256 revealDeadline)
func (pocoHub *PocoHub) UnpackTaskConsensusEvent(log *types.Log) (*PocoHubTaskConsensus, error) {
	event := "TaskConsensus"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubTaskConsensus)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubTaskContribute represents a TaskContribute event raised by the PocoHub contract.
type PocoHubTaskContribute struct {
	Taskid     [32]byte
	Worker     common.Address
	ResultHash [32]byte
	Weight     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const PocoHubTaskContributeEventName = "TaskContribute"

// ContractEventName returns the user-defined event name.
func (PocoHubTaskContribute) ContractEventName() string {
	return PocoHubTaskContributeEventName
}

// UnpackTaskContributeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskContribute(bytes32 indexed taskid, address indexed worker, bytes32 resultHash, uint256 weight)
func (pocoHub *PocoHub) UnpackTaskContributeEvent(log *types.Log) (*PocoHubTaskContribute, error) {
	event := "TaskContribute"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubTaskContribute)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubTaskFinalize represents a TaskFinalize event raised by the PocoHub contract.
type PocoHubTaskFinalize struct {
	Taskid       [32]byte
	Dealid       [32]byte
	Idx          *big.Int
	ResultDigest [32]byte
	Results      []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const PocoHubTaskFinalizeEventName = "TaskFinalize"

// ContractEventName returns the user-defined event name.
func (PocoHubTaskFinalize) ContractEventName() string {
	return PocoHubTaskFinalizeEventName
}

// UnpackTaskFinalizeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskFinalize(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx, bytes32 resultDigest, bytes results)
func (pocoHub *PocoHub) UnpackTaskFinalizeEvent(log *types.Log) (*PocoHubTaskFinalize, error) {
	event := "TaskFinalize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubTaskFinalize)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubTaskReopen represents a TaskReopen event raised by the PocoHub contract.
type PocoHubTaskReopen struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoHubTaskReopenEventName = "TaskReopen"

// ContractEventName returns the user-defined event name.
func (PocoHubTaskReopen) ContractEventName() string {
	return PocoHubTaskReopenEventName
}

// UnpackTaskReopenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReopen(bytes32 indexed taskid)
func (pocoHub *PocoHub) UnpackTaskReopenEvent(log *types.Log) (*PocoHubTaskReopen, error) {
	event := "TaskReopen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubTaskReopen)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubTaskReveal represents a TaskReveal event raised by the PocoHub contract.
type PocoHubTaskReveal struct {
	Taskid       [32]byte
	Worker       common.Address
	ResultDigest [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const PocoHubTaskRevealEventName = "TaskReveal"

// ContractEventName returns the user-defined event name.
func (PocoHubTaskReveal) ContractEventName() string {
	return PocoHubTaskRevealEventName
}

// UnpackTaskRevealEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReveal(bytes32 indexed taskid, address indexed worker, bytes32 resultDigest)
func (pocoHub *PocoHub) UnpackTaskRevealEvent(log *types.Log) (*PocoHubTaskReveal, error) {
	event := "TaskReveal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubTaskReveal)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubTaskStarted represents a TaskStarted event raised by the PocoHub contract.
type PocoHubTaskStarted struct {
	Taskid [32]byte
	Dealid [32]byte
	Idx    *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoHubTaskStartedEventName = "TaskStarted"

// ContractEventName returns the user-defined event name.
func (PocoHubTaskStarted) ContractEventName() string {
	return PocoHubTaskStartedEventName
}

// UnpackTaskStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskStarted(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx)
func (pocoHub *PocoHub) UnpackTaskStartedEvent(log *types.Log) (*PocoHubTaskStarted, error) {
	event := "TaskStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubTaskStarted)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubUnlock represents a Unlock event raised by the PocoHub contract.
type PocoHubUnlock struct {
	Owner  common.Address
	Amount *big.Int
	Ref    [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoHubUnlockEventName = "Unlock"

// ContractEventName returns the user-defined event name.
func (PocoHubUnlock) ContractEventName() string {
	return PocoHubUnlockEventName
}

// UnpackUnlockEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unlock(address indexed owner, uint256 amount, bytes32 indexed ref)
func (pocoHub *PocoHub) UnpackUnlockEvent(log *types.Log) (*PocoHubUnlock, error) {
	event := "Unlock"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubUnlock)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoHubWithdraw represents a Withdraw event raised by the PocoHub contract.
type PocoHubWithdraw struct {
	Owner  common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoHubWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (PocoHubWithdraw) ContractEventName() string {
	return PocoHubWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed owner, address indexed to, uint256 amount)
func (pocoHub *PocoHub) UnpackWithdrawEvent(log *types.Log) (*PocoHubWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoHubWithdraw)
	if len(log.Data) > 0 {
		if err := pocoHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (pocoHub *PocoHub) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return pocoHub.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return pocoHub.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return pocoHub.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoAlreadyContributed"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoAlreadyContributedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoAlreadyRevealed"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoAssetNotRegistered"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoAssetNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoBalanceOverflow"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoBalanceOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoCallbackDataMismatch"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoCallbackDataMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoCallbackGasTooLow"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoCallbackGasTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoCannotReveal"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoCannotRevealError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoCategoryMismatch"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoCategoryMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoContributorsMismatch"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoContributorsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoDeadlineNotReached"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoDeadlinePassed"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoDirectCall"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoDirectCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoEnclaveRequired"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoEnclaveRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoInsufficientFreeBalance"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoInsufficientFreeBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoInvalidAuthorization"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoInvalidAuthorizationError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoInvalidEnclaveSignature"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoInvalidEnclaveSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoInvalidSignature"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoInvalidWorkClockTimeRef"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoInvalidWorkClockTimeRefError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoNotOrderOwner"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoNotOrderOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoNotScheduler"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoNotSchedulerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoNotToken"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoNotTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoOrderConsumed"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoOrderConsumedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoPriceTooHigh"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoPriceTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoRequestMismatch"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoRequestMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoRestricted"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoRestrictedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoResultDigestMismatch"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoResultDigestMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoRevealMismatch"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoRevealMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoRevealsPending"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoRevealsPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoTagNotOffered"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoTagNotOfferedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoTaskIndexOutOfRange"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoTaskIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoTaskWrongStatus"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoTaskWrongStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoTeeRequiresTeeApp"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoTeeRequiresTeeAppError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoTrustNotOne"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoTrustNotOneError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoTrustOutOfRange"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoTrustOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoTrustTooHigh"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoTrustTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoUnknownCategory"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoUnknownCategoryError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoUnknownDeal"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoUnknownDealError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoWeightOverflow"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoWeightOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoWrongToken"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoWrongTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoZeroAddress"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["PocoZeroAmount"].ID.Bytes()[:4]) {
		return pocoHub.UnpackPocoZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return pocoHub.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoHub.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return pocoHub.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PocoHubInvalidShortString represents a InvalidShortString error raised by the PocoHub contract.
type PocoHubInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func PocoHubInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (pocoHub *PocoHub) UnpackInvalidShortStringError(raw []byte) (*PocoHubInvalidShortString, error) {
	out := new(PocoHubInvalidShortString)
	if err := pocoHub.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the PocoHub contract.
type PocoHubOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func PocoHubOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (pocoHub *PocoHub) UnpackOwnableInvalidOwnerError(raw []byte) (*PocoHubOwnableInvalidOwner, error) {
	out := new(PocoHubOwnableInvalidOwner)
	if err := pocoHub.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the PocoHub contract.
type PocoHubOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func PocoHubOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (pocoHub *PocoHub) UnpackOwnableUnauthorizedAccountError(raw []byte) (*PocoHubOwnableUnauthorizedAccount, error) {
	out := new(PocoHubOwnableUnauthorizedAccount)
	if err := pocoHub.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoAlreadyContributed represents a PocoAlreadyContributed error raised by the PocoHub contract.
type PocoHubPocoAlreadyContributed struct {
	Taskid [32]byte
	Worker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoAlreadyContributed(bytes32 taskid, address worker)
func PocoHubPocoAlreadyContributedErrorID() common.Hash {
	return common.HexToHash("0xaecc9ebfd62390fb45cb560610b07efee5c1f0265c6f9f393081451524a5d9f6")
}

// UnpackPocoAlreadyContributedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoAlreadyContributed(bytes32 taskid, address worker)
func (pocoHub *PocoHub) UnpackPocoAlreadyContributedError(raw []byte) (*PocoHubPocoAlreadyContributed, error) {
	out := new(PocoHubPocoAlreadyContributed)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoAlreadyContributed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoAlreadyRevealed represents a PocoAlreadyRevealed error raised by the PocoHub contract.
type PocoHubPocoAlreadyRevealed struct {
	Taskid  [32]byte
	Reveals *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoAlreadyRevealed(bytes32 taskid, uint256 reveals)
func PocoHubPocoAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0x8d66e5bba196178e35cae2489ea1aef6a7220127ac836f958679bffac95939e6")
}

// UnpackPocoAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoAlreadyRevealed(bytes32 taskid, uint256 reveals)
func (pocoHub *PocoHub) UnpackPocoAlreadyRevealedError(raw []byte) (*PocoHubPocoAlreadyRevealed, error) {
	out := new(PocoHubPocoAlreadyRevealed)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoAlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoAssetNotRegistered represents a PocoAssetNotRegistered error raised by the PocoHub contract.
type PocoHubPocoAssetNotRegistered struct {
	Kind  uint8
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoAssetNotRegistered(uint8 kind, address asset)
func PocoHubPocoAssetNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xe7619de07898ed978b43d53b31b9f1466b360f07d77824e40db734c9c46dc2bf")
}

// UnpackPocoAssetNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoAssetNotRegistered(uint8 kind, address asset)
func (pocoHub *PocoHub) UnpackPocoAssetNotRegisteredError(raw []byte) (*PocoHubPocoAssetNotRegistered, error) {
	out := new(PocoHubPocoAssetNotRegistered)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoAssetNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoBalanceOverflow represents a PocoBalanceOverflow error raised by the PocoHub contract.
type PocoHubPocoBalanceOverflow struct {
	Account common.Address
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoBalanceOverflow(address account, uint256 amount)
func PocoHubPocoBalanceOverflowErrorID() common.Hash {
	return common.HexToHash("0x1dd29503345121c7893a8260c1b9b2d6c48f02117df1ceb3d958152b6685479a")
}

// UnpackPocoBalanceOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoBalanceOverflow(address account, uint256 amount)
func (pocoHub *PocoHub) UnpackPocoBalanceOverflowError(raw []byte) (*PocoHubPocoBalanceOverflow, error) {
	out := new(PocoHubPocoBalanceOverflow)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoBalanceOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoCallbackDataMismatch represents a PocoCallbackDataMismatch error raised by the PocoHub contract.
type PocoHubPocoCallbackDataMismatch struct {
	Taskid       [32]byte
	ResultDigest [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoCallbackDataMismatch(bytes32 taskid, bytes32 resultDigest)
func PocoHubPocoCallbackDataMismatchErrorID() common.Hash {
	return common.HexToHash("0x9370bfcf7cf0190a7ad92c71b2d349ac5be1a35a783fd029bdfc5eacf853c3ef")
}

// UnpackPocoCallbackDataMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoCallbackDataMismatch(bytes32 taskid, bytes32 resultDigest)
func (pocoHub *PocoHub) UnpackPocoCallbackDataMismatchError(raw []byte) (*PocoHubPocoCallbackDataMismatch, error) {
	out := new(PocoHubPocoCallbackDataMismatch)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoCallbackDataMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoCallbackGasTooLow represents a PocoCallbackGasTooLow error raised by the PocoHub contract.
type PocoHubPocoCallbackGasTooLow struct {
	GasLeft *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoCallbackGasTooLow(uint256 gasLeft, uint256 needed)
func PocoHubPocoCallbackGasTooLowErrorID() common.Hash {
	return common.HexToHash("0x9e75d087a55b17013a2392e8af2d054718ea10bcaf1699cf6f30d8c5aeea6b93")
}

// UnpackPocoCallbackGasTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoCallbackGasTooLow(uint256 gasLeft, uint256 needed)
func (pocoHub *PocoHub) UnpackPocoCallbackGasTooLowError(raw []byte) (*PocoHubPocoCallbackGasTooLow, error) {
	out := new(PocoHubPocoCallbackGasTooLow)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoCallbackGasTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoCannotReveal represents a PocoCannotReveal error raised by the PocoHub contract.
type PocoHubPocoCannotReveal struct {
	Taskid [32]byte
	Worker common.Address
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoCannotReveal(bytes32 taskid, address worker, uint8 status)
func PocoHubPocoCannotRevealErrorID() common.Hash {
	return common.HexToHash("0xc30d472f49f25b963503f252632a077d818bed1211bee055e9197596f8cec01f")
}

// UnpackPocoCannotRevealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoCannotReveal(bytes32 taskid, address worker, uint8 status)
func (pocoHub *PocoHub) UnpackPocoCannotRevealError(raw []byte) (*PocoHubPocoCannotReveal, error) {
	out := new(PocoHubPocoCannotReveal)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoCannotReveal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoCategoryMismatch represents a PocoCategoryMismatch error raised by the PocoHub contract.
type PocoHubPocoCategoryMismatch struct {
	RequestCategory    *big.Int
	WorkerpoolCategory *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoCategoryMismatch(uint256 requestCategory, uint256 workerpoolCategory)
func PocoHubPocoCategoryMismatchErrorID() common.Hash {
	return common.HexToHash("0xeb927491ccfa4d8d157d05ae98b6bf78f50bd45c09ce2ef7f598ca8c2e4442da")
}

// UnpackPocoCategoryMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoCategoryMismatch(uint256 requestCategory, uint256 workerpoolCategory)
func (pocoHub *PocoHub) UnpackPocoCategoryMismatchError(raw []byte) (*PocoHubPocoCategoryMismatch, error) {
	out := new(PocoHubPocoCategoryMismatch)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoCategoryMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoContributorsMismatch represents a PocoContributorsMismatch error raised by the PocoHub contract.
type PocoHubPocoContributorsMismatch struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoContributorsMismatch(bytes32 taskid)
func PocoHubPocoContributorsMismatchErrorID() common.Hash {
	return common.HexToHash("0xbfe631c6f1cacfca73eb7a07a109d11ac8941e57e27bca09391955e9504225b6")
}

// UnpackPocoContributorsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoContributorsMismatch(bytes32 taskid)
func (pocoHub *PocoHub) UnpackPocoContributorsMismatchError(raw []byte) (*PocoHubPocoContributorsMismatch, error) {
	out := new(PocoHubPocoContributorsMismatch)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoContributorsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoDeadlineNotReached represents a PocoDeadlineNotReached error raised by the PocoHub contract.
type PocoHubPocoDeadlineNotReached struct {
	Taskid   [32]byte
	Deadline *big.Int
	Time     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoDeadlineNotReached(bytes32 taskid, uint256 deadline, uint256 time)
func PocoHubPocoDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0x740035710f1dcadd220f2dbd5bd40fa335a69ddd6693416f309f06435fdc382a")
}

// UnpackPocoDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoDeadlineNotReached(bytes32 taskid, uint256 deadline, uint256 time)
func (pocoHub *PocoHub) UnpackPocoDeadlineNotReachedError(raw []byte) (*PocoHubPocoDeadlineNotReached, error) {
	out := new(PocoHubPocoDeadlineNotReached)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoDeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoDeadlinePassed represents a PocoDeadlinePassed error raised by the PocoHub contract.
type PocoHubPocoDeadlinePassed struct {
	Taskid   [32]byte
	Deadline *big.Int
	Time     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoDeadlinePassed(bytes32 taskid, uint256 deadline, uint256 time)
func PocoHubPocoDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x897d3e04de822d492fa0988f88f448f7174d3f420d1e245cf5913c55dcf4dc58")
}

// UnpackPocoDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoDeadlinePassed(bytes32 taskid, uint256 deadline, uint256 time)
func (pocoHub *PocoHub) UnpackPocoDeadlinePassedError(raw []byte) (*PocoHubPocoDeadlinePassed, error) {
	out := new(PocoHubPocoDeadlinePassed)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoDirectCall represents a PocoDirectCall error raised by the PocoHub contract.
type PocoHubPocoDirectCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoDirectCall()
func PocoHubPocoDirectCallErrorID() common.Hash {
	return common.HexToHash("0x1c373dd93eec53b4cde9a74b1bea6fa09b9ee45243998e253f26a4c0d3fbaf72")
}

// UnpackPocoDirectCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoDirectCall()
func (pocoHub *PocoHub) UnpackPocoDirectCallError(raw []byte) (*PocoHubPocoDirectCall, error) {
	out := new(PocoHubPocoDirectCall)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoDirectCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoEnclaveRequired represents a PocoEnclaveRequired error raised by the PocoHub contract.
type PocoHubPocoEnclaveRequired struct {
	Taskid [32]byte
	Tag    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoEnclaveRequired(bytes32 taskid, bytes32 tag)
func PocoHubPocoEnclaveRequiredErrorID() common.Hash {
	return common.HexToHash("0x950cd4f422d9ea2df51ae8df113728a218f16c1c3c32b6f1b6d1f9a08a53b122")
}

// UnpackPocoEnclaveRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoEnclaveRequired(bytes32 taskid, bytes32 tag)
func (pocoHub *PocoHub) UnpackPocoEnclaveRequiredError(raw []byte) (*PocoHubPocoEnclaveRequired, error) {
	out := new(PocoHubPocoEnclaveRequired)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoEnclaveRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoInsufficientFreeBalance represents a PocoInsufficientFreeBalance error raised by the PocoHub contract.
type PocoHubPocoInsufficientFreeBalance struct {
	Account common.Address
	Free    *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoInsufficientFreeBalance(address account, uint256 free, uint256 needed)
func PocoHubPocoInsufficientFreeBalanceErrorID() common.Hash {
	return common.HexToHash("0x5e65bb59eeb457a2443325f8a753521a27509e7f87659f99e9cad08354b8c39e")
}

// UnpackPocoInsufficientFreeBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoInsufficientFreeBalance(address account, uint256 free, uint256 needed)
func (pocoHub *PocoHub) UnpackPocoInsufficientFreeBalanceError(raw []byte) (*PocoHubPocoInsufficientFreeBalance, error) {
	out := new(PocoHubPocoInsufficientFreeBalance)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoInsufficientFreeBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoInvalidAuthorization represents a PocoInvalidAuthorization error raised by the PocoHub contract.
type PocoHubPocoInvalidAuthorization struct {
	Taskid    [32]byte
	Worker    common.Address
	Scheduler common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoInvalidAuthorization(bytes32 taskid, address worker, address scheduler)
func PocoHubPocoInvalidAuthorizationErrorID() common.Hash {
	return common.HexToHash("0xd69b490a30d7f04ff39e7bb7b373c983c5d99281ffd655e358f3523e20564de1")
}

// UnpackPocoInvalidAuthorizationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoInvalidAuthorization(bytes32 taskid, address worker, address scheduler)
func (pocoHub *PocoHub) UnpackPocoInvalidAuthorizationError(raw []byte) (*PocoHubPocoInvalidAuthorization, error) {
	out := new(PocoHubPocoInvalidAuthorization)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoInvalidAuthorization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoInvalidEnclaveSignature represents a PocoInvalidEnclaveSignature error raised by the PocoHub contract.
type PocoHubPocoInvalidEnclaveSignature struct {
	Taskid  [32]byte
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoInvalidEnclaveSignature(bytes32 taskid, address enclave)
func PocoHubPocoInvalidEnclaveSignatureErrorID() common.Hash {
	return common.HexToHash("0xe917b8db60e523720927adf38840180ade3c3b8328ae57262349f2bfcdcbe0a9")
}

// UnpackPocoInvalidEnclaveSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoInvalidEnclaveSignature(bytes32 taskid, address enclave)
func (pocoHub *PocoHub) UnpackPocoInvalidEnclaveSignatureError(raw []byte) (*PocoHubPocoInvalidEnclaveSignature, error) {
	out := new(PocoHubPocoInvalidEnclaveSignature)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoInvalidEnclaveSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoInvalidSignature represents a PocoInvalidSignature error raised by the PocoHub contract.
type PocoHubPocoInvalidSignature struct {
	Kind      uint8
	OrderHash [32]byte
	Signer    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoInvalidSignature(uint8 kind, bytes32 orderHash, address signer)
func PocoHubPocoInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xb92acdd233d68593f4ec364dee2b7207ed78fa94d821fee3daa16efa4b342b7b")
}

// UnpackPocoInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoInvalidSignature(uint8 kind, bytes32 orderHash, address signer)
func (pocoHub *PocoHub) UnpackPocoInvalidSignatureError(raw []byte) (*PocoHubPocoInvalidSignature, error) {
	out := new(PocoHubPocoInvalidSignature)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoInvalidWorkClockTimeRef represents a PocoInvalidWorkClockTimeRef error raised by the PocoHub contract.
type PocoHubPocoInvalidWorkClockTimeRef struct {
	WorkClockTimeRef *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoInvalidWorkClockTimeRef(uint256 workClockTimeRef)
func PocoHubPocoInvalidWorkClockTimeRefErrorID() common.Hash {
	return common.HexToHash("0x8ffd7362fd521d1688b6c51bac497861dc9633e0ef50f73e593dc492c5b171de")
}

// UnpackPocoInvalidWorkClockTimeRefError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoInvalidWorkClockTimeRef(uint256 workClockTimeRef)
func (pocoHub *PocoHub) UnpackPocoInvalidWorkClockTimeRefError(raw []byte) (*PocoHubPocoInvalidWorkClockTimeRef, error) {
	out := new(PocoHubPocoInvalidWorkClockTimeRef)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoInvalidWorkClockTimeRef", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoNotOrderOwner represents a PocoNotOrderOwner error raised by the PocoHub contract.
type PocoHubPocoNotOrderOwner struct {
	Kind   uint8
	Caller common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoNotOrderOwner(uint8 kind, address caller, address owner)
func PocoHubPocoNotOrderOwnerErrorID() common.Hash {
	return common.HexToHash("0x29fef9f687d67e9797b6b096305d2f4a66aabac278231e0bf6f1524aaeb1f8e6")
}

// UnpackPocoNotOrderOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoNotOrderOwner(uint8 kind, address caller, address owner)
func (pocoHub *PocoHub) UnpackPocoNotOrderOwnerError(raw []byte) (*PocoHubPocoNotOrderOwner, error) {
	out := new(PocoHubPocoNotOrderOwner)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoNotOrderOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoNotScheduler represents a PocoNotScheduler error raised by the PocoHub contract.
type PocoHubPocoNotScheduler struct {
	Caller    common.Address
	Scheduler common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoNotScheduler(address caller, address scheduler)
func PocoHubPocoNotSchedulerErrorID() common.Hash {
	return common.HexToHash("0x775e6e16b3b7b18b22e7cb575d89e8e3a5a9471147227190fb659b884f3bae4a")
}

// UnpackPocoNotSchedulerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoNotScheduler(address caller, address scheduler)
func (pocoHub *PocoHub) UnpackPocoNotSchedulerError(raw []byte) (*PocoHubPocoNotScheduler, error) {
	out := new(PocoHubPocoNotScheduler)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoNotScheduler", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoNotToken represents a PocoNotToken error raised by the PocoHub contract.
type PocoHubPocoNotToken struct {
	Caller common.Address
	Token  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoNotToken(address caller, address token)
func PocoHubPocoNotTokenErrorID() common.Hash {
	return common.HexToHash("0xce34c2c071e9a6ce8238700d5fd1cb294c18c0b6a9e8934ecfc2d63369448752")
}

// UnpackPocoNotTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoNotToken(address caller, address token)
func (pocoHub *PocoHub) UnpackPocoNotTokenError(raw []byte) (*PocoHubPocoNotToken, error) {
	out := new(PocoHubPocoNotToken)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoNotToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoOrderConsumed represents a PocoOrderConsumed error raised by the PocoHub contract.
type PocoHubPocoOrderConsumed struct {
	Kind      uint8
	OrderHash [32]byte
	Volume    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoOrderConsumed(uint8 kind, bytes32 orderHash, uint256 volume)
func PocoHubPocoOrderConsumedErrorID() common.Hash {
	return common.HexToHash("0x8294cdc244ac7fed892176740815c11b5ede5369d2a0cc02dd5b94a53a49480e")
}

// UnpackPocoOrderConsumedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoOrderConsumed(uint8 kind, bytes32 orderHash, uint256 volume)
func (pocoHub *PocoHub) UnpackPocoOrderConsumedError(raw []byte) (*PocoHubPocoOrderConsumed, error) {
	out := new(PocoHubPocoOrderConsumed)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoOrderConsumed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoPriceTooHigh represents a PocoPriceTooHigh error raised by the PocoHub contract.
type PocoHubPocoPriceTooHigh struct {
	Kind     uint8
	MaxPrice *big.Int
	Price    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoPriceTooHigh(uint8 kind, uint256 maxPrice, uint256 price)
func PocoHubPocoPriceTooHighErrorID() common.Hash {
	return common.HexToHash("0x57f1273c3381666a1db66c49f3c56625cb212f5248ee08120b4eda86909b6b14")
}

// UnpackPocoPriceTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoPriceTooHigh(uint8 kind, uint256 maxPrice, uint256 price)
func (pocoHub *PocoHub) UnpackPocoPriceTooHighError(raw []byte) (*PocoHubPocoPriceTooHigh, error) {
	out := new(PocoHubPocoPriceTooHigh)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoPriceTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoRequestMismatch represents a PocoRequestMismatch error raised by the PocoHub contract.
type PocoHubPocoRequestMismatch struct {
	Kind      uint8
	Requested common.Address
	Offered   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoRequestMismatch(uint8 kind, address requested, address offered)
func PocoHubPocoRequestMismatchErrorID() common.Hash {
	return common.HexToHash("0x646bb43a3d4f906832a63600585430146c1446798e70f98e75d02e24ed5e201b")
}

// UnpackPocoRequestMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoRequestMismatch(uint8 kind, address requested, address offered)
func (pocoHub *PocoHub) UnpackPocoRequestMismatchError(raw []byte) (*PocoHubPocoRequestMismatch, error) {
	out := new(PocoHubPocoRequestMismatch)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoRequestMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoRestricted represents a PocoRestricted error raised by the PocoHub contract.
type PocoHubPocoRestricted struct {
	Order   uint8
	Party   uint8
	Allowed common.Address
	Actual  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoRestricted(uint8 order, uint8 party, address allowed, address actual)
func PocoHubPocoRestrictedErrorID() common.Hash {
	return common.HexToHash("0xe4d95bbffb50c45827bf6404ca9dbde7fa8d7969a0ecaba00f060b51e7b41c71")
}

// UnpackPocoRestrictedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoRestricted(uint8 order, uint8 party, address allowed, address actual)
func (pocoHub *PocoHub) UnpackPocoRestrictedError(raw []byte) (*PocoHubPocoRestricted, error) {
	out := new(PocoHubPocoRestricted)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoRestricted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoResultDigestMismatch represents a PocoResultDigestMismatch error raised by the PocoHub contract.
type PocoHubPocoResultDigestMismatch struct {
	Taskid       [32]byte
	ResultDigest [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoResultDigestMismatch(bytes32 taskid, bytes32 resultDigest)
func PocoHubPocoResultDigestMismatchErrorID() common.Hash {
	return common.HexToHash("0x2b775be054ac48ffc54d426ae25ebfbf6ad326a7e2eb672b39c1564379e7da67")
}

// UnpackPocoResultDigestMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoResultDigestMismatch(bytes32 taskid, bytes32 resultDigest)
func (pocoHub *PocoHub) UnpackPocoResultDigestMismatchError(raw []byte) (*PocoHubPocoResultDigestMismatch, error) {
	out := new(PocoHubPocoResultDigestMismatch)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoResultDigestMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoRevealMismatch represents a PocoRevealMismatch error raised by the PocoHub contract.
type PocoHubPocoRevealMismatch struct {
	Taskid [32]byte
	Worker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoRevealMismatch(bytes32 taskid, address worker)
func PocoHubPocoRevealMismatchErrorID() common.Hash {
	return common.HexToHash("0xcc7c10735272304bef18b879ed9db7e98dc02522c3b7d8381863d37714720162")
}

// UnpackPocoRevealMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoRevealMismatch(bytes32 taskid, address worker)
func (pocoHub *PocoHub) UnpackPocoRevealMismatchError(raw []byte) (*PocoHubPocoRevealMismatch, error) {
	out := new(PocoHubPocoRevealMismatch)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoRevealMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoRevealsPending represents a PocoRevealsPending error raised by the PocoHub contract.
type PocoHubPocoRevealsPending struct {
	Taskid         [32]byte
	Reveals        *big.Int
	Winners        *big.Int
	RevealDeadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoRevealsPending(bytes32 taskid, uint256 reveals, uint256 winners, uint256 revealDeadline)
func PocoHubPocoRevealsPendingErrorID() common.Hash {
	return common.HexToHash("0x4faf6dd532f97e023c6b0877bbd9464b720fe2ab93e1b2daf30703cb9cfad7e4")
}

// UnpackPocoRevealsPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoRevealsPending(bytes32 taskid, uint256 reveals, uint256 winners, uint256 revealDeadline)
func (pocoHub *PocoHub) UnpackPocoRevealsPendingError(raw []byte) (*PocoHubPocoRevealsPending, error) {
	out := new(PocoHubPocoRevealsPending)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoRevealsPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoTagNotOffered represents a PocoTagNotOffered error raised by the PocoHub contract.
type PocoHubPocoTagNotOffered struct {
	Required [32]byte
	Offered  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTagNotOffered(bytes32 required, bytes32 offered)
func PocoHubPocoTagNotOfferedErrorID() common.Hash {
	return common.HexToHash("0x99fb06734791fa4f2b9922f4a94a811ee016dad9546485fe6d04debf69492445")
}

// UnpackPocoTagNotOfferedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTagNotOffered(bytes32 required, bytes32 offered)
func (pocoHub *PocoHub) UnpackPocoTagNotOfferedError(raw []byte) (*PocoHubPocoTagNotOffered, error) {
	out := new(PocoHubPocoTagNotOffered)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoTagNotOffered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoTaskIndexOutOfRange represents a PocoTaskIndexOutOfRange error raised by the PocoHub contract.
type PocoHubPocoTaskIndexOutOfRange struct {
	Idx   *big.Int
	First *big.Int
	Size  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTaskIndexOutOfRange(uint256 idx, uint256 first, uint256 size)
func PocoHubPocoTaskIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x2da292d3a42fa71725d9d991e744e4a40266e819c1b5289c674a1be3c4120991")
}

// UnpackPocoTaskIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTaskIndexOutOfRange(uint256 idx, uint256 first, uint256 size)
func (pocoHub *PocoHub) UnpackPocoTaskIndexOutOfRangeError(raw []byte) (*PocoHubPocoTaskIndexOutOfRange, error) {
	out := new(PocoHubPocoTaskIndexOutOfRange)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoTaskIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoTaskWrongStatus represents a PocoTaskWrongStatus error raised by the PocoHub contract.
type PocoHubPocoTaskWrongStatus struct {
	Taskid [32]byte
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTaskWrongStatus(bytes32 taskid, uint8 status)
func PocoHubPocoTaskWrongStatusErrorID() common.Hash {
	return common.HexToHash("0x8fd72fdfbbf80a6ac14fec59100d7d499b6c0aaf17a89d6faae2bf5a0eba6338")
}

// UnpackPocoTaskWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTaskWrongStatus(bytes32 taskid, uint8 status)
func (pocoHub *PocoHub) UnpackPocoTaskWrongStatusError(raw []byte) (*PocoHubPocoTaskWrongStatus, error) {
	out := new(PocoHubPocoTaskWrongStatus)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoTaskWrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoTeeRequiresTeeApp represents a PocoTeeRequiresTeeApp error raised by the PocoHub contract.
type PocoHubPocoTeeRequiresTeeApp struct {
	Required [32]byte
	AppTag   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTeeRequiresTeeApp(bytes32 required, bytes32 appTag)
func PocoHubPocoTeeRequiresTeeAppErrorID() common.Hash {
	return common.HexToHash("0x85f39ee8184fab148c62dfb1d44ebc7a4f62ce2c968023e99301399b6f5b9d83")
}

// UnpackPocoTeeRequiresTeeAppError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTeeRequiresTeeApp(bytes32 required, bytes32 appTag)
func (pocoHub *PocoHub) UnpackPocoTeeRequiresTeeAppError(raw []byte) (*PocoHubPocoTeeRequiresTeeApp, error) {
	out := new(PocoHubPocoTeeRequiresTeeApp)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoTeeRequiresTeeApp", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoTrustNotOne represents a PocoTrustNotOne error raised by the PocoHub contract.
type PocoHubPocoTrustNotOne struct {
	Taskid [32]byte
	Trust  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTrustNotOne(bytes32 taskid, uint256 trust)
func PocoHubPocoTrustNotOneErrorID() common.Hash {
	return common.HexToHash("0x4be45a9f88aa43cd9caa489ceba1053a0d4159c727c339fa7c4e556603249f56")
}

// UnpackPocoTrustNotOneError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTrustNotOne(bytes32 taskid, uint256 trust)
func (pocoHub *PocoHub) UnpackPocoTrustNotOneError(raw []byte) (*PocoHubPocoTrustNotOne, error) {
	out := new(PocoHubPocoTrustNotOne)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoTrustNotOne", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoTrustOutOfRange represents a PocoTrustOutOfRange error raised by the PocoHub contract.
type PocoHubPocoTrustOutOfRange struct {
	Trust *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTrustOutOfRange(uint256 trust, uint256 max)
func PocoHubPocoTrustOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x57c2738d1ce5a2cbc1671ef17bcd2889af5888dc13cd39adadc2d637ac400c50")
}

// UnpackPocoTrustOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTrustOutOfRange(uint256 trust, uint256 max)
func (pocoHub *PocoHub) UnpackPocoTrustOutOfRangeError(raw []byte) (*PocoHubPocoTrustOutOfRange, error) {
	out := new(PocoHubPocoTrustOutOfRange)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoTrustOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoTrustTooHigh represents a PocoTrustTooHigh error raised by the PocoHub contract.
type PocoHubPocoTrustTooHigh struct {
	RequestTrust    *big.Int
	WorkerpoolTrust *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTrustTooHigh(uint256 requestTrust, uint256 workerpoolTrust)
func PocoHubPocoTrustTooHighErrorID() common.Hash {
	return common.HexToHash("0x5ce5593fad491267abad53f354061661dbe0b7586b6646b65a99aab89de7bb6a")
}

// UnpackPocoTrustTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTrustTooHigh(uint256 requestTrust, uint256 workerpoolTrust)
func (pocoHub *PocoHub) UnpackPocoTrustTooHighError(raw []byte) (*PocoHubPocoTrustTooHigh, error) {
	out := new(PocoHubPocoTrustTooHigh)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoTrustTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoUnknownCategory represents a PocoUnknownCategory error raised by the PocoHub contract.
type PocoHubPocoUnknownCategory struct {
	Category *big.Int
	Count    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoUnknownCategory(uint256 category, uint256 count)
func PocoHubPocoUnknownCategoryErrorID() common.Hash {
	return common.HexToHash("0x1dd62729ef88b78d48d87e850d24db4250bcdbe85b8ab1eff38b1f84dc91e48e")
}

// UnpackPocoUnknownCategoryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoUnknownCategory(uint256 category, uint256 count)
func (pocoHub *PocoHub) UnpackPocoUnknownCategoryError(raw []byte) (*PocoHubPocoUnknownCategory, error) {
	out := new(PocoHubPocoUnknownCategory)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoUnknownCategory", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoUnknownDeal represents a PocoUnknownDeal error raised by the PocoHub contract.
type PocoHubPocoUnknownDeal struct {
	Dealid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoUnknownDeal(bytes32 dealid)
func PocoHubPocoUnknownDealErrorID() common.Hash {
	return common.HexToHash("0x289d586d45487b80f9ef93d5c287bd593a2f3ddd512276ed6745f299be2684ff")
}

// UnpackPocoUnknownDealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoUnknownDeal(bytes32 dealid)
func (pocoHub *PocoHub) UnpackPocoUnknownDealError(raw []byte) (*PocoHubPocoUnknownDeal, error) {
	out := new(PocoHubPocoUnknownDeal)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoUnknownDeal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoWeightOverflow represents a PocoWeightOverflow error raised by the PocoHub contract.
type PocoHubPocoWeightOverflow struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoWeightOverflow(bytes32 taskid)
func PocoHubPocoWeightOverflowErrorID() common.Hash {
	return common.HexToHash("0x74d28ccb8c9c47a08d0c1fb4a240c991e9770c27d1ea52eacdd8937dd1a08d47")
}

// UnpackPocoWeightOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoWeightOverflow(bytes32 taskid)
func (pocoHub *PocoHub) UnpackPocoWeightOverflowError(raw []byte) (*PocoHubPocoWeightOverflow, error) {
	out := new(PocoHubPocoWeightOverflow)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoWeightOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoWrongToken represents a PocoWrongToken error raised by the PocoHub contract.
type PocoHubPocoWrongToken struct {
	Token    common.Address
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoWrongToken(address token, address expected)
func PocoHubPocoWrongTokenErrorID() common.Hash {
	return common.HexToHash("0x72070f9dbd06338b45d71c9606b2bcf7ac47b34dd9a4b9e85fb8c61260fee8d4")
}

// UnpackPocoWrongTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoWrongToken(address token, address expected)
func (pocoHub *PocoHub) UnpackPocoWrongTokenError(raw []byte) (*PocoHubPocoWrongToken, error) {
	out := new(PocoHubPocoWrongToken)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoWrongToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoZeroAddress represents a PocoZeroAddress error raised by the PocoHub contract.
type PocoHubPocoZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoZeroAddress()
func PocoHubPocoZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xcb919fd433d4c4ba3e32274707f857807f7176566225c5ff5b80f6100a17c896")
}

// UnpackPocoZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoZeroAddress()
func (pocoHub *PocoHub) UnpackPocoZeroAddressError(raw []byte) (*PocoHubPocoZeroAddress, error) {
	out := new(PocoHubPocoZeroAddress)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubPocoZeroAmount represents a PocoZeroAmount error raised by the PocoHub contract.
type PocoHubPocoZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoZeroAmount()
func PocoHubPocoZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x28ae3a4b98af9aaaeeeccecb133503c2a05672b4168efa289fbd3a3536a5ac64")
}

// UnpackPocoZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoZeroAmount()
func (pocoHub *PocoHub) UnpackPocoZeroAmountError(raw []byte) (*PocoHubPocoZeroAmount, error) {
	out := new(PocoHubPocoZeroAmount)
	if err := pocoHub.abi.UnpackIntoInterface(out, "PocoZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the PocoHub contract.
type PocoHubSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func PocoHubSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (pocoHub *PocoHub) UnpackSafeERC20FailedOperationError(raw []byte) (*PocoHubSafeERC20FailedOperation, error) {
	out := new(PocoHubSafeERC20FailedOperation)
	if err := pocoHub.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoHubStringTooLong represents a StringTooLong error raised by the PocoHub contract.
type PocoHubStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func PocoHubStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (pocoHub *PocoHub) UnpackStringTooLongError(raw []byte) (*PocoHubStringTooLong, error) {
	out := new(PocoHubStringTooLong)
	if err := pocoHub.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksMetaData contains all meta data concerning the PocoTasks contract.
var PocoTasksMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"PocoAlreadyContributed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"}],\"name\":\"PocoAlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"PocoAssetNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PocoBalanceOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"PocoCallbackDataMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gasLeft\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"PocoCallbackGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"enumContributionStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"PocoCannotReveal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestCategory\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolCategory\",\"type\":\"uint256\"}],\"name\":\"PocoCategoryMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"PocoContributorsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"}],\"name\":\"PocoDeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"}],\"name\":\"PocoDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoDirectCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"}],\"name\":\"PocoEnclaveRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"PocoInsufficientFreeBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"PocoInvalidAuthorization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"PocoInvalidEnclaveSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"PocoInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"PocoInvalidWorkClockTimeRef\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"PocoNotOrderOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"PocoNotScheduler\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"PocoNotToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"PocoOrderConsumed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PocoPriceTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"requested\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"offered\",\"type\":\"address\"}],\"name\":\"PocoRequestMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"order\",\"type\":\"uint8\"},{\"internalType\":\"enumOrderKind\",\"name\":\"party\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"allowed\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"actual\",\"type\":\"address\"}],\"name\":\"PocoRestricted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"PocoResultDigestMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"PocoRevealMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"winners\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"PocoRevealsPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"required\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"offered\",\"type\":\"bytes32\"}],\"name\":\"PocoTagNotOffered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"first\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"PocoTaskIndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"enumTaskStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"PocoTaskWrongStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"required\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"appTag\",\"type\":\"bytes32\"}],\"name\":\"PocoTeeRequiresTeeApp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"}],\"name\":\"PocoTrustNotOne\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"PocoTrustOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestTrust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolTrust\",\"type\":\"uint256\"}],\"name\":\"PocoTrustTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"PocoUnknownCategory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"name\":\"PocoUnknownDeal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"PocoWeightOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"PocoWrongToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"CategoryCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"ContributionRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"KittyDrain\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"KittyFill\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Lock\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderPresigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32[4]\",\"name\":\"orderHashes\",\"type\":\"bytes32[4]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"}],\"name\":\"OrdersMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"ResultCallback\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Reward\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldScore\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newScore\",\"type\":\"uint256\"}],\"name\":\"ScoreChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Seize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"consensusValue\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"TaskConsensus\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"TaskContribute\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskFinalize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskReopen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"TaskReveal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Unlock\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONTRIBUTION_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FINAL_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY_MIN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TRUST\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL_STAKE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVEAL_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TAG_TEE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"internalType\":\"structClaimItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"internalType\":\"structClaimItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"claimBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"internalType\":\"structContributeItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"contribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"internalType\":\"structContributeAndFinalizeItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"contributeAndFinalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"internalType\":\"structContributeAndFinalizeItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"contributeAndFinalizeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"internalType\":\"structContributeItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"contributeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"}],\"internalType\":\"structFinalizeItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"}],\"internalType\":\"structFinalizeItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"finalizeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"name\":\"reopen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structRevealItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structRevealItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"revealBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "fe88533ed0350ec35e332e793dae2bab2e",
	Bin: "0x60a08060405234610069573060805261474d908161006e823960805181818161016d01528181610503015281816105a301528181610b9c01528181610f5301528181611032015281816112b701528181611815015281816119e201528181611d610152611f7e0152f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806337c18de514611f365780633e508aca14611f1b578063474c161c14611d165780634aa2943d146119c75780634c781910146117cf5780634e9ef8e41461126c57806351152de114610ee357806354d6307e146110005780635bc03ef314610fd25780635fbbdc0214610f395780635fde601d14610f1e578063709ce02b14610f035780637b24483214610ee857806390fc26b114610ee357806396425c6f14610b515780639779ea4614610b345780639d881e9114610588578063d8404291146104e9578063e2e7a8c1146104cb578063f5e1f65a146101225763fe46b8ee14610100575f80fd5b3461011e575f36600319011261011e57602060405163ffffffff8152f35b5f80fd5b3461011e573660031901610300811261011e576102e01361011e576102e43567ffffffffffffffff811161011e57806004019060e0600319823603011261011e576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630146104a35761019b6126d9565b6101a3612557565b918035906101b282600461399f565b92610144356001810361048d5750835f525f5160206146ed5f395f51905f5260205260405f209060ff8254168061046d575061018435806007029060078204036103d55761020661020c9161024435612b72565b86613bbd565b6084810161023261021c8261267c565b61022960c48501876124d2565b91896004613fb5565b602482013592604051602081019088825285604082015260408152610258606082612535565b51902091826001600160a01b0361026e8361267c565b161580159061045e575b6103e9575b505061029961028f60648501876124d2565b90868a6004613c31565b805464ffffffffff19166301000103179055335f9081525f51602061472d5f395f51905f52602052604090206102d0905b5461417a565b6040519182526020820152857ffd7e46c295a8aa307d0f75e9d588dfe3f966b0f1f671d2054b119cb1baad9d9f60403393a3610124356102c435606403606481116103d5576103d3976103cd96887f504b49643f0c631a5bd7782a3e0e57a613986bedcd3d949eeaa057f3828704686103be60649861038d61037e898c61035b889b6103c69d6126b2565b049060e08a0161036c838251612b72565b90526103798a60046141b2565b6133f6565b6103878661422a565b90612b72565b61039c60c08801918251612b72565b90526103ab60448a018c6124d2565b6040939193519384936004359885612bd5565b0390a3612bf4565b01906124d2565b916130cf565b005b634e487b7160e01b5f52601160045260245ffd5b6040513360601b6bffffffffffffffffffffffff191660208201908152603482018b905260548201889052610457939161043e919061043581607481015b03601f198101835282612535565b5190209161267c565b9061044c60a488018a6124d2565b9390928c600461408a565b888261027d565b5060016101a435161515610278565b8561047a61048a92612658565b90638fd72fdf60e01b5f52612667565b5ffd5b84634be45a9f60e01b5f5260045260245260445ffd5b7f1c373dd9000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461011e575f36600319011261011e576020604051633b9aca008152f35b3461011e576104f736612425565b91906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630146104a3576105348293926128d3565b3681900360be1901925f5b8381101561056c578060051b830135908582121561011e57610565600192850184613403565b500161053f565b6103d38261057f866102a08301356126b2565b90359033613878565b3461011e5761059636612425565b6001600160a01b039291927f00000000000000000000000000000000000000000000000000000000000000001630146104a3576105d2826128d3565b61010082016001600160a01b036105e88261267c565b163303610b0c575091906105fa612aef565b92610604816125cc565b925f9460c081015b83871061066257506106219084359085612e96565b5f5b82811061062c57005b8061065c61063c60019388612634565b5161065561064b848888612690565b60808101906124d2565b91886131c8565b01610623565b61066d878585612690565b96873561067a818861399f565b90815f525f5160206146ed5f395f51905f5260205260405f20805460ff811660028103610aff57506101808a013580600a0290600a8204036103d5576106c86106ce916102408d0135612b72565b85613bbd565b60408c01359161073b6040516020810190878252856040820152604081526106f7606082612535565b519020865f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0860205260405f20905f52602052600160ff1b60405f205416151590565b15610ae8578c9061075d868d8661075560808701876124d2565b939092613c31565b61078a610783602084018461077e610776838098612b7f565b908c88613a12565b612b7f565b9088613ac9565b939080158015610ac4575b610a89575050805460ff191660031790556107b0908d612b7f565b906102a08c01356101208d0135928d5f905b8282106109bc576102c09150013560640394606486116103d55760648f966107ea90876126b2565b049060016101405f98013511925f5b8181106108965750505050505050918a61087c61086d829e9f6108618c9d9e9f6108517f504b49643f0c631a5bd7782a3e0e57a613986bedcd3d949eeaa057f3828704689860019e9f9a6103798e9c61085a956141b2565b6103878a61422a565b8d51612b72565b8c5260608101906124d2565b90604051948594359885612bd5565b0390a3610889828a612634565b520195949392919061060c565b8e8c996108ac6108a784868c612648565b61267c565b908b5f525f51602061470d5f395f51905f5260205260405f206001600160a01b0383165f5260205260405f2054600260ff8216036109af57918c91878a96959460081c66ffffffffffffff16610960906d010102020202030303030303030360801b6001600160801b03821160071b67ffffffffffffffff83821c1160061b1763ffffffff83821c1160051b1761ffff83821c1160041b1760ff83821c1160031b17600f83821c1160021b1791821c1a1790565b61096a908b6126b2565b9061097491613095565b908161097f91612b72565b9d61098c918c8487613ef4565b60019461099e575b5050505b016107f9565b6109a792614436565b8f8d5f610994565b509a505050600190610998565b50886109cc6108a7838588612648565b815f525f51602061470d5f395f51905f5260205260405f206001600160a01b0382165f526020528d60405f2060ff8154169860028a14610a7b5791610a3493916001610a1b8a82999896612b72565b9b610a28868c8787613e94565b14610a3b575b5061435b565b018e6107c2565b805460ff191660031790556001600160a01b038216837f0759bdc89d8f5bdddf3866fcaffcf8810fa50a3db976aa73710798ab35d6dc175f80a35f610a2e565b985050505050600190610a34565b64ffffffffff608492899260405193634faf6dd560e01b85526004850152602484015261ffff8160181c16604484015260281c166064820152fd5b5061ffff8260181c1681108015610795575064ffffffffff8260281c164210610795565b828563015bbadf60e51b5f5260045260245260445ffd5b8461047a61048a92612658565b610b1d6001600160a01b039161267c565b633baf370b60e11b5f52336004521660245260445ffd5b3461011e575f36600319011261011e576020604051620186a08152f35b3461011e573660031901610320811261011e576102e01361011e576102e4356103043567ffffffffffffffff811161011e57610b91903690600401612486565b916001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630146104a357610bca6126d9565b610bd2612ab7565b610264358082108015610ecd575b610eb0575060405160208101916004358352604082015260408152610c06606082612535565b51902091825f525f5160206146ed5f395f51905f5260205260405f2091825460ff81166002810361046d575064ffffffffff9060281c16804210610e965750610c5182828686613a12565b610c5c828286613ac9565b5080610e675750905f915f915b808310610d6057505050825f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0860205260405f20815f526020526001600160b01b0360405f205416825460501c036001600160b01b0381116103d557825469ffffffffffffffffffff1660509190911b69ffffffffffffffffffff19161782555f8381527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0860209081526040808320938352929052908120819055815469ffffffffffffff0000ff19166001179091557f3afe0f24796ce653c6ab1f3e7aba5ce564eece5e82aee724aff28253e829f07b9080a2005b9091926020610d70858486612648565b013590610db882885f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0860205260405f20905f52602052600160ff1b60405f205416151590565b15610e5d575060019093865f525f51602061470d5f395f51905f5260205260405f206001600160a01b03610df06108a7848789612648565b165f5260205260405f208260ff82541614610e10575b505b019190610c69565b805460ff191660031790556001600160a01b03610e316108a7838688612648565b16877f0759bdc89d8f5bdddf3866fcaffcf8810fa50a3db976aa73710798ab35d6dc175f80a387610e06565b9360019150610e08565b847f8d66e5bb000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b84637400357160e01b5f526004526024524260445260645ffd5b90632da292d360e01b5f526004526024526102843560445260645ffd5b50610ed881836133f6565b610284351115610be0565b6124b7565b3461011e575f36600319011261011e57602060405160078152f35b3461011e575f36600319011261011e576020604051601e8152f35b3461011e575f36600319011261011e57602060405160028152f35b3461011e57610f4736612425565b91906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630146104a357610f848293926128d3565b610f8c612aef565b36829003603e1901935f5b84811015610fc5578060051b840135908682121561011e57610fbe8460019387018561324d565b5001610f97565b506103d391813591612e96565b3461011e575f36600319011261011e5760206040517325950596a89ab577939cb8c0e033b6050b88b0878152f35b3461011e573660031901610320811261011e576102e01361011e576040366102e319011261011e576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630146104a3576110606126d9565b61106e6102e435600461399f565b805f525f5160206146ed5f395f51905f5260205260405f205460ff81166002810361125f575064ffffffffff6110a89160281c1682613bbd565b805f525f51602061470d5f395f51905f5260205260405f206001600160a01b0333165f5260205260405f209081549160ff8316600181036112285750610304359261115060405160208101908582528660408201526040815261110c606082612535565b519020845f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0860205260405f20905f52602052600160ff1b60405f205416151590565b159081156111c7575b5061119757600260ff198254161790556040519182527f4b1763d473ac8fa80b4432ba90047e1b92444d8fabc55e6a002d9b1a316d795960203393a3005b507fcc7c1073000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b6040513360601b6bffffffffffffffffffffffff19166020820190815260348201869052605482018790529192509061120d82607481015b03601f198101845283612535565b9051902067ffffffffffffffff199182169116141584611159565b82600482101561124b5763c30d472f60e01b5f526004523360245260445260645ffd5b634e487b7160e01b5f52602160045260245ffd5b8261047a61048a92612658565b3461011e573660031901610300811261011e576102e01361011e576102e43567ffffffffffffffff811161011e57806004019060c0600319823603011261011e576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630146104a3576112e56126d9565b81356112f281600461399f565b91825f525f5160206146ed5f395f51905f5260205260405f20805460ff811690811591825f1461179b575050600193604051908152857ff8d5867e7c95bc85fa2f2b2d8bedcab14aab995b3a93365170d36a53f7f8d255602060043593a35b6101843592836007026007810485036103d55761137461137a9161024435612b72565b87613bbd565b855f525f51602061470d5f395f51905f5260205260405f206001600160a01b0333165f5260205260ff60405f205416611784576114056113fa97826113e26064608495016108a76113ca8261267c565b8c6113d860a48701886124d2565b9290916004613fb5565b9060248101359a8b93604483013596879301906124d2565b9390928b600461408a565b61142f6102ca336001600160a01b03165f525f51602061472d5f395f51905f5260205260405f2090565b906040519061143d82612505565b6001825266ffffffffffffff8316602080840191825267ffffffffffffffff1992831660408086019182525f8c81525f51602061470d5f395f51905f528452818120338252845281812096519451925160089390931b67ffffffffffffff001660ff959095169490941791909416179093558881527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0883528181208a82529092529020546001600160b01b038116959091908661176957600167ffffffffffffffff83945b60b01c16019667ffffffffffffffff88116103d557611525849161152a936133f6565b612b72565b906001600160b01b03821161175657600161ffff865460081c160161ffff81116103d557855462ffff00191660089190911b62ffff001617855560018501805460408051602081019283523360601b6bffffffffffffffffffffffff191691810191909152605481018c90526115a38160748101610427565b5190209055845469ffffffffffffffffffff16605083901b69ffffffffffffffffffff1916178555604051908982526020820152877ffd7e46c295a8aa307d0f75e9d588dfe3f966b0f1f671d2054b119cb1baad9d9f60403393a3610144359061160d82846126b2565b915f1981019081116103d557611622916126b2565b1090811561175057600160ff1b5b875f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0860205260405f20895f5260205267ffffffffffffffff60b01b8760b01b16171760405f20555f1461172b57506001600160ff1b03821682036103d5576103d39484936117156040936116f061ffff6116d07f78888c20a7bf7b29a7ff03aaf1cd6c5778dae01d6c538cccfc0dd9c72e0c464b9860011b42612b72565b835464ffff0000ff19169190951660181b64ffff00000016176002178255565b805469ffffffffff00000000001916602884901b69ffffffffff000000000016179055565b82519182526020820152a25b6102a43533613878565b915091506103d3935061173f575b50611721565b805460ff1916600117905582611739565b5f611630565b876374d28ccb60e01b5f5260045260245ffd5b600167ffffffffffffffff61177e848a6126b2565b94611502565b8563aecc9ebf60e01b5f526004523360245260445ffd5b91945090600181036117b1575060501c92611351565b8060058792101561124b5761048a91638fd72fdf60e01b5f52612667565b3461011e573660031901610300811261011e576102e01361011e576102e43567ffffffffffffffff811161011e5761180b903690600401612486565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630146104a357906118446126d9565b33915f5b81811061185157005b61185c818385612648565b6118688135600461399f565b805f525f5160206146ed5f395f51905f5260205260405f205460ff81166002810361125f575064ffffffffff6118a29160281c1682613bbd565b805f525f51602061470d5f395f51905f5260205260405f20865f5260205260405f2080549260ff8416600181036119a4575060200135926118fc60405160208101908582528660408201526040815261110c606082612535565b1590811561194d575b5061119757906001939291600260ff198254161790556040519182527f4b1763d473ac8fa80b4432ba90047e1b92444d8fabc55e6a002d9b1a316d795960203393a301611848565b6040513360601b6bffffffffffffffffffffffff19166020820190815260348201869052605482018790529192509061198982607481016111ff565b9051902067ffffffffffffffff199182169116141588611905565b83600482101561124b5763c30d472f60e01b5f526004523360245260445260645ffd5b3461011e576119d536612425565b6001600160a01b039291927f00000000000000000000000000000000000000000000000000000000000000001630146104a357611a11826128d3565b611a19612557565b92611a23826125cc565b9360e0810160c082015f5b858110611a7f57505050611a459084359085612e96565b5f5b828110611a5057005b80611a79611a6060019388612634565b51610655611a6f8488886125fe565b60608101906124d2565b01611a47565b611a8a8187876125fe565b908135611a97818a61399f565b906101408a013560018103611d005750815f525f5160206146ed5f395f51905f5260205260405f2060ff81541680611cf357506101808b013590816007029160078304036103d557611af26106c88d93610240850135612b72565b6080860190611b18611b038361267c565b611b1060c08a018a6124d2565b918887613fb5565b611b7985602089013594604051602081019083825287604082015260408152611b42606082612535565b51902094858b6001600160a01b03611b598461267c565b1615801590611ce2575b611c77575b88925061075591506060018c6124d2565b805464ffffffffff19166301000103179055335f9081525f51602061472d5f395f51905f5260205260409020611bae906102ca565b6040519182526020820152837ffd7e46c295a8aa307d0f75e9d588dfe3f966b0f1f671d2054b119cb1baad9d9f60403393a36101208b0135906102c08c013560640390606482116103d5578c611c6361086d600199611c5761085a8f8f8a610379610851938f9d611c427f504b49643f0c631a5bd7782a3e0e57a613986bedcd3d949eeaa057f3828704689e6064926126b2565b0493611c4f858251612b72565b90528a6141b2565b8c5260408101906124d2565b0390a3611c70828b612634565b5201611a2e565b6040513360601b6bffffffffffffffffffffffff19166020820190815260348201879052605482018b9052611cda9491611cd091611cc591611cbc8160748101610427565b5190209261267c565b9260a08101906124d2565b939092878761408a565b5f858b611b68565b5060016101a0850135161515611b63565b8361047a61048a92612658565b82634be45a9f60e01b5f5260045260245260445ffd5b3461011e573660031901610300811261011e576102e01361011e576102e43567ffffffffffffffff811161011e5780600401906040600319823603011261011e576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630146104a357611d8f6126d9565b611d97612aef565b823590611da582600461399f565b92835f525f5160206146ed5f395f51905f5260205260405f209060ff825416600381148015611f11575b6117b157506101843580600a0290600a8204036103d557611df39061024435612b72565b804210611ef7575092949260240190611e17611e0f8386612b7f565b908784613a12565b805460ff191660041790556102a435925f5b611e338383612b7f565b9050811015611e675780611e618787611e5b6108a7600196611e558a8a612b7f565b90612648565b88613f63565b01611e29565b868685611e7860c435606435612b72565b92611e87610124358095612b72565b611e9660208401918251612b72565b9052601e840293808504601e14901517156103d5576103d393611ec1606460a0850192048251612b72565b9052604051908152827f413f525c31b8880e5cc434d9cd410fd198c0f8c68340a9bbe7f4cca5620fcc4d602060043593a3612bf4565b85637400357160e01b5f526004526024524260445260645ffd5b5060048114611dcf565b3461011e575f36600319011261011e57602060405160018152f35b3461011e573660031901610300811261011e576102e01361011e5767ffffffffffffffff6102e4351161011e5760a06102e4353603600319011261011e576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630146104a357611fac6126d9565b611fb4612ab7565b611fbc612aef565b611fce6102e43560040135600461399f565b805f525f5160206146ed5f395f51905f5260205260405f209182549260ff841660028103611cf357506101843580600a0290600a8204036103d55761201961201f9161024435612b72565b84613bbd565b612049604051602081019085825260446102e435013560408201526040815261110c606082612535565b156124075761207861206760846102e435016102e4356004016124d2565b9060446102e4350135866004613c31565b60246102e435019061209b612093836102e435600401612b7f565b908684613a12565b6120b56120ae836102e435600401612b7f565b9086613ac9565b9590801580156123e3575b6123a8575050805460ff191660031790556120e19060046102e43501612b7f565b939061012435915f5b8681106122d857506102c435606403606481116103d55761210d606491856126b2565b04905f965f5b8181106121c0576103d3886121aa818a61213f6121368f8d6103798560046141b2565b6103878461422a565b61214e60c08301918251612b72565b90526103be827f504b49643f0c631a5bd7782a3e0e57a613986bedcd3d949eeaa057f38287046861218b60646102e435016102e4356004016124d2565b604051600480359691938493916102e435604481013591013585612bd5565b6103cd60846102e435016102e4356004016124d2565b806121d16108a76001938589612648565b895f525f51602061470d5f395f51905f5260205260405f206001600160a01b0382165f5260205260405f20548a86600260ff8416036122cf5761229661229d9161229161228b66ffffffffffffff6122a99760081c166d010102020202030303030303030360801b6001600160801b03821160071b67ffffffffffffffff83821c1160061b1763ffffffff83821c1160051b1761ffff83821c1160041b1760ff83821c1160031b17600f83821c1160021b1791821c1a1790565b8c6126b2565b613095565b809e612b72565b9c6102a435848d613ef4565b898361014435116122be575b50505b01612113565b6122c8918a614436565b8a896122b5565b505050506122b8565b856122e76108a7838a87612648565b815f525f51602061470d5f395f51905f5260205260405f206001600160a01b0382165f5260205260405f2060ff815416966002881461239b5791600194939185612338612355956102a43590612b72565b99612348856102a435868f613e94565b1461235b575b508861435b565b016120ea565b805460ff191660031790556001600160a01b038116827f0759bdc89d8f5bdddf3866fcaffcf8810fa50a3db976aa73710798ab35d6dc175f80a38b61234e565b9650505050600190612355565b64ffffffffff608492879260405193634faf6dd560e01b85526004850152602484015261ffff8160181c16604484015260281c166064820152fd5b5061ffff8260181c16811080156120c0575064ffffffffff8260281c1642106120c0565b8263015bbadf60e51b5f5260045260446102e435013560245260445ffd5b6003198101610300811261011e576102e01361011e576004916102e43567ffffffffffffffff811161011e5760040182601f8201121561011e5780359267ffffffffffffffff841161011e576020808301928560051b01011161011e579190565b9181601f8401121561011e5782359167ffffffffffffffff831161011e576020808501948460061b01011161011e57565b3461011e575f36600319011261011e576020604051600a8152f35b903590601e198136030182121561011e570180359067ffffffffffffffff821161011e5760200191813603831361011e57565b6060810190811067ffffffffffffffff82111761252157604052565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff82111761252157604052565b60405190610140820182811067ffffffffffffffff821117612521576040525f610120838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e082015260606101008201520152565b67ffffffffffffffff81116125215760051b60200190565b906125d6826125b4565b6125e36040519182612535565b82815280926125f4601f19916125b4565b0190602036910137565b91908110156126205760051b8101359060de198136030182121561011e570190565b634e487b7160e01b5f52603260045260245ffd5b80518210156126205760209160051b010190565b91908110156126205760061b0190565b60ff16600581101561124b5790565b60045260449190600581101561124b57602452565b356001600160a01b038116810361011e5790565b91908110156126205760051b81013590609e198136030182121561011e570190565b818102929181159184041417156103d557565b35906001600160a01b038216820361011e57565b600435805f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0560205260405f205460405160208101908382526024356001600160a01b03811680910361011e5760408201526044356001600160a01b03811680910361011e57606082015260643560808201526084356001600160a01b03811680910361011e5760a082015260a4356001600160a01b03811680910361011e5760c082015260c43560e082015260e4356001600160a01b03811680910361011e57610100820152610104356001600160a01b03811680910361011e57610120820152610124356101408201526101443561016082015261016435610180820152610184356101a08201526101a4356101c08201526101c4356001600160a01b03811680910361011e576101e08201526101e4356001600160a01b03811680910361011e57610200820152610204356001600160a01b03811680910361011e57610220820152610224356001600160a01b03811680910361011e576102408201526102443561026082015261026435610280820152610284356102a08201526102a4356102c08201526102c4356102e08201526102e0815261289d61030082612535565b519020036128a85750565b7f289d586d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b803590815f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0560205260405f2054906040516102c060208201928584526001600160a01b03612925602083016126c5565b1660408401526001600160a01b0361293f604083016126c5565b166060840152606081013560808401526001600160a01b03612963608083016126c5565b1660a08401526001600160a01b0361297d60a083016126c5565b1660c084015260c081013560e08401526001600160a01b036129a160e083016126c5565b166101008401526001600160a01b036129bd61010083016126c5565b166101208401526101208101356101408401526101408101356101608401526101608101356101808401526101808101356101a08401526101a08101356101c08401526001600160a01b03612a156101c083016126c5565b166101e08401526001600160a01b03612a316101e083016126c5565b166102008401526001600160a01b03612a4d61020083016126c5565b166102208401526001600160a01b03612a6961022083016126c5565b166102408401526102408101356102608401526102608101356102808401526102808101356102a08401526102a08101358284015201356102e08201526102e0815261289d61030082612535565b610104356001600160a01b0381169081810361011e57813303612ad8575050565b50633baf370b60e11b5f523360045260245260445ffd5b612af7612557565b9061022060405190612b098183612535565b60108252601f19015f5b818110612b24575050610100830152565b6040519060c082019180831067ffffffffffffffff841117612521576020926040525f81525f838201525f60408201525f60608201525f60808201525f60a082015282828601015201612b13565b919082018092116103d557565b903590601e198136030182121561011e570180359067ffffffffffffffff821161011e57602001918160061b3603831361011e57565b908060209392818452848401375f828201840152601f01601f1916010190565b612bf19492606092825260208201528160408201520191612bb5565b90565b9190610224356001600160a01b038116810361011e578181612c289250612c1d82875183613ccc565b602086015190613d44565b6044356001600160a01b038116810361011e576040840151612c4c91839190613e1b565b60a4356001600160a01b038116810361011e576060840151612c7091839190613e1b565b61010435916001600160a01b038316830361011e5782939250612c9882608085015186613d44565b612ca78260c085015186613e1b565b612cb68260e085015133613e1b565b6101008301936101208401935f5b8551811015612dbc578085612cdc6001938a51612634565b51612cf7826001600160a01b03835116606084015190613ccc565b612d11826001600160a01b03835116602084015190613d44565b612d2b826001600160a01b03835116604084015190613e1b565b60a0810151612d3d575b505001612cc4565b80516001600160a01b03165f9081525f51602061472d5f395f51905f52602052604090205490608081015190818303612d78575b5050612d35565b7fbfd92b5e3921708d5c37d78dad2b83fd58e7f20ddbde2f25cef54c42b9ed1b1d916001600160a01b0360409251169382519182526020820152a3855f8080612d71565b5060a0018051929550929350909182612dd6575b50505050565b612e04847f39d08fc22e30b465f911ce88293bba3c1c8819d3c628bb37d741d5af6e5f884f94602094613ccc565b7325950596a89ab577939cb8c0e033b6050b88b0875f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f008252612e8560405f206001600160801b03612e5d825460801c855190612b72565b82546001600160801b0316911660801b6fffffffffffffffffffffffffffffffff1916179055565b51604051908152a25f808080612dd0565b61010090929192612ec983612ebe61022084016108a783612eb68361267c565b8a5190613ccc565b602087015190613d44565b612ee483612ed96040840161267c565b604087015190613e1b565b612eff83612ef460a0840161267c565b606087015190613e1b565b0192612f1982612f0e8661267c565b608086015190613d44565b612f3182612f268661267c565b60c086015190613e1b565b612f408260e085015133613e1b565b6101008301936101208401935f5b8551811015613046578085612f666001938a51612634565b51612f81826001600160a01b03835116606084015190613ccc565b612f9b826001600160a01b03835116602084015190613d44565b612fb5826001600160a01b03835116604084015190613e1b565b60a0810151612fc7575b505001612f4e565b80516001600160a01b03165f9081525f51602061472d5f395f51905f52602052604090205490608081015190818303613002575b5050612fbf565b7fbfd92b5e3921708d5c37d78dad2b83fd58e7f20ddbde2f25cef54c42b9ed1b1d916001600160a01b0360409251169382519182526020820152a3855f8080612ffb565b5060a001805192955092935090918261305f5750505050565b612e04847f39d08fc22e30b465f911ce88293bba3c1c8819d3c628bb37d741d5af6e5f884f9461309060209561267c565b613ccc565b811561309f570490565b634e487b7160e01b5f52601260045260245ffd5b67ffffffffffffffff811161252157601f01601f191660200190565b90610204356001600160a01b0381169384820361011e5784156131c1576201b3e35a1061318e575f6020928192826104276131507f0a72aa2658f2409d94e7bfbb933365c517061c757abed3b8d332eb0d4a6eb2bf986040519283918a830196635dd8085560e01b88528d6024850152604060448501526064840191612bb5565b5192620186a0f13d15613189573d613167816130b3565b906131756040519283612535565b81525f833d92013e5b6040519015158152a3565b61317e565b5a7f9e75d087000000000000000000000000000000000000000000000000000000005f526004526201b3e360245260445ffd5b5050505050565b6102006131d8919392930161267c565b6001600160a01b0381169384156131c1576201b3e35a1061318e575f6020928192826104276131507f0a72aa2658f2409d94e7bfbb933365c517061c757abed3b8d332eb0d4a6eb2bf986040519283918a830196635dd8085560e01b88528d6024850152604060448501526064840191612bb5565b90929183359261325d848461399f565b94855f525f5160206146ed5f395f51905f5260205260405f209160ff8354166003811480156133ec575b6133ce575061018085013580600a0290600a8204036103d5576132af90610240870135612b72565b8042106133b4575060208296959601926132d46132cc8585612b7f565b908a84613a12565b805460ff191660041790556102a0860135945f5b6132f28585612b7f565b9050811015613320578061331a8a896133146108a7600196611e558c8c612b7f565b8a613f63565b016132e8565b509450949291505061333a60c08301356060840135612b72565b9061334b6101208401358093612b72565b61335a60208301918251612b72565b9052601e820291808304601e14901517156103d55785927f413f525c31b8880e5cc434d9cd410fd198c0f8c68340a9bbe7f4cca5620fcc4d926133a7606460a06020950192048251612b72565b90526040519485523593a3565b87637400357160e01b5f526004526024524260445260645ffd5b8060058992101561124b5761048a91638fd72fdf60e01b5f52612667565b5060048114613287565b919082039182116103d557565b919091823590613413828261399f565b93845f525f5160206146ed5f395f51905f5260205260405f2090815460ff811690811591825f14613862575050600194604051908152877ff8d5867e7c95bc85fa2f2b2d8bedcab14aab995b3a93365170d36a53f7f8d2556020873593a35b61018084013593846007026007810486036103d55761349961349f91610240840135612b72565b89613bbd565b875f525f51602061470d5f395f51905f5260205260405f206001600160a01b0333165f5260205260ff60405f20541661384b5761351d90613526613503606086016108a76134ec8261267c565b8d6134fa60a08b018b6124d2565b92909188613fb5565b8a60208701359687604082013596826080899401906124d2565b9490938761408a565b6135506102ca336001600160a01b03165f525f51602061472d5f395f51905f5260205260405f2090565b916040519061355e82612505565b6001825266ffffffffffffff8416602080840191825267ffffffffffffffff1992831660408086019182525f8f81525f51602061470d5f395f51905f528452818120338252845281812096519451925160089390931b67ffffffffffffff001660ff959095169490941791909416179093558b81527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0883528181208782529092529020546001600160b01b038116979092908861383057600167ffffffffffffffff83955b60b01c16019867ffffffffffffffff8a116103d5576115258591613646936133f6565b916001600160b01b03831161381d57600161ffff885460081c16019161ffff83116103d55761368b61014093899062ffff0082549160081b169062ffff001916179055565b60018801805460408051602081019283523360601b6bffffffffffffffffffffffff191691810191909152605481018a90526136ca8160748101610427565b5190209055875469ffffffffffffffffffff16605085901b69ffffffffffffffffffff19161788556040519087825260208201528b7ffd7e46c295a8aa307d0f75e9d588dfe3f966b0f1f671d2054b119cb1baad9d9f60403393a301359061373282846126b2565b915f1981019081116103d557613747916126b2565b1090811561381757600160ff1b5b895f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0860205260405f20855f5260205267ffffffffffffffff60b01b8860b01b16171760405f20555f146137fe57506001600160ff1b03831683036103d55785936137f16040936116f061ffff6116d07f78888c20a7bf7b29a7ff03aaf1cd6c5778dae01d6c538cccfc0dd9c72e0c464b9860011b42612b72565b82519182526020820152a2565b925050915061380a5750565b805460ff19166001179055565b5f613755565b8a6374d28ccb60e01b5f5260045260245ffd5b600167ffffffffffffffff613845848c6126b2565b95613623565b8763aecc9ebf60e01b5f526004523360245260445ffd5b91955090600181036133ce575060501c93613472565b90801561399a576001600160a01b03821691825f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0060205260405f20906001600160801b038254168381106139665760209261393585936001600160801b03806139077fceea5b421e1b4e7ed15f76569a4c1608f411702926a7d2ffff370e07913df3b69961395d976133f6565b16166fffffffffffffffffffffffffffffffff1984541617835561392f85845460801c612b72565b90614308565b6001600160801b036fffffffffffffffffffffffffffffffff1983549260801b169116179055565b604051908152a3565b8390857f5e65bb59000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b505050565b9061026082013580821080156139fa575b6139db57506040519060208201923583526040820152604081526139d5606082612535565b51902090565b6102809291632da292d360e01b5f52600452602452013560445260645ffd5b50613a0581836133f6565b61028084013511156139b0565b909261ffff825460081c168103613ab657915f925f915b818310613a51575050506001015403613a3f5750565b635ff318e360e11b5f5260045260245ffd5b909193600190613a656108a7878686612648565b613aaa6020613a75898888612648565b604080516020810196875260609590951b6bffffffffffffffffffffffff191690850152013560548301528160748101610427565b51902094019190613a29565b83635ff318e360e11b5f5260045260245ffd5b9290925f935f935f5b818110613adf5750505050565b835f525f51602061470d5f395f51905f5260205260405f206001600160a01b03613b0d6108a7848688612648565b165f5260205260405f2054600260ff821614613b2d575b50600101613ad2565b969095905f1981146103d55760019161038766ffffffffffffff84613bb694019a60081c166d010102020202030303030303030360801b6001600160801b03821160071b67ffffffffffffffff83821c1160061b1763ffffffff83821c1160051b1761ffff83821c1160041b1760ff83821c1160031b17600f83821c1160021b1791821c1a1790565b9590613b24565b81421015613bc9575050565b7f897d3e04000000000000000000000000000000000000000000000000000000005f526004526024524260445260645ffd5b929192613c07826130b3565b91613c156040519384612535565b82948184528183011161011e578281602093845f960137010152565b926001600160a01b03613c4b61020085979594960161267c565b1615159283613c8e575b505050613c60575050565b7f9370bfcf000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b613c9b9293503691613bfb565b602081519101201415825f80613c55565b906001600160801b03809116911603906001600160801b0382116103d557565b811561399a5760206001600160a01b037f1bccc549c38561cd5b57f0db11ceb8dde1b0b6ee05ab5e155b51c7c5ba64becb921692835f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f00825261395d60405f206139356001600160801b038416825460801c613cac565b90801561399a5760207f46de8a0d295120f27fa59833bce1bad1b02b7f10540d2f38e1a47361a4294504916001600160a01b03841693845f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0083526001600160801b03613df960405f2092613dec613dc3848716865460801c613cac565b85546001600160801b031660809190911b6fffffffffffffffffffffffffffffffff1916178555565b61392f8584865416612b72565b166fffffffffffffffffffffffffffffffff19825416179055604051908152a3565b90801561399a5760207fc2aca55aa696938c7e95842e8939ca0fbb2120a3eeb8948cdcee2b70da566672916001600160a01b03841693845f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0083526001600160801b03613df960405f209261392f8584865416612b72565b909192613ea1838361448e565b939015613ece575050613ebe613eca926101006060930151612634565b51018051909290612b72565b9052565b9092505f9150613ee283613ef29583613ccc565b613eed838383613d44565b613e1b565b565b9093929192613f03858361448e565b959015613f45575050606093610100613f1d920151612634565b5191613f2e60208401918251612b72565b9052613f3f60408301918251612b72565b90525050565b915092613ef2945083613eed91613f5d825f86613ccc565b83613d44565b909192613f70838361448e565b939015613f9c57505060609291610100613f8b920151612634565b5190613f3f60208301918251612b72565b9092505f9150613eed83613ef295613f5d828686613ccc565b9261010061403b9395929560405160208101913360601b83528860348301526bffffffffffffffffffffffff199060601b16605482015260488152613ffb606882612535565b51902094019361400a8561267c565b907f19457468657265756d205369676e6564204d6573736167653a0a3332000000005f52601c52603c5f2090614514565b15614044575050565b906140566001600160a01b039261267c565b907fd69b490a000000000000000000000000000000000000000000000000000000005f52600452336024521660445260645ffd5b959294919093946001600160a01b038216958615614132576140fb9596975060405190602082019283526040820152604081526140c8606082612535565b5190207f19457468657265756d205369676e6564204d6573736167653a0a3332000000005f52601c52603c5f2090614514565b15614104575050565b7fe917b8db000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5050505050916101a091500135906001821661414c575050565b7f950cd4f4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b60039004600381106141ac575f1981019081116103d55766ffffffffffffff811115612bf1575066ffffffffffffff90565b50600290565b9060c082013560608301356141e16141da6101206141d08585612b72565b9601358096612b72565b8451612b72565b83526141f260408401918251612b72565b905261420360608301918251612b72565b9052601e820291808304601e14901517156103d55760646080613eca920192048251612b72565b7325950596a89ab577939cb8c0e033b6050b88b0875f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f006020527f2b81106f9363d9c0e53ac4baa7a59a677ca283f8f18fa8ff7994b631511d5742805460801c929190831561430157600a840290848204600a036103d5576001600160801b03612e5d633b9aca0060646142d5950481808211911802808218891082828b181802181880976133f6565b7f1853bb97352e8f3239525de8c03f1e482288bdb3a44741f71d395729e7cdab556020604051858152a2565b505f925050565b6001600160801b03821161432357506001600160801b031690565b6001600160a01b03907f1dd29503000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b6001600160a01b03821692835f525f51602061472d5f395f51905f5260205260405f2054938460011b858104600214861517156103d557600390049385851461442e576143c290825f525f51602061472d5f395f51905f526020528560405f20558461448e565b9490156143f757505050906101006143db920151612634565b5160a08101908151156143ed57505050565b6001608092520152565b60408093969295507fbfd92b5e3921708d5c37d78dad2b83fd58e7f20ddbde2f25cef54c42b9ed1b1d9450519182526020820152a3565b505050505050565b6001600160a01b03821692835f525f51602061472d5f395f51905f5260205260405f20549360018501938486116103d55785851461442e576143c290825f525f51602061472d5f395f51905f526020528560405f2055845b91905f6101208401916001600160a01b03610100845196019116915b8581106144e5575051805185146144da57846144c591612634565b515260018301908184116103d5575260019190565b50505090505f905f90565b826001600160a01b036144f9838551612634565b51511614614509576001016144aa565b945050505060019190565b909291926001600160a01b0382168015614656575f604185036145f857508360401015612620578360201161011e5784358460401161011e5761456d6001600160a01b0391602088013590604089013560f81c8661465f565b50505b16146145ef57813b15159283614589575b505050905090565b5f935061459c6020956064923691613bfb565b80519060405193630b135d3f60e11b855260048501526040602485015286820190604485015e8281018201859052601f01601f191601915afa630b135d3f60e11b5f5114601f3d111616805f8080614581565b50505050600190565b6040851461460f575b6001600160a01b0390614570565b508360201161011e5784358460401161011e5761464d6001600160a01b039160208801359060ff601b6001600160ff1b03841693821c01168661465f565b50509050614601565b50505050505f90565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116146e1579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156146d6575f516001600160a01b038116156146cc57905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056feead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f06ead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f07ead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f01",
}

// PocoTasks is an auto generated Go binding around an Ethereum contract.
type PocoTasks struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PocoTasks) GetABI() abi.ABI {
	return c.abi
}

// NewPocoTasks creates a new instance of PocoTasks.
func NewPocoTasks() *PocoTasks {
	parsed, err := PocoTasksMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PocoTasks{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PocoTasks) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_GAS() view returns(uint256)
func (pocoTasks *PocoTasks) PackCALLBACKGAS() []byte {
	enc, err := pocoTasks.abi.Pack("CALLBACK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_GAS() view returns(uint256)
func (pocoTasks *PocoTasks) TryPackCALLBACKGAS() ([]byte, error) {
	return pocoTasks.abi.Pack("CALLBACK_GAS")
}

// UnpackCALLBACKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9779ea46.
//
// Solidity: function CALLBACK_GAS() view returns(uint256)
func (pocoTasks *PocoTasks) UnpackCALLBACKGAS(data []byte) (*big.Int, error) {
	out, err := pocoTasks.abi.Unpack("CALLBACK_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCONTRIBUTIONDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b244832.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CONTRIBUTION_DEADLINE_RATIO() view returns(uint256)
func (pocoTasks *PocoTasks) PackCONTRIBUTIONDEADLINERATIO() []byte {
	enc, err := pocoTasks.abi.Pack("CONTRIBUTION_DEADLINE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCONTRIBUTIONDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b244832.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CONTRIBUTION_DEADLINE_RATIO() view returns(uint256)
func (pocoTasks *PocoTasks) TryPackCONTRIBUTIONDEADLINERATIO() ([]byte, error) {
	return pocoTasks.abi.Pack("CONTRIBUTION_DEADLINE_RATIO")
}

// UnpackCONTRIBUTIONDEADLINERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b244832.
//
// Solidity: function CONTRIBUTION_DEADLINE_RATIO() view returns(uint256)
func (pocoTasks *PocoTasks) UnpackCONTRIBUTIONDEADLINERATIO(data []byte) (*big.Int, error) {
	out, err := pocoTasks.abi.Unpack("CONTRIBUTION_DEADLINE_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFINALDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90fc26b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FINAL_DEADLINE_RATIO() view returns(uint256)
func (pocoTasks *PocoTasks) PackFINALDEADLINERATIO() []byte {
	enc, err := pocoTasks.abi.Pack("FINAL_DEADLINE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFINALDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90fc26b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FINAL_DEADLINE_RATIO() view returns(uint256)
func (pocoTasks *PocoTasks) TryPackFINALDEADLINERATIO() ([]byte, error) {
	return pocoTasks.abi.Pack("FINAL_DEADLINE_RATIO")
}

// UnpackFINALDEADLINERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90fc26b1.
//
// Solidity: function FINAL_DEADLINE_RATIO() view returns(uint256)
func (pocoTasks *PocoTasks) UnpackFINALDEADLINERATIO(data []byte) (*big.Int, error) {
	out, err := pocoTasks.abi.Unpack("FINAL_DEADLINE_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackKITTY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc03ef3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KITTY() view returns(address)
func (pocoTasks *PocoTasks) PackKITTY() []byte {
	enc, err := pocoTasks.abi.Pack("KITTY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKITTY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc03ef3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KITTY() view returns(address)
func (pocoTasks *PocoTasks) TryPackKITTY() ([]byte, error) {
	return pocoTasks.abi.Pack("KITTY")
}

// UnpackKITTY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5bc03ef3.
//
// Solidity: function KITTY() view returns(address)
func (pocoTasks *PocoTasks) UnpackKITTY(data []byte) (common.Address, error) {
	out, err := pocoTasks.abi.Unpack("KITTY", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackKITTYMIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2e7a8c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KITTY_MIN() view returns(uint256)
func (pocoTasks *PocoTasks) PackKITTYMIN() []byte {
	enc, err := pocoTasks.abi.Pack("KITTY_MIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKITTYMIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2e7a8c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KITTY_MIN() view returns(uint256)
func (pocoTasks *PocoTasks) TryPackKITTYMIN() ([]byte, error) {
	return pocoTasks.abi.Pack("KITTY_MIN")
}

// UnpackKITTYMIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2e7a8c1.
//
// Solidity: function KITTY_MIN() view returns(uint256)
func (pocoTasks *PocoTasks) UnpackKITTYMIN(data []byte) (*big.Int, error) {
	out, err := pocoTasks.abi.Unpack("KITTY_MIN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackKITTYRATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51152de1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KITTY_RATIO() view returns(uint256)
func (pocoTasks *PocoTasks) PackKITTYRATIO() []byte {
	enc, err := pocoTasks.abi.Pack("KITTY_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKITTYRATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51152de1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KITTY_RATIO() view returns(uint256)
func (pocoTasks *PocoTasks) TryPackKITTYRATIO() ([]byte, error) {
	return pocoTasks.abi.Pack("KITTY_RATIO")
}

// UnpackKITTYRATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51152de1.
//
// Solidity: function KITTY_RATIO() view returns(uint256)
func (pocoTasks *PocoTasks) UnpackKITTYRATIO(data []byte) (*big.Int, error) {
	out, err := pocoTasks.abi.Unpack("KITTY_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTRUST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe46b8ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TRUST() view returns(uint256)
func (pocoTasks *PocoTasks) PackMAXTRUST() []byte {
	enc, err := pocoTasks.abi.Pack("MAX_TRUST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTRUST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe46b8ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TRUST() view returns(uint256)
func (pocoTasks *PocoTasks) TryPackMAXTRUST() ([]byte, error) {
	return pocoTasks.abi.Pack("MAX_TRUST")
}

// UnpackMAXTRUST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe46b8ee.
//
// Solidity: function MAX_TRUST() view returns(uint256)
func (pocoTasks *PocoTasks) UnpackMAXTRUST(data []byte) (*big.Int, error) {
	out, err := pocoTasks.abi.Unpack("MAX_TRUST", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPOOLSTAKERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x709ce02b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function POOL_STAKE_RATIO() view returns(uint256)
func (pocoTasks *PocoTasks) PackPOOLSTAKERATIO() []byte {
	enc, err := pocoTasks.abi.Pack("POOL_STAKE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPOOLSTAKERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x709ce02b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function POOL_STAKE_RATIO() view returns(uint256)
func (pocoTasks *PocoTasks) TryPackPOOLSTAKERATIO() ([]byte, error) {
	return pocoTasks.abi.Pack("POOL_STAKE_RATIO")
}

// UnpackPOOLSTAKERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x709ce02b.
//
// Solidity: function POOL_STAKE_RATIO() view returns(uint256)
func (pocoTasks *PocoTasks) UnpackPOOLSTAKERATIO(data []byte) (*big.Int, error) {
	out, err := pocoTasks.abi.Unpack("POOL_STAKE_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREVEALDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fde601d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REVEAL_DEADLINE_RATIO() view returns(uint256)
func (pocoTasks *PocoTasks) PackREVEALDEADLINERATIO() []byte {
	enc, err := pocoTasks.abi.Pack("REVEAL_DEADLINE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREVEALDEADLINERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fde601d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REVEAL_DEADLINE_RATIO() view returns(uint256)
func (pocoTasks *PocoTasks) TryPackREVEALDEADLINERATIO() ([]byte, error) {
	return pocoTasks.abi.Pack("REVEAL_DEADLINE_RATIO")
}

// UnpackREVEALDEADLINERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5fde601d.
//
// Solidity: function REVEAL_DEADLINE_RATIO() view returns(uint256)
func (pocoTasks *PocoTasks) UnpackREVEALDEADLINERATIO(data []byte) (*big.Int, error) {
	out, err := pocoTasks.abi.Unpack("REVEAL_DEADLINE_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTAGTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e508aca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TAG_TEE() view returns(bytes32)
func (pocoTasks *PocoTasks) PackTAGTEE() []byte {
	enc, err := pocoTasks.abi.Pack("TAG_TEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTAGTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e508aca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TAG_TEE() view returns(bytes32)
func (pocoTasks *PocoTasks) TryPackTAGTEE() ([]byte, error) {
	return pocoTasks.abi.Pack("TAG_TEE")
}

// UnpackTAGTEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e508aca.
//
// Solidity: function TAG_TEE() view returns(bytes32)
func (pocoTasks *PocoTasks) UnpackTAGTEE(data []byte) ([32]byte, error) {
	out, err := pocoTasks.abi.Unpack("TAG_TEE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x474c161c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(address,bytes32)[]) item) returns()
func (pocoTasks *PocoTasks) PackClaim(deal Deal, item ClaimItem) []byte {
	enc, err := pocoTasks.abi.Pack("claim", deal, item)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x474c161c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(address,bytes32)[]) item) returns()
func (pocoTasks *PocoTasks) TryPackClaim(deal Deal, item ClaimItem) ([]byte, error) {
	return pocoTasks.abi.Pack("claim", deal, item)
}

// PackClaimBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fbbdc02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(address,bytes32)[])[] items) returns()
func (pocoTasks *PocoTasks) PackClaimBatch(deal Deal, items []ClaimItem) []byte {
	enc, err := pocoTasks.abi.Pack("claimBatch", deal, items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fbbdc02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(address,bytes32)[])[] items) returns()
func (pocoTasks *PocoTasks) TryPackClaimBatch(deal Deal, items []ClaimItem) ([]byte, error) {
	return pocoTasks.abi.Pack("claimBatch", deal, items)
}

// PackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e9ef8e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribute((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32,bytes32,address,bytes,bytes) item) returns()
func (pocoTasks *PocoTasks) PackContribute(deal Deal, item ContributeItem) []byte {
	enc, err := pocoTasks.abi.Pack("contribute", deal, item)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e9ef8e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribute((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32,bytes32,address,bytes,bytes) item) returns()
func (pocoTasks *PocoTasks) TryPackContribute(deal Deal, item ContributeItem) ([]byte, error) {
	return pocoTasks.abi.Pack("contribute", deal, item)
}

// PackContributeAndFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5e1f65a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributeAndFinalize((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32,bytes,bytes,address,bytes,bytes) item) returns()
func (pocoTasks *PocoTasks) PackContributeAndFinalize(deal Deal, item ContributeAndFinalizeItem) []byte {
	enc, err := pocoTasks.abi.Pack("contributeAndFinalize", deal, item)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributeAndFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5e1f65a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributeAndFinalize((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32,bytes,bytes,address,bytes,bytes) item) returns()
func (pocoTasks *PocoTasks) TryPackContributeAndFinalize(deal Deal, item ContributeAndFinalizeItem) ([]byte, error) {
	return pocoTasks.abi.Pack("contributeAndFinalize", deal, item)
}

// PackContributeAndFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4aa2943d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributeAndFinalizeBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32,bytes,bytes,address,bytes,bytes)[] items) returns()
func (pocoTasks *PocoTasks) PackContributeAndFinalizeBatch(deal Deal, items []ContributeAndFinalizeItem) []byte {
	enc, err := pocoTasks.abi.Pack("contributeAndFinalizeBatch", deal, items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributeAndFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4aa2943d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributeAndFinalizeBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32,bytes,bytes,address,bytes,bytes)[] items) returns()
func (pocoTasks *PocoTasks) TryPackContributeAndFinalizeBatch(deal Deal, items []ContributeAndFinalizeItem) ([]byte, error) {
	return pocoTasks.abi.Pack("contributeAndFinalizeBatch", deal, items)
}

// PackContributeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8404291.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributeBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32,bytes32,address,bytes,bytes)[] items) returns()
func (pocoTasks *PocoTasks) PackContributeBatch(deal Deal, items []ContributeItem) []byte {
	enc, err := pocoTasks.abi.Pack("contributeBatch", deal, items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8404291.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributeBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32,bytes32,address,bytes,bytes)[] items) returns()
func (pocoTasks *PocoTasks) TryPackContributeBatch(deal Deal, items []ContributeItem) ([]byte, error) {
	return pocoTasks.abi.Pack("contributeBatch", deal, items)
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37c18de5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(address,bytes32)[],bytes32,bytes,bytes) item) returns()
func (pocoTasks *PocoTasks) PackFinalize(deal Deal, item FinalizeItem) []byte {
	enc, err := pocoTasks.abi.Pack("finalize", deal, item)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37c18de5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(address,bytes32)[],bytes32,bytes,bytes) item) returns()
func (pocoTasks *PocoTasks) TryPackFinalize(deal Deal, item FinalizeItem) ([]byte, error) {
	return pocoTasks.abi.Pack("finalize", deal, item)
}

// PackFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d881e91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(address,bytes32)[],bytes32,bytes,bytes)[] items) returns()
func (pocoTasks *PocoTasks) PackFinalizeBatch(deal Deal, items []FinalizeItem) []byte {
	enc, err := pocoTasks.abi.Pack("finalizeBatch", deal, items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d881e91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,(address,bytes32)[],bytes32,bytes,bytes)[] items) returns()
func (pocoTasks *PocoTasks) TryPackFinalizeBatch(deal Deal, items []FinalizeItem) ([]byte, error) {
	return pocoTasks.abi.Pack("finalizeBatch", deal, items)
}

// PackReopen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96425c6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reopen((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, uint256 idx, (address,bytes32)[] contributors) returns()
func (pocoTasks *PocoTasks) PackReopen(deal Deal, idx *big.Int, contributors []Contributor) []byte {
	enc, err := pocoTasks.abi.Pack("reopen", deal, idx, contributors)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReopen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96425c6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reopen((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, uint256 idx, (address,bytes32)[] contributors) returns()
func (pocoTasks *PocoTasks) TryPackReopen(deal Deal, idx *big.Int, contributors []Contributor) ([]byte, error) {
	return pocoTasks.abi.Pack("reopen", deal, idx, contributors)
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54d6307e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32) item) returns()
func (pocoTasks *PocoTasks) PackReveal(deal Deal, item RevealItem) []byte {
	enc, err := pocoTasks.abi.Pack("reveal", deal, item)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54d6307e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32) item) returns()
func (pocoTasks *PocoTasks) TryPackReveal(deal Deal, item RevealItem) ([]byte, error) {
	return pocoTasks.abi.Pack("reveal", deal, item)
}

// PackRevealBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c781910.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32)[] items) returns()
func (pocoTasks *PocoTasks) PackRevealBatch(deal Deal, items []RevealItem) []byte {
	enc, err := pocoTasks.abi.Pack("revealBatch", deal, items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c781910.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealBatch((bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, (uint256,bytes32)[] items) returns()
func (pocoTasks *PocoTasks) TryPackRevealBatch(deal Deal, items []RevealItem) ([]byte, error) {
	return pocoTasks.abi.Pack("revealBatch", deal, items)
}

// PocoTasksCategoryCreated represents a CategoryCreated event raised by the PocoTasks contract.
type PocoTasksCategoryCreated struct {
	Id               *big.Int
	Name             string
	Description      string
	WorkClockTimeRef *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const PocoTasksCategoryCreatedEventName = "CategoryCreated"

// ContractEventName returns the user-defined event name.
func (PocoTasksCategoryCreated) ContractEventName() string {
	return PocoTasksCategoryCreatedEventName
}

// UnpackCategoryCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCreated(uint256 indexed id, string name, string description, uint256 workClockTimeRef)
func (pocoTasks *PocoTasks) UnpackCategoryCreatedEvent(log *types.Log) (*PocoTasksCategoryCreated, error) {
	event := "CategoryCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksCategoryCreated)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksContributionRejected represents a ContributionRejected event raised by the PocoTasks contract.
type PocoTasksContributionRejected struct {
	Taskid [32]byte
	Worker common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoTasksContributionRejectedEventName = "ContributionRejected"

// ContractEventName returns the user-defined event name.
func (PocoTasksContributionRejected) ContractEventName() string {
	return PocoTasksContributionRejectedEventName
}

// UnpackContributionRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionRejected(bytes32 indexed taskid, address indexed worker)
func (pocoTasks *PocoTasks) UnpackContributionRejectedEvent(log *types.Log) (*PocoTasksContributionRejected, error) {
	event := "ContributionRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksContributionRejected)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksDeposit represents a Deposit event raised by the PocoTasks contract.
type PocoTasksDeposit struct {
	Owner  common.Address
	From   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoTasksDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (PocoTasksDeposit) ContractEventName() string {
	return PocoTasksDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed owner, address indexed from, uint256 amount)
func (pocoTasks *PocoTasks) UnpackDepositEvent(log *types.Log) (*PocoTasksDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksDeposit)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksKittyDrain represents a KittyDrain event raised by the PocoTasks contract.
type PocoTasksKittyDrain struct {
	Amount *big.Int
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoTasksKittyDrainEventName = "KittyDrain"

// ContractEventName returns the user-defined event name.
func (PocoTasksKittyDrain) ContractEventName() string {
	return PocoTasksKittyDrainEventName
}

// UnpackKittyDrainEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KittyDrain(uint256 amount, bytes32 indexed taskid)
func (pocoTasks *PocoTasks) UnpackKittyDrainEvent(log *types.Log) (*PocoTasksKittyDrain, error) {
	event := "KittyDrain"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksKittyDrain)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksKittyFill represents a KittyFill event raised by the PocoTasks contract.
type PocoTasksKittyFill struct {
	Amount *big.Int
	Ref    [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoTasksKittyFillEventName = "KittyFill"

// ContractEventName returns the user-defined event name.
func (PocoTasksKittyFill) ContractEventName() string {
	return PocoTasksKittyFillEventName
}

// UnpackKittyFillEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KittyFill(uint256 amount, bytes32 indexed ref)
func (pocoTasks *PocoTasks) UnpackKittyFillEvent(log *types.Log) (*PocoTasksKittyFill, error) {
	event := "KittyFill"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksKittyFill)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksLock represents a Lock event raised by the PocoTasks contract.
type PocoTasksLock struct {
	Owner  common.Address
	Amount *big.Int
	Ref    [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoTasksLockEventName = "Lock"

// ContractEventName returns the user-defined event name.
func (PocoTasksLock) ContractEventName() string {
	return PocoTasksLockEventName
}

// UnpackLockEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Lock(address indexed owner, uint256 amount, bytes32 indexed ref)
func (pocoTasks *PocoTasks) UnpackLockEvent(log *types.Log) (*PocoTasksLock, error) {
	event := "Lock"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksLock)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksOrderCancelled represents a OrderCancelled event raised by the PocoTasks contract.
type PocoTasksOrderCancelled struct {
	Kind      uint8
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const PocoTasksOrderCancelledEventName = "OrderCancelled"

// ContractEventName returns the user-defined event name.
func (PocoTasksOrderCancelled) ContractEventName() string {
	return PocoTasksOrderCancelledEventName
}

// UnpackOrderCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderCancelled(uint8 indexed kind, bytes32 indexed orderHash, address indexed owner)
func (pocoTasks *PocoTasks) UnpackOrderCancelledEvent(log *types.Log) (*PocoTasksOrderCancelled, error) {
	event := "OrderCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksOrderCancelled)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksOrderPresigned represents a OrderPresigned event raised by the PocoTasks contract.
type PocoTasksOrderPresigned struct {
	Kind      uint8
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const PocoTasksOrderPresignedEventName = "OrderPresigned"

// ContractEventName returns the user-defined event name.
func (PocoTasksOrderPresigned) ContractEventName() string {
	return PocoTasksOrderPresignedEventName
}

// UnpackOrderPresignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderPresigned(uint8 indexed kind, bytes32 indexed orderHash, address indexed owner)
func (pocoTasks *PocoTasks) UnpackOrderPresignedEvent(log *types.Log) (*PocoTasksOrderPresigned, error) {
	event := "OrderPresigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksOrderPresigned)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksOrdersMatched represents a OrdersMatched event raised by the PocoTasks contract.
type PocoTasksOrdersMatched struct {
	Dealid      [32]byte
	Workerpool  common.Address
	Requester   common.Address
	OrderHashes [4][32]byte
	Deal        Deal
	Params      string
	Raw         *types.Log // Blockchain specific contextual infos
}

const PocoTasksOrdersMatchedEventName = "OrdersMatched"

// ContractEventName returns the user-defined event name.
func (PocoTasksOrdersMatched) ContractEventName() string {
	return PocoTasksOrdersMatchedEventName
}

// UnpackOrdersMatchedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrdersMatched(bytes32 indexed dealid, address indexed workerpool, address indexed requester, bytes32[4] orderHashes, (bytes32,address,address,uint256,address,address,uint256,address,address,uint256,uint256,uint256,uint256,bytes32,address,address,address,address,uint256,uint256,uint256,uint256,uint256) deal, string params)
func (pocoTasks *PocoTasks) UnpackOrdersMatchedEvent(log *types.Log) (*PocoTasksOrdersMatched, error) {
	event := "OrdersMatched"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksOrdersMatched)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksResultCallback represents a ResultCallback event raised by the PocoTasks contract.
type PocoTasksResultCallback struct {
	Taskid   [32]byte
	Callback common.Address
	Success  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const PocoTasksResultCallbackEventName = "ResultCallback"

// ContractEventName returns the user-defined event name.
func (PocoTasksResultCallback) ContractEventName() string {
	return PocoTasksResultCallbackEventName
}

// UnpackResultCallbackEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultCallback(bytes32 indexed taskid, address indexed callback, bool success)
func (pocoTasks *PocoTasks) UnpackResultCallbackEvent(log *types.Log) (*PocoTasksResultCallback, error) {
	event := "ResultCallback"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksResultCallback)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksReward represents a Reward event raised by the PocoTasks contract.
type PocoTasksReward struct {
	Owner  common.Address
	Amount *big.Int
	Ref    [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoTasksRewardEventName = "Reward"

// ContractEventName returns the user-defined event name.
func (PocoTasksReward) ContractEventName() string {
	return PocoTasksRewardEventName
}

// UnpackRewardEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Reward(address indexed owner, uint256 amount, bytes32 indexed ref)
func (pocoTasks *PocoTasks) UnpackRewardEvent(log *types.Log) (*PocoTasksReward, error) {
	event := "Reward"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksReward)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksScoreChanged represents a ScoreChanged event raised by the PocoTasks contract.
type PocoTasksScoreChanged struct {
	Worker   common.Address
	Ref      [32]byte
	OldScore *big.Int
	NewScore *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PocoTasksScoreChangedEventName = "ScoreChanged"

// ContractEventName returns the user-defined event name.
func (PocoTasksScoreChanged) ContractEventName() string {
	return PocoTasksScoreChangedEventName
}

// UnpackScoreChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScoreChanged(address indexed worker, bytes32 indexed ref, uint256 oldScore, uint256 newScore)
func (pocoTasks *PocoTasks) UnpackScoreChangedEvent(log *types.Log) (*PocoTasksScoreChanged, error) {
	event := "ScoreChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksScoreChanged)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksSeize represents a Seize event raised by the PocoTasks contract.
type PocoTasksSeize struct {
	Owner  common.Address
	Amount *big.Int
	Ref    [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoTasksSeizeEventName = "Seize"

// ContractEventName returns the user-defined event name.
func (PocoTasksSeize) ContractEventName() string {
	return PocoTasksSeizeEventName
}

// UnpackSeizeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Seize(address indexed owner, uint256 amount, bytes32 indexed ref)
func (pocoTasks *PocoTasks) UnpackSeizeEvent(log *types.Log) (*PocoTasksSeize, error) {
	event := "Seize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksSeize)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksTaskClaimed represents a TaskClaimed event raised by the PocoTasks contract.
type PocoTasksTaskClaimed struct {
	Taskid [32]byte
	Dealid [32]byte
	Idx    *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoTasksTaskClaimedEventName = "TaskClaimed"

// ContractEventName returns the user-defined event name.
func (PocoTasksTaskClaimed) ContractEventName() string {
	return PocoTasksTaskClaimedEventName
}

// UnpackTaskClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskClaimed(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx)
func (pocoTasks *PocoTasks) UnpackTaskClaimedEvent(log *types.Log) (*PocoTasksTaskClaimed, error) {
	event := "TaskClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksTaskClaimed)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksTaskConsensus represents a TaskConsensus event raised by the PocoTasks contract.
type PocoTasksTaskConsensus struct {
	Taskid         [32]byte
	ConsensusValue [32]byte
	RevealDeadline *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const PocoTasksTaskConsensusEventName = "TaskConsensus"

// ContractEventName returns the user-defined event name.
func (PocoTasksTaskConsensus) ContractEventName() string {
	return PocoTasksTaskConsensusEventName
}

// UnpackTaskConsensusEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskConsensus(bytes32 indexed taskid, bytes32 consensusValue, uint256 revealDeadline)
func (pocoTasks *PocoTasks) UnpackTaskConsensusEvent(log *types.Log) (*PocoTasksTaskConsensus, error) {
	event := "TaskConsensus"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksTaskConsensus)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksTaskContribute represents a TaskContribute event raised by the PocoTasks contract.
type PocoTasksTaskContribute struct {
	Taskid     [32]byte
	Worker     common.Address
	ResultHash [32]byte
	Weight     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const PocoTasksTaskContributeEventName = "TaskContribute"

// ContractEventName returns the user-defined event name.
func (PocoTasksTaskContribute) ContractEventName() string {
	return PocoTasksTaskContributeEventName
}

// UnpackTaskContributeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskContribute(bytes32 indexed taskid, address indexed worker, bytes32 resultHash, uint256 weight)
func (pocoTasks *PocoTasks) UnpackTaskContributeEvent(log *types.Log) (*PocoTasksTaskContribute, error) {
	event := "TaskContribute"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksTaskContribute)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksTaskFinalize represents a TaskFinalize event raised by the PocoTasks contract.
type PocoTasksTaskFinalize struct {
	Taskid       [32]byte
	Dealid       [32]byte
	Idx          *big.Int
	ResultDigest [32]byte
	Results      []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const PocoTasksTaskFinalizeEventName = "TaskFinalize"

// ContractEventName returns the user-defined event name.
func (PocoTasksTaskFinalize) ContractEventName() string {
	return PocoTasksTaskFinalizeEventName
}

// UnpackTaskFinalizeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskFinalize(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx, bytes32 resultDigest, bytes results)
func (pocoTasks *PocoTasks) UnpackTaskFinalizeEvent(log *types.Log) (*PocoTasksTaskFinalize, error) {
	event := "TaskFinalize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksTaskFinalize)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksTaskReopen represents a TaskReopen event raised by the PocoTasks contract.
type PocoTasksTaskReopen struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoTasksTaskReopenEventName = "TaskReopen"

// ContractEventName returns the user-defined event name.
func (PocoTasksTaskReopen) ContractEventName() string {
	return PocoTasksTaskReopenEventName
}

// UnpackTaskReopenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReopen(bytes32 indexed taskid)
func (pocoTasks *PocoTasks) UnpackTaskReopenEvent(log *types.Log) (*PocoTasksTaskReopen, error) {
	event := "TaskReopen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksTaskReopen)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksTaskReveal represents a TaskReveal event raised by the PocoTasks contract.
type PocoTasksTaskReveal struct {
	Taskid       [32]byte
	Worker       common.Address
	ResultDigest [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const PocoTasksTaskRevealEventName = "TaskReveal"

// ContractEventName returns the user-defined event name.
func (PocoTasksTaskReveal) ContractEventName() string {
	return PocoTasksTaskRevealEventName
}

// UnpackTaskRevealEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReveal(bytes32 indexed taskid, address indexed worker, bytes32 resultDigest)
func (pocoTasks *PocoTasks) UnpackTaskRevealEvent(log *types.Log) (*PocoTasksTaskReveal, error) {
	event := "TaskReveal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksTaskReveal)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksTaskStarted represents a TaskStarted event raised by the PocoTasks contract.
type PocoTasksTaskStarted struct {
	Taskid [32]byte
	Dealid [32]byte
	Idx    *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoTasksTaskStartedEventName = "TaskStarted"

// ContractEventName returns the user-defined event name.
func (PocoTasksTaskStarted) ContractEventName() string {
	return PocoTasksTaskStartedEventName
}

// UnpackTaskStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskStarted(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx)
func (pocoTasks *PocoTasks) UnpackTaskStartedEvent(log *types.Log) (*PocoTasksTaskStarted, error) {
	event := "TaskStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksTaskStarted)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksUnlock represents a Unlock event raised by the PocoTasks contract.
type PocoTasksUnlock struct {
	Owner  common.Address
	Amount *big.Int
	Ref    [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoTasksUnlockEventName = "Unlock"

// ContractEventName returns the user-defined event name.
func (PocoTasksUnlock) ContractEventName() string {
	return PocoTasksUnlockEventName
}

// UnpackUnlockEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unlock(address indexed owner, uint256 amount, bytes32 indexed ref)
func (pocoTasks *PocoTasks) UnpackUnlockEvent(log *types.Log) (*PocoTasksUnlock, error) {
	event := "Unlock"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksUnlock)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PocoTasksWithdraw represents a Withdraw event raised by the PocoTasks contract.
type PocoTasksWithdraw struct {
	Owner  common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PocoTasksWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (PocoTasksWithdraw) ContractEventName() string {
	return PocoTasksWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed owner, address indexed to, uint256 amount)
func (pocoTasks *PocoTasks) UnpackWithdrawEvent(log *types.Log) (*PocoTasksWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pocoTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PocoTasksWithdraw)
	if len(log.Data) > 0 {
		if err := pocoTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pocoTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (pocoTasks *PocoTasks) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoAlreadyContributed"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoAlreadyContributedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoAlreadyRevealed"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoAssetNotRegistered"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoAssetNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoBalanceOverflow"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoBalanceOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoCallbackDataMismatch"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoCallbackDataMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoCallbackGasTooLow"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoCallbackGasTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoCannotReveal"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoCannotRevealError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoCategoryMismatch"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoCategoryMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoContributorsMismatch"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoContributorsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoDeadlineNotReached"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoDeadlinePassed"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoDirectCall"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoDirectCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoEnclaveRequired"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoEnclaveRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoInsufficientFreeBalance"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoInsufficientFreeBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoInvalidAuthorization"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoInvalidAuthorizationError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoInvalidEnclaveSignature"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoInvalidEnclaveSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoInvalidSignature"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoInvalidWorkClockTimeRef"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoInvalidWorkClockTimeRefError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoNotOrderOwner"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoNotOrderOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoNotScheduler"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoNotSchedulerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoNotToken"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoNotTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoOrderConsumed"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoOrderConsumedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoPriceTooHigh"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoPriceTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoRequestMismatch"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoRequestMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoRestricted"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoRestrictedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoResultDigestMismatch"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoResultDigestMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoRevealMismatch"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoRevealMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoRevealsPending"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoRevealsPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoTagNotOffered"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoTagNotOfferedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoTaskIndexOutOfRange"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoTaskIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoTaskWrongStatus"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoTaskWrongStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoTeeRequiresTeeApp"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoTeeRequiresTeeAppError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoTrustNotOne"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoTrustNotOneError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoTrustOutOfRange"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoTrustOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoTrustTooHigh"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoTrustTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoUnknownCategory"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoUnknownCategoryError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoUnknownDeal"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoUnknownDealError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoWeightOverflow"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoWeightOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoWrongToken"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoWrongTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoZeroAddress"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], pocoTasks.abi.Errors["PocoZeroAmount"].ID.Bytes()[:4]) {
		return pocoTasks.UnpackPocoZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PocoTasksPocoAlreadyContributed represents a PocoAlreadyContributed error raised by the PocoTasks contract.
type PocoTasksPocoAlreadyContributed struct {
	Taskid [32]byte
	Worker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoAlreadyContributed(bytes32 taskid, address worker)
func PocoTasksPocoAlreadyContributedErrorID() common.Hash {
	return common.HexToHash("0xaecc9ebfd62390fb45cb560610b07efee5c1f0265c6f9f393081451524a5d9f6")
}

// UnpackPocoAlreadyContributedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoAlreadyContributed(bytes32 taskid, address worker)
func (pocoTasks *PocoTasks) UnpackPocoAlreadyContributedError(raw []byte) (*PocoTasksPocoAlreadyContributed, error) {
	out := new(PocoTasksPocoAlreadyContributed)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoAlreadyContributed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoAlreadyRevealed represents a PocoAlreadyRevealed error raised by the PocoTasks contract.
type PocoTasksPocoAlreadyRevealed struct {
	Taskid  [32]byte
	Reveals *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoAlreadyRevealed(bytes32 taskid, uint256 reveals)
func PocoTasksPocoAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0x8d66e5bba196178e35cae2489ea1aef6a7220127ac836f958679bffac95939e6")
}

// UnpackPocoAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoAlreadyRevealed(bytes32 taskid, uint256 reveals)
func (pocoTasks *PocoTasks) UnpackPocoAlreadyRevealedError(raw []byte) (*PocoTasksPocoAlreadyRevealed, error) {
	out := new(PocoTasksPocoAlreadyRevealed)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoAlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoAssetNotRegistered represents a PocoAssetNotRegistered error raised by the PocoTasks contract.
type PocoTasksPocoAssetNotRegistered struct {
	Kind  uint8
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoAssetNotRegistered(uint8 kind, address asset)
func PocoTasksPocoAssetNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xe7619de07898ed978b43d53b31b9f1466b360f07d77824e40db734c9c46dc2bf")
}

// UnpackPocoAssetNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoAssetNotRegistered(uint8 kind, address asset)
func (pocoTasks *PocoTasks) UnpackPocoAssetNotRegisteredError(raw []byte) (*PocoTasksPocoAssetNotRegistered, error) {
	out := new(PocoTasksPocoAssetNotRegistered)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoAssetNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoBalanceOverflow represents a PocoBalanceOverflow error raised by the PocoTasks contract.
type PocoTasksPocoBalanceOverflow struct {
	Account common.Address
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoBalanceOverflow(address account, uint256 amount)
func PocoTasksPocoBalanceOverflowErrorID() common.Hash {
	return common.HexToHash("0x1dd29503345121c7893a8260c1b9b2d6c48f02117df1ceb3d958152b6685479a")
}

// UnpackPocoBalanceOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoBalanceOverflow(address account, uint256 amount)
func (pocoTasks *PocoTasks) UnpackPocoBalanceOverflowError(raw []byte) (*PocoTasksPocoBalanceOverflow, error) {
	out := new(PocoTasksPocoBalanceOverflow)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoBalanceOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoCallbackDataMismatch represents a PocoCallbackDataMismatch error raised by the PocoTasks contract.
type PocoTasksPocoCallbackDataMismatch struct {
	Taskid       [32]byte
	ResultDigest [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoCallbackDataMismatch(bytes32 taskid, bytes32 resultDigest)
func PocoTasksPocoCallbackDataMismatchErrorID() common.Hash {
	return common.HexToHash("0x9370bfcf7cf0190a7ad92c71b2d349ac5be1a35a783fd029bdfc5eacf853c3ef")
}

// UnpackPocoCallbackDataMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoCallbackDataMismatch(bytes32 taskid, bytes32 resultDigest)
func (pocoTasks *PocoTasks) UnpackPocoCallbackDataMismatchError(raw []byte) (*PocoTasksPocoCallbackDataMismatch, error) {
	out := new(PocoTasksPocoCallbackDataMismatch)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoCallbackDataMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoCallbackGasTooLow represents a PocoCallbackGasTooLow error raised by the PocoTasks contract.
type PocoTasksPocoCallbackGasTooLow struct {
	GasLeft *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoCallbackGasTooLow(uint256 gasLeft, uint256 needed)
func PocoTasksPocoCallbackGasTooLowErrorID() common.Hash {
	return common.HexToHash("0x9e75d087a55b17013a2392e8af2d054718ea10bcaf1699cf6f30d8c5aeea6b93")
}

// UnpackPocoCallbackGasTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoCallbackGasTooLow(uint256 gasLeft, uint256 needed)
func (pocoTasks *PocoTasks) UnpackPocoCallbackGasTooLowError(raw []byte) (*PocoTasksPocoCallbackGasTooLow, error) {
	out := new(PocoTasksPocoCallbackGasTooLow)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoCallbackGasTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoCannotReveal represents a PocoCannotReveal error raised by the PocoTasks contract.
type PocoTasksPocoCannotReveal struct {
	Taskid [32]byte
	Worker common.Address
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoCannotReveal(bytes32 taskid, address worker, uint8 status)
func PocoTasksPocoCannotRevealErrorID() common.Hash {
	return common.HexToHash("0xc30d472f49f25b963503f252632a077d818bed1211bee055e9197596f8cec01f")
}

// UnpackPocoCannotRevealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoCannotReveal(bytes32 taskid, address worker, uint8 status)
func (pocoTasks *PocoTasks) UnpackPocoCannotRevealError(raw []byte) (*PocoTasksPocoCannotReveal, error) {
	out := new(PocoTasksPocoCannotReveal)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoCannotReveal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoCategoryMismatch represents a PocoCategoryMismatch error raised by the PocoTasks contract.
type PocoTasksPocoCategoryMismatch struct {
	RequestCategory    *big.Int
	WorkerpoolCategory *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoCategoryMismatch(uint256 requestCategory, uint256 workerpoolCategory)
func PocoTasksPocoCategoryMismatchErrorID() common.Hash {
	return common.HexToHash("0xeb927491ccfa4d8d157d05ae98b6bf78f50bd45c09ce2ef7f598ca8c2e4442da")
}

// UnpackPocoCategoryMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoCategoryMismatch(uint256 requestCategory, uint256 workerpoolCategory)
func (pocoTasks *PocoTasks) UnpackPocoCategoryMismatchError(raw []byte) (*PocoTasksPocoCategoryMismatch, error) {
	out := new(PocoTasksPocoCategoryMismatch)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoCategoryMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoContributorsMismatch represents a PocoContributorsMismatch error raised by the PocoTasks contract.
type PocoTasksPocoContributorsMismatch struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoContributorsMismatch(bytes32 taskid)
func PocoTasksPocoContributorsMismatchErrorID() common.Hash {
	return common.HexToHash("0xbfe631c6f1cacfca73eb7a07a109d11ac8941e57e27bca09391955e9504225b6")
}

// UnpackPocoContributorsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoContributorsMismatch(bytes32 taskid)
func (pocoTasks *PocoTasks) UnpackPocoContributorsMismatchError(raw []byte) (*PocoTasksPocoContributorsMismatch, error) {
	out := new(PocoTasksPocoContributorsMismatch)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoContributorsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoDeadlineNotReached represents a PocoDeadlineNotReached error raised by the PocoTasks contract.
type PocoTasksPocoDeadlineNotReached struct {
	Taskid   [32]byte
	Deadline *big.Int
	Time     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoDeadlineNotReached(bytes32 taskid, uint256 deadline, uint256 time)
func PocoTasksPocoDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0x740035710f1dcadd220f2dbd5bd40fa335a69ddd6693416f309f06435fdc382a")
}

// UnpackPocoDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoDeadlineNotReached(bytes32 taskid, uint256 deadline, uint256 time)
func (pocoTasks *PocoTasks) UnpackPocoDeadlineNotReachedError(raw []byte) (*PocoTasksPocoDeadlineNotReached, error) {
	out := new(PocoTasksPocoDeadlineNotReached)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoDeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoDeadlinePassed represents a PocoDeadlinePassed error raised by the PocoTasks contract.
type PocoTasksPocoDeadlinePassed struct {
	Taskid   [32]byte
	Deadline *big.Int
	Time     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoDeadlinePassed(bytes32 taskid, uint256 deadline, uint256 time)
func PocoTasksPocoDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x897d3e04de822d492fa0988f88f448f7174d3f420d1e245cf5913c55dcf4dc58")
}

// UnpackPocoDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoDeadlinePassed(bytes32 taskid, uint256 deadline, uint256 time)
func (pocoTasks *PocoTasks) UnpackPocoDeadlinePassedError(raw []byte) (*PocoTasksPocoDeadlinePassed, error) {
	out := new(PocoTasksPocoDeadlinePassed)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoDirectCall represents a PocoDirectCall error raised by the PocoTasks contract.
type PocoTasksPocoDirectCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoDirectCall()
func PocoTasksPocoDirectCallErrorID() common.Hash {
	return common.HexToHash("0x1c373dd93eec53b4cde9a74b1bea6fa09b9ee45243998e253f26a4c0d3fbaf72")
}

// UnpackPocoDirectCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoDirectCall()
func (pocoTasks *PocoTasks) UnpackPocoDirectCallError(raw []byte) (*PocoTasksPocoDirectCall, error) {
	out := new(PocoTasksPocoDirectCall)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoDirectCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoEnclaveRequired represents a PocoEnclaveRequired error raised by the PocoTasks contract.
type PocoTasksPocoEnclaveRequired struct {
	Taskid [32]byte
	Tag    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoEnclaveRequired(bytes32 taskid, bytes32 tag)
func PocoTasksPocoEnclaveRequiredErrorID() common.Hash {
	return common.HexToHash("0x950cd4f422d9ea2df51ae8df113728a218f16c1c3c32b6f1b6d1f9a08a53b122")
}

// UnpackPocoEnclaveRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoEnclaveRequired(bytes32 taskid, bytes32 tag)
func (pocoTasks *PocoTasks) UnpackPocoEnclaveRequiredError(raw []byte) (*PocoTasksPocoEnclaveRequired, error) {
	out := new(PocoTasksPocoEnclaveRequired)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoEnclaveRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoInsufficientFreeBalance represents a PocoInsufficientFreeBalance error raised by the PocoTasks contract.
type PocoTasksPocoInsufficientFreeBalance struct {
	Account common.Address
	Free    *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoInsufficientFreeBalance(address account, uint256 free, uint256 needed)
func PocoTasksPocoInsufficientFreeBalanceErrorID() common.Hash {
	return common.HexToHash("0x5e65bb59eeb457a2443325f8a753521a27509e7f87659f99e9cad08354b8c39e")
}

// UnpackPocoInsufficientFreeBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoInsufficientFreeBalance(address account, uint256 free, uint256 needed)
func (pocoTasks *PocoTasks) UnpackPocoInsufficientFreeBalanceError(raw []byte) (*PocoTasksPocoInsufficientFreeBalance, error) {
	out := new(PocoTasksPocoInsufficientFreeBalance)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoInsufficientFreeBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoInvalidAuthorization represents a PocoInvalidAuthorization error raised by the PocoTasks contract.
type PocoTasksPocoInvalidAuthorization struct {
	Taskid    [32]byte
	Worker    common.Address
	Scheduler common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoInvalidAuthorization(bytes32 taskid, address worker, address scheduler)
func PocoTasksPocoInvalidAuthorizationErrorID() common.Hash {
	return common.HexToHash("0xd69b490a30d7f04ff39e7bb7b373c983c5d99281ffd655e358f3523e20564de1")
}

// UnpackPocoInvalidAuthorizationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoInvalidAuthorization(bytes32 taskid, address worker, address scheduler)
func (pocoTasks *PocoTasks) UnpackPocoInvalidAuthorizationError(raw []byte) (*PocoTasksPocoInvalidAuthorization, error) {
	out := new(PocoTasksPocoInvalidAuthorization)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoInvalidAuthorization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoInvalidEnclaveSignature represents a PocoInvalidEnclaveSignature error raised by the PocoTasks contract.
type PocoTasksPocoInvalidEnclaveSignature struct {
	Taskid  [32]byte
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoInvalidEnclaveSignature(bytes32 taskid, address enclave)
func PocoTasksPocoInvalidEnclaveSignatureErrorID() common.Hash {
	return common.HexToHash("0xe917b8db60e523720927adf38840180ade3c3b8328ae57262349f2bfcdcbe0a9")
}

// UnpackPocoInvalidEnclaveSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoInvalidEnclaveSignature(bytes32 taskid, address enclave)
func (pocoTasks *PocoTasks) UnpackPocoInvalidEnclaveSignatureError(raw []byte) (*PocoTasksPocoInvalidEnclaveSignature, error) {
	out := new(PocoTasksPocoInvalidEnclaveSignature)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoInvalidEnclaveSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoInvalidSignature represents a PocoInvalidSignature error raised by the PocoTasks contract.
type PocoTasksPocoInvalidSignature struct {
	Kind      uint8
	OrderHash [32]byte
	Signer    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoInvalidSignature(uint8 kind, bytes32 orderHash, address signer)
func PocoTasksPocoInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xb92acdd233d68593f4ec364dee2b7207ed78fa94d821fee3daa16efa4b342b7b")
}

// UnpackPocoInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoInvalidSignature(uint8 kind, bytes32 orderHash, address signer)
func (pocoTasks *PocoTasks) UnpackPocoInvalidSignatureError(raw []byte) (*PocoTasksPocoInvalidSignature, error) {
	out := new(PocoTasksPocoInvalidSignature)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoInvalidWorkClockTimeRef represents a PocoInvalidWorkClockTimeRef error raised by the PocoTasks contract.
type PocoTasksPocoInvalidWorkClockTimeRef struct {
	WorkClockTimeRef *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoInvalidWorkClockTimeRef(uint256 workClockTimeRef)
func PocoTasksPocoInvalidWorkClockTimeRefErrorID() common.Hash {
	return common.HexToHash("0x8ffd7362fd521d1688b6c51bac497861dc9633e0ef50f73e593dc492c5b171de")
}

// UnpackPocoInvalidWorkClockTimeRefError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoInvalidWorkClockTimeRef(uint256 workClockTimeRef)
func (pocoTasks *PocoTasks) UnpackPocoInvalidWorkClockTimeRefError(raw []byte) (*PocoTasksPocoInvalidWorkClockTimeRef, error) {
	out := new(PocoTasksPocoInvalidWorkClockTimeRef)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoInvalidWorkClockTimeRef", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoNotOrderOwner represents a PocoNotOrderOwner error raised by the PocoTasks contract.
type PocoTasksPocoNotOrderOwner struct {
	Kind   uint8
	Caller common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoNotOrderOwner(uint8 kind, address caller, address owner)
func PocoTasksPocoNotOrderOwnerErrorID() common.Hash {
	return common.HexToHash("0x29fef9f687d67e9797b6b096305d2f4a66aabac278231e0bf6f1524aaeb1f8e6")
}

// UnpackPocoNotOrderOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoNotOrderOwner(uint8 kind, address caller, address owner)
func (pocoTasks *PocoTasks) UnpackPocoNotOrderOwnerError(raw []byte) (*PocoTasksPocoNotOrderOwner, error) {
	out := new(PocoTasksPocoNotOrderOwner)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoNotOrderOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoNotScheduler represents a PocoNotScheduler error raised by the PocoTasks contract.
type PocoTasksPocoNotScheduler struct {
	Caller    common.Address
	Scheduler common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoNotScheduler(address caller, address scheduler)
func PocoTasksPocoNotSchedulerErrorID() common.Hash {
	return common.HexToHash("0x775e6e16b3b7b18b22e7cb575d89e8e3a5a9471147227190fb659b884f3bae4a")
}

// UnpackPocoNotSchedulerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoNotScheduler(address caller, address scheduler)
func (pocoTasks *PocoTasks) UnpackPocoNotSchedulerError(raw []byte) (*PocoTasksPocoNotScheduler, error) {
	out := new(PocoTasksPocoNotScheduler)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoNotScheduler", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoNotToken represents a PocoNotToken error raised by the PocoTasks contract.
type PocoTasksPocoNotToken struct {
	Caller common.Address
	Token  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoNotToken(address caller, address token)
func PocoTasksPocoNotTokenErrorID() common.Hash {
	return common.HexToHash("0xce34c2c071e9a6ce8238700d5fd1cb294c18c0b6a9e8934ecfc2d63369448752")
}

// UnpackPocoNotTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoNotToken(address caller, address token)
func (pocoTasks *PocoTasks) UnpackPocoNotTokenError(raw []byte) (*PocoTasksPocoNotToken, error) {
	out := new(PocoTasksPocoNotToken)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoNotToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoOrderConsumed represents a PocoOrderConsumed error raised by the PocoTasks contract.
type PocoTasksPocoOrderConsumed struct {
	Kind      uint8
	OrderHash [32]byte
	Volume    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoOrderConsumed(uint8 kind, bytes32 orderHash, uint256 volume)
func PocoTasksPocoOrderConsumedErrorID() common.Hash {
	return common.HexToHash("0x8294cdc244ac7fed892176740815c11b5ede5369d2a0cc02dd5b94a53a49480e")
}

// UnpackPocoOrderConsumedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoOrderConsumed(uint8 kind, bytes32 orderHash, uint256 volume)
func (pocoTasks *PocoTasks) UnpackPocoOrderConsumedError(raw []byte) (*PocoTasksPocoOrderConsumed, error) {
	out := new(PocoTasksPocoOrderConsumed)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoOrderConsumed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoPriceTooHigh represents a PocoPriceTooHigh error raised by the PocoTasks contract.
type PocoTasksPocoPriceTooHigh struct {
	Kind     uint8
	MaxPrice *big.Int
	Price    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoPriceTooHigh(uint8 kind, uint256 maxPrice, uint256 price)
func PocoTasksPocoPriceTooHighErrorID() common.Hash {
	return common.HexToHash("0x57f1273c3381666a1db66c49f3c56625cb212f5248ee08120b4eda86909b6b14")
}

// UnpackPocoPriceTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoPriceTooHigh(uint8 kind, uint256 maxPrice, uint256 price)
func (pocoTasks *PocoTasks) UnpackPocoPriceTooHighError(raw []byte) (*PocoTasksPocoPriceTooHigh, error) {
	out := new(PocoTasksPocoPriceTooHigh)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoPriceTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoRequestMismatch represents a PocoRequestMismatch error raised by the PocoTasks contract.
type PocoTasksPocoRequestMismatch struct {
	Kind      uint8
	Requested common.Address
	Offered   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoRequestMismatch(uint8 kind, address requested, address offered)
func PocoTasksPocoRequestMismatchErrorID() common.Hash {
	return common.HexToHash("0x646bb43a3d4f906832a63600585430146c1446798e70f98e75d02e24ed5e201b")
}

// UnpackPocoRequestMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoRequestMismatch(uint8 kind, address requested, address offered)
func (pocoTasks *PocoTasks) UnpackPocoRequestMismatchError(raw []byte) (*PocoTasksPocoRequestMismatch, error) {
	out := new(PocoTasksPocoRequestMismatch)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoRequestMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoRestricted represents a PocoRestricted error raised by the PocoTasks contract.
type PocoTasksPocoRestricted struct {
	Order   uint8
	Party   uint8
	Allowed common.Address
	Actual  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoRestricted(uint8 order, uint8 party, address allowed, address actual)
func PocoTasksPocoRestrictedErrorID() common.Hash {
	return common.HexToHash("0xe4d95bbffb50c45827bf6404ca9dbde7fa8d7969a0ecaba00f060b51e7b41c71")
}

// UnpackPocoRestrictedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoRestricted(uint8 order, uint8 party, address allowed, address actual)
func (pocoTasks *PocoTasks) UnpackPocoRestrictedError(raw []byte) (*PocoTasksPocoRestricted, error) {
	out := new(PocoTasksPocoRestricted)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoRestricted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoResultDigestMismatch represents a PocoResultDigestMismatch error raised by the PocoTasks contract.
type PocoTasksPocoResultDigestMismatch struct {
	Taskid       [32]byte
	ResultDigest [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoResultDigestMismatch(bytes32 taskid, bytes32 resultDigest)
func PocoTasksPocoResultDigestMismatchErrorID() common.Hash {
	return common.HexToHash("0x2b775be054ac48ffc54d426ae25ebfbf6ad326a7e2eb672b39c1564379e7da67")
}

// UnpackPocoResultDigestMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoResultDigestMismatch(bytes32 taskid, bytes32 resultDigest)
func (pocoTasks *PocoTasks) UnpackPocoResultDigestMismatchError(raw []byte) (*PocoTasksPocoResultDigestMismatch, error) {
	out := new(PocoTasksPocoResultDigestMismatch)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoResultDigestMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoRevealMismatch represents a PocoRevealMismatch error raised by the PocoTasks contract.
type PocoTasksPocoRevealMismatch struct {
	Taskid [32]byte
	Worker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoRevealMismatch(bytes32 taskid, address worker)
func PocoTasksPocoRevealMismatchErrorID() common.Hash {
	return common.HexToHash("0xcc7c10735272304bef18b879ed9db7e98dc02522c3b7d8381863d37714720162")
}

// UnpackPocoRevealMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoRevealMismatch(bytes32 taskid, address worker)
func (pocoTasks *PocoTasks) UnpackPocoRevealMismatchError(raw []byte) (*PocoTasksPocoRevealMismatch, error) {
	out := new(PocoTasksPocoRevealMismatch)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoRevealMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoRevealsPending represents a PocoRevealsPending error raised by the PocoTasks contract.
type PocoTasksPocoRevealsPending struct {
	Taskid         [32]byte
	Reveals        *big.Int
	Winners        *big.Int
	RevealDeadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoRevealsPending(bytes32 taskid, uint256 reveals, uint256 winners, uint256 revealDeadline)
func PocoTasksPocoRevealsPendingErrorID() common.Hash {
	return common.HexToHash("0x4faf6dd532f97e023c6b0877bbd9464b720fe2ab93e1b2daf30703cb9cfad7e4")
}

// UnpackPocoRevealsPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoRevealsPending(bytes32 taskid, uint256 reveals, uint256 winners, uint256 revealDeadline)
func (pocoTasks *PocoTasks) UnpackPocoRevealsPendingError(raw []byte) (*PocoTasksPocoRevealsPending, error) {
	out := new(PocoTasksPocoRevealsPending)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoRevealsPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoTagNotOffered represents a PocoTagNotOffered error raised by the PocoTasks contract.
type PocoTasksPocoTagNotOffered struct {
	Required [32]byte
	Offered  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTagNotOffered(bytes32 required, bytes32 offered)
func PocoTasksPocoTagNotOfferedErrorID() common.Hash {
	return common.HexToHash("0x99fb06734791fa4f2b9922f4a94a811ee016dad9546485fe6d04debf69492445")
}

// UnpackPocoTagNotOfferedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTagNotOffered(bytes32 required, bytes32 offered)
func (pocoTasks *PocoTasks) UnpackPocoTagNotOfferedError(raw []byte) (*PocoTasksPocoTagNotOffered, error) {
	out := new(PocoTasksPocoTagNotOffered)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoTagNotOffered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoTaskIndexOutOfRange represents a PocoTaskIndexOutOfRange error raised by the PocoTasks contract.
type PocoTasksPocoTaskIndexOutOfRange struct {
	Idx   *big.Int
	First *big.Int
	Size  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTaskIndexOutOfRange(uint256 idx, uint256 first, uint256 size)
func PocoTasksPocoTaskIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x2da292d3a42fa71725d9d991e744e4a40266e819c1b5289c674a1be3c4120991")
}

// UnpackPocoTaskIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTaskIndexOutOfRange(uint256 idx, uint256 first, uint256 size)
func (pocoTasks *PocoTasks) UnpackPocoTaskIndexOutOfRangeError(raw []byte) (*PocoTasksPocoTaskIndexOutOfRange, error) {
	out := new(PocoTasksPocoTaskIndexOutOfRange)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoTaskIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoTaskWrongStatus represents a PocoTaskWrongStatus error raised by the PocoTasks contract.
type PocoTasksPocoTaskWrongStatus struct {
	Taskid [32]byte
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTaskWrongStatus(bytes32 taskid, uint8 status)
func PocoTasksPocoTaskWrongStatusErrorID() common.Hash {
	return common.HexToHash("0x8fd72fdfbbf80a6ac14fec59100d7d499b6c0aaf17a89d6faae2bf5a0eba6338")
}

// UnpackPocoTaskWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTaskWrongStatus(bytes32 taskid, uint8 status)
func (pocoTasks *PocoTasks) UnpackPocoTaskWrongStatusError(raw []byte) (*PocoTasksPocoTaskWrongStatus, error) {
	out := new(PocoTasksPocoTaskWrongStatus)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoTaskWrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoTeeRequiresTeeApp represents a PocoTeeRequiresTeeApp error raised by the PocoTasks contract.
type PocoTasksPocoTeeRequiresTeeApp struct {
	Required [32]byte
	AppTag   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTeeRequiresTeeApp(bytes32 required, bytes32 appTag)
func PocoTasksPocoTeeRequiresTeeAppErrorID() common.Hash {
	return common.HexToHash("0x85f39ee8184fab148c62dfb1d44ebc7a4f62ce2c968023e99301399b6f5b9d83")
}

// UnpackPocoTeeRequiresTeeAppError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTeeRequiresTeeApp(bytes32 required, bytes32 appTag)
func (pocoTasks *PocoTasks) UnpackPocoTeeRequiresTeeAppError(raw []byte) (*PocoTasksPocoTeeRequiresTeeApp, error) {
	out := new(PocoTasksPocoTeeRequiresTeeApp)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoTeeRequiresTeeApp", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoTrustNotOne represents a PocoTrustNotOne error raised by the PocoTasks contract.
type PocoTasksPocoTrustNotOne struct {
	Taskid [32]byte
	Trust  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTrustNotOne(bytes32 taskid, uint256 trust)
func PocoTasksPocoTrustNotOneErrorID() common.Hash {
	return common.HexToHash("0x4be45a9f88aa43cd9caa489ceba1053a0d4159c727c339fa7c4e556603249f56")
}

// UnpackPocoTrustNotOneError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTrustNotOne(bytes32 taskid, uint256 trust)
func (pocoTasks *PocoTasks) UnpackPocoTrustNotOneError(raw []byte) (*PocoTasksPocoTrustNotOne, error) {
	out := new(PocoTasksPocoTrustNotOne)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoTrustNotOne", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoTrustOutOfRange represents a PocoTrustOutOfRange error raised by the PocoTasks contract.
type PocoTasksPocoTrustOutOfRange struct {
	Trust *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTrustOutOfRange(uint256 trust, uint256 max)
func PocoTasksPocoTrustOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x57c2738d1ce5a2cbc1671ef17bcd2889af5888dc13cd39adadc2d637ac400c50")
}

// UnpackPocoTrustOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTrustOutOfRange(uint256 trust, uint256 max)
func (pocoTasks *PocoTasks) UnpackPocoTrustOutOfRangeError(raw []byte) (*PocoTasksPocoTrustOutOfRange, error) {
	out := new(PocoTasksPocoTrustOutOfRange)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoTrustOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoTrustTooHigh represents a PocoTrustTooHigh error raised by the PocoTasks contract.
type PocoTasksPocoTrustTooHigh struct {
	RequestTrust    *big.Int
	WorkerpoolTrust *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoTrustTooHigh(uint256 requestTrust, uint256 workerpoolTrust)
func PocoTasksPocoTrustTooHighErrorID() common.Hash {
	return common.HexToHash("0x5ce5593fad491267abad53f354061661dbe0b7586b6646b65a99aab89de7bb6a")
}

// UnpackPocoTrustTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoTrustTooHigh(uint256 requestTrust, uint256 workerpoolTrust)
func (pocoTasks *PocoTasks) UnpackPocoTrustTooHighError(raw []byte) (*PocoTasksPocoTrustTooHigh, error) {
	out := new(PocoTasksPocoTrustTooHigh)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoTrustTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoUnknownCategory represents a PocoUnknownCategory error raised by the PocoTasks contract.
type PocoTasksPocoUnknownCategory struct {
	Category *big.Int
	Count    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoUnknownCategory(uint256 category, uint256 count)
func PocoTasksPocoUnknownCategoryErrorID() common.Hash {
	return common.HexToHash("0x1dd62729ef88b78d48d87e850d24db4250bcdbe85b8ab1eff38b1f84dc91e48e")
}

// UnpackPocoUnknownCategoryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoUnknownCategory(uint256 category, uint256 count)
func (pocoTasks *PocoTasks) UnpackPocoUnknownCategoryError(raw []byte) (*PocoTasksPocoUnknownCategory, error) {
	out := new(PocoTasksPocoUnknownCategory)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoUnknownCategory", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoUnknownDeal represents a PocoUnknownDeal error raised by the PocoTasks contract.
type PocoTasksPocoUnknownDeal struct {
	Dealid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoUnknownDeal(bytes32 dealid)
func PocoTasksPocoUnknownDealErrorID() common.Hash {
	return common.HexToHash("0x289d586d45487b80f9ef93d5c287bd593a2f3ddd512276ed6745f299be2684ff")
}

// UnpackPocoUnknownDealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoUnknownDeal(bytes32 dealid)
func (pocoTasks *PocoTasks) UnpackPocoUnknownDealError(raw []byte) (*PocoTasksPocoUnknownDeal, error) {
	out := new(PocoTasksPocoUnknownDeal)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoUnknownDeal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoWeightOverflow represents a PocoWeightOverflow error raised by the PocoTasks contract.
type PocoTasksPocoWeightOverflow struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoWeightOverflow(bytes32 taskid)
func PocoTasksPocoWeightOverflowErrorID() common.Hash {
	return common.HexToHash("0x74d28ccb8c9c47a08d0c1fb4a240c991e9770c27d1ea52eacdd8937dd1a08d47")
}

// UnpackPocoWeightOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoWeightOverflow(bytes32 taskid)
func (pocoTasks *PocoTasks) UnpackPocoWeightOverflowError(raw []byte) (*PocoTasksPocoWeightOverflow, error) {
	out := new(PocoTasksPocoWeightOverflow)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoWeightOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoWrongToken represents a PocoWrongToken error raised by the PocoTasks contract.
type PocoTasksPocoWrongToken struct {
	Token    common.Address
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoWrongToken(address token, address expected)
func PocoTasksPocoWrongTokenErrorID() common.Hash {
	return common.HexToHash("0x72070f9dbd06338b45d71c9606b2bcf7ac47b34dd9a4b9e85fb8c61260fee8d4")
}

// UnpackPocoWrongTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoWrongToken(address token, address expected)
func (pocoTasks *PocoTasks) UnpackPocoWrongTokenError(raw []byte) (*PocoTasksPocoWrongToken, error) {
	out := new(PocoTasksPocoWrongToken)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoWrongToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoZeroAddress represents a PocoZeroAddress error raised by the PocoTasks contract.
type PocoTasksPocoZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoZeroAddress()
func PocoTasksPocoZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xcb919fd433d4c4ba3e32274707f857807f7176566225c5ff5b80f6100a17c896")
}

// UnpackPocoZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoZeroAddress()
func (pocoTasks *PocoTasks) UnpackPocoZeroAddressError(raw []byte) (*PocoTasksPocoZeroAddress, error) {
	out := new(PocoTasksPocoZeroAddress)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PocoTasksPocoZeroAmount represents a PocoZeroAmount error raised by the PocoTasks contract.
type PocoTasksPocoZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PocoZeroAmount()
func PocoTasksPocoZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x28ae3a4b98af9aaaeeeccecb133503c2a05672b4168efa289fbd3a3536a5ac64")
}

// UnpackPocoZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PocoZeroAmount()
func (pocoTasks *PocoTasks) UnpackPocoZeroAmountError(raw []byte) (*PocoTasksPocoZeroAmount, error) {
	out := new(PocoTasksPocoZeroAmount)
	if err := pocoTasks.abi.UnpackIntoInterface(out, "PocoZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestCallbackMetaData contains all meta data concerning the TestCallback contract.
var TestCallbackMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"Received\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"enumTestCallback.Mode\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"receiveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"results\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumTestCallback.Mode\",\"name\":\"m\",\"type\":\"uint8\"}],\"name\":\"setMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "70620b844ae734fe3c450885f839340100",
	Bin: "0x6080806040523460155761044d908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806321175b4a146103e8578063295a5212146103c05780634c6b25b1146102bb57635dd8085514610045575f80fd5b346102b75760403660031901126102b75760243560043567ffffffffffffffff82116102b757366023830112156102b75781600401359167ffffffffffffffff83116102b75736602484830101116102b75760ff5f541660038110156102a357600181146102455760021461023f57815f52600160205260405f20926100cb8454610415565b601f81116101ee575b505f93601f821160011461015f5791816024936040937f37b8fee406718a41ca8e50ebc5ebcf3e3c12a1e96399c79fcefa8637b45c3e7296975f91610152575b508260011b905f198460031b1c19161790555b8083519485936020855282602086015201848401375f828201840152601f01601f19168101030190a2005b869150840101355f610114565b601f198216815f5260205f20905f5b8181106101d357509183917f37b8fee406718a41ca8e50ebc5ebcf3e3c12a1e96399c79fcefa8637b45c3e72969760409560249795106101b8575b5050600182811b019055610127565b84018601355f19600385901b60f8161c191690555f806101a9565b8588016024013583556020978801976001909301920161016e565b818111156100d457845f5260205f20601f830160051c9060208410610237575b81601f9101920160051c03905f5b82811061022a5750506100d4565b5f8282015560010161021c565b5f915061020e565b5b610240565b60646040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601c60248201527f5465737443616c6c6261636b3a20746f6c6420746f20726576657274000000006044820152fd5b634e487b7160e01b5f52602160045260245ffd5b5f80fd5b346102b75760203660031901126102b7576004355f52600160205260405f20604051905f8154916102eb83610415565b9081855260208501936001811690815f146103a5575060011461036d575b5050829003601f01601f191682019167ffffffffffffffff831181841017610359576040918391828452602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b634e487b7160e01b5f52604160045260245ffd5b9091505f5260205f205f905b82821061038f5750602091508301018380610309565b6001816020925483858901015201910190610379565b60ff191685525050151560051b830160200190508380610309565b346102b7575f3660031901126102b75760ff5f541660405160038210156102a3576020918152f35b346102b75760203660031901126102b75760043560038110156102b75760ff80195f54169116175f555f80f35b90600182811c92168015610443575b602083101461042f57565b634e487b7160e01b5f52602260045260245ffd5b91607f169161042456",
}

// TestCallback is an auto generated Go binding around an Ethereum contract.
type TestCallback struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestCallback) GetABI() abi.ABI {
	return c.abi
}

// NewTestCallback creates a new instance of TestCallback.
func NewTestCallback() *TestCallback {
	parsed, err := TestCallbackMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestCallback{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestCallback) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (testCallback *TestCallback) PackMode() []byte {
	enc, err := testCallback.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (testCallback *TestCallback) TryPackMode() ([]byte, error) {
	return testCallback.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (testCallback *TestCallback) UnpackMode(data []byte) (uint8, error) {
	out, err := testCallback.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackReceiveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd80855.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiveResult(bytes32 taskid, bytes result) returns()
func (testCallback *TestCallback) PackReceiveResult(taskid [32]byte, result []byte) []byte {
	enc, err := testCallback.abi.Pack("receiveResult", taskid, result)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd80855.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiveResult(bytes32 taskid, bytes result) returns()
func (testCallback *TestCallback) TryPackReceiveResult(taskid [32]byte, result []byte) ([]byte, error) {
	return testCallback.abi.Pack("receiveResult", taskid, result)
}

// PackResults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c6b25b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function results(bytes32 ) view returns(bytes)
func (testCallback *TestCallback) PackResults(arg0 [32]byte) []byte {
	enc, err := testCallback.abi.Pack("results", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c6b25b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function results(bytes32 ) view returns(bytes)
func (testCallback *TestCallback) TryPackResults(arg0 [32]byte) ([]byte, error) {
	return testCallback.abi.Pack("results", arg0)
}

// UnpackResults is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c6b25b1.
//
// Solidity: function results(bytes32 ) view returns(bytes)
func (testCallback *TestCallback) UnpackResults(data []byte) ([]byte, error) {
	out, err := testCallback.abi.Unpack("results", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMode(uint8 m) returns()
func (testCallback *TestCallback) PackSetMode(m uint8) []byte {
	enc, err := testCallback.abi.Pack("setMode", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMode(uint8 m) returns()
func (testCallback *TestCallback) TryPackSetMode(m uint8) ([]byte, error) {
	return testCallback.abi.Pack("setMode", m)
}

// TestCallbackReceived represents a Received event raised by the TestCallback contract.
type TestCallbackReceived struct {
	Taskid [32]byte
	Result []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const TestCallbackReceivedEventName = "Received"

// ContractEventName returns the user-defined event name.
func (TestCallbackReceived) ContractEventName() string {
	return TestCallbackReceivedEventName
}

// UnpackReceivedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Received(bytes32 indexed taskid, bytes result)
func (testCallback *TestCallback) UnpackReceivedEvent(log *types.Log) (*TestCallbackReceived, error) {
	event := "Received"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testCallback.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestCallbackReceived)
	if len(log.Data) > 0 {
		if err := testCallback.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testCallback.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TestTokenMetaData contains all meta data concerning the TestToken contract.
var TestTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"initialSupply\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"name\":\"approveAndCall\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "37dca35a2bc70e8fdecabe81faf42e2a22",
	Bin: "0x60806040523461040a57610e056040813803918261001c8161040e565b93849283398101031261040a5780516001600160a01b038116919082900361040a576020015161004c604061040e565b91600d83526c506f636f205465737420524c4360981b6020840152610071604061040e565b6003815262524c4360e81b602082015283519092906001600160401b03811161031057600354600181811c91168015610400575b60208210146102f257601f8111610392575b50602094601f821160011461032f579481929394955f92610324575b50508160011b915f199060031b1c1916176003555b82516001600160401b03811161031057600454600181811c91168015610306575b60208210146102f257601f8111610284575b506020601f821160011461022157819293945f92610216575b50508160011b915f199060031b1c1916176004555b811561020357600580546001600160a01b03198116841790915582906001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3600254908082018092116101ef5760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a36040516109d190816104348239f35b634e487b7160e01b5f52601160045260245ffd5b631e4fbdf760e01b5f525f60045260245ffd5b015190505f80610134565b601f1982169060045f52805f20915f5b81811061026c57509583600195969710610254575b505050811b01600455610149565b01515f1960f88460031b161c191690555f8080610246565b9192602060018192868b015181550194019201610231565b8181111561011b5760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b602084106102ea575b81601f9101920160051c03905f5b8281106102dd57505061011b565b5f828201556001016102cf565b5f91506102c1565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610109565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100d3565b601f1982169560035f52805f20915f5b88811061037a57508360019596979810610362575b505050811b016003556100e8565b01515f1960f88460031b161c191690555f8080610354565b9192602060018192868501518155019401920161033f565b818111156100b75760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b602084106103f8575b81601f9101920160051c03905f5b8281106103eb5750506100b7565b5f828201556001016103dd565b5f91506103cf565b90607f16906100a5565b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176103105760405256fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816306fdde031461070e57508063095ea7b3146106e857806318160ddd146106cb57806323b872dd1461059b578063313ce5671461058057806340c10f19146104bb57806370a0823114610484578063715018a61461041e5780638da5cb5b146103f857806395d89b41146102f4578063a9059cbb146102ce578063cae9ca51146101b5578063dd62ed3e146101675763f2fde38b146100b8575f80fd5b34610164576020366003190112610164576001600160a01b036100d96107f0565b6100e161092e565b168015610138576001600160a01b036005548273ffffffffffffffffffffffffffffffffffffffff19821617600555167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08380a380f35b6024827f1e4fbdf700000000000000000000000000000000000000000000000000000000815280600452fd5b80fd5b5034610164576040366003190112610164576001600160a01b03604061018b6107f0565b9282610195610806565b9416815260016020522091165f52602052602060405f2054604051908152f35b346102ca5760603660031901126102ca576101ce6107f0565b60443560243567ffffffffffffffff82116102ca57366023830112156102ca5781600401359267ffffffffffffffff84116102ca5736602485850101116102ca5780610223836001600160a01b03933361096e565b16803b156102ca575f928360a460249487604051988997889687947f8f4ffcb1000000000000000000000000000000000000000000000000000000008652336004870152828601523060448601526080606486015282608486015201848401378181018301849052601f01601f191681010301925af180156102bf576102af575b602060405160018152f35b5f6102b99161081c565b5f6102a4565b6040513d5f823e3d90fd5b5f80fd5b346102ca5760403660031901126102ca576102a46102ea6107f0565b6024359033610852565b346102ca575f3660031901126102ca576040515f6004548060011c906001811680156103ee575b6020831081146103da578285529081156103b65750600114610358575b610354836103488185038261081c565b604051918291826107c6565b0390f35b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b80821061039c57509091508101602001610348610338565b919260018160209254838588010152019101909291610384565b60ff191660208086019190915291151560051b840190910191506103489050610338565b634e487b7160e01b5f52602260045260245ffd5b91607f169161031b565b346102ca575f3660031901126102ca5760206001600160a01b0360055416604051908152f35b346102ca575f3660031901126102ca5761043661092e565b5f6001600160a01b0360055473ffffffffffffffffffffffffffffffffffffffff198116600555167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b346102ca5760203660031901126102ca576001600160a01b036104a56107f0565b165f525f602052602060405f2054604051908152f35b346102ca5760403660031901126102ca576104d46107f0565b6001600160a01b03602435916104e861092e565b1690811561055457600254908082018092116105405760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3005b634e487b7160e01b5f52601160045260245ffd5b7fec442f05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b346102ca575f3660031901126102ca57602060405160098152f35b346102ca5760603660031901126102ca576105b46107f0565b6105bc610806565b604435906001600160a01b03831692835f52600160205260405f206001600160a01b0333165f5260205260405f20545f1981106105ff575b506102a49350610852565b83811061069757841561066b57331561063f576102a4945f52600160205260405f206001600160a01b0333165f526020528360405f2091039055846105f4565b7f94280d62000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7fe602df05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b83907ffb8f41b2000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b346102ca575f3660031901126102ca576020600254604051908152f35b346102ca5760403660031901126102ca576102a46107046107f0565b602435903361096e565b346102ca575f3660031901126102ca575f6003548060011c906001811680156107bc575b6020831081146103da578285529081156103b6575060011461075e57610354836103488185038261081c565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b8082106107a257509091508101602001610348610338565b91926001816020925483858801015201910190929161078a565b91607f1691610732565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036102ca57565b602435906001600160a01b03821682036102ca57565b90601f8019910116810190811067ffffffffffffffff82111761083e57604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0316908115610902576001600160a01b031691821561055457815f525f60205260405f20548181106108d057817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b827fe450d38c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b7f96c6fd1e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b6001600160a01b0360055416330361094257565b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b6001600160a01b031690811561066b576001600160a01b031691821561063f5760207f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591835f526001825260405f20855f5282528060405f2055604051908152a356",
}

// TestToken is an auto generated Go binding around an Ethereum contract.
type TestToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestToken) GetABI() abi.ABI {
	return c.abi
}

// NewTestToken creates a new instance of TestToken.
func NewTestToken() *TestToken {
	parsed, err := TestTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner, uint256 initialSupply) returns()
func (testToken *TestToken) PackConstructor(owner common.Address, initialSupply *big.Int) []byte {
	enc, err := testToken.abi.Pack("", owner, initialSupply)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testToken *TestToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := testToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testToken *TestToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return testToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testToken *TestToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := testToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testToken *TestToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := testToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testToken *TestToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return testToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testToken *TestToken) UnpackApprove(data []byte) (bool, error) {
	out, err := testToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackApproveAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcae9ca51.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveAndCall(address spender, uint256 amount, bytes extraData) returns(bool)
func (testToken *TestToken) PackApproveAndCall(spender common.Address, amount *big.Int, extraData []byte) []byte {
	enc, err := testToken.abi.Pack("approveAndCall", spender, amount, extraData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcae9ca51.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveAndCall(address spender, uint256 amount, bytes extraData) returns(bool)
func (testToken *TestToken) TryPackApproveAndCall(spender common.Address, amount *big.Int, extraData []byte) ([]byte, error) {
	return testToken.abi.Pack("approveAndCall", spender, amount, extraData)
}

// UnpackApproveAndCall is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcae9ca51.
//
// Solidity: function approveAndCall(address spender, uint256 amount, bytes extraData) returns(bool)
func (testToken *TestToken) UnpackApproveAndCall(data []byte) (bool, error) {
	out, err := testToken.abi.Unpack("approveAndCall", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testToken *TestToken) PackBalanceOf(account common.Address) []byte {
	enc, err := testToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testToken *TestToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return testToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testToken *TestToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := testToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() pure returns(uint8)
func (testToken *TestToken) PackDecimals() []byte {
	enc, err := testToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() pure returns(uint8)
func (testToken *TestToken) TryPackDecimals() ([]byte, error) {
	return testToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (testToken *TestToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := testToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testToken *TestToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := testToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testToken *TestToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return testToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (testToken *TestToken) PackName() []byte {
	enc, err := testToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (testToken *TestToken) TryPackName() ([]byte, error) {
	return testToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (testToken *TestToken) UnpackName(data []byte) (string, error) {
	out, err := testToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (testToken *TestToken) PackOwner() []byte {
	enc, err := testToken.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (testToken *TestToken) TryPackOwner() ([]byte, error) {
	return testToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (testToken *TestToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := testToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (testToken *TestToken) PackRenounceOwnership() []byte {
	enc, err := testToken.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (testToken *TestToken) TryPackRenounceOwnership() ([]byte, error) {
	return testToken.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (testToken *TestToken) PackSymbol() []byte {
	enc, err := testToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (testToken *TestToken) TryPackSymbol() ([]byte, error) {
	return testToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (testToken *TestToken) UnpackSymbol(data []byte) (string, error) {
	out, err := testToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (testToken *TestToken) PackTotalSupply() []byte {
	enc, err := testToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (testToken *TestToken) TryPackTotalSupply() ([]byte, error) {
	return testToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (testToken *TestToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := testToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testToken *TestToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := testToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testToken *TestToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return testToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testToken *TestToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := testToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testToken *TestToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := testToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testToken *TestToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return testToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testToken *TestToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := testToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (testToken *TestToken) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := testToken.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (testToken *TestToken) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return testToken.abi.Pack("transferOwnership", newOwner)
}

// TestTokenApproval represents a Approval event raised by the TestToken contract.
type TestTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TestTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (TestTokenApproval) ContractEventName() string {
	return TestTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (testToken *TestToken) UnpackApprovalEvent(log *types.Log) (*TestTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestTokenApproval)
	if len(log.Data) > 0 {
		if err := testToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TestTokenOwnershipTransferred represents a OwnershipTransferred event raised by the TestToken contract.
type TestTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const TestTokenOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (TestTokenOwnershipTransferred) ContractEventName() string {
	return TestTokenOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (testToken *TestToken) UnpackOwnershipTransferredEvent(log *types.Log) (*TestTokenOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestTokenOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := testToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TestTokenTransfer represents a Transfer event raised by the TestToken contract.
type TestTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const TestTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (TestTokenTransfer) ContractEventName() string {
	return TestTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (testToken *TestToken) UnpackTransferEvent(log *types.Log) (*TestTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestTokenTransfer)
	if len(log.Data) > 0 {
		if err := testToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testToken *TestToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return testToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], testToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return testToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], testToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return testToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], testToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return testToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], testToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return testToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], testToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return testToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], testToken.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return testToken.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], testToken.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return testToken.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the TestToken contract.
type TestTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func TestTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (testToken *TestToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*TestTokenERC20InsufficientAllowance, error) {
	out := new(TestTokenERC20InsufficientAllowance)
	if err := testToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the TestToken contract.
type TestTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func TestTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (testToken *TestToken) UnpackERC20InsufficientBalanceError(raw []byte) (*TestTokenERC20InsufficientBalance, error) {
	out := new(TestTokenERC20InsufficientBalance)
	if err := testToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the TestToken contract.
type TestTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func TestTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (testToken *TestToken) UnpackERC20InvalidApproverError(raw []byte) (*TestTokenERC20InvalidApprover, error) {
	out := new(TestTokenERC20InvalidApprover)
	if err := testToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the TestToken contract.
type TestTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func TestTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (testToken *TestToken) UnpackERC20InvalidReceiverError(raw []byte) (*TestTokenERC20InvalidReceiver, error) {
	out := new(TestTokenERC20InvalidReceiver)
	if err := testToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the TestToken contract.
type TestTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func TestTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (testToken *TestToken) UnpackERC20InvalidSenderError(raw []byte) (*TestTokenERC20InvalidSender, error) {
	out := new(TestTokenERC20InvalidSender)
	if err := testToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the TestToken contract.
type TestTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func TestTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (testToken *TestToken) UnpackERC20InvalidSpenderError(raw []byte) (*TestTokenERC20InvalidSpender, error) {
	out := new(TestTokenERC20InvalidSpender)
	if err := testToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestTokenOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the TestToken contract.
type TestTokenOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func TestTokenOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (testToken *TestToken) UnpackOwnableInvalidOwnerError(raw []byte) (*TestTokenOwnableInvalidOwner, error) {
	out := new(TestTokenOwnableInvalidOwner)
	if err := testToken.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestTokenOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the TestToken contract.
type TestTokenOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func TestTokenOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (testToken *TestToken) UnpackOwnableUnauthorizedAccountError(raw []byte) (*TestTokenOwnableUnauthorizedAccount, error) {
	out := new(TestTokenOwnableUnauthorizedAccount)
	if err := testToken.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestWalletMetaData contains all meta data concerning the TestWallet contract.
var TestWalletMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"controller_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"TestWalletCallFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"TestWalletNotController\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"controller\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "f51ae45e68cd295e3e6842288c3f47c906",
	Bin: "0x60a034607257601f6104e138819003918201601f19168301916001600160401b03831184841017607657808492602094604052833981010312607257516001600160a01b0381168103607257608052604051610456908161008b823960805181818160590152818160d001526102290152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80631626ba7e146101b95780631cff79cd146100815763f77c47911461003a575f80fd5b3461007d575f36600319011261007d5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b5f80fd5b3461007d57604036600319011261007d576004356001600160a01b038116810361007d5760243567ffffffffffffffff811161007d576100c59036906004016102c8565b916001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361018d57825f80949381946040519384928337810182815203925af13d15610185573d9061012761012283610373565b610320565b9182523d5f602084013e5b1561014b5761014790604051918291826102f6565b0390f35b610181906040519182917fa9b3eaa4000000000000000000000000000000000000000000000000000000008352600483016102f6565b0390fd5b606090610132565b7f9f918ef9000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461007d57604036600319011261007d5760243567ffffffffffffffff811161007d576101ea9036906004016102c8565b6101f661012282610373565b90808252368184011161007d576020815f9261021c95838601378301015260043561038f565b50506001600160a01b03807f0000000000000000000000000000000000000000000000000000000000000000169116145f146102a05760207f1626ba7e000000000000000000000000000000000000000000000000000000005b7fffffffff0000000000000000000000000000000000000000000000000000000060405191168152f35b60207fffffffff00000000000000000000000000000000000000000000000000000000610276565b9181601f8401121561007d5782359167ffffffffffffffff831161007d576020838186019501011161007d57565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b6040519190601f01601f1916820167ffffffffffffffff81118382101761034657604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b67ffffffffffffffff811161034657601f01601f191660200190565b81519190604183036103bf576103b89250602082015190606060408401519301515f1a906103c9565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841161044b579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610440575f516001600160a01b0381161561043657905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056",
}

// TestWallet is an auto generated Go binding around an Ethereum contract.
type TestWallet struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestWallet) GetABI() abi.ABI {
	return c.abi
}

// NewTestWallet creates a new instance of TestWallet.
func NewTestWallet() *TestWallet {
	parsed, err := TestWalletMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestWallet{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestWallet) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address controller_) returns()
func (testWallet *TestWallet) PackConstructor(controller_ common.Address) []byte {
	enc, err := testWallet.abi.Pack("", controller_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackController is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf77c4791.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function controller() view returns(address)
func (testWallet *TestWallet) PackController() []byte {
	enc, err := testWallet.abi.Pack("controller")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackController is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf77c4791.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function controller() view returns(address)
func (testWallet *TestWallet) TryPackController() ([]byte, error) {
	return testWallet.abi.Pack("controller")
}

// UnpackController is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf77c4791.
//
// Solidity: function controller() view returns(address)
func (testWallet *TestWallet) UnpackController(data []byte) (common.Address, error) {
	out, err := testWallet.abi.Unpack("controller", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cff79cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address target, bytes data) returns(bytes)
func (testWallet *TestWallet) PackExecute(target common.Address, data []byte) []byte {
	enc, err := testWallet.abi.Pack("execute", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cff79cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address target, bytes data) returns(bytes)
func (testWallet *TestWallet) TryPackExecute(target common.Address, data []byte) ([]byte, error) {
	return testWallet.abi.Pack("execute", target, data)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cff79cd.
//
// Solidity: function execute(address target, bytes data) returns(bytes)
func (testWallet *TestWallet) UnpackExecute(data []byte) ([]byte, error) {
	out, err := testWallet.abi.Unpack("execute", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (testWallet *TestWallet) PackIsValidSignature(hash [32]byte, signature []byte) []byte {
	enc, err := testWallet.abi.Pack("isValidSignature", hash, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (testWallet *TestWallet) TryPackIsValidSignature(hash [32]byte, signature []byte) ([]byte, error) {
	return testWallet.abi.Pack("isValidSignature", hash, signature)
}

// UnpackIsValidSignature is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (testWallet *TestWallet) UnpackIsValidSignature(data []byte) ([4]byte, error) {
	out, err := testWallet.abi.Unpack("isValidSignature", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testWallet *TestWallet) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testWallet.abi.Errors["TestWalletCallFailed"].ID.Bytes()[:4]) {
		return testWallet.UnpackTestWalletCallFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], testWallet.abi.Errors["TestWalletNotController"].ID.Bytes()[:4]) {
		return testWallet.UnpackTestWalletNotControllerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestWalletTestWalletCallFailed represents a TestWalletCallFailed error raised by the TestWallet contract.
type TestWalletTestWalletCallFailed struct {
	Reason []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TestWalletCallFailed(bytes reason)
func TestWalletTestWalletCallFailedErrorID() common.Hash {
	return common.HexToHash("0xa9b3eaa40024d09a859296e0583a520597c9e6df399a44a7ded0ce1fd45ade5c")
}

// UnpackTestWalletCallFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TestWalletCallFailed(bytes reason)
func (testWallet *TestWallet) UnpackTestWalletCallFailedError(raw []byte) (*TestWalletTestWalletCallFailed, error) {
	out := new(TestWalletTestWalletCallFailed)
	if err := testWallet.abi.UnpackIntoInterface(out, "TestWalletCallFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestWalletTestWalletNotController represents a TestWalletNotController error raised by the TestWallet contract.
type TestWalletTestWalletNotController struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TestWalletNotController(address caller)
func TestWalletTestWalletNotControllerErrorID() common.Hash {
	return common.HexToHash("0x9f918ef9028e90bff0343b15bbfe64f4a4a55a242c44f501a98132a9c55f3166")
}

// UnpackTestWalletNotControllerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TestWalletNotController(address caller)
func (testWallet *TestWallet) UnpackTestWalletNotControllerError(raw []byte) (*TestWalletTestWalletNotController, error) {
	out := new(TestWalletTestWalletNotController)
	if err := testWallet.abi.UnpackIntoInterface(out, "TestWalletNotController", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryMetaData contains all meta data concerning the WorkerpoolRegistry contract.
var WorkerpoolRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"RegistryAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"RegistryNotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ratio\",\"type\":\"uint256\"}],\"name\":\"RegistryRatioTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"RegistryUnknownAsset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RegistryZeroOwner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"WorkerpoolCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldWorkerStakeRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newWorkerStakeRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldSchedulerRewardRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newSchedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"WorkerpoolPolicyUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_SCHEDULER_REWARD_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_WORKER_STAKE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"changePolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"createWorkerpool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"created\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"ownerOfAsset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"policyOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"encodedArgs\",\"type\":\"bytes\"}],\"name\":\"predictAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"predictWorkerpool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"workerpool\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structWorkerpoolRegistry.Workerpool\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "67e746e6756ca818299e64ed7a933608ac",
	Bin: "0x60806040523461033057604080519081016001600160401b0381118282101761023b576040908152601082526f506f636f20576f726b6572706f6f6c7360801b602083015280519081016001600160401b0381118282101761023b5760405260098152681413d0d3cb5413d3d360ba1b602082015281516001600160401b03811161023b575f54600181811c91168015610326575b602082101461021d57601f81116102b9575b50602092601f821160011461025a57928192935f9261024f575b50508160011b915f199060031b1c1916175f555b80516001600160401b03811161023b57600154600181811c91168015610231575b602082101461021d57601f81116101af575b50602091601f821160011461014f579181925f92610144575b50508160011b915f199060031b1c1916176001555b60405161149b90816103358239f35b015190505f80610120565b601f1982169260015f52805f20915f5b8581106101975750836001951061017f575b505050811b01600155610135565b01515f1960f88460031b161c191690555f8080610171565b9192602060018192868501518155019401920161015f565b818111156101075760015f52601f820160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf660208410610215575b81601f9101920160051c03905f5b828110610208575050610107565b5f828201556001016101fa565b5f91506101ec565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100f5565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100c0565b601f198216935f8052805f20915f5b8681106102a15750836001959610610289575b505050811b015f556100d4565b01515f1960f88460031b161c191690555f808061027c565b91926020600181928685015181550194019201610269565b818111156100a6575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5636020841061031e575b81601f9101920160051c03905f5b8281106103115750506100a6565b5f82820155600101610303565b5f91506102f5565b90607f1690610094565b5f80fdfe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a714610e1657508063064a6c2a14610dda57806306661abd14610dbd57806306fdde0314610d1b578063081812fc14610cde578063095ea7b314610bf257806323b872dd14610bdb57806342842e0e14610bb25780636352211e14610b9457806370a0823114610b2a57806372634e0914610a0757806378c99057146109ec5780637fe954081461099657806395d89b41146108b8578063a22cb465146107eb578063b88d4fde1461079a578063c1f1d57714610759578063c3c66bd9146105fc578063c87b56dd1461059f578063e40238f4146101ea578063e985e9c514610197578063f514d6e5146101395763ff5fde0b1461011b575f80fd5b346101365780600319360112610136576020604051601e8152f35b80fd5b5034610136576020366003190112610136576060906001600160a01b03604081610161610ee5565b16928381526007602052818120938152600260205220541690600260018201549101549060405192835260208301526040820152f35b5034610136576040366003190112610136576001600160a01b0360406101bb610ee5565b92826101c5610efb565b9416815260056020522091165f52602052602060ff60405f2054166040519015158152f35b5034610136576101f936610f11565b919060405161021e81610210868560208401611095565b03601f198101835282611003565b6001600160a01b038316928315610577576001600160a01b0391610241916112c8565b169283855260026020526001600160a01b0360408620541661054b576006545f19811461053757600101600655835f5260026020526001600160a01b0360405f2054168015159081610500575b846104e8575b855f52600260205260405f20856001600160a01b03198254161790558585827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a4506104bc57604051916102e983610fd3565b6102f4368383611041565b83526020830192601e845260408101936001855286885260076020526040882091519788519067ffffffffffffffff82116104a85761033384546110bc565b601f8111610456575b50602099899695949392918b91906001601f8511146103c957926002949281927f8dd9795711700fc25ffe96cd1ba99532b09e9ac78ff9c410b5051e9c1b1611039a9b95926103be575b50508160011b915f199060031b1c19161784555b516001840155519101556103b360405192839283611095565b0390a3604051908152f35b015190505f80610386565b9893929190601f198316868b52828b209a5b81811061043c575099600192849260029796957f8dd9795711700fc25ffe96cd1ba99532b09e9ac78ff9c410b5051e9c1b1611039c9d10610424575b505050811b01845561039a565b01515f1960f88460031b161c191690555f8080610417565b838301518c556001909b019a8d9a50928e01928e016103db565b8281111561033c579984825260208220601f840160051c90602085106104a0575b81019b601f0160051c03825b8181106104925750509961033c565b80846001928f015501610483565b839150610477565b80634e487b7160e01b602492526041600452fd5b6024857f73c6ac6e00000000000000000000000000000000000000000000000000000000815280600452fd5b845f52600360205260405f2060018154019055610294565b61051f865f52600460205260405f206001600160a01b03198154169055565b805f52600360205260405f205f19815401905561028e565b602486634e487b7160e01b81526011600452fd5b602485857f467f5723000000000000000000000000000000000000000000000000000000008252600452fd5b6004867f24e99b85000000000000000000000000000000000000000000000000000000008152fd5b346105f85760203660031901126105f8576105bb600435611468565b505f6040516105cb602082611003565b526105f46040516105dd602082611003565b5f8152604051918291602083526020830190610f75565b0390f35b5f80fd5b346105f85760203660031901126105f8576001600160a01b0361061d610ee5565b5f6040805161062b81610fd3565b60608152826020820152015216805f5260026020526001600160a01b0360405f20541615610747575f52600760205260405f2060405161066a81610fd3565b604051915f92815461067b816110bc565b808352906001811690811561072357506001146106ea575b506106a3816106d9950382611003565b82526002600182015491602084019283520154604083019081526040519384936020855251606060208601526080850190610f75565b915160408401525160608301520390f35b9350815f5260205f205f905b85821061070d5750810160200193506106a3610693565b60018160209254838587010152019101906106f6565b60ff191660208085019190915291151560051b830190910194506106a39050610693565b63c460536160e01b5f5260045260245ffd5b346105f85760203660031901126105f8576001600160a01b0361077a610ee5565b165f52600260205260206001600160a01b0360405f205416604051908152f35b346105f85760803660031901126105f8576107b3610ee5565b6107bb610efb565b6064359167ffffffffffffffff83116105f8576107df6107e9933690600401611077565b91604435916112fd565b005b346105f85760403660031901126105f857610804610ee5565b602435908115158092036105f85733156108a5576001600160a01b031690811561087957335f52600560205260405f20825f5260205260405f2060ff1981541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b507f5b08ba18000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63a9fbf51f60e01b5f525f60045260245ffd5b346105f8575f3660031901126105f8576040515f6001546108d8816110bc565b80845290600181169081156109725750600114610914575b6105f48361090081850382611003565b604051918291602083526020830190610f75565b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b808210610958575090915081016020016109006108f0565b919260018160209254838588010152019101909291610940565b60ff191660208086019190915291151560051b8401909101915061090090506108f0565b346105f85760403660031901126105f8576109af610ee5565b60243567ffffffffffffffff81116105f8576020916109d56109db923690600401611077565b906112c8565b6001600160a01b0360405191168152f35b346105f8575f3660031901126105f857602060405160018152f35b346105f85760603660031901126105f857610a20610ee5565b6024356001600160a01b03604435921690815f5260026020526001600160a01b0360405f2054168015610b1757338103610ae4575060648111610ad25760648311610abf57815f52600760205260405f209160018301907f7d48abf956af724c054296ee2bcd557c355f59abfd89340b24fc4a1f4dc3b3cd60806002845496019586546040519182528660208301526040820152876060820152a25555005b8263c8dc43e760e01b5f5260045260245ffd5b63c8dc43e760e01b5f5260045260245ffd5b827ffd0da7f4000000000000000000000000000000000000000000000000000000005f526004523360245260445260645ffd5b8263c460536160e01b5f5260045260245ffd5b346105f85760203660031901126105f8576001600160a01b03610b4b610ee5565b168015610b68575f526003602052602060405f2054604051908152f35b7f89c62b64000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b346105f85760203660031901126105f85760206109db600435611468565b346105f8576107e9610bc336610f99565b9060405192610bd3602085611003565b5f84526112fd565b346105f8576107e9610bec36610f99565b916110f4565b346105f85760403660031901126105f857610c0b610ee5565b602435610c1781611468565b33151580610ccb575b80610c98575b610c855781906001600160a01b0380851691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f5260046020526001600160a01b0360405f2091166001600160a01b03198254161790555f80f35b63a9fbf51f60e01b5f523360045260245ffd5b506001600160a01b0381165f52600560205260405f206001600160a01b0333165f5260205260ff60405f20541615610c26565b50336001600160a01b0382161415610c20565b346105f85760203660031901126105f857600435610cfb81611468565b505f52600460205260206001600160a01b0360405f205416604051908152f35b346105f8575f3660031901126105f8576040515f5f54610d3a816110bc565b80845290600181169081156109725750600114610d61576105f48361090081850382611003565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b808210610da3575090915081016020016109006108f0565b919260018160209254838588010152019101909291610d8b565b346105f8575f3660031901126105f8576020600654604051908152f35b346105f85760206109db610e11610df036610f11565b9290610e03604051948592888401611095565b03601f198101845283611003565b6112c8565b346105f85760203660031901126105f857600435907fffffffff0000000000000000000000000000000000000000000000000000000082168092036105f857817f80ac58cd0000000000000000000000000000000000000000000000000000000060209314908115610ebb575b8115610e91575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483610e8a565b7f5b5e139f0000000000000000000000000000000000000000000000000000000081149150610e83565b600435906001600160a01b03821682036105f857565b602435906001600160a01b03821682036105f857565b60406003198201126105f8576004356001600160a01b03811681036105f8579160243567ffffffffffffffff81116105f857826023820112156105f85780600401359267ffffffffffffffff84116105f857602484830101116105f8576024019190565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b60609060031901126105f8576004356001600160a01b03811681036105f857906024356001600160a01b03811681036105f8579060443590565b6060810190811067ffffffffffffffff821117610fef57604052565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff821117610fef57604052565b67ffffffffffffffff8111610fef57601f01601f191660200190565b92919261104d82611025565b9161105b6040519384611003565b8294818452818301116105f8578281602093845f960137010152565b9080601f830112156105f85781602061109293359101611041565b90565b90918060409360208452816020850152848401375f828201840152601f01601f1916010190565b90600182811c921680156110ea575b60208310146110d657565b634e487b7160e01b5f52602260045260245ffd5b91607f16916110cb565b91906001600160a01b031680156112b557815f5260026020526001600160a01b0360405f20541692823315159283611200575b6001600160a01b039350856111c9575b805f52600360205260405f2060018154019055815f52600260205260405f20816001600160a01b0319825416179055857fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a41680830361119857505050565b7f64283d7b000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b6111e8825f52600460205260405f206001600160a01b03198154169055565b855f52600360205260405f205f198154019055611137565b919290508061125e575b1561121757828291611127565b828461122f57637e27328960e01b5f5260045260245ffd5b7f177e802f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b50338414801561128c575b8061120a5750825f526004602052336001600160a01b0360405f2054161461120a565b50835f52600560205260405f206001600160a01b0333165f5260205260ff60405f205416611269565b633250574960e11b5f525f60045260245ffd5b6102106112f66001600160a01b03936040519283918660208401961686526040808401526060830190610f75565b5190201690565b906113098382846110f4565b803b611316575b50505050565b60209161135c6001600160a01b03809316956040519586948594630a85bd0160e11b86523360048701521660248501526044840152608060648401526084830190610f75565b03815f865af15f918161140b575b506113bf57503d156113b8573d61138081611025565b9061138e6040519283611003565b81523d5f602083013e5b805190816113b35782633250574960e11b5f5260045260245ffd5b602001fd5b6060611398565b7fffffffff00000000000000000000000000000000000000000000000000000000630a85bd0160e11b9116036113f957505f808080611310565b633250574960e11b5f5260045260245ffd5b9091506020813d602011611460575b8161142760209383611003565b810103126105f857517fffffffff00000000000000000000000000000000000000000000000000000000811681036105f857905f61136a565b3d915061141a565b805f5260026020526001600160a01b0360405f205416908115611489575090565b637e27328960e01b5f5260045260245ffd",
}

// WorkerpoolRegistry is an auto generated Go binding around an Ethereum contract.
type WorkerpoolRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *WorkerpoolRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewWorkerpoolRegistry creates a new instance of WorkerpoolRegistry.
func NewWorkerpoolRegistry() *WorkerpoolRegistry {
	parsed, err := WorkerpoolRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &WorkerpoolRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *WorkerpoolRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTSCHEDULERREWARDRATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78c99057.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_SCHEDULER_REWARD_RATIO() view returns(uint256)
func (workerpoolRegistry *WorkerpoolRegistry) PackDEFAULTSCHEDULERREWARDRATIO() []byte {
	enc, err := workerpoolRegistry.abi.Pack("DEFAULT_SCHEDULER_REWARD_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTSCHEDULERREWARDRATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78c99057.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_SCHEDULER_REWARD_RATIO() view returns(uint256)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackDEFAULTSCHEDULERREWARDRATIO() ([]byte, error) {
	return workerpoolRegistry.abi.Pack("DEFAULT_SCHEDULER_REWARD_RATIO")
}

// UnpackDEFAULTSCHEDULERREWARDRATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x78c99057.
//
// Solidity: function DEFAULT_SCHEDULER_REWARD_RATIO() view returns(uint256)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackDEFAULTSCHEDULERREWARDRATIO(data []byte) (*big.Int, error) {
	out, err := workerpoolRegistry.abi.Unpack("DEFAULT_SCHEDULER_REWARD_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEFAULTWORKERSTAKERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff5fde0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_WORKER_STAKE_RATIO() view returns(uint256)
func (workerpoolRegistry *WorkerpoolRegistry) PackDEFAULTWORKERSTAKERATIO() []byte {
	enc, err := workerpoolRegistry.abi.Pack("DEFAULT_WORKER_STAKE_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTWORKERSTAKERATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff5fde0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_WORKER_STAKE_RATIO() view returns(uint256)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackDEFAULTWORKERSTAKERATIO() ([]byte, error) {
	return workerpoolRegistry.abi.Pack("DEFAULT_WORKER_STAKE_RATIO")
}

// UnpackDEFAULTWORKERSTAKERATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xff5fde0b.
//
// Solidity: function DEFAULT_WORKER_STAKE_RATIO() view returns(uint256)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackDEFAULTWORKERSTAKERATIO(data []byte) (*big.Int, error) {
	out, err := workerpoolRegistry.abi.Unpack("DEFAULT_WORKER_STAKE_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (workerpoolRegistry *WorkerpoolRegistry) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := workerpoolRegistry.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (workerpoolRegistry *WorkerpoolRegistry) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (workerpoolRegistry *WorkerpoolRegistry) PackBalanceOf(owner common.Address) []byte {
	enc, err := workerpoolRegistry.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := workerpoolRegistry.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChangePolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72634e09.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changePolicy(address pool, uint256 workerStakeRatio, uint256 schedulerRewardRatio) returns()
func (workerpoolRegistry *WorkerpoolRegistry) PackChangePolicy(pool common.Address, workerStakeRatio *big.Int, schedulerRewardRatio *big.Int) []byte {
	enc, err := workerpoolRegistry.abi.Pack("changePolicy", pool, workerStakeRatio, schedulerRewardRatio)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangePolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72634e09.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changePolicy(address pool, uint256 workerStakeRatio, uint256 schedulerRewardRatio) returns()
func (workerpoolRegistry *WorkerpoolRegistry) TryPackChangePolicy(pool common.Address, workerStakeRatio *big.Int, schedulerRewardRatio *big.Int) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("changePolicy", pool, workerStakeRatio, schedulerRewardRatio)
}

// PackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06661abd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function count() view returns(uint256)
func (workerpoolRegistry *WorkerpoolRegistry) PackCount() []byte {
	enc, err := workerpoolRegistry.abi.Pack("count")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06661abd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function count() view returns(uint256)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackCount() ([]byte, error) {
	return workerpoolRegistry.abi.Pack("count")
}

// UnpackCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06661abd.
//
// Solidity: function count() view returns(uint256)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackCount(data []byte) (*big.Int, error) {
	out, err := workerpoolRegistry.abi.Unpack("count", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe40238f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createWorkerpool(address owner, string description) returns(address created)
func (workerpoolRegistry *WorkerpoolRegistry) PackCreateWorkerpool(owner common.Address, description string) []byte {
	enc, err := workerpoolRegistry.abi.Pack("createWorkerpool", owner, description)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe40238f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createWorkerpool(address owner, string description) returns(address created)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackCreateWorkerpool(owner common.Address, description string) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("createWorkerpool", owner, description)
}

// UnpackCreateWorkerpool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe40238f4.
//
// Solidity: function createWorkerpool(address owner, string description) returns(address created)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackCreateWorkerpool(data []byte) (common.Address, error) {
	out, err := workerpoolRegistry.abi.Unpack("createWorkerpool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := workerpoolRegistry.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := workerpoolRegistry.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (workerpoolRegistry *WorkerpoolRegistry) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := workerpoolRegistry.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := workerpoolRegistry.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) PackName() []byte {
	enc, err := workerpoolRegistry.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackName() ([]byte, error) {
	return workerpoolRegistry.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackName(data []byte) (string, error) {
	out, err := workerpoolRegistry.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := workerpoolRegistry.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := workerpoolRegistry.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerOfAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1f1d577.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) PackOwnerOfAsset(asset common.Address) []byte {
	enc, err := workerpoolRegistry.abi.Pack("ownerOfAsset", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOfAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1f1d577.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackOwnerOfAsset(asset common.Address) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("ownerOfAsset", asset)
}

// UnpackOwnerOfAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1f1d577.
//
// Solidity: function ownerOfAsset(address asset) view returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackOwnerOfAsset(data []byte) (common.Address, error) {
	out, err := workerpoolRegistry.abi.Unpack("ownerOfAsset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPolicyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf514d6e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function policyOf(address pool) view returns(address owner, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (workerpoolRegistry *WorkerpoolRegistry) PackPolicyOf(pool common.Address) []byte {
	enc, err := workerpoolRegistry.abi.Pack("policyOf", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPolicyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf514d6e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function policyOf(address pool) view returns(address owner, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackPolicyOf(pool common.Address) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("policyOf", pool)
}

// PolicyOfOutput serves as a container for the return parameters of contract
// method PolicyOf.
type PolicyOfOutput struct {
	Owner                common.Address
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
}

// UnpackPolicyOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf514d6e5.
//
// Solidity: function policyOf(address pool) view returns(address owner, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackPolicyOf(data []byte) (PolicyOfOutput, error) {
	out, err := workerpoolRegistry.abi.Unpack("policyOf", data)
	outstruct := new(PolicyOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.WorkerStakeRatio = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.SchedulerRewardRatio = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPredictAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fe95408.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predictAddress(address owner, bytes encodedArgs) pure returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) PackPredictAddress(owner common.Address, encodedArgs []byte) []byte {
	enc, err := workerpoolRegistry.abi.Pack("predictAddress", owner, encodedArgs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredictAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fe95408.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predictAddress(address owner, bytes encodedArgs) pure returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackPredictAddress(owner common.Address, encodedArgs []byte) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("predictAddress", owner, encodedArgs)
}

// UnpackPredictAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fe95408.
//
// Solidity: function predictAddress(address owner, bytes encodedArgs) pure returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackPredictAddress(data []byte) (common.Address, error) {
	out, err := workerpoolRegistry.abi.Unpack("predictAddress", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPredictWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x064a6c2a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predictWorkerpool(address owner, string description) pure returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) PackPredictWorkerpool(owner common.Address, description string) []byte {
	enc, err := workerpoolRegistry.abi.Pack("predictWorkerpool", owner, description)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredictWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x064a6c2a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predictWorkerpool(address owner, string description) pure returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackPredictWorkerpool(owner common.Address, description string) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("predictWorkerpool", owner, description)
}

// UnpackPredictWorkerpool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x064a6c2a.
//
// Solidity: function predictWorkerpool(address owner, string description) pure returns(address)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackPredictWorkerpool(data []byte) (common.Address, error) {
	out, err := workerpoolRegistry.abi.Unpack("predictWorkerpool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (workerpoolRegistry *WorkerpoolRegistry) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := workerpoolRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (workerpoolRegistry *WorkerpoolRegistry) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (workerpoolRegistry *WorkerpoolRegistry) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := workerpoolRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (workerpoolRegistry *WorkerpoolRegistry) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (workerpoolRegistry *WorkerpoolRegistry) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := workerpoolRegistry.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (workerpoolRegistry *WorkerpoolRegistry) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (workerpoolRegistry *WorkerpoolRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := workerpoolRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := workerpoolRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) PackSymbol() []byte {
	enc, err := workerpoolRegistry.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackSymbol() ([]byte, error) {
	return workerpoolRegistry.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackSymbol(data []byte) (string, error) {
	out, err := workerpoolRegistry.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := workerpoolRegistry.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackTokenURI(data []byte) (string, error) {
	out, err := workerpoolRegistry.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (workerpoolRegistry *WorkerpoolRegistry) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := workerpoolRegistry.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (workerpoolRegistry *WorkerpoolRegistry) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("transferFrom", from, to, tokenId)
}

// PackWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3c66bd9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function workerpool(address pool) view returns((string,uint256,uint256))
func (workerpoolRegistry *WorkerpoolRegistry) PackWorkerpool(pool common.Address) []byte {
	enc, err := workerpoolRegistry.abi.Pack("workerpool", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3c66bd9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function workerpool(address pool) view returns((string,uint256,uint256))
func (workerpoolRegistry *WorkerpoolRegistry) TryPackWorkerpool(pool common.Address) ([]byte, error) {
	return workerpoolRegistry.abi.Pack("workerpool", pool)
}

// UnpackWorkerpool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3c66bd9.
//
// Solidity: function workerpool(address pool) view returns((string,uint256,uint256))
func (workerpoolRegistry *WorkerpoolRegistry) UnpackWorkerpool(data []byte) (WorkerpoolRegistryWorkerpool, error) {
	out, err := workerpoolRegistry.abi.Unpack("workerpool", data)
	if err != nil {
		return *new(WorkerpoolRegistryWorkerpool), err
	}
	out0 := *abi.ConvertType(out[0], new(WorkerpoolRegistryWorkerpool)).(*WorkerpoolRegistryWorkerpool)
	return out0, nil
}

// WorkerpoolRegistryApproval represents a Approval event raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const WorkerpoolRegistryApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (WorkerpoolRegistryApproval) ContractEventName() string {
	return WorkerpoolRegistryApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackApprovalEvent(log *types.Log) (*WorkerpoolRegistryApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerpoolRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerpoolRegistryApproval)
	if len(log.Data) > 0 {
		if err := workerpoolRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerpoolRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerpoolRegistryApprovalForAll represents a ApprovalForAll event raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const WorkerpoolRegistryApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (WorkerpoolRegistryApprovalForAll) ContractEventName() string {
	return WorkerpoolRegistryApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackApprovalForAllEvent(log *types.Log) (*WorkerpoolRegistryApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerpoolRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerpoolRegistryApprovalForAll)
	if len(log.Data) > 0 {
		if err := workerpoolRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerpoolRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerpoolRegistryTransfer represents a Transfer event raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const WorkerpoolRegistryTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (WorkerpoolRegistryTransfer) ContractEventName() string {
	return WorkerpoolRegistryTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackTransferEvent(log *types.Log) (*WorkerpoolRegistryTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerpoolRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerpoolRegistryTransfer)
	if len(log.Data) > 0 {
		if err := workerpoolRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerpoolRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerpoolRegistryWorkerpoolCreated represents a WorkerpoolCreated event raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryWorkerpoolCreated struct {
	Workerpool  common.Address
	Owner       common.Address
	Description string
	Raw         *types.Log // Blockchain specific contextual infos
}

const WorkerpoolRegistryWorkerpoolCreatedEventName = "WorkerpoolCreated"

// ContractEventName returns the user-defined event name.
func (WorkerpoolRegistryWorkerpoolCreated) ContractEventName() string {
	return WorkerpoolRegistryWorkerpoolCreatedEventName
}

// UnpackWorkerpoolCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerpoolCreated(address indexed workerpool, address indexed owner, string description)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackWorkerpoolCreatedEvent(log *types.Log) (*WorkerpoolRegistryWorkerpoolCreated, error) {
	event := "WorkerpoolCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerpoolRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerpoolRegistryWorkerpoolCreated)
	if len(log.Data) > 0 {
		if err := workerpoolRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerpoolRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WorkerpoolRegistryWorkerpoolPolicyUpdated represents a WorkerpoolPolicyUpdated event raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryWorkerpoolPolicyUpdated struct {
	Workerpool              common.Address
	OldWorkerStakeRatio     *big.Int
	NewWorkerStakeRatio     *big.Int
	OldSchedulerRewardRatio *big.Int
	NewSchedulerRewardRatio *big.Int
	Raw                     *types.Log // Blockchain specific contextual infos
}

const WorkerpoolRegistryWorkerpoolPolicyUpdatedEventName = "WorkerpoolPolicyUpdated"

// ContractEventName returns the user-defined event name.
func (WorkerpoolRegistryWorkerpoolPolicyUpdated) ContractEventName() string {
	return WorkerpoolRegistryWorkerpoolPolicyUpdatedEventName
}

// UnpackWorkerpoolPolicyUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerpoolPolicyUpdated(address indexed workerpool, uint256 oldWorkerStakeRatio, uint256 newWorkerStakeRatio, uint256 oldSchedulerRewardRatio, uint256 newSchedulerRewardRatio)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackWorkerpoolPolicyUpdatedEvent(log *types.Log) (*WorkerpoolRegistryWorkerpoolPolicyUpdated, error) {
	event := "WorkerpoolPolicyUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != workerpoolRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WorkerpoolRegistryWorkerpoolPolicyUpdated)
	if len(log.Data) > 0 {
		if err := workerpoolRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range workerpoolRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (workerpoolRegistry *WorkerpoolRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["RegistryAlreadyRegistered"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackRegistryAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["RegistryNotOwner"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackRegistryNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["RegistryRatioTooHigh"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackRegistryRatioTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["RegistryUnknownAsset"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackRegistryUnknownAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], workerpoolRegistry.abi.Errors["RegistryZeroOwner"].ID.Bytes()[:4]) {
		return workerpoolRegistry.UnpackRegistryZeroOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// WorkerpoolRegistryERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func WorkerpoolRegistryERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackERC721IncorrectOwnerError(raw []byte) (*WorkerpoolRegistryERC721IncorrectOwner, error) {
	out := new(WorkerpoolRegistryERC721IncorrectOwner)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func WorkerpoolRegistryERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackERC721InsufficientApprovalError(raw []byte) (*WorkerpoolRegistryERC721InsufficientApproval, error) {
	out := new(WorkerpoolRegistryERC721InsufficientApproval)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryERC721InvalidApprover represents a ERC721InvalidApprover error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func WorkerpoolRegistryERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackERC721InvalidApproverError(raw []byte) (*WorkerpoolRegistryERC721InvalidApprover, error) {
	out := new(WorkerpoolRegistryERC721InvalidApprover)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryERC721InvalidOperator represents a ERC721InvalidOperator error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func WorkerpoolRegistryERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackERC721InvalidOperatorError(raw []byte) (*WorkerpoolRegistryERC721InvalidOperator, error) {
	out := new(WorkerpoolRegistryERC721InvalidOperator)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryERC721InvalidOwner represents a ERC721InvalidOwner error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func WorkerpoolRegistryERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackERC721InvalidOwnerError(raw []byte) (*WorkerpoolRegistryERC721InvalidOwner, error) {
	out := new(WorkerpoolRegistryERC721InvalidOwner)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func WorkerpoolRegistryERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackERC721InvalidReceiverError(raw []byte) (*WorkerpoolRegistryERC721InvalidReceiver, error) {
	out := new(WorkerpoolRegistryERC721InvalidReceiver)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryERC721InvalidSender represents a ERC721InvalidSender error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func WorkerpoolRegistryERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackERC721InvalidSenderError(raw []byte) (*WorkerpoolRegistryERC721InvalidSender, error) {
	out := new(WorkerpoolRegistryERC721InvalidSender)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryERC721NonexistentToken represents a ERC721NonexistentToken error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func WorkerpoolRegistryERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackERC721NonexistentTokenError(raw []byte) (*WorkerpoolRegistryERC721NonexistentToken, error) {
	out := new(WorkerpoolRegistryERC721NonexistentToken)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryRegistryAlreadyRegistered represents a RegistryAlreadyRegistered error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryRegistryAlreadyRegistered struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryAlreadyRegistered(address asset)
func WorkerpoolRegistryRegistryAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x467f5723f59e959f12080d4e5cf6edff365ef8fcc1b96fcbe1a162aace40460b")
}

// UnpackRegistryAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryAlreadyRegistered(address asset)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackRegistryAlreadyRegisteredError(raw []byte) (*WorkerpoolRegistryRegistryAlreadyRegistered, error) {
	out := new(WorkerpoolRegistryRegistryAlreadyRegistered)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "RegistryAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryRegistryNotOwner represents a RegistryNotOwner error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryRegistryNotOwner struct {
	Asset  common.Address
	Caller common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryNotOwner(address asset, address caller, address owner)
func WorkerpoolRegistryRegistryNotOwnerErrorID() common.Hash {
	return common.HexToHash("0xfd0da7f479a64389bb5f2cc85d94ad217f744d8f45baeb405d01c777d87f1b11")
}

// UnpackRegistryNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryNotOwner(address asset, address caller, address owner)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackRegistryNotOwnerError(raw []byte) (*WorkerpoolRegistryRegistryNotOwner, error) {
	out := new(WorkerpoolRegistryRegistryNotOwner)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "RegistryNotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryRegistryRatioTooHigh represents a RegistryRatioTooHigh error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryRegistryRatioTooHigh struct {
	Ratio *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryRatioTooHigh(uint256 ratio)
func WorkerpoolRegistryRegistryRatioTooHighErrorID() common.Hash {
	return common.HexToHash("0xc8dc43e76cff566c17104d5b7db406244129b80ed377ea47ccba516953bcc66b")
}

// UnpackRegistryRatioTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryRatioTooHigh(uint256 ratio)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackRegistryRatioTooHighError(raw []byte) (*WorkerpoolRegistryRegistryRatioTooHigh, error) {
	out := new(WorkerpoolRegistryRegistryRatioTooHigh)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "RegistryRatioTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryRegistryUnknownAsset represents a RegistryUnknownAsset error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryRegistryUnknownAsset struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryUnknownAsset(address asset)
func WorkerpoolRegistryRegistryUnknownAssetErrorID() common.Hash {
	return common.HexToHash("0xc460536150e0e64a0dc141a54e5cb8f60a5a93da48cb105c4fea000c6c5a1a9f")
}

// UnpackRegistryUnknownAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryUnknownAsset(address asset)
func (workerpoolRegistry *WorkerpoolRegistry) UnpackRegistryUnknownAssetError(raw []byte) (*WorkerpoolRegistryRegistryUnknownAsset, error) {
	out := new(WorkerpoolRegistryRegistryUnknownAsset)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "RegistryUnknownAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WorkerpoolRegistryRegistryZeroOwner represents a RegistryZeroOwner error raised by the WorkerpoolRegistry contract.
type WorkerpoolRegistryRegistryZeroOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryZeroOwner()
func WorkerpoolRegistryRegistryZeroOwnerErrorID() common.Hash {
	return common.HexToHash("0x24e99b854e89f602a948f379ea4b9b482d8969f3b57652ada852d9473802587f")
}

// UnpackRegistryZeroOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryZeroOwner()
func (workerpoolRegistry *WorkerpoolRegistry) UnpackRegistryZeroOwnerError(raw []byte) (*WorkerpoolRegistryRegistryZeroOwner, error) {
	out := new(WorkerpoolRegistryRegistryZeroOwner)
	if err := workerpoolRegistry.abi.UnpackIntoInterface(out, "RegistryZeroOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}
