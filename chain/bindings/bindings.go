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
	Bin: "0x60806040523461032857604080519081016001600160401b038111828210176102335760409081526009825268506f636f204170707360b81b602083015280519081016001600160401b038111828210176102335760405260088152670504f434f2d4150560c41b602082015281516001600160401b038111610233575f54600181811c9116801561031e575b602082101461021557601f81116102b1575b50602092601f821160011461025257928192935f92610247575b50508160011b915f199060031b1c1916175f555b80516001600160401b03811161023357600154600181811c91168015610229575b602082101461021557601f81116101a7575b50602091601f8211600114610147579181925f9261013c575b50508160011b915f199060031b1c1916176001555b604051611633908161032d8239f35b015190505f80610118565b601f1982169260015f52805f20915f5b85811061018f57508360019510610177575b505050811b0160015561012d565b01515f1960f88460031b161c191690555f8080610169565b91926020600181928685015181550194019201610157565b818111156100ff5760015f52601f820160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf66020841061020d575b81601f9101920160051c03905f5b8281106102005750506100ff565b5f828201556001016101f2565b5f91506101e4565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100ed565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100b8565b601f198216935f8052805f20915f5b8681106102995750836001959610610281575b505050811b015f556100cc565b01515f1960f88460031b161c191690555f8080610274565b91926020600181928685015181550194019201610261565b8181111561009e575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56360208410610316575b81601f9101920160051c03905f5b82811061030957505061009e565b5f828201556001016102fb565b5f91506102ed565b90607f169061008c565b5f80fdfe610160806040526004361015610013575f80fd5b5f905f3560e01c90816301ffc9a714610ec25750806306661abd14610ea557806306fdde0314610e03578063081812fc14610dc7578063095ea7b314610cdd57806323b872dd14610cc65780633f7868ff1461064157806342842e0e146106185780636352211e146105fa57806370a08231146105a95780637fe954081461056557806395d89b4114610487578063a22cb465146103d3578063ae7c10f714610290578063b88d4fde14610240578063c1f1d57714610200578063c87b56dd146101a3578063e92118ed1461014a5763e985e9c5146100f0575f80fd5b3461014757604036600319011261014757604061010b610f51565b91610114610f67565b9260018060a01b031681526005602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b80fd5b503461014757602061019161018c61017e61016436610fe4565b9560409b999a979b959195949294519b8c998f8b016113d3565b03601f1981018452836110ab565b611483565b6040516001600160a01b039091168152f35b346101fc5760203660031901126101fc576101bf6004356115ff565b505f6040516101cf6020826110ab565b526101f86040516101e16020826110ab565b5f8152604051918291602083526020830190610f2d565b0390f35b5f80fd5b346101fc5760203660031901126101fc576001600160a01b03610221610f51565b165f526002602052602060018060a01b0360405f205416604051908152f35b346101fc5760803660031901126101fc57610259610f51565b610261610f67565b606435916001600160401b0383116101fc5761028461028e93369060040161111d565b91604435916114bf565b005b346101fc5760203660031901126101fc576102a9610f51565b606060806040516102b981611090565b8281528260208201528260408201525f83820152015260018060a01b0316805f52600260205260018060a01b0360405f205416156103c1575f52600760205261038260405f206101f86040519161030f83611090565b61031881611173565b835261032660018201611173565b602084019081526103a861033c60028401611173565b6040860190815261039561035e600460038701549660608a0197885201611173565b936080880194855260405198899860208a525160a060208b015260c08a0190610f2d565b9051888203601f190160408a0152610f2d565b9051868203601f19016060880152610f2d565b9151608085015251838203601f190160a0850152610f2d565b63c460536160e01b5f5260045260245ffd5b346101fc5760403660031901126101fc576103ec610f51565b602435908115158092036101fc573315610474576001600160a01b031690811561046157335f52600560205260405f20825f5260205260405f2060ff1981541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b50630b61174360e31b5f5260045260245ffd5b63a9fbf51f60e01b5f525f60045260245ffd5b346101fc575f3660031901126101fc576040515f6001546104a78161113b565b808452906001811690811561054157506001146104e3575b6101f8836104cf818503826110ab565b604051918291602083526020830190610f2d565b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b808210610527575090915081016020016104cf6104bf565b91926001816020925483858801015201910190929161050f565b60ff191660208086019190915291151560051b840190910191506104cf90506104bf565b346101fc5760403660031901126101fc5761057e610f51565b6024356001600160401b0381116101fc576020916105a361019192369060040161111d565b90611483565b346101fc5760203660031901126101fc576001600160a01b036105ca610f51565b1680156105e7575f526003602052602060405f2054604051908152f35b6322718ad960e21b5f525f60045260245ffd5b346101fc5760203660031901126101fc5760206101916004356115ff565b346101fc5761028e61062936610f7d565b90604051926106396020856110ab565b5f84526114bf565b346101fc5761064f36610fe4565b9298919395979060c05260e05261014052909592919493826106978761068985898c8a60405197889660c051948b60e05160208b016113d3565b03601f1981018352826110ab565b610140516001600160a01b031615610cb757610140516001600160a01b03916106bf91611483565b166101008190525f908152600260205260409020546001600160a01b0316610ca1576006545f198114610c8d57600101600655610100515f908152600260205260409020546001600160a01b03168015159081610c4c575b610140516001600160a01b0316610c26575b610100515f8181526002602052604081206101405181546001600160a01b0319166001600160a01b03919091169081179091559083907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9080a450610c135760405160a05261079960a051611090565b6107a6368260e0516110e7565b60a051526107b53687876110e7565b602060a051019081526107c93686866110e7565b90604060a0510191825288606060a05101526107e8368560c0516110e7565b608060a0510152610100515f52600760205260405f206101205260a051518051906001600160401b038211610aa85761083182610828610120515461113b565b61012051611425565b602090601f8311600114610baa5761086092915f9183610b3c575b50508160011b915f199060031b1c19161790565b61012051555b6001610120510190518051906001600160401b038211610aa8576108948261088e855461113b565b85611425565b602090601f8311600114610b47576108c292915f9183610b3c5750508160011b915f199060031b1c19161790565b90555b5180516080526001600160401b0360805111610aa8576108fd6080516108f1600261012051015461113b565b60026101205101611425565b6020601f60805111600114610ac75790610933915f91608051610abc575b5050608051908160011b915f199060031b1c19161790565b60026101205101555b606060a051015160036101205101556004610120510196608060a05101519788516001600160401b038111610aa85761097f81610979845461113b565b84611425565b6020601f8211600114610a1a57816109ff96959493926109d7927f75bf3a0dca7f6075b6d6f85ea486bbd673b2e81cfbf5e92883cd834df96cc7579b9c9d5f92610a0f5750508160011b915f199060031b1c19161790565b90555b60405195869560018060a01b0361014051169a610100519a60c0519560e0518a6113d3565b0390a36020604051610100518152f35b015190508d8061084c565b825f52805f209a5f5b601f1984168110610a905750917f75bf3a0dca7f6075b6d6f85ea486bbd673b2e81cfbf5e92883cd834df96cc757999a9b6001926109ff989796959483601f19811610610a78575b505050811b0190556109da565b01515f1960f88460031b161c191690558c8080610a6b565b828201518d556001909c019b60209283019201610a23565b634e487b7160e01b5f52604160045260245ffd5b01519050898061091b565b600261012051015f52805f20915f5b608051601f19168110610b245750608051601f19811610610b0a575b5050506001608051811b01600261012051015561093c565b01515f1960f860805160031b161c19169055878080610af2565b91926020600181928685015181550194019201610ad6565b015190508c8061084c565b90601f19831691845f52815f20925f5b818110610b925750908460019594939210610b7a575b505050811b0190556108c5565b01515f1960f88460031b161c191690558b8080610b6d565b92936020600181928786015181550195019301610b57565b90601f19831691610120515f52815f20925f5b818110610bfb5750908460019594939210610be3575b505050811b016101205155610866565b01515f1960f88460031b161c191690558b8080610bd3565b92936020600181928786015181550195019301610bbd565b6339e3563760e11b5f525f60045260245ffd5b610140516001600160a01b03165f90815260036020526040902080546001019055610729565b610c75610100515f52600460205260405f206bffffffffffffffffffffffff60a01b8154169055565b805f52600360205260405f205f198154019055610717565b634e487b7160e01b5f52601160045260245ffd5b63467f572360e01b5f526101005160045260245ffd5b6324e99b8560e01b5f5260045ffd5b346101fc5761028e610cd736610f7d565b91611213565b346101fc5760403660031901126101fc57610cf6610f51565b602435610d02816115ff565b33151580610db4575b80610d87575b610d745781906001600160a01b0384811691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f90815260046020526040902080546001600160a01b0319166001600160a01b03909216919091179055005b63a9fbf51f60e01b5f523360045260245ffd5b506001600160a01b0381165f90815260056020908152604080832033845290915290205460ff1615610d11565b506001600160a01b038116331415610d0b565b346101fc5760203660031901126101fc57600435610de4816115ff565b505f526004602052602060018060a01b0360405f205416604051908152f35b346101fc575f3660031901126101fc576040515f5f54610e228161113b565b80845290600181169081156105415750600114610e49576101f8836104cf818503826110ab565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b808210610e8b575090915081016020016104cf6104bf565b919260018160209254838588010152019101909291610e73565b346101fc575f3660031901126101fc576020600654604051908152f35b346101fc5760203660031901126101fc576004359063ffffffff60e01b82168092036101fc576020916380ac58cd60e01b8114908115610f1c575b8115610f0b575b5015158152f35b6301ffc9a760e01b14905083610f04565b635b5e139f60e01b81149150610efd565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036101fc57565b602435906001600160a01b03821682036101fc57565b60609060031901126101fc576004356001600160a01b03811681036101fc57906024356001600160a01b03811681036101fc579060443590565b9181601f840112156101fc578235916001600160401b0383116101fc57602083818601950101116101fc57565b60c06003198201126101fc576004356001600160a01b03811681036101fc57916024356001600160401b0381116101fc578261102291600401610fb7565b929092916044356001600160401b0381116101fc578261104491600401610fb7565b929092916064356001600160401b0381116101fc578261106691600401610fb7565b929092916084359160a435906001600160401b0382116101fc5761108c91600401610fb7565b9091565b60a081019081106001600160401b03821117610aa857604052565b90601f801991011681019081106001600160401b03821117610aa857604052565b6001600160401b038111610aa857601f01601f191660200190565b9291926110f3826110cc565b9161110160405193846110ab565b8294818452818301116101fc578281602093845f960137010152565b9080601f830112156101fc57816020611138933591016110e7565b90565b90600182811c92168015611169575b602083101461115557565b634e487b7160e01b5f52602260045260245ffd5b91607f169161114a565b9060405191825f8254926111868461113b565b80845293600181169081156111f157506001146111ad575b506111ab925003836110ab565b565b90505f9291925260205f20905f915b8183106111d55750509060206111ab928201015f61119e565b60209193508060019154838589010152019101909184926111bc565b9050602092506111ab94915060ff191682840152151560051b8201015f61119e565b6001600160a01b03909116919082156113a0575f828152600260205260409020546001600160a01b03169282903315158061130b575b50846112d8575b805f52600360205260405f2060018154019055815f52600260205260405f20816bffffffffffffffffffffffff60a01b825416179055847fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a46001600160a01b03168083036112c057505050565b6364283d7b60e01b5f5260045260245260445260645ffd5b5f82815260046020526040902080546001600160a01b0319169055845f52600360205260405f205f198154019055611250565b9091508061134f575b156113215782905f611249565b828461133957637e27328960e01b5f5260045260245ffd5b63177e802f60e01b5f523360045260245260445ffd5b50338414801561137e575b8061131457505f838152600460205260409020546001600160a01b03163314611314565b505f84815260056020908152604080832033845290915290205460ff1661135a565b633250574960e11b5f525f60045260245ffd5b908060209392818452848401375f828201840152601f01601f1916010190565b9492611412946113f6611404936111389c9a9b999560a08a5260a08a01916113b3565b9187830360208901526113b3565b9184830360408601526113b3565b93606082015260808185039101526113b3565b919091601f8311611436575b505050565b81831161144257505050565b5f5260205f206020601f830160051c921061147b575b81601f9101920160051c03905f5b82811015611431575f82820155600101611466565b5f9150611458565b6114af61017e92604051938491602083019460018060a01b031685526040808401526060830190610f2d565b905190206001600160a01b031690565b92916114cc818386611213565b813b6114d9575b50505050565b604051630a85bd0160e11b81523360048201526001600160a01b0394851660248201526044810191909152608060648201529216919060209082908190611524906084830190610f2d565b03815f865af15f91816115ba575b5061158757503d15611580573d611548816110cc565b9061155660405192836110ab565b81523d5f602083013e5b8051908161157b5782633250574960e11b5f5260045260245ffd5b602001fd5b6060611560565b6001600160e01b03191663757a42ff60e11b016115a857505f8080806114d3565b633250574960e11b5f5260045260245ffd5b9091506020813d6020116115f7575b816115d6602093836110ab565b810103126101fc57516001600160e01b0319811681036101fc57905f611532565b3d91506115c9565b5f818152600260205260409020546001600160a01b0316908115611621575090565b637e27328960e01b5f5260045260245ffd",
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
	Bin: "0x60806040523461033057604080519081016001600160401b0381118282101761023b576040908152600d82526c506f636f20446174617365747360981b602083015280519081016001600160401b0381118282101761023b57604052600c81526b1413d0d3cb5110551054d15560a21b602082015281516001600160401b03811161023b575f54600181811c91168015610326575b602082101461021d57601f81116102b9575b50602092601f821160011461025a57928192935f9261024f575b50508160011b915f199060031b1c1916175f555b80516001600160401b03811161023b57600154600181811c91168015610231575b602082101461021d57601f81116101af575b50602091601f821160011461014f579181925f92610144575b50508160011b915f199060031b1c1916176001555b60405161138690816103358239f35b015190505f80610120565b601f1982169260015f52805f20915f5b8581106101975750836001951061017f575b505050811b01600155610135565b01515f1960f88460031b161c191690555f8080610171565b9192602060018192868501518155019401920161015f565b818111156101075760015f52601f820160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf660208410610215575b81601f9101920160051c03905f5b828110610208575050610107565b5f828201556001016101fa565b5f91506101ec565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100f5565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100c0565b601f198216935f8052805f20915f5b8681106102a15750836001959610610289575b505050811b015f556100d4565b01515f1960f88460031b161c191690555f808061027c565b91926020600181928685015181550194019201610269565b818111156100a6575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5636020841061031e575b81601f9101920160051c03905f5b8281106103115750506100a6565b5f82820155600101610303565b5f91506102f5565b90607f1690610094565b5f80fdfe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a714610d155750806306661abd14610cf857806306fdde0314610c56578063081812fc14610c1a578063095ea7b314610b3057806323b872dd14610b195780633354bcdb1461070257806342842e0e146106d95780636352211e146106bb57806370a082311461066a5780637fe954081461062557806395d89b4114610547578063a1ff28361461033e578063a22cb4651461028a578063b88d4fde14610239578063c1f1d577146101f9578063c87b56dd1461019c578063e985e9c5146101445763fe17fc7a146100ef575f80fd5b3461014157602061012f61012a61011c61010836610e38565b9160409795969397519788958b8701611149565b03601f198101845283610ebf565b6111d6565b6040516001600160a01b039091168152f35b80fd5b5034610141576040366003190112610141576040610160610da4565b91610169610dba565b9260018060a01b031681526005602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b346101f55760203660031901126101f5576101b8600435611352565b505f6040516101c8602082610ebf565b526101f16040516101da602082610ebf565b5f8152604051918291602083526020830190610d80565b0390f35b5f80fd5b346101f55760203660031901126101f5576001600160a01b0361021a610da4565b165f526002602052602060018060a01b0360405f205416604051908152f35b346101f55760803660031901126101f557610252610da4565b61025a610dba565b6064359167ffffffffffffffff83116101f55761027e610288933690600401610f33565b9160443591611212565b005b346101f55760403660031901126101f5576102a3610da4565b602435908115158092036101f557331561032b576001600160a01b031690811561031857335f52600560205260405f20825f5260205260405f2060ff1981541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b50630b61174360e31b5f5260045260245ffd5b63a9fbf51f60e01b5f525f60045260245ffd5b346101f55760203660031901126101f557610357610da4565b5f6040805161036581610ea3565b6060815260606020820152015260018060a01b0316805f52600260205260018060a01b0360405f20541615610535575f52600760205260405f206040516103ab81610ea3565b6040518254815f6103bb83610f51565b808352926001811690811561051657506001146104d5575b6103df92500382610ebf565b81526040516001830180545f916103f582610f51565b80855291600181169081156104ad575060011461046f575b505060026104519461042484610464940385610ebf565b60208501938452015491604084019283526040519485946020865251606060208701526080860190610d80565b9051848203601f19016040860152610d80565b905160608301520390f35b5f908152602081209092505b8183106104935750508101602001600261045161040d565b60018160209294939454838588010152019101919061047b565b60ff191660208681019190915292151560051b8501909201925060029150610451905061040d565b5090845f5260205f20905f915b8183106104fa5750509060206103df928201016103d3565b60209193508060019154838588010152019101909183926104e2565b602092506103df94915060ff191682840152151560051b8201016103d3565b63c460536160e01b5f5260045260245ffd5b346101f5575f3660031901126101f5576040515f60015461056781610f51565b808452906001811690811561060157506001146105a3575b6101f18361058f81850382610ebf565b604051918291602083526020830190610d80565b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b8082106105e75750909150810160200161058f61057f565b9192600181602092548385880101520191019092916105cf565b60ff191660208086019190915291151560051b8401909101915061058f905061057f565b346101f55760403660031901126101f55761063e610da4565b60243567ffffffffffffffff81116101f55760209161066461012f923690600401610f33565b906111d6565b346101f55760203660031901126101f5576001600160a01b0361068b610da4565b1680156106a8575f526003602052602060405f2054604051908152f35b6322718ad960e21b5f525f60045260245ffd5b346101f55760203660031901126101f557602061012f600435611352565b346101f5576102886106ea36610dd0565b90604051926106fa602085610ebf565b5f8452611212565b346101f55761071036610e38565b909194926040519361073b8561072d85878b878c60208701611149565b03601f198101875286610ebf565b6001600160a01b038116948515610b0a576001600160a01b039161075f91906111d6565b165f818152600260205260409020549095906001600160a01b0316610af7576006545f198114610ae3576001016006555f868152600260205260409020546001600160a01b03168015159081610ab0575b86610a98575b875f52600260205260405f20876bffffffffffffffffffffffff60a01b8254161790558787827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a450610a85576040519261081284610ea3565b61081d368484610efd565b845261082a36868a610efd565b97602085019889526040850194828652885f52600760205260405f20905180519067ffffffffffffffff8211610a035761086e826108688554610f51565b85611178565b602090601f8311600114610a225761089d92915f9183610a17575b50508160011b915f199060031b1c19161790565b81555b6001810199519586519a67ffffffffffffffff8c11610a03578b8b986108cc60209e6108688554610f51565b8d90601f831160011461095057926109278360029461093a9a9997947f4ace378d3878fd4cfaea01fa432c07d20ae9fef3e820a25329085dede1b65dfb9e9f99975f926109455750508160011b915f199060031b1c19161790565b90555b5191015560405195869586611149565b0390a3604051908152f35b015190505f80610889565b601f9b9695949392919b19821690835f528c5f20915f5b8181106109cf575092600294927f4ace378d3878fd4cfaea01fa432c07d20ae9fef3e820a25329085dede1b65dfb9d9e6001938361093a9d9c9b9a9997106109b7575b505050811b01905561092a565b01515f1960f88460031b161c191690555f80806109aa565b939597999b9d9496989a9c5090916020600181928786015181550195019301908f9c9a98969492919d9b999795939d610967565b634e487b7160e01b5f52604160045260245ffd5b015190508d80610889565b90601f19831691845f52815f20925f5b818110610a6d5750908460019594939210610a55575b505050811b0181556108a0565b01515f1960f88460031b161c191690558c8080610a48565b92936020600181928786015181550195019301610a32565b6339e3563760e11b5f525f60045260245ffd5b865f52600360205260405f20600181540190556107b6565b5f88815260046020526040902080546001600160a01b0319169055805f52600360205260405f205f1981540190556107b0565b634e487b7160e01b5f52601160045260245ffd5b8563467f572360e01b5f5260045260245ffd5b6324e99b8560e01b5f5260045ffd5b346101f557610288610b2a36610dd0565b91610f89565b346101f55760403660031901126101f557610b49610da4565b602435610b5581611352565b33151580610c07575b80610bda575b610bc75781906001600160a01b0384811691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f90815260046020526040902080546001600160a01b0319166001600160a01b03909216919091179055005b63a9fbf51f60e01b5f523360045260245ffd5b506001600160a01b0381165f90815260056020908152604080832033845290915290205460ff1615610b64565b506001600160a01b038116331415610b5e565b346101f55760203660031901126101f557600435610c3781611352565b505f526004602052602060018060a01b0360405f205416604051908152f35b346101f5575f3660031901126101f5576040515f5f54610c7581610f51565b80845290600181169081156106015750600114610c9c576101f18361058f81850382610ebf565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b808210610cde5750909150810160200161058f61057f565b919260018160209254838588010152019101909291610cc6565b346101f5575f3660031901126101f5576020600654604051908152f35b346101f55760203660031901126101f5576004359063ffffffff60e01b82168092036101f5576020916380ac58cd60e01b8114908115610d6f575b8115610d5e575b5015158152f35b6301ffc9a760e01b14905083610d57565b635b5e139f60e01b81149150610d50565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036101f557565b602435906001600160a01b03821682036101f557565b60609060031901126101f5576004356001600160a01b03811681036101f557906024356001600160a01b03811681036101f5579060443590565b9181601f840112156101f55782359167ffffffffffffffff83116101f557602083818601950101116101f557565b9060806003198301126101f5576004356001600160a01b03811681036101f5579160243567ffffffffffffffff81116101f55781610e7891600401610e0a565b929092916044359067ffffffffffffffff82116101f557610e9b91600401610e0a565b909160643590565b6060810190811067ffffffffffffffff821117610a0357604052565b90601f8019910116810190811067ffffffffffffffff821117610a0357604052565b67ffffffffffffffff8111610a0357601f01601f191660200190565b929192610f0982610ee1565b91610f176040519384610ebf565b8294818452818301116101f5578281602093845f960137010152565b9080601f830112156101f557816020610f4e93359101610efd565b90565b90600182811c92168015610f7f575b6020831014610f6b57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610f60565b6001600160a01b0390911691908215611116575f828152600260205260409020546001600160a01b031692829033151580611081575b508461104e575b805f52600360205260405f2060018154019055815f52600260205260405f20816bffffffffffffffffffffffff60a01b825416179055847fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a46001600160a01b031680830361103657505050565b6364283d7b60e01b5f5260045260245260445260645ffd5b5f82815260046020526040902080546001600160a01b0319169055845f52600360205260405f205f198154019055610fc6565b909150806110c5575b156110975782905f610fbf565b82846110af57637e27328960e01b5f5260045260245ffd5b63177e802f60e01b5f523360045260245260445ffd5b5033841480156110f4575b8061108a57505f838152600460205260409020546001600160a01b0316331461108a565b505f84815260056020908152604080832033845290915290205460ff166110d0565b633250574960e11b5f525f60045260245ffd5b908060209392818452848401375f828201840152601f01601f1916010190565b959493611165604094926111739460608a5260608a0191611129565b918783036020890152611129565b930152565b919091601f8311611189575b505050565b81831161119557505050565b5f5260205f206020601f830160051c92106111ce575b81601f9101920160051c03905f5b82811015611184575f828201556001016111b9565b5f91506111ab565b61120261011c92604051938491602083019460018060a01b031685526040808401526060830190610d80565b905190206001600160a01b031690565b929161121f818386610f89565b813b61122c575b50505050565b604051630a85bd0160e11b81523360048201526001600160a01b0394851660248201526044810191909152608060648201529216919060209082908190611277906084830190610d80565b03815f865af15f918161130d575b506112da57503d156112d3573d61129b81610ee1565b906112a96040519283610ebf565b81523d5f602083013e5b805190816112ce5782633250574960e11b5f5260045260245ffd5b602001fd5b60606112b3565b6001600160e01b03191663757a42ff60e11b016112fb57505f808080611226565b633250574960e11b5f5260045260245ffd5b9091506020813d60201161134a575b8161132960209383610ebf565b810103126101f557516001600160e01b0319811681036101f557905f611285565b3d915061131c565b5f818152600260205260409020546001600160a01b0316908115611374575090565b637e27328960e01b5f5260045260245ffd",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractIAssetRegistry\",\"name\":\"apps_\",\"type\":\"address\"},{\"internalType\":\"contractIAssetRegistry\",\"name\":\"datasets_\",\"type\":\"address\"},{\"internalType\":\"contractIWorkerpoolRegistry\",\"name\":\"workerpools_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"tasksModule_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONTRIBUTION_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FINAL_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY_MIN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL_STAKE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVEAL_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TAG_TEE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account_\",\"type\":\"address\"}],\"name\":\"account\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"appRegistry\",\"outputs\":[{\"internalType\":\"contractIAssetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelAppOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelDatasetOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelRequestOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelWorkerpoolOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"category\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"internalType\":\"structCategory\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"categoryCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"internalType\":\"structClaimItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"internalType\":\"structClaimItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"claimBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"consumed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"internalType\":\"structContributeItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"contribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"internalType\":\"structContributeAndFinalizeItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"contributeAndFinalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"internalType\":\"structContributeAndFinalizeItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"contributeAndFinalizeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"internalType\":\"structContributeItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"contributeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"contribution\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint56\",\"name\":\"weight\",\"type\":\"uint56\"},{\"internalType\":\"bytes24\",\"name\":\"seal\",\"type\":\"bytes24\"}],\"internalType\":\"structContribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"createCategory\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"datasetRegistry\",\"outputs\":[{\"internalType\":\"contractIAssetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"name\":\"dealHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"depositFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"}],\"internalType\":\"structFinalizeItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"}],\"internalType\":\"structFinalizeItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"finalizeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"group\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"members\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"consensus\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashAppOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashDatasetOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashRequestOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashWorkerpoolOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"kitty\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"appOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"datasetOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"workerpoolOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"requestOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"app\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dataset\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"workerpool\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"request\",\"type\":\"bytes\"}],\"internalType\":\"structPocoHub.OrderSignatures\",\"name\":\"signatures\",\"type\":\"tuple\"}],\"name\":\"matchOrders\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignAppOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignDatasetOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignRequestOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignWorkerpoolOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"presigned\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"receiveApproval\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"name\":\"reopen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structRevealItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structRevealItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"revealBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"score\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"appOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"datasetOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"workerpoolOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"requestOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"app\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dataset\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"workerpool\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"request\",\"type\":\"bytes\"}],\"internalType\":\"structPocoHub.OrderSignatures\",\"name\":\"signatures\",\"type\":\"tuple\"}],\"name\":\"sponsorMatchOrders\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"task\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"contributors\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"winners\",\"type\":\"uint16\"},{\"internalType\":\"uint40\",\"name\":\"revealDeadline\",\"type\":\"uint40\"},{\"internalType\":\"uint176\",\"name\":\"totalWeight\",\"type\":\"uint176\"},{\"internalType\":\"bytes32\",\"name\":\"contributorsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structTask\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tasksModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"workerpoolRegistry\",\"outputs\":[{\"internalType\":\"contractIWorkerpoolRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"CategoryCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"ContributionRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"KittyDrain\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"KittyFill\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Lock\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderPresigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32[4]\",\"name\":\"orderHashes\",\"type\":\"bytes32[4]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"}],\"name\":\"OrdersMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"ResultCallback\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Reward\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldScore\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newScore\",\"type\":\"uint256\"}],\"name\":\"ScoreChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Seize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"consensusValue\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"TaskConsensus\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"TaskContribute\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskFinalize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskReopen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"TaskReveal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Unlock\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"PocoAlreadyContributed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"}],\"name\":\"PocoAlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"PocoAssetNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PocoBalanceOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"PocoCallbackDataMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gasLeft\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"PocoCallbackGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"enumContributionStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"PocoCannotReveal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestCategory\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolCategory\",\"type\":\"uint256\"}],\"name\":\"PocoCategoryMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"PocoContributorsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"}],\"name\":\"PocoDeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"}],\"name\":\"PocoDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoDirectCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"}],\"name\":\"PocoEnclaveRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"PocoInsufficientFreeBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"PocoInvalidAuthorization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"PocoInvalidEnclaveSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"PocoInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"PocoInvalidWorkClockTimeRef\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"PocoNotOrderOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"PocoNotScheduler\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"PocoNotToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"PocoOrderConsumed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PocoPriceTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"requested\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"offered\",\"type\":\"address\"}],\"name\":\"PocoRequestMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"order\",\"type\":\"uint8\"},{\"internalType\":\"enumOrderKind\",\"name\":\"party\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"allowed\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"actual\",\"type\":\"address\"}],\"name\":\"PocoRestricted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"PocoResultDigestMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"PocoRevealMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"winners\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"PocoRevealsPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"required\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"offered\",\"type\":\"bytes32\"}],\"name\":\"PocoTagNotOffered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"first\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"PocoTaskIndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"enumTaskStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"PocoTaskWrongStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"required\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"appTag\",\"type\":\"bytes32\"}],\"name\":\"PocoTeeRequiresTeeApp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"}],\"name\":\"PocoTrustNotOne\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestTrust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolTrust\",\"type\":\"uint256\"}],\"name\":\"PocoTrustTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"PocoUnknownCategory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"name\":\"PocoUnknownDeal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"PocoWeightOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"PocoWrongToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoZeroAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"}]",
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
// Solidity: function presigned(bytes32 orderHash) view returns(bool)
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
// Solidity: function presigned(bytes32 orderHash) view returns(bool)
func (poco *Poco) TryPackPresigned(orderHash [32]byte) ([]byte, error) {
	return poco.abi.Pack("presigned", orderHash)
}

// UnpackPresigned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83b04e6b.
//
// Solidity: function presigned(bytes32 orderHash) view returns(bool)
func (poco *Poco) UnpackPresigned(data []byte) (bool, error) {
	out, err := poco.abi.Unpack("presigned", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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
	Taskid   [32]byte
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
// Solidity: event ScoreChanged(address indexed worker, bytes32 indexed taskid, uint256 oldScore, uint256 newScore)
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractIAssetRegistry\",\"name\":\"apps_\",\"type\":\"address\"},{\"internalType\":\"contractIAssetRegistry\",\"name\":\"datasets_\",\"type\":\"address\"},{\"internalType\":\"contractIWorkerpoolRegistry\",\"name\":\"workerpools_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"tasksModule_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"PocoAlreadyContributed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"}],\"name\":\"PocoAlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"PocoAssetNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PocoBalanceOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"PocoCallbackDataMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gasLeft\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"PocoCallbackGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"enumContributionStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"PocoCannotReveal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestCategory\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolCategory\",\"type\":\"uint256\"}],\"name\":\"PocoCategoryMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"PocoContributorsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"}],\"name\":\"PocoDeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"}],\"name\":\"PocoDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoDirectCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"}],\"name\":\"PocoEnclaveRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"PocoInsufficientFreeBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"PocoInvalidAuthorization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"PocoInvalidEnclaveSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"PocoInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"PocoInvalidWorkClockTimeRef\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"PocoNotOrderOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"PocoNotScheduler\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"PocoNotToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"PocoOrderConsumed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PocoPriceTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"requested\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"offered\",\"type\":\"address\"}],\"name\":\"PocoRequestMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"order\",\"type\":\"uint8\"},{\"internalType\":\"enumOrderKind\",\"name\":\"party\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"allowed\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"actual\",\"type\":\"address\"}],\"name\":\"PocoRestricted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"PocoResultDigestMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"PocoRevealMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"winners\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"PocoRevealsPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"required\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"offered\",\"type\":\"bytes32\"}],\"name\":\"PocoTagNotOffered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"first\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"PocoTaskIndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"enumTaskStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"PocoTaskWrongStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"required\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"appTag\",\"type\":\"bytes32\"}],\"name\":\"PocoTeeRequiresTeeApp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"}],\"name\":\"PocoTrustNotOne\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestTrust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolTrust\",\"type\":\"uint256\"}],\"name\":\"PocoTrustTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"PocoUnknownCategory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"name\":\"PocoUnknownDeal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"PocoWeightOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"PocoWrongToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoZeroAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"CategoryCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"ContributionRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"KittyDrain\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"KittyFill\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Lock\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderPresigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32[4]\",\"name\":\"orderHashes\",\"type\":\"bytes32[4]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"}],\"name\":\"OrdersMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"ResultCallback\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Reward\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldScore\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newScore\",\"type\":\"uint256\"}],\"name\":\"ScoreChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Seize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"consensusValue\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"TaskConsensus\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"TaskContribute\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskFinalize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskReopen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"TaskReveal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Unlock\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONTRIBUTION_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FINAL_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY_MIN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL_STAKE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVEAL_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TAG_TEE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account_\",\"type\":\"address\"}],\"name\":\"account\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"appRegistry\",\"outputs\":[{\"internalType\":\"contractIAssetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelAppOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelDatasetOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelRequestOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelWorkerpoolOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"category\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"internalType\":\"structCategory\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"categoryCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"consumed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"contribution\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint56\",\"name\":\"weight\",\"type\":\"uint56\"},{\"internalType\":\"bytes24\",\"name\":\"seal\",\"type\":\"bytes24\"}],\"internalType\":\"structContribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"createCategory\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"datasetRegistry\",\"outputs\":[{\"internalType\":\"contractIAssetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"name\":\"dealHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"depositFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"group\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"members\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"consensus\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashAppOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashDatasetOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashRequestOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashWorkerpoolOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"kitty\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"appOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"datasetOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"workerpoolOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"requestOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"app\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dataset\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"workerpool\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"request\",\"type\":\"bytes\"}],\"internalType\":\"structPocoHub.OrderSignatures\",\"name\":\"signatures\",\"type\":\"tuple\"}],\"name\":\"matchOrders\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignAppOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignDatasetOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignRequestOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignWorkerpoolOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"presigned\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"receiveApproval\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"score\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structAppOrder\",\"name\":\"appOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"datasetOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"workerpoolOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRequestOrder\",\"name\":\"requestOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"app\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dataset\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"workerpool\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"request\",\"type\":\"bytes\"}],\"internalType\":\"structPocoHub.OrderSignatures\",\"name\":\"signatures\",\"type\":\"tuple\"}],\"name\":\"sponsorMatchOrders\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"task\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"contributors\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"winners\",\"type\":\"uint16\"},{\"internalType\":\"uint40\",\"name\":\"revealDeadline\",\"type\":\"uint40\"},{\"internalType\":\"uint176\",\"name\":\"totalWeight\",\"type\":\"uint176\"},{\"internalType\":\"bytes32\",\"name\":\"contributorsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structTask\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tasksModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"workerpoolRegistry\",\"outputs\":[{\"internalType\":\"contractIWorkerpoolRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "18144794c8ac9de2d3de0cc869406c628a",
	Bin: "0x61020080604052346104c75760c081615636803803809161002082856104fa565b8339810103126104c75780516001600160a01b03811681036104c7576100486020830161051d565b6100546040840161051d565b6060840151929091906001600160a01b03841684036104c75761008560a061007e6080880161051d565b960161051d565b604051906100946040836104fa565b600482526020820163506f636f60e01b8152604051926100b56040856104fa565b60018452603160f81b60208501908152926001600160a01b031680156104b4575f80546001600160a01b03198116831782556001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a361011e81611574565b6101205261012b84611574565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261019460c0826104fa565b5190206080523060c05261016052610180526101a0526101c0526101e0526102286040516101c36040826104fa565b6002815261585360f01b6020820152604051906101e16060836104fa565b602f82527f457874726120736d616c6c3a2035206d696e75746573206f6e2074686520726560208301526e666572656e6365206d616368696e6560881b6040830152610555565b5061029960405161023a6040826104fa565b60018152605360f81b6020820152604051906102576060836104fa565b602a82527f536d616c6c3a203230206d696e75746573206f6e20746865207265666572656e6020830152696365206d616368696e6560b01b60408301526108d8565b506103076040516102ab6040826104fa565b60018152604d60f81b6020820152604051906102c86060836104fa565b602782527f4d656469756d3a203120686f7572206f6e20746865207265666572656e6365206020830152666d616368696e6560c81b6040830152610bff565b506103756040516103196040826104fa565b60018152601360fa1b6020820152604051906103366060836104fa565b602782527f4c617267653a203320686f757273206f6e20746865207265666572656e6365206020830152666d616368696e6560c81b6040830152610f26565b506103eb6040516103876040826104fa565b6002815261161360f21b6020820152604051906103a56060836104fa565b602e82527f4578747261206c617267653a20313020686f757273206f6e207468652072656660208301526d6572656e6365206d616368696e6560901b604083015261124d565b5060405161400d90816115c98239608051816138ca015260a05181613981015260c05181613894015260e051816139190152610100518161393f01526101205181610b4d01526101405181610b7601526101605181818161029c01528181610a9b01528181611bb30152611d0c0152610180518181816106d6015281816107a2015261278701526101a05181818161042c015281816111c0015261326901526101c051818181610a1a01528181610e12015261281501526101e051818181602301526103b30152f35b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b606081019081106001600160401b038211176104e657604052565b634e487b7160e01b5f52604160045260245ffd5b601f909101601f19168101906001600160401b038211908210176104e657604052565b51906001600160a01b03821682036104c757565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b90915f5160206155f65f395f51905f52549160405193610574856104cb565b81855260208501948186526040810161012c8152680100000000000000008610156104e65760018601805f5160206155f65f395f51905f52558610156108c4575f5160206155f65f395f51905f525f5290518051600387025f5160206156165f395f51905f520192916001600160401b0382116104e657835490600182811c921680156108ba575b60208310146107d55781601f849311610861575b50602090601f83116001146107fe575f926107f3575b50508160011b915f199060031b1c19161782555b9551805190969060018301906001600160401b0381116104e65781549860018a811c9a1680156107e9575b60208b10146107d557601f8a11610786575b8899505f98979850602090601f831160011461070557936106df9693835f5160206155d65f395f51905f529997946002946106ed985f926106fa575b50508160011b915f199060031b1c19161790555b51910155604051938493606085526060850190610531565b908382036020850152610531565b61012c60408301520390a2565b015190505f806106b3565b90601f19831691845f52815f20925f5b81811061076b5750846002946106ed98946106df9b98945f5160206155d65f395f51905f529d9b9860019510610753575b505050811b0190556106c7565b01515f1960f88460031b161c191690555f8080610746565b8284015185558d9b5060019094019360209384019301610715565b818a111561067757825f5260205f20601f830160051c90602084106107cd575b81019a601f0160051c035f5b8181106107c0575050610677565b5f8c8201556001016107b2565b5f91506107a6565b634e487b7160e01b5f52602260045260245ffd5b99607f1699610665565b015190505f80610626565b5f8681528281209350601f198516905b8181106108495750908460019594939210610831575b505050811b01825561063a565b01515f1960f88460031b161c191690555f8080610824565b9293602060018192878601518155019501930161080e565b8281111561061057909150845f5260205f20601f840160051c90602085106108b2575b849392601f0160051c82900391015f5b8281106108a2575050610610565b5f81830155859450600101610894565b5f9150610884565b91607f16916105fc565b634e487b7160e01b5f52603260045260245ffd5b90915f5160206155f65f395f51905f525491604051936108f7856104cb565b8185526020850194818652604081016104b08152680100000000000000008610156104e65760018601805f5160206155f65f395f51905f52558610156108c4575f5160206155f65f395f51905f525f5290518051600387025f5160206156165f395f51905f520192916001600160401b0382116104e657835490600182811c92168015610bf5575b60208310146107d55781601f849311610b9c575b50602090601f8311600114610b39575f92610b2e575b50508160011b915f199060031b1c19161782555b9551805190969060018301906001600160401b0381116104e65781549860018a811c9a168015610b24575b60208b10146107d557601f8a11610ad5575b8899505f98979850602090601f8311600114610a6d57936106df9693835f5160206155d65f395f51905f52999794600294610a60985f926106fa5750508160011b915f199060031b1c191617905551910155604051938493606085526060850190610531565b6104b060408301520390a2565b90601f19831691845f52815f20925f5b818110610aba575084600294610a6098946106df9b98945f5160206155d65f395f51905f529d9b986001951061075357505050811b0190556106c7565b8284015185558d9b5060019094019360209384019301610a7d565b818a11156109fa57825f5260205f20601f830160051c9060208410610b1c575b81019a601f0160051c035f5b818110610b0f5750506109fa565b5f8c820155600101610b01565b5f9150610af5565b99607f16996109e8565b015190505f806109a9565b5f8681528281209350601f198516905b818110610b845750908460019594939210610b6c575b505050811b0182556109bd565b01515f1960f88460031b161c191690555f8080610b5f565b92936020600181928786015181550195019301610b49565b8281111561099357909150845f5260205f20601f840160051c9060208510610bed575b849392601f0160051c82900391015f5b828110610bdd575050610993565b5f81830155859450600101610bcf565b5f9150610bbf565b91607f169161097f565b90915f5160206155f65f395f51905f52549160405193610c1e856104cb565b818552602085019481865260408101610e108152680100000000000000008610156104e65760018601805f5160206155f65f395f51905f52558610156108c4575f5160206155f65f395f51905f525f5290518051600387025f5160206156165f395f51905f520192916001600160401b0382116104e657835490600182811c92168015610f1c575b60208310146107d55781601f849311610ec3575b50602090601f8311600114610e60575f92610e55575b50508160011b915f199060031b1c19161782555b9551805190969060018301906001600160401b0381116104e65781549860018a811c9a168015610e4b575b60208b10146107d557601f8a11610dfc575b8899505f98979850602090601f8311600114610d9457936106df9693835f5160206155d65f395f51905f52999794600294610d87985f926106fa5750508160011b915f199060031b1c191617905551910155604051938493606085526060850190610531565b610e1060408301520390a2565b90601f19831691845f52815f20925f5b818110610de1575084600294610d8798946106df9b98945f5160206155d65f395f51905f529d9b986001951061075357505050811b0190556106c7565b8284015185558d9b5060019094019360209384019301610da4565b818a1115610d2157825f5260205f20601f830160051c9060208410610e43575b81019a601f0160051c035f5b818110610e36575050610d21565b5f8c820155600101610e28565b5f9150610e1c565b99607f1699610d0f565b015190505f80610cd0565b5f8681528281209350601f198516905b818110610eab5750908460019594939210610e93575b505050811b018255610ce4565b01515f1960f88460031b161c191690555f8080610e86565b92936020600181928786015181550195019301610e70565b82811115610cba57909150845f5260205f20601f840160051c9060208510610f14575b849392601f0160051c82900391015f5b828110610f04575050610cba565b5f81830155859450600101610ef6565b5f9150610ee6565b91607f1691610ca6565b90915f5160206155f65f395f51905f52549160405193610f45856104cb565b818552602085019481865260408101612a308152680100000000000000008610156104e65760018601805f5160206155f65f395f51905f52558610156108c4575f5160206155f65f395f51905f525f5290518051600387025f5160206156165f395f51905f520192916001600160401b0382116104e657835490600182811c92168015611243575b60208310146107d55781601f8493116111ea575b50602090601f8311600114611187575f9261117c575b50508160011b915f199060031b1c19161782555b9551805190969060018301906001600160401b0381116104e65781549860018a811c9a168015611172575b60208b10146107d557601f8a11611123575b8899505f98979850602090601f83116001146110bb57936106df9693835f5160206155d65f395f51905f529997946002946110ae985f926106fa5750508160011b915f199060031b1c191617905551910155604051938493606085526060850190610531565b612a3060408301520390a2565b90601f19831691845f52815f20925f5b8181106111085750846002946110ae98946106df9b98945f5160206155d65f395f51905f529d9b986001951061075357505050811b0190556106c7565b8284015185558d9b50600190940193602093840193016110cb565b818a111561104857825f5260205f20601f830160051c906020841061116a575b81019a601f0160051c035f5b81811061115d575050611048565b5f8c82015560010161114f565b5f9150611143565b99607f1699611036565b015190505f80610ff7565b5f8681528281209350601f198516905b8181106111d257509084600195949392106111ba575b505050811b01825561100b565b01515f1960f88460031b161c191690555f80806111ad565b92936020600181928786015181550195019301611197565b82811115610fe157909150845f5260205f20601f840160051c906020851061123b575b849392601f0160051c82900391015f5b82811061122b575050610fe1565b5f8183015585945060010161121d565b5f915061120d565b91607f1691610fcd565b90915f5160206155f65f395f51905f5254916040519361126c856104cb565b818552602085019481865260408101618ca08152680100000000000000008610156104e65760018601805f5160206155f65f395f51905f52558610156108c4575f5160206155f65f395f51905f525f5290518051600387025f5160206156165f395f51905f520192916001600160401b0382116104e657835490600182811c9216801561156a575b60208310146107d55781601f849311611511575b50602090601f83116001146114ae575f926114a3575b50508160011b915f199060031b1c19161782555b9551805190969060018301906001600160401b0381116104e65781549860018a811c9a168015611499575b60208b10146107d557601f8a1161144a575b8899505f98979850602090601f83116001146113e257936106df9693835f5160206155d65f395f51905f529997946002946113d5985f926106fa5750508160011b915f199060031b1c191617905551910155604051938493606085526060850190610531565b618ca060408301520390a2565b90601f19831691845f52815f20925f5b81811061142f5750846002946113d598946106df9b98945f5160206155d65f395f51905f529d9b986001951061075357505050811b0190556106c7565b8284015185558d9b50600190940193602093840193016113f2565b818a111561136f57825f5260205f20601f830160051c9060208410611491575b81019a601f0160051c035f5b81811061148457505061136f565b5f8c820155600101611476565b5f915061146a565b99607f169961135d565b015190505f8061131e565b5f8681528281209350601f198516905b8181106114f957509084600195949392106114e1575b505050811b018255611332565b01515f1960f88460031b161c191690555f80806114d4565b929360206001819287860151815501950193016114be565b8281111561130857909150845f5260205f20601f840160051c9060208510611562575b849392601f0160051c82900391015f5b828110611552575050611308565b5f81830155859450600101611544565b5f9150611534565b91607f16916112f4565b601f81511161159f576020815191015160208210611590571790565b5f198260200360031b1b161790565b60405163305a27a960e01b8152602060048201529081906115c4906024830190610531565b0390fdfe610160806040526004361015610059575b503461005557604051365f82375f8036837f00000000000000000000000000000000000000000000000000000000000000005af43d5f833e15610051573d90f35b3d90fd5b5f80fd5b5f905f3560e01c9081630baccd751461175757508063253eca1f14611679578063298503d91461127e5780632be32dbb146112555780632e1a7d4d146112385780633103d6e6146111ef5780633235ad13146111ab57806336efd16f146111865780633e508aca1461116b5780633fcc02271461114c5780634357227c146110af5780634648c943146110795780634661670914610fab5780634b55599414610f8c5780634e1a7b7914610f7157806351152de114610a00578063570a34ab14610ed457806358e10f5614610de85780635bc03ef314610dba5780635fde601d14610d9f578063709ce02b14610d84578063715018a614610d2d57806373b9aa9114610cd9578063776f384314610c835780637b24483214610c6857806383b04e6b14610c2d57806384b0196e14610b355780638da5cb5b14610b0e5780638f4ffcb114610a495780638fb0f8fa14610a0557806390fc26b114610a00578063913959b9146109e25780639779ea46146109c5578063a4ac26ae1461092a578063b4cc426a146108ad578063b4fdb5ec146107f1578063b6b55f25146107d1578063bb4fceb91461078d578063c2ed3900146106ac578063c6b6ccf514610683578063c86283c81461065b578063ce1b1bd6146105be578063cf66151b146104e7578063daa9c31d14610401578063e2e7a8c1146103e2578063ee4b16781461039d578063f2fde38b14610317578063f698da25146102fc578063f6e14cc6146102ce5763fc0c546a0361001057346102cb57806003193601126102cb576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b80fd5b50346102cb576101403660031901126102cb575060206102f46102ef6139a7565b611f25565b604051908152f35b50346102cb57806003193601126102cb5760206102f4613891565b50346102cb5760203660031901126102cb57610331611822565b610339611b27565b6001600160a01b031680156103895781546001600160a01b03198116821783556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08380a380f35b631e4fbdf760e01b82526004829052602482fd5b50346102cb57806003193601126102cb576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346102cb57806003193601126102cb576020604051633b9aca008152f35b50346102cb576101003660031901126102cb5761041f6102ef611e9a565b61045061042a611acd565b7f0000000000000000000000000000000000000000000000000000000000000000611f5f565b6001600160a01b0316906044353383148015906104df575b6104c2578184525f516020613f4d5f395f51905f52602052806040852054106104a3575b5060015f516020613f8d5f395f51905f528480a480f35b8184525f516020613f4d5f395f51905f5260205260408420555f61048c565b6314ff7cfb60e11b84528284606491600160045233602452604452fd5b508215610468565b50346102cb5760203660031901126102cb57604060c091610506611af7565b5060043581527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f066020522060405161053d8161192c565b815464ffffffffff60ff82169384845261ffff60208501818560081c168152816040870191818760181c16835260a0600160608a0196888a60281c16885260808b019960501c8a520154980197885260405198895251166020880152511660408601525116606084015260018060b01b0390511660808301525160a0820152f35b50346102cb576105cd36611838565b6105e560c06105de6102ef84612086565b9201611ae3565b6001600160a01b031690338214801590610653575b610637578083525f516020613fad5f395f51905f5260205260408320805460ff1916600117905560035f516020613fed5f395f51905f528480a480f35b506314ff7cfb60e11b8252600360045233602452604452606490fd5b5081156105fa565b50346102cb5760403660031901126102cb5761068060043561067b61180c565b611b4d565b80f35b50346102cb5760206102f461069736611887565b926106a660c083949301611ae3565b9461235e565b3461005557610100366003190112610055576106c96102ef611fdd565b6106fa6106d4611acd565b7f0000000000000000000000000000000000000000000000000000000000000000611f5f565b6001600160a01b031690604435338314801590610785575b61076a57815f525f516020613f4d5f395f51905f526020528060405f20541061074b575b505f5f516020613f8d5f395f51905f528180a4005b815f525f516020613f4d5f395f51905f5260205260405f205582610736565b6314ff7cfb60e11b5f52825f6004523360245260445260645ffd5b508215610712565b34610055575f366003190112610055576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610055576020366003190112610055576107ef6004353333611cac565b005b34610055576107ff36611838565b61080b6102ef82612086565b60e061081960c08401611ae3565b6001600160a01b03169201353383148015906108a5575b61088957815f525f516020613f4d5f395f51905f526020528060405f20541061086a575b5060035f516020613f8d5f395f51905f525f80a4005b815f525f516020613f4d5f395f51905f5260205260405f205582610854565b6314ff7cfb60e11b5f528260036004523360245260445260645ffd5b508215610830565b34610055576040366003190112610055576004355f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0860205260405f206024355f52602052606060405f20546040519060018060b01b03811682526001600160401b038160b01c166020830152600160ff1b1615156040820152f35b3461005557610100366003190112610055576109476102ef611fdd565b6109526106d4611acd565b6001600160a01b0316903382148015906109bd575b6109a2575f8181525f516020613fad5f395f51905f5260205260408120805460ff191660011790555f516020613fed5f395f51905f528180a4005b506314ff7cfb60e11b5f525f6004523360245260445260645ffd5b508115610967565b34610055575f366003190112610055576020604051620186a08152f35b346100555760206102f46109f536611887565b92919091339461235e565b61186c565b34610055575f366003190112610055576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461005557608036600319011261005557610a62611822565b6044356001600160a01b0381169190829003610055576064356001600160401b03811161005557610a979036906004016117df565b50507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169133839003610af757828103610ae0576107ef6024358380611cac565b90506372070f9d60e01b5f5260045260245260445ffd5b82630338d30b60e61b5f523360045260245260445ffd5b34610055575f366003190112610055575f546040516001600160a01b039091168152602090f35b34610055575f36600319011261005557610bd1610b717f0000000000000000000000000000000000000000000000000000000000000000613a94565b610b9a7f0000000000000000000000000000000000000000000000000000000000000000613a94565b6020610bdf60405192610bad8385611947565b5f84525f368137604051958695600f60f81b875260e08588015260e08701906117bb565b9085820360408701526117bb565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110610c1657505050500390f35b835185528695509381019392810192600101610c07565b34610055576020366003190112610055576004355f525f516020613fad5f395f51905f52602052602060ff60405f2054166040519015158152f35b34610055575f36600319011261005557602060405160078152f35b3461005557602036600319011261005557610c9c611822565b60018060a01b03165f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f01602052602060405f2054604051908152f35b34610055576020366003190112610055576001600160a01b03610cfa611822565b165f525f516020613fcd5f395f51905f526020526040805f20548151906001600160801b038116825260801c6020820152f35b34610055575f36600319011261005557610d45611b27565b5f80546001600160a01b0319811682556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b34610055575f366003190112610055576020604051601e8152f35b34610055575f36600319011261005557602060405160028152f35b34610055575f3660031901126100555760206040517325950596a89ab577939cb8c0e033b6050b88b0878152f35b346100555761014036600319011261005557610e056102ef6139a7565b610e3f610e10611acd565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316611f5f565b6001600160a01b031690604435338314801590610ecc575b610eb057815f525f516020613f4d5f395f51905f526020528060405f205410610e91575b5060025f516020613f8d5f395f51905f525f80a4005b815f525f516020613f4d5f395f51905f5260205260405f205582610e7b565b6314ff7cfb60e11b5f528260026004523360245260445260645ffd5b508215610e57565b346100555761014036600319011261005557610ef16102ef6139a7565b610efc610e10611acd565b6001600160a01b031690338214801590610f69575b610f4d57805f525f516020613fad5f395f51905f5260205260405f20600160ff1982541617905560025f516020613fed5f395f51905f525f80a4005b506314ff7cfb60e11b5f5260026004523360245260445260645ffd5b508115610f11565b346100555760206102f46102ef610f8736611838565b612086565b34610055576101003660031901126100555760206102f46102ef611fdd565b3461005557604036600319011261005557610fc461180c565b5f60408051610fd281611911565b82815282602082015201526004355f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0760205260405f209060018060a01b03165f52602052606060405f206040519061102b82611911565b5466ffffffffffffff60ff82169283815260406020820191838560081c16835201926001600160401b0319168352604051938452511660208301526001600160401b03199051166040820152f35b34610055576020366003190112610055576004355f525f516020613f4d5f395f51905f52602052602060405f2054604051908152f35b3461005557610100366003190112610055576110cc6102ef611e9a565b6110d761042a611acd565b6001600160a01b031690338214801590611144575b61112857805f525f516020613fad5f395f51905f5260205260405f20600160ff1982541617905560015f516020613fed5f395f51905f525f80a4005b506314ff7cfb60e11b5f5260016004523360245260445260645ffd5b5081156110ec565b34610055576101003660031901126100555760206102f46102ef611e9a565b34610055575f36600319011261005557602060405160018152f35b34610055576040366003190112610055576107ef6004356111a561180c565b33611cac565b34610055575f366003190112610055576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610055576020366003190112610055576004355f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f05602052602060405f2054604051908152f35b34610055576020366003190112610055576107ef60043533611b4d565b34610055575f3660031901126100555760205f516020613f6d5f395f51905f5254604051908152f35b34610055576060366003190112610055576004356001600160401b038111610055576112ae9036906004016117df565b6024356001600160401b038111610055576112ea926112d46112f29236906004016117df565b949091604435946112e3611b27565b3691611a88565b933691611a88565b918115801561166c575b611659575f516020613f6d5f395f51905f5254916040519361131d85611911565b8285526020850194818652604081018381526801000000000000000086101561156b57600186015f516020613f6d5f395f51905f525561135c86611968565b92909261164657518051906001600160401b03821161156b57819061138185546119b0565b601f81116115ed575b50602090601f831160011461158a575f9261157f575b50508160011b915f199060031b1c19161782555b6001820196519687516001600160401b03811161156b576113d582546119b0565b601f811161151a575b5090879695949392916020998a90601f831160011461148657937f05053191630656a0317955178eac6c748364e24ccbf6e61b8cebf7c86157fbc19896938361145d99979460029461146a985f9261147b575b50508160011b915f199060031b1c19161790555b519101556040519485946060865260608601906117bb565b908482038a8601526117bb565b9060408301520390a2604051908152f35b015190508f80611431565b90601f19831691845f52815f20925f5b81811061150057508460029461146a98947f05053191630656a0317955178eac6c748364e24ccbf6e61b8cebf7c86157fbc19d9b989461145d9d9b98600195106114e8575b505050811b019055611445565b01515f1960f88460031b161c191690558f80806114db565b8284015185558d9c50600190940193928e01928e01611496565b818111156113de5798825f5260205f20601f830160051c9060208410611563575b81019a601f0160051c035f5b818110611556575050986113de565b5f8c820155600101611547565b5f915061153b565b634e487b7160e01b5f52604160045260245ffd5b0151905089806113a0565b5f8681528281209350601f198516905b8181106115d557509084600195949392106115bd575b505050811b0182556113b4565b01515f1960f88460031b161c191690558980806115b0565b9293602060018192878601518155019501930161159a565b8281111561138a57909150845f5260205f20601f840160051c906020851061163e575b849392601f0160051c82900391015f5b82811061162e57505061138a565b5f81830155859450600101611620565b5f9150611610565b634e487b7160e01b5f525f60045260245ffd5b506347feb9b160e11b5f5260045260245ffd5b5063ffffffff82116112fc565b34610055576020366003190112610055576004355f6040805161169b81611911565b606081526060602082015201525f516020613f6d5f395f51905f525480821015611741576117236116cb83611968565b50604051906116d982611911565b6116e2816119e8565b825261173660026116f5600184016119e8565b92602085019384520154916040840192835260405194859460208652516060602087015260808601906117bb565b9051848203601f190160408601526117bb565b905160608301520390f35b90631dd6272960e01b5f5260045260245260445ffd5b34610055575f366003190112610055577325950596a89ab577939cb8c0e033b6050b88b0875f525f516020613fcd5f395f51905f5260209081527f2b81106f9363d9c0e53ac4baa7a59a677ca283f8f18fa8ff7994b631511d57425460801c825290f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9181601f84011215610055578235916001600160401b038311610055576020838186019501011161005557565b602435906001600160a01b038216820361005557565b600435906001600160a01b038216820361005557565b602060031982011261005557600435906001600160401b038211610055576101e09082900360031901126100555760040190565b34610055575f366003190112610055576020604051600a8152f35b60031981016103808112610055576101001361005557600491610100610103198301126100555761010491610140610203198201126100555761020491610344356001600160401b038111610055576101e08184036003190112610055576004019161036435906001600160401b0382116100555760809082900360031901126100555760040190565b606081019081106001600160401b0382111761156b57604052565b60c081019081106001600160401b0382111761156b57604052565b90601f801991011681019081106001600160401b0382111761156b57604052565b5f516020613f6d5f395f51905f525481101561199c575f516020613f6d5f395f51905f525f52600360205f20910201905f90565b634e487b7160e01b5f52603260045260245ffd5b90600182811c921680156119de575b60208310146119ca57565b634e487b7160e01b5f52602260045260245ffd5b91607f16916119bf565b9060405191825f8254926119fb846119b0565b8084529360018116908115611a665750600114611a22575b50611a2092500383611947565b565b90505f9291925260205f20905f915b818310611a4a575050906020611a20928201015f611a13565b6020919350806001915483858901015201910190918492611a31565b905060209250611a2094915060ff191682840152151560051b8201015f611a13565b9291926001600160401b03821161156b5760405191611ab1601f8201601f191660200184611947565b829481845281830111610055578281602093845f960137010152565b6004356001600160a01b03811681036100555790565b356001600160a01b03811681036100555790565b60405190611b048261192c565b5f60a0838281528260208201528260408201528260608201528260808201520152565b5f546001600160a01b03163303611b3a57565b63118cdaa760e01b5f523360045260245ffd5b8115611c9d576001600160a01b0316908115611c8e57335f525f516020613fcd5f395f51905f5260205260405f206001600160801b03815416828110611c73576001600160801b03611ba0848293613a87565b16166001600160801b03198254161790557f0000000000000000000000000000000000000000000000000000000000000000906040519163a9059cbb60e01b5f52836004528160245260205f60448180855af160015f5114811615611c54575b8360405215611c34575081527f9b1bfa7fa9ee420a16e124f794c35ac9f90472acc99140eb2f6447c714cad8eb60203392a3565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b6001811516611c6a57813b15153d151616611c00565b833d5f823e3d90fd5b9050635e65bb5960e01b5f523360045260245260445260645ffd5b6332e467f560e21b5f5260045ffd5b6328ae3a4b60e01b5f5260045ffd5b8215611c9d576001600160a01b038216918215611c8e57825f525f516020613fcd5f395f51905f526020526001600160801b03611cfa60405f2092611cf48784865416612351565b90613bac565b166001600160801b03198254161790557f000000000000000000000000000000000000000000000000000000000000000092604051916323b872dd60e01b5f5260018060a01b03169384600452306024528160445260205f60648180855af160015f5114811615611d9e575b836040525f60605215611c345750816020917f5548c837ab068cf56a2c2479df0882a4922fd203edb7517321831d95078c5f629352a3565b6001811516611c6a57813b15153d151616611d66565b7f6cfc932a5a3d22c4359295b9f433edff52b60703fa47690a04a83e40933dd47c81526001600160a01b03918216602082015260408101929092526060820192909252608081019290925291821660a082015291811660c083015290911660e08201526101008101919091526101200190565b7f60815a0eeec47dddf1615fe53b31d016c31444e01b9d796db365443a6445d00881526001600160a01b03918216602082015260408101929092526060820192909252608081019290925291821660a082015291811660c083015290911660e08201526101008101919091526101200190565b6004356001600160a01b038116810361005557608435906001600160a01b03821682036100555760a435906001600160a01b03821682036100555760c435916001600160a01b038316830361005557611f11611f1f92604051948593602085019760e435936064359060443590602435908c611db4565b03601f198101835282611947565b51902090565b604290611f30613891565b906040519161190160f01b8352600283015260228201522090565b51906001600160a01b038216820361005557565b60405163c1f1d57760e01b81526001600160a01b0392831660048201529160209183916024918391165afa908115611fd2575f91611f9b575090565b90506020813d602011611fca575b81611fb660209383611947565b8101031261005557611fc790611f4b565b90565b3d9150611fa9565b6040513d5f823e3d90fd5b6004356001600160a01b038116810361005557608435906001600160a01b03821682036100555760a435906001600160a01b03821682036100555760c435916001600160a01b038316830361005557611f11611f1f92604051948593602085019760e435936064359060443590602435908c611e27565b903590601e198136030182121561005557018035906001600160401b0382116100555760200191813603831361005557565b61208f81611ae3565b90611f1f61209f60408301611ae3565b926120ac60808401611ae3565b6120b860c08501611ae3565b906040519560208701937ff24e853034a3a450aba845a82914fbb564ad85accca6cf62be112a154520fae0855260018060a01b031660408801526020860135606088015260018060a01b03166080870152606085013560a087015260018060a01b031660c086015260a084013560e086015260018060a01b0316610100850152610100845261214961012085611947565b60206121586101608501611ae3565b6101c06121686101808701611ae3565b9561217a6112e36101a0830183612054565b848151910120604051978589019460e0840135865261010084013560408b015261012084013560608b015261014084013560808b015260018060a01b031660a08a015260018060a01b031660c089015260e0880152013561010086015261010085526121e861012086611947565b60405194859383850197518091895e840190838201905f8252519283915e01015f815203601f198101835282611947565b8181029291811591840414171561222c57565b634e487b7160e01b5f52601160045260245ffd5b805182526020808201516001600160a01b03908116918401919091526040808301518216908401526060808301519084015260808083015182169084015260a08083015182169084015260c0808301519084015260e0808301518216908401526101008083015182169084015261012080830151908401526101408083015190840152610160808301519084015261018080830151908401526101a080830151908401526101c0808301518216908401526101e0808301518216908401526102008083015182169084015261022080830151909116908301526102408082015190830152610260808201519083015261028080820151908301526102a080820151908301526102c090810151910152565b9190820180921161222c57565b9492919094608052610100526101405260a05260018060a01b0361238183611ae3565b16158015929061388a576020810135925b8015613883576060820135905b60806101005101356101206101405101350361385d575f516020613f6d5f395f51905f525480610120610140510135101561383f575060a0610100510135610140805101351161381b5760206101405101356020608051013581106137fb575060606101405101358581106137df575060a0610140510135602061010051013581106137bd5750606061010051013519610100610140510135836060608051013517171661378c57600161010061014051013583171615158061377b575b6137545761246d61014051611ae3565b6080516001600160a01b039061248290611ae3565b166001600160a01b039091160361371457604061014051016124a381611ae3565b6001600160a01b036124b486611ae3565b166001600160a01b03909116036136d857506124d36080805101611ae3565b6124dc84611ae3565b6001600160a01b0390911690811515806136c5575b61369057505061250560a060805101611ae3565b61251161010051611ae3565b6001600160a01b03909116908115158061367d575b61364857505061253a60c060805101611ae3565b61254960c06101405101611ae3565b6001600160a01b039091169081151580613635575b61360057505080613486575b61257960c06101005101611ae3565b612584608051611ae3565b6001600160a01b039091169081151580613473575b61343e5750506125ae60e06101005101611ae3565b6125b784611ae3565b6001600160a01b03909116908115158061342b575b6133f55750506125e0610100805101611ae3565b6125ef60c06101405101611ae3565b6001600160a01b0390911690811515806133e2575b6133ac57505061261960806101405101611ae3565b61262561010051611ae3565b6001600160a01b039091169081151580613399575b61336357505060405160e0526102e060e0510160e05181106001600160401b0382111761156b576040525f60e051525f602060e05101525f604060e05101525f606060e05101525f608060e05101525f60a060e05101525f60c060e05101525f60e0805101525f61010060e05101525f61012060e05101525f61014060e05101525f61016060e05101525f61018060e05101525f6101a060e05101525f6101c060e05101525f6101e060e05101525f61020060e05101525f61022060e05101525f61024060e05101525f61026060e05101525f61028060e05101525f6102a060e05101525f6102c060e051015260018060a01b03612739608051611ae3565b16602060e051015260206080510135606060e051015261275a608051611ae3565b60405163c1f1d57760e01b81526001600160a01b03918216600482018190529091602090839060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa918215611fd2575f92613327575b506001600160a01b038216156133115750819060018060a01b0316604060e0510152613212575b6127ea61010051611ae3565b60405163f514d6e560e01b81526001600160a01b0391821660048201529390606090859060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa948515611fd2575f60c0525f945f966131c5575b5060c0516001600160a01b0316156131945760e051604081015160a0909101516001600160a01b039081169391612a3c9116612885611af7565b61012052612901612897608051611ae3565b6128a46080805101611ae3565b906128f96128b660a060805101611ae3565b611f116128c760c060805101611ae3565b93604051948593602085019760e06080510135936060608051013590604060805101359060206080510135908c611e27565b519020611f25565b6101205152612a0661291561010051611ae3565b61292460c06101005101611ae3565b61293360e06101005101611ae3565b612941610100805101611ae3565b906040519260208401947faa3429fb281b34691803133d3d978a75bb77c617ed6bc9aa162b9b30920022bb865260018060a01b031660408501526020610100510135606085015260406101005101356080850152606061010051013560a0850152608061010051013560c085015260a061010051013560e085015260018060a01b031661010084015260018060a01b031661012083015260018060a01b031661014082015261012061010051013561016082015261016081526128f961018082611947565b6040610120510152612a1d6102ef61014051612086565b60606101205101526101205151612a348580612054565b929091613be4565b612a5e6040610120510151612a546040850185612054565b9160c05190613c53565b612a8e6060610120510151612a7860c06101405101611ae3565b90612a866060860186612054565b929091613cbf565b61012051515f525f516020613f4d5f395f51905f5260205260405f20549160406101205101515f525f516020613f4d5f395f51905f5260205260405f20549360606101205101515f525f516020613f4d5f395f51905f5260205260405f205460806101205101526101205151604060805101358510156131745750612b198460406080510135613a87565b604061012051015160406101005101358710156131525750612b42866040610100510135613a87565b8082101561314b57505b606061012051015160806101205101519060e06101405101358210156131295750612b7e9060e0610140510135613a87565b808210156131215750915b8296612fc3575b50505050612e3794612e52979484612bd881606496612bb6612e459c99612db298612351565b61012051515f525f516020613f4d5f395f51905f5260205260405f2055612351565b60406101205101515f525f516020613f4d5f395f51905f5260205260405f2055612c09816080610120510151612351565b60606101205101515f525f516020613f4d5f395f51905f5260205260405f205560a0610120510152606061012051015160806101205101516040519060208201928352604082015260408152612c60606082611947565b51902060e05152610100516001600160a01b0390612c7d90611ae3565b1660e08051015260018060a01b0360c0511661010060e0510152602061010051013561012060e051015261014080510135155f14612fb75760015b61014060e051015261012061014051013561016060e05101526002612ce4610120610140510135611968565b50015461018060e0510152610100610140510135906060608051013517176101a060e051015260018060a01b03612d2060c06101405101611ae3565b166101c060e051015260018060a01b03612d406101606101405101611ae3565b166101e060e051015260018060a01b03612d606101806101405101611ae3565b1661020060e051015260018060a01b0360a0511661022060e05101524261024060e0510152608061012051015161026060e051015260a061012051015161028060e05101526020610100510135612219565b046102a060e05101526102c060e05101526040516020810190612dd78260e051612240565b6102e08152612de861030082611947565b51902060e051515f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0560205260405f2055612e3260206101005101359160206080510135612351565b612351565b60a061012051015190612219565b60e051519060a051613ad2565b6101005160200135601e818102918015908304909114171561222c57612e86612e9391606460a06101205101519104612219565b60e051519060c051613ad2565b60e05151612ea361010051611ae3565b90612eb360c06101405101611ae3565b90604051608081018181106001600160401b0382111761156b5760405261012051518152602061012051015160208201526040610120510151604082015260606101205101516060820152612f126101a0610140510161014051612054565b80949160405193845f905b60048210612f9d575050509280926103a0927fc0c7fd451e0a99a7e50bdc547f148dca3da9153ffceceb8203c80bce0c15207195612f606080850160e051612240565b61038061036085015281610380850152848401375f8288018401526001600160a01b03908116971695601f01601f19168101030190a460e0515190565b825181528894506020928301926001929092019101612f1d565b61014080510135612cb8565b61304a929394965061304261302e612fda87611ae3565b612fe660808901611ae3565b6128f9612ff560a08b01611ae3565b91611f118b61300660c08201611ae3565b604051958694602086019860e08501359460608101359160206040830135920135908c611db4565b918260206101205101526020810190612054565b929091613d2b565b60206101205101515f525f516020613f4d5f395f51905f5260205260405f205491602061012051015160408201358410156131015750946130c4612bd8612e459996606496612bb687612e379c97612e529f9c612db29a60406130ae920135613a87565b808210156130f95750935b849687958693612351565b60206101205101515f525f516020613f4d5f395f51905f5260205260405f205598505050965096995082979a50839850612b90565b9050936130b9565b63414a66e160e11b5f52906040916001600452602452013560445260645ffd5b905091612b89565b63414a66e160e11b5f52600360045260245260e061014051013560445260645ffd5b9050612b4c565b63414a66e160e11b5f526002600452602452604061010051013560445260645ffd5b63414a66e160e11b5f525f6004526024526040608051013560445260645ffd5b6131a061010051611ae3565b63073b0cef60e51b5f90815260026004526001600160a01b0391909116602452604490fd5b945094506060843d60601161320a575b816131e260609383611947565b81010312610055576131f384611f4b565b93604060208201519101519460c05293945f61284b565b3d91506131d5565b6001600160a01b0361322384611ae3565b16608060e05101528460c060e051015261323c83611ae3565b60405163c1f1d57760e01b81526001600160a01b03918216600482018190529091602090839060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa918215611fd2575f926132d5575b506001600160a01b038216156132be575060018060a01b031660a060e05101526127de565b63073b0cef60e51b5f52600160045260245260445ffd5b9091506020813d602011613309575b816132f160209383611947565b810103126100555761330290611f4b565b905f613299565b3d91506132e4565b63073b0cef60e51b5f525f60045260245260445ffd5b9091506020813d60201161335b575b8161334360209383611947565b810103126100555761335490611f4b565b905f6127b7565b3d9150613336565b60405163e4d95bbf60e01b8152600360048201526002602482015260448101929092526001600160a01b03166064820152608490fd5b506001600160a01b03811682141561263a565b60405163e4d95bbf60e01b8152600260048201526003602482015260448101929092526001600160a01b03166064820152608490fd5b506001600160a01b038116821415612604565b60405163e4d95bbf60e01b8152600260048201526001602482015260448101929092526001600160a01b03166064820152608490fd5b506001600160a01b0381168214156125cc565b60405163e4d95bbf60e01b8152600260048201525f602482015260448101929092526001600160a01b03166064820152608490fd5b506001600160a01b038116821415612599565b61349260808401611ae3565b61349d608051611ae3565b6001600160a01b0390911690811515806135ed575b6135b85750506134c460a08401611ae3565b6134d061010051611ae3565b6001600160a01b0390911690811515806135a5575b61356f5750506134f760c08401611ae3565b61350660c06101405101611ae3565b6001600160a01b03909116908115158061355c575b61352657505061256a565b60405163e4d95bbf60e01b8152600160048201526003602482015260448101929092526001600160a01b03166064820152608490fd5b506001600160a01b03811682141561351b565b60405163e4d95bbf60e01b8152600160048201526002602482015260448101929092526001600160a01b03166064820152608490fd5b506001600160a01b0381168214156134e5565b60405163e4d95bbf60e01b8152600160048201525f602482015260448101929092526001600160a01b03166064820152608490fd5b506001600160a01b0381168214156134b2565b60405163e4d95bbf60e01b81525f60048201526003602482015260448101929092526001600160a01b03166064820152608490fd5b506001600160a01b03811682141561255e565b60405163e4d95bbf60e01b81525f60048201526002602482015260448101929092526001600160a01b03166064820152608490fd5b506001600160a01b038116821415612526565b60405163e4d95bbf60e01b81525f60048201526001602482015260448101929092526001600160a01b03166064820152608490fd5b506001600160a01b0381168214156124f1565b6136eb6136e58592611ae3565b91611ae3565b633235da1d60e11b5f90815260016004526001600160a01b039283166024529116604452606490fd5b61372061014051611ae3565b61372b608051611ae3565b633235da1d60e11b5f90815260048190526001600160a01b039283166024529116604452606490fd5b506310be73dd60e31b5f52610100610140510135176004526060608051013560245260445ffd5b50600160606080510135161561245d565b506399fb067360e01b5f5261010061014051013590606060805101351717600452606061010051013560245260445ffd5b6315fc49cf60e21b5f526002600452602452602061010051013560445260645ffd5b85906315fc49cf60e21b5f52600160045260245260445260645ffd5b6315fc49cf60e21b5f525f6004526024526020608051013560445260645ffd5b635ce5593f60e01b5f526101408051013560045260a061010051013560245260445ffd5b631dd6272960e01b5f5261012061014051013560045260245260445ffd5b63eb92749160e01b5f52610120610140510135600452608061010051013560245260445ffd5b5f9061239f565b5f92612392565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316148061397e575b156138ec577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152611f1f60c082611947565b507f000000000000000000000000000000000000000000000000000000000000000046146138c3565b6004356001600160a01b03811690818103610055575060c4356001600160a01b03811690818103610055575060e4356001600160a01b038116908181036100555750610104356001600160a01b038116919082810361005557506040519260208401947faa3429fb281b34691803133d3d978a75bb77c617ed6bc9aa162b9b30920022bb865260408501526024356060850152604435608085015260643560a085015260843560c085015260a43560e0850152610100840152610120830152610140820152610124356101608201526101608152611f1f61018082611947565b9190820391821161222c57565b60ff811690601f8211613ac35760405191613ab0604084611947565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b908015613ba7576001600160a01b0382165f8181525f516020613fcd5f395f51905f52602052604090208054919390916001600160801b0316838110613b8c579183916001600160801b0380613b4b7fceea5b421e1b4e7ed15f76569a4c1608f411702926a7d2ffff370e07913df3b697602097613a87565b16166001600160801b03198354161782556001600160801b03825491613b7a821991611cf4878660801c612351565b60801b169116179055604051908152a3565b839085635e65bb5960e01b5f5260045260245260445260645ffd5b505050565b6001600160801b038211613bc757506001600160801b031690565b631dd2950360e01b5f5260018060a01b031660045260245260445ffd5b92939190938015159182613c40575b5050613c3b57815f525f516020613fad5f395f51905f5260205260ff60405f205416613c3b5750635c9566e960e11b5f525f60045260245260018060a01b031660445260645ffd5b915050565b613c4c92508486613d97565b5f80613bf3565b92939190938015159182613cac575b5050613c3b57815f525f516020613fad5f395f51905f5260205260ff60405f205416613c3b5750635c9566e960e11b5f5260026004526024526001600160a01b031660445260645ffd5b613cb892508486613d97565b5f80613c62565b92939190938015159182613d18575b5050613c3b57815f525f516020613fad5f395f51905f5260205260ff60405f205416613c3b5750635c9566e960e11b5f5260036004526024526001600160a01b031660445260645ffd5b613d2492508486613d97565b5f80613cce565b92939190938015159182613d84575b5050613c3b57815f525f516020613fad5f395f51905f5260205260ff60405f205416613c3b5750635c9566e960e11b5f5260016004526024526001600160a01b031660445260645ffd5b613d9092508486613d97565b5f80613d3a565b919291906001600160a01b0382168015613ec1575f60418503613e7b5750836040101561199c57836020116100555784358460401161005557613de890602087013590604088013560f81c85613eca565b50505b6001600160a01b031614613e7257813b15159283613e0c575b505050905090565b5f9350613e1f6020956064923691611a88565b80519060405193630b135d3f60e11b855260048501526040602485015286820190604485015e8281018201859052601f01601f191601915afa630b135d3f60e11b5f5114601f3d111616805f8080613e04565b50505050600190565b60408503613deb5750836020116100555784358460401161005557613eba9060208701356001600160ff1b0381169190601b60ff91821c011685613eca565b5050613deb565b50505050505f90565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411613f41579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15611fd2575f516001600160a01b03811615613f3757905f905f90565b505f906001905f90565b5050505f916003919056feead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f03ead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f02b399153bea786ec476ebaf1a5a4c731da7daebcc492ea4bc01610c1d292aee7cead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f04ead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0093bad3b0953f1abdb2ccb9512e416018a35b9182f0f2af62c65df64148db56c205053191630656a0317955178eac6c748364e24ccbf6e61b8cebf7c86157fbc1ead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0253838f132c35f4d8d11dd06939db82fd1fca0e5d0404a331e4b170dbf88e48f7",
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
// Solidity: function presigned(bytes32 orderHash) view returns(bool)
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
// Solidity: function presigned(bytes32 orderHash) view returns(bool)
func (pocoHub *PocoHub) TryPackPresigned(orderHash [32]byte) ([]byte, error) {
	return pocoHub.abi.Pack("presigned", orderHash)
}

// UnpackPresigned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83b04e6b.
//
// Solidity: function presigned(bytes32 orderHash) view returns(bool)
func (pocoHub *PocoHub) UnpackPresigned(data []byte) (bool, error) {
	out, err := pocoHub.abi.Unpack("presigned", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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
	Taskid   [32]byte
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
// Solidity: event ScoreChanged(address indexed worker, bytes32 indexed taskid, uint256 oldScore, uint256 newScore)
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
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"PocoAlreadyContributed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"}],\"name\":\"PocoAlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"PocoAssetNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PocoBalanceOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"PocoCallbackDataMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gasLeft\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"PocoCallbackGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"enumContributionStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"PocoCannotReveal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestCategory\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolCategory\",\"type\":\"uint256\"}],\"name\":\"PocoCategoryMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"PocoContributorsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"}],\"name\":\"PocoDeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"}],\"name\":\"PocoDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoDirectCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"}],\"name\":\"PocoEnclaveRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"PocoInsufficientFreeBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"PocoInvalidAuthorization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"PocoInvalidEnclaveSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"PocoInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"PocoInvalidWorkClockTimeRef\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"PocoNotOrderOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"PocoNotScheduler\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"PocoNotToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"PocoOrderConsumed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PocoPriceTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"requested\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"offered\",\"type\":\"address\"}],\"name\":\"PocoRequestMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOrderKind\",\"name\":\"order\",\"type\":\"uint8\"},{\"internalType\":\"enumOrderKind\",\"name\":\"party\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"allowed\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"actual\",\"type\":\"address\"}],\"name\":\"PocoRestricted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"PocoResultDigestMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"PocoRevealMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"winners\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"PocoRevealsPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"required\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"offered\",\"type\":\"bytes32\"}],\"name\":\"PocoTagNotOffered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"first\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"PocoTaskIndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"enumTaskStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"PocoTaskWrongStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"required\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"appTag\",\"type\":\"bytes32\"}],\"name\":\"PocoTeeRequiresTeeApp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"}],\"name\":\"PocoTrustNotOne\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestTrust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolTrust\",\"type\":\"uint256\"}],\"name\":\"PocoTrustTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"PocoUnknownCategory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"name\":\"PocoUnknownDeal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"PocoWeightOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"PocoWrongToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PocoZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"}],\"name\":\"CategoryCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"ContributionRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"KittyDrain\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"KittyFill\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Lock\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumOrderKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderPresigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32[4]\",\"name\":\"orderHashes\",\"type\":\"bytes32[4]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"}],\"name\":\"OrdersMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"ResultCallback\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Reward\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldScore\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newScore\",\"type\":\"uint256\"}],\"name\":\"ScoreChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Seize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"consensusValue\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"TaskConsensus\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"TaskContribute\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskFinalize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskReopen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"name\":\"TaskReveal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Unlock\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONTRIBUTION_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FINAL_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY_MIN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KITTY_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL_STAKE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVEAL_DEADLINE_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TAG_TEE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"internalType\":\"structClaimItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"internalType\":\"structClaimItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"claimBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"internalType\":\"structContributeItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"contribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"internalType\":\"structContributeAndFinalizeItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"contributeAndFinalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"internalType\":\"structContributeAndFinalizeItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"contributeAndFinalizeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorizationSign\",\"type\":\"bytes\"}],\"internalType\":\"structContributeItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"contributeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"}],\"internalType\":\"structFinalizeItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"}],\"internalType\":\"structFinalizeItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"finalizeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structContributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"name\":\"reopen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structRevealItem\",\"name\":\"item\",\"type\":\"tuple\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workClockTimeRef\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"internalType\":\"structDeal\",\"name\":\"deal\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structRevealItem[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"revealBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "fe88533ed0350ec35e332e793dae2bab2e",
	Bin: "0x60a080604052346100695730608052614277908161006e82396080518181816101380152818161047b0152818161051b01528181610a6801528181610d9f01528181610e7e015281816110a2015281816115980152818161176001528181611a9c0152611cb80152f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806337c18de514611c785780633e508aca14611c5d578063474c161c14611a595780634aa2943d1461174c5780634c7819101461155a5780634e9ef8e41461105f57806351152de114610d3657806354d6307e14610e535780635bc03ef314610e255780635fbbdc0214610d8c5780635fde601d14610d71578063709ce02b14610d565780637b24483214610d3b57806390fc26b114610d3657806396425c6f14610a245780639779ea4614610a075780639d881e9114610507578063d840429114610468578063e2e7a8c11461044a5763f5e1f65a146100f5575f80fd5b346104465736600319016103008112610446576102e013610446576102e4356001600160401b03811161044657806004019060e0600319823603011261044657307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146104375761016d6123c0565b61017561221b565b91803590610184826004613524565b9261014435600181036104215750835f525f5160206141d75f395f51905f5260205260405f209060ff825416806104015750610184358060070290600782040361036e576101d86101de916102443561283d565b8661370a565b608481016102046101ee8261233e565b6101fb60c4850187612199565b91896004613a82565b60248201359260405160208101908882528560408201526040815261022a6060826121fa565b51902091826001600160a01b036102408361233e565b16158015906103f2575b610382575b505061026b6102616064850187612199565b90868a6004613765565b805464ffffffffff1916630100010317905561028f61028933612352565b54613c01565b6040519182526020820152855f5160206141b75f395f51905f5260403393a3610124356102c4356064036064811161036e5761036c9761036696885f5160206142575f395f51905f52610357606498610326610317898c6102f4889b61035f9d612399565b049060e08a0161030583825161283d565b90526103128a6004613c39565b61301c565b61032086613cb1565b9061283d565b61033560c0880191825161283d565b905261034460448a018c612199565b604093919351938493600435988561289f565b0390a36128be565b0190612199565b91612d0c565b005b634e487b7160e01b5f52601160045260245ffd5b6040513360601b6001600160601b03191660208201908152603482018b9052605482018890526103eb93916103d291906103c981607481015b03601f1981018352826121fa565b5190209161233e565b906103e060a488018a612199565b9390928c6004613b41565b5f8261024f565b5060016101a43516151561024a565b8561040e61041e9261231a565b638fd72fdf60e01b5f5290612329565b5ffd5b84634be45a9f60e01b5f5260045260245260445ffd5b631c373dd960e01b5f5260045ffd5b5f80fd5b34610446575f366003190112610446576020604051633b9aca008152f35b3461044657610476366120ef565b9190307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614610437576104b38293926125a9565b3681900360be1901925f5b838110156104eb578060051b8301359085821215610446576104e4600192850184613029565b50016104be565b61036c826104fe866102a0830135612399565b90359033613437565b3461044657610515366120ef565b909190307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461043757610551826125a9565b61010082016001600160a01b036105678261233e565b1633036109da575091906105796127bb565b926105838161228e565b925f9460c081015b8387106105e157506105a09084359085612b0c565b5f5b8281106105ab57005b806105db6105bb600193886122f6565b516105d46105ca848888612377565b6080810190612199565b9188612dee565b016105a2565b6105ec878585612377565b9687356105f98188613524565b90815f525f5160206141d75f395f51905f5260205260405f20805460ff8116600281036109cd57506101808a013580600a0290600a82040361036e5761064761064d916102408d013561283d565b8561370a565b60408c01359161067f6040516020810190878252856040820152604081526106766060826121fa565b519020866136dd565b156109b6578c906106a1868d866106996080870187612199565b939092613765565b6106ce6106c760208401846106c26106ba83809861284a565b908c88613597565b61284a565b9088613649565b939080158015610992575b610957575050805460ff191660031790556106f4908d61284a565b906102a08c01356101208d0135928d5f905b82821061088d576102c091500135606403946064861161036e5760648f9661072e9087612399565b049060016101405f98013511925f5b8181106107c75750505050505050918a6107ad61079e829e9f6107928c9d9e9f6107825f5160206142575f395f51905f529860019e9f9a6103128e9c61078b95613c39565b6103208a613cb1565b8d5161283d565b8c526060810190612199565b9060405194859435988561289f565b0390a36107ba828a6122f6565b520195949392919061058b565b8e8c996107dd6107d884868c61230a565b61233e565b908b5f525f5160206142175f395f51905f5260205260405f2060018060a01b0383165f5260205260405f2054600260ff82160361088057918c91878a96959460081c66ffffffffffffff1661083190613db4565b61083b908b612399565b9061084591612cd3565b90816108509161283d565b9d61085d918c84876139c1565b60019461086f575b5050505b0161073d565b61087892613ef5565b8f8d5f610865565b509a505050600190610869565b508861089d6107d883858861230a565b815f525f5160206142175f395f51905f5260205260405f2060018060a01b0382165f526020528d60405f2060ff8154169860028a146109495791610904939160016108eb8a8299989661283d565b9b6108f8868c8787613961565b1461090b575b50613e18565b018e610706565b600360ff19825416179055858060a01b038216837f0759bdc89d8f5bdddf3866fcaffcf8810fa50a3db976aa73710798ab35d6dc175f80a35f6108fe565b985050505050600190610904565b64ffffffffff608492899260405193634faf6dd560e01b85526004850152602484015261ffff8160181c16604484015260281c166064820152fd5b5061ffff8260181c16811080156106d9575064ffffffffff8260281c1642106106d9565b828563015bbadf60e51b5f5260045260245260445ffd5b8461040e61041e9261231a565b6109e39061233e565b633baf370b60e11b5f908152336004526001600160a01b0391909116602452604490fd5b34610446575f366003190112610446576020604051620186a08152f35b346104465736600319016103208112610446576102e013610446576102e435610304356001600160401b03811161044657610a6390369060040161214e565b9091307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461043757610a9d6123c0565b610aa5612783565b610264358082108015610d20575b610d03575060405160208101916004358352604082015260408152610ad96060826121fa565b51902091825f525f5160206141d75f395f51905f5260205260405f2091825460ff811660028103610401575064ffffffffff9060281c16804210610ce95750610b2481838686613597565b610b2f818386613649565b5080610cd35750905f915f915b818310610c0b57505050825f525f5160206141975f395f51905f5260205260405f20815f5260205260018060b01b0360405f205416825460501c0360018060b01b03811161036e57825469ffffffffffffffffffff1660509190911b69ffffffffffffffffffff19161782555f8381525f5160206141975f395f51905f5260209081526040808320938352929052908120819055815469ffffffffffffff0000ff19166001179091557f3afe0f24796ce653c6ab1f3e7aba5ce564eece5e82aee724aff28253e829f07b9080a2005b9091926020610c1b85858561230a565b013590610c2882886136dd565b15610cc9575060019093865f525f5160206142175f395f51905f5260205260405f20610c586107d883878761230a565b838060a01b03165f5260205260405f208260ff82541614610c7e575b505b019190610b3c565b600360ff19825416179055818060a01b03610c9d6107d883878761230a565b16877f0759bdc89d8f5bdddf3866fcaffcf8810fa50a3db976aa73710798ab35d6dc175f80a387610c74565b9360019150610c76565b84638d66e5bb60e01b5f5260045260245260445ffd5b84637400357160e01b5f526004526024524260445260645ffd5b90632da292d360e01b5f526004526024526102843560445260645ffd5b50610d2b818361301c565b610284351115610ab3565b61217e565b34610446575f36600319011261044657602060405160078152f35b34610446575f366003190112610446576020604051601e8152f35b34610446575f36600319011261044657602060405160028152f35b3461044657610d9a366120ef565b9190307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461043757610dd78293926125a9565b610ddf6127bb565b36829003603e1901935f5b84811015610e18578060051b840135908682121561044657610e1184600193870185612e73565b5001610dea565b5061036c91813591612b0c565b34610446575f3660031901126104465760206040517325950596a89ab577939cb8c0e033b6050b88b0878152f35b346104465736600319016103208112610446576102e013610446576040366102e319011261044657307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461043757610eb36123c0565b610ec16102e4356004613524565b805f525f5160206141d75f395f51905f5260205260405f205460ff811660028103611052575064ffffffffff610efb9160281c168261370a565b5f8181525f5160206142175f395f51905f526020908152604080832033845290915290208054919060ff83165f19810161101b57506103043592610f61604051602081019085825286604082015260408152610f586060826121fa565b519020846136dd565b15908115610fbf575b50610fa857600260ff198254161790556040519182527f4b1763d473ac8fa80b4432ba90047e1b92444d8fabc55e6a002d9b1a316d795960203393a3005b5063cc7c107360e01b5f526004523360245260445ffd5b6040513360601b6001600160601b0319166020820190815260348201869052605482018790529192509061100082607481015b03601f1981018452836121fa565b9051902067ffffffffffffffff199182169116141584610f6a565b82600482101561103e5763c30d472f60e01b5f526004523360245260445260645ffd5b634e487b7160e01b5f52602160045260245ffd5b8261040e61041e9261231a565b346104465736600319016103008112610446576102e013610446576102e4356001600160401b03811161044657806004019060c0600319823603011261044657307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614610437576110d76123c0565b81356110e4816004613524565b91825f525f5160206141d75f395f51905f5260205260405f20805460ff811690811591825f14611526575050600193604051908152857ff8d5867e7c95bc85fa2f2b2d8bedcab14aab995b3a93365170d36a53f7f8d255602060043593a35b61018435928360070260078104850361036e5761116661116c916102443561283d565b8761370a565b5f8681525f5160206142175f395f51905f526020908152604080832033845290915290205460ff1661150f576111f06111e597826111cd6064608495016107d86111b58261233e565b8c6111c360a4870188612199565b9290916004613a82565b9060248101359a8b9360448301359687930190612199565b9390928b6004613b41565b6111fc61028933612352565b906040519061120a826121cb565b6001825266ffffffffffffff8316602080840191825267ffffffffffffffff1992831660408086019182525f8c81525f5160206142175f395f51905f528452818120338252845281812096519451925160089390931b67ffffffffffffff001660ff959095169490941791909416179093558881525f5160206141975f395f51905f5283528181208a82529092529020546001600160b01b03811695909190866114f55760016001600160401b0383945b60b01c1601966001600160401b03881161036e576112dd84916112e29361301c565b61283d565b906001600160b01b0382116114e257600161ffff865460081c160161ffff811161036e57855462ffff00191660089190911b62ffff001617855560018501805460408051602081019283523360601b6001600160601b03191691810191909152605481018c905261135681607481016103bb565b5190209055845469ffffffffffffffffffff16605083901b69ffffffffffffffffffff1916178555604051908982526020820152875f5160206141b75f395f51905f5260403393a361014435906113ad8284612399565b915f19810190811161036e576113c291612399565b109081156114dc57600160ff1b5b875f525f5160206141975f395f51905f5260205260405f20895f526020526001600160401b0360b01b8760b01b16171760405f20555f146114b757506001600160ff1b038216820361036e5761036c9484936114a160409361147c61ffff61145c7f78888c20a7bf7b29a7ff03aaf1cd6c5778dae01d6c538cccfc0dd9c72e0c464b9860011b4261283d565b835464ffff0000ff19169190951660181b64ffff00000016176002178255565b805469ffffffffff00000000001916602884901b69ffffffffff000000000016179055565b82519182526020820152a25b6102a43533613437565b9150915061036c93506114cb575b506114ad565b805460ff19166001179055826114c5565b5f6113d0565b876374d28ccb60e01b5f5260045260245ffd5b60016001600160401b03611509848a612399565b946112bb565b8563aecc9ebf60e01b5f526004523360245260445ffd5b919450906001810361153c575060501c92611143565b8060058792101561103e57638fd72fdf60e01b5f5261041e91612329565b346104465736600319016103008112610446576102e013610446576102e4356001600160401b0381116104465761159590369060040161214e565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461043757906115ce6123c0565b33915f5b8181106115db57005b6115e681838561230a565b6115f281356004613524565b805f525f5160206141d75f395f51905f5260205260405f205460ff811660028103611052575064ffffffffff61162c9160281c168261370a565b805f525f5160206142175f395f51905f5260205260405f20865f5260205260405f2080549260ff84166001810361172957506020013592611686604051602081019085825286604082015260408152610f586060826121fa565b159081156116d7575b50610fa857906001939291600260ff198254161790556040519182527f4b1763d473ac8fa80b4432ba90047e1b92444d8fabc55e6a002d9b1a316d795960203393a3016115d2565b6040513360601b6001600160601b0319166020820190815260348201869052605482018790529192509061170e8260748101610ff2565b9051902067ffffffffffffffff19918216911614158861168f565b83600482101561103e5763c30d472f60e01b5f526004523360245260445260645ffd5b346104465761175a366120ef565b909190307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461043757611796826125a9565b61179e61221b565b926117a88261228e565b9360e0810160c082015f5b858110611804575050506117ca9084359085612b0c565b5f5b8281106117d557005b806117fe6117e5600193886122f6565b516105d46117f48488886122c0565b6060810190612199565b016117cc565b61180f8187876122c0565b90813561181c818a613524565b906101408a013560018103611a435750815f525f5160206141d75f395f51905f5260205260405f2060ff81541680611a3657506101808b0135908160070291600783040361036e576118776106478d9361024085013561283d565b608086019061189d6118888361233e565b61189560c08a018a612199565b918887613a82565b6118fe856020890135946040516020810190838252876040820152604081526118c76060826121fa565b51902094858b6001600160a01b036118de8461233e565b1615801590611a25575b6119bf575b88925061069991506060018c612199565b805464ffffffffff1916630100010317905561191c61028933612352565b6040519182526020820152835f5160206141b75f395f51905f5260403393a36101208b0135906102c08c0135606403906064821161036e578c6119ab61079e60019961199f61078b8f8f8a610312610782938f9d61198a5f5160206142575f395f51905f529e606492612399565b049361199785825161283d565b90528a613c39565b8c526040810190612199565b0390a36119b8828b6122f6565b52016117b3565b6040513360601b6001600160601b0319166020820190815260348201879052605482018b9052611a1d9491611a1391611a08916119ff81607481016103bb565b5190209261233e565b9260a0810190612199565b9390928787613b41565b5f858b6118ed565b5060016101a08501351615156118e8565b8361040e61041e9261231a565b82634be45a9f60e01b5f5260045260245260445ffd5b346104465736600319016103008112610446576102e013610446576102e4356001600160401b0381116104465780600401906040600319823603011261044657307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461043757611ad16123c0565b611ad96127bb565b823590611ae7826004613524565b92835f525f5160206141d75f395f51905f5260205260405f209060ff825416600381148015611c53575b61153c57506101843580600a0290600a82040361036e57611b35906102443561283d565b804210611c39575092949260240190611b59611b51838661284a565b908784613597565b805460ff191660041790556102a435925f5b611b75838361284a565b9050811015611ba95780611ba38787611b9d6107d8600196611b978a8a61284a565b9061230a565b88613a30565b01611b6b565b868685611bba60c43560643561283d565b92611bc961012435809561283d565b611bd86020840191825161283d565b9052601e840293808504601e149015171561036e5761036c93611c03606460a085019204825161283d565b9052604051908152827f413f525c31b8880e5cc434d9cd410fd198c0f8c68340a9bbe7f4cca5620fcc4d602060043593a36128be565b85637400357160e01b5f526004526024524260445260645ffd5b5060048114611b11565b34610446575f36600319011261044657602060405160018152f35b346104465736600319016103008112610446576102e013610446576001600160401b036102e435116104465760a06102e4353603600319011261044657307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461043757611ced6123c0565b611cf5612783565b611cfd6127bb565b611d0f6102e435600401356004613524565b805f525f5160206141d75f395f51905f5260205260405f209182549260ff841660028103611a3657506101843580600a0290600a82040361036e57611d5a611d60916102443561283d565b8461370a565b611d8a604051602081019085825260446102e4350135604082015260408152610f586060826121fa565b156120d157611db9611da860846102e435016102e435600401612199565b9060446102e4350135866004613765565b60246102e4350190611ddc611dd4836102e43560040161284a565b908684613597565b611df6611def836102e43560040161284a565b9086613649565b9590801580156120ad575b612072575050805460ff19166003179055611e229060046102e4350161284a565b939061012435915f5b868110611fa557506102c4356064036064811161036e57611e4e60649185612399565b04905f965f5b818110611eee5761036c88611ed8818a611e80611e778f8d610312856004613c39565b61032084613cb1565b611e8f60c0830191825161283d565b9052610357825f5160206142575f395f51905f52611eb960646102e435016102e435600401612199565b604051600480359691938493916102e43560448101359101358561289f565b61036660846102e435016102e435600401612199565b80611eff6107d8600193858961230a565b895f525f5160206142175f395f51905f5260205260405f20838060a01b0382165f5260205260405f20548a86600260ff841603611f9c57611f63611f6a91611f5e611f5866ffffffffffffff611f769760081c16613db4565b8c612399565b612cd3565b809e61283d565b9c6102a435848d6139c1565b89836101443511611f8b575b50505b01611e54565b611f95918a613ef5565b8a89611f82565b50505050611f85565b85611fb46107d8838a8761230a565b815f525f5160206142175f395f51905f5260205260405f2060018060a01b0382165f5260205260405f2060ff81541696600288146120655791600194939185612004612021956102a4359061283d565b99612014856102a435868f613961565b14612027575b5088613e18565b01611e2b565b600360ff19825416179055848060a01b038116827f0759bdc89d8f5bdddf3866fcaffcf8810fa50a3db976aa73710798ab35d6dc175f80a38b61201a565b9650505050600190612021565b64ffffffffff608492879260405193634faf6dd560e01b85526004850152602484015261ffff8160181c16604484015260281c166064820152fd5b5061ffff8260181c1681108015611e01575064ffffffffff8260281c164210611e01565b8263015bbadf60e51b5f5260045260446102e435013560245260445ffd5b60031981016103008112610446576102e013610446576004916102e4356001600160401b0381116104465760040182601f82011215610446578035926001600160401b038411610446576020808301928560051b010111610446579190565b9181601f84011215610446578235916001600160401b038311610446576020808501948460061b01011161044657565b34610446575f366003190112610446576020604051600a8152f35b903590601e198136030182121561044657018035906001600160401b0382116104465760200191813603831361044657565b606081019081106001600160401b038211176121e657604052565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b038211176121e657604052565b6040519061014082018281106001600160401b038211176121e6576040525f610120838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e082015260606101008201520152565b6001600160401b0381116121e65760051b60200190565b9061229882612277565b6122a560405191826121fa565b82815280926122b6601f1991612277565b0190602036910137565b91908110156122e25760051b8101359060de1981360301821215610446570190565b634e487b7160e01b5f52603260045260245ffd5b80518210156122e25760209160051b010190565b91908110156122e25760061b0190565b60ff16600581101561103e5790565b60045260449190600581101561103e57602452565b356001600160a01b03811681036104465790565b6001600160a01b03165f9081525f5160206142375f395f51905f526020526040902090565b91908110156122e25760051b81013590609e1981360301821215610446570190565b8181029291811591840414171561036e57565b35906001600160a01b038216820361044657565b600435805f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0560205260405f2054604051602081019083825260243560018060a01b0381168091036104465760408201526044356001600160a01b0381169081900361044657606082015260643560808201526084356001600160a01b038116908190036104465760a082015260a4356001600160a01b038116908190036104465760c082015260c43560e082015260e4356001600160a01b0381169081900361044657610100820152610104356001600160a01b0381169081900361044657610120820152610124356101408201526101443561016082015261016435610180820152610184356101a08201526101a4356101c08201526101c4356001600160a01b03811690819003610446576101e08201526101e4356001600160a01b0381169081900361044657610200820152610204356001600160a01b0381169081900361044657610220820152610224356001600160a01b03811690819003610446576102408201526102443561026082015261026435610280820152610284356102a08201526102a4356102c08201526102c4356102e08201526102e0815261258c610300826121fa565b519020036125975750565b63289d586d60e01b5f5260045260245ffd5b803590815f527fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f0560205260405f2054906040516102c0602082019285845260018060a01b036125fa602083016123ac565b16604084015260018060a01b03612613604083016123ac565b1660608401526060810135608084015260018060a01b03612636608083016123ac565b1660a084015260018060a01b0361264f60a083016123ac565b1660c084015260c081013560e084015260018060a01b0361267260e083016123ac565b1661010084015260018060a01b0361268d61010083016123ac565b166101208401526101208101356101408401526101408101356101608401526101608101356101808401526101808101356101a08401526101a08101356101c084015260018060a01b036126e46101c083016123ac565b166101e084015260018060a01b036126ff6101e083016123ac565b1661020084015260018060a01b0361271a61020083016123ac565b1661022084015260018060a01b0361273561022083016123ac565b166102408401526102408101356102608401526102608101356102808401526102808101356102a08401526102a08101358284015201356102e08201526102e0815261258c610300826121fa565b610104356001600160a01b03811690818103610446578133036127a4575050565b50633baf370b60e11b5f523360045260245260445ffd5b6127c361221b565b90610220604051906127d581836121fa565b60108252601f19015f5b8181106127f0575050610100830152565b6040519060c08201918083106001600160401b038411176121e6576020926040525f81525f838201525f60408201525f60608201525f60808201525f60a0820152828286010152016127df565b9190820180921161036e57565b903590601e198136030182121561044657018035906001600160401b03821161044657602001918160061b3603831361044657565b908060209392818452848401375f828201840152601f01601f1916010190565b6128bb949260609282526020820152816040820152019161287f565b90565b9190610224356001600160a01b03811681036104465781816128f292506128e7828751836137e7565b60208601519061384b565b6044356001600160a01b0381168103610446576040840151612916918391906138fc565b60a4356001600160a01b038116810361044657606084015161293a918391906138fc565b61010435916001600160a01b038316830361044657829392506129628260808501518661384b565b6129718260c0850151866138fc565b6129808260e0850151336138fc565b6101008301936101208401935f5b8551811015612a4e5780856129a66001938a516122f6565b516129bf82858060a01b038351166060840151906137e7565b6129d782858060a01b0383511660208401519061384b565b6129ef82858060a01b038351166040840151906138fc565b60a0810151612a01575b50500161298e565b7fbfd92b5e3921708d5c37d78dad2b83fd58e7f20ddbde2f25cef54c42b9ed1b1d60406080868060a01b03845116930151612a3b84612352565b5482519182526020820152a3855f6129f9565b5060a0018051929550929350909182612a68575b50505050565b612a96847f39d08fc22e30b465f911ce88293bba3c1c8819d3c628bb37d741d5af6e5f884f946020946137e7565b7325950596a89ab577939cb8c0e033b6050b88b0875f525f5160206141f75f395f51905f528252612afb60405f206001600160801b03612adc825460801c85519061283d565b82546001600160801b0316911660801b6001600160801b031916179055565b51604051908152a25f808080612a62565b61010090929192612b3f83612b3461022084016107d883612b2c8361233e565b8a51906137e7565b60208701519061384b565b612b5a83612b4f6040840161233e565b6040870151906138fc565b612b7583612b6a60a0840161233e565b6060870151906138fc565b0192612b8f82612b848661233e565b60808601519061384b565b612ba782612b9c8661233e565b60c0860151906138fc565b612bb68260e0850151336138fc565b6101008301936101208401935f5b8551811015612c84578085612bdc6001938a516122f6565b51612bf582858060a01b038351166060840151906137e7565b612c0d82858060a01b0383511660208401519061384b565b612c2582858060a01b038351166040840151906138fc565b60a0810151612c37575b505001612bc4565b7fbfd92b5e3921708d5c37d78dad2b83fd58e7f20ddbde2f25cef54c42b9ed1b1d60406080868060a01b03845116930151612c7184612352565b5482519182526020820152a3855f612c2f565b5060a0018051929550929350909182612c9d5750505050565b612a96847f39d08fc22e30b465f911ce88293bba3c1c8819d3c628bb37d741d5af6e5f884f94612cce60209561233e565b6137e7565b8115612cdd570490565b634e487b7160e01b5f52601260045260245ffd5b6001600160401b0381116121e657601f01601f191660200190565b610204356001600160a01b03811693919291848203610446578415612de7576201b3e35a10612dcd575f6020928192826103bb612d8f7f0a72aa2658f2409d94e7bfbb933365c517061c757abed3b8d332eb0d4a6eb2bf986040519283918a830196635dd8085560e01b88528d602485015260406044850152606484019161287f565b5192620186a0f13d15612dc8573d612da681612cf1565b90612db460405192836121fa565b81525f833d92013e5b6040519015158152a3565b612dbd565b5a639e75d08760e01b5f526004526201b3e360245260445ffd5b5050505050565b610200612dfe919392930161233e565b6001600160a01b038116938415612de7576201b3e35a10612dcd575f6020928192826103bb612d8f7f0a72aa2658f2409d94e7bfbb933365c517061c757abed3b8d332eb0d4a6eb2bf986040519283918a830196635dd8085560e01b88528d602485015260406044850152606484019161287f565b909291833592612e838484613524565b94855f525f5160206141d75f395f51905f5260205260405f209160ff835416600381148015613012575b612ff4575061018085013580600a0290600a82040361036e57612ed59061024087013561283d565b804210612fda57506020829695960192612efa612ef2858561284a565b908a84613597565b805460ff191660041790556102a0860135945f5b612f18858561284a565b9050811015612f465780612f408a89612f3a6107d8600196611b978c8c61284a565b8a613a30565b01612f0e565b5094509492915050612f6060c0830135606084013561283d565b90612f71610120840135809361283d565b612f806020830191825161283d565b9052601e820291808304601e149015171561036e5785927f413f525c31b8880e5cc434d9cd410fd198c0f8c68340a9bbe7f4cca5620fcc4d92612fcd606460a0602095019204825161283d565b90526040519485523593a3565b87637400357160e01b5f526004526024524260445260645ffd5b8060058992101561103e57638fd72fdf60e01b5f5261041e91612329565b5060048114612ead565b9190820391821161036e57565b9190918235906130398282613524565b93845f525f5160206141d75f395f51905f5260205260405f2090815460ff811690811591825f14613421575050600194604051908152877ff8d5867e7c95bc85fa2f2b2d8bedcab14aab995b3a93365170d36a53f7f8d2556020873593a35b610180840135938460070260078104860361036e576130bf6130c59161024084013561283d565b8961370a565b5f8881525f5160206142175f395f51905f526020908152604080832033845290915290205460ff1661340a5761313c90613145613122606086016107d861310b8261233e565b8d61311960a08b018b612199565b92909188613a82565b8a6020870135968760408201359682608089940190612199565b94909387613b41565b61315161028933612352565b916040519061315f826121cb565b6001825266ffffffffffffff8416602080840191825267ffffffffffffffff1992831660408086019182525f8f81525f5160206142175f395f51905f528452818120338252845281812096519451925160089390931b67ffffffffffffff001660ff959095169490941791909416179093558b81525f5160206141975f395f51905f5283528181208782529092529020546001600160b01b03811697909290886133f05760016001600160401b0383955b60b01c1601986001600160401b038a1161036e576112dd85916132329361301c565b916001600160b01b0383116133dd57600161ffff885460081c16019161ffff831161036e5761327761014093899062ffff0082549160081b169062ffff001916179055565b60018801805460408051602081019283523360601b6001600160601b03191691810191909152605481018a90526132b181607481016103bb565b5190209055875469ffffffffffffffffffff16605085901b69ffffffffffffffffffff19161788556040519087825260208201528b5f5160206141b75f395f51905f5260403393a30135906133068284612399565b915f19810190811161036e5761331b91612399565b109081156133d757600160ff1b5b895f525f5160206141975f395f51905f5260205260405f20855f526020526001600160401b0360b01b8860b01b16171760405f20555f146133be57506001600160ff1b038316830361036e5785936133b160409361147c61ffff61145c7f78888c20a7bf7b29a7ff03aaf1cd6c5778dae01d6c538cccfc0dd9c72e0c464b9860011b4261283d565b82519182526020820152a2565b92505091506133ca5750565b805460ff19166001179055565b5f613329565b8a6374d28ccb60e01b5f5260045260245ffd5b60016001600160401b03613404848c612399565b95613210565b8763aecc9ebf60e01b5f526004523360245260445ffd5b9195509060018103612ff4575060501c93613098565b90801561351f576001600160a01b0382165f8181525f5160206141f75f395f51905f52602052604090208054919390916001600160801b0316838110613504576020926134db85936001600160801b03806134b67fceea5b421e1b4e7ed15f76569a4c1608f411702926a7d2ffff370e07913df3b6996134fb9761301c565b16166001600160801b03198454161783556134d585845460801c61283d565b90613d7c565b81546001600160801b031660809190911b6001600160801b031916179055565b604051908152a3565b839085635e65bb5960e01b5f5260045260245260445260645ffd5b505050565b90610260820135808210801561357f575b613560575060405190602082019235835260408201526040815261355a6060826121fa565b51902090565b6102809291632da292d360e01b5f52600452602452013560445260645ffd5b5061358a818361301c565b6102808401351115613535565b909261ffff825460081c16810361363657915f925f915b8183106135d65750505060010154036135c45750565b635ff318e360e11b5f5260045260245ffd5b9091936001906135ea6107d887868661230a565b61362a60206135fa89888861230a565b604080516020810196875260609590951b6001600160601b031916908501520135605483015281607481016103bb565b519020940191906135ae565b83635ff318e360e11b5f5260045260245ffd5b9290925f935f935f5b81811061365f5750505050565b835f525f5160206142175f395f51905f5260205260405f206136856107d883858761230a565b60018060a01b03165f5260205260405f2054600260ff8216146136ac575b50600101613652565b969095905f19811461036e5760019161032066ffffffffffffff846136d694019a60081c16613db4565b95906136a3565b5f525f5160206141975f395f51905f5260205260405f20905f52602052600160ff1b60405f205416151590565b81421015613716575050565b63225f4f8160e21b5f526004526024524260445260645ffd5b92919261373b82612cf1565b9161374960405193846121fa565b829481845281830111610446578281602093845f960137010152565b92829492919361377f61020060018060a01b03920161233e565b16151592836137a9575b505050613794575050565b639370bfcf60e01b5f5260045260245260445ffd5b6137b6929350369161372f565b602081519101201415825f80613789565b906001600160801b03809116911603906001600160801b03821161036e57565b811561351f5760207f1bccc549c38561cd5b57f0db11ceb8dde1b0b6ee05ab5e155b51c7c5ba64becb9160018060a01b031692835f525f5160206141f75f395f51905f5282526134fb60405f206134db6001600160801b038416825460801c6137c7565b90801561351f5760207f46de8a0d295120f27fa59833bce1bad1b02b7f10540d2f38e1a47361a42945049160018060a01b03841693845f525f5160206141f75f395f51905f5283526001600160801b036138e360405f20926138d66138b6848716865460801c6137c7565b85546001600160801b031660809190911b6001600160801b031916178555565b6134d5858486541661283d565b166001600160801b0319825416179055604051908152a3565b90801561351f5760207fc2aca55aa696938c7e95842e8939ca0fbb2120a3eeb8948cdcee2b70da5666729160018060a01b03841693845f525f5160206141f75f395f51905f5283526001600160801b036138e360405f20926134d5858486541661283d565b90919261396e8383613f50565b93901561399b57505061398b6139979261010060609301516122f6565b5101805190929061283d565b9052565b9092505f91506139af836139bf95836137e7565b6139ba83838361384b565b6138fc565b565b90939291926139d08583613f50565b959015613a125750506060936101006139ea9201516122f6565b51916139fb6020840191825161283d565b9052613a0c6040830191825161283d565b90525050565b9150926139bf9450836139ba91613a2a825f866137e7565b8361384b565b909192613a3d8383613f50565b939015613a6957505060609291610100613a589201516122f6565b5190613a0c6020830191825161283d565b9092505f91506139ba836139bf95613a2a8286866137e7565b92610100613b089395929560405160208101913360601b83528860348301526bffffffffffffffffffffffff199060601b16605482015260488152613ac86068826121fa565b519020940193613ad78561233e565b907f19457468657265756d205369676e6564204d6573736167653a0a3332000000005f52601c52603c5f2090613fd6565b15613b11575050565b613b1a9061233e565b636b4da48560e11b5f908152600492909252336024526001600160a01b0316604452606490fd5b956001600160a01b0383169591949093919291908615613bd257613bb4959697506040519060208201928352604082015260408152613b816060826121fa565b5190207f19457468657265756d205369676e6564204d6573736167653a0a3332000000005f52601c52603c5f2090613fd6565b15613bbd575050565b63e917b8db60e01b5f5260045260245260445ffd5b5050505050916101a0915001359060018216613bec575050565b632543353d60e21b5f5260045260245260445ffd5b6003900460038110613c33575f19810190811161036e5766ffffffffffffff8111156128bb575066ffffffffffffff90565b50600290565b9060c08201356060830135613c68613c61610120613c57858561283d565b960135809661283d565b845161283d565b8352613c796040840191825161283d565b9052613c8a6060830191825161283d565b9052601e820291808304601e149015171561036e576064608061399792019204825161283d565b7325950596a89ab577939cb8c0e033b6050b88b0875f525f5160206141f75f395f51905f526020527f2b81106f9363d9c0e53ac4baa7a59a677ca283f8f18fa8ff7994b631511d5742805460801c9291908315613d7557600a840290848204600a0361036e576001600160801b03612adc633b9aca006064613d49950481808211911802808218891082828b1818021818809761301c565b7f1853bb97352e8f3239525de8c03f1e482288bdb3a44741f71d395729e7cdab556020604051858152a2565b505f925050565b6001600160801b038211613d9757506001600160801b031690565b631dd2950360e01b5f5260018060a01b031660045260245260445ffd5b6001600160801b03811160071b6001600160401b0382821c1160061b1763ffffffff82821c1160051b1761ffff82821c1160041b1760ff82821c1160031b17600f82821c1160021b17906d010102020202030303030303030360801b90821c1a1790565b6001600160a01b0382165f8181525f5160206142375f395f51905f5260205260409020549390600185901b8515600287830414171561036e576003900493858514613eed57613e8190825f525f5160206142375f395f51905f526020528560405f205584613f50565b949015613eb65750505090610100613e9a9201516122f6565b5160a0810190815115613eac57505050565b6001608092520152565b60408093969295507fbfd92b5e3921708d5c37d78dad2b83fd58e7f20ddbde2f25cef54c42b9ed1b1d9450519182526020820152a3565b505050505050565b6001600160a01b0382165f8181525f5160206142375f395f51905f52602052604090205493600185019390919084861161036e57858514613eed57613e8190825f525f5160206142375f395f51905f526020528560405f2055845b61012081018051939290916001600160a01b0390911690610100015f5b858110613fa857505180518514613f9d5784613f88916122f6565b5152600183019081841161036e575260019190565b50505090505f905f90565b8260018060a01b03613fbb8385516122f6565b51511614613fcb57600101613f6d565b945050505060019190565b919291906001600160a01b0382168015614100575f604185036140ba575083604010156122e25783602011610446578435846040116104465761402790602087013590604088013560f81c85614109565b50505b6001600160a01b0316146140b157813b1515928361404b575b505050905090565b5f935061405e602095606492369161372f565b80519060405193630b135d3f60e11b855260048501526040602485015286820190604485015e8281018201859052601f01601f191601915afa630b135d3f60e11b5f5114601f3d111616805f8080614043565b50505050600190565b6040850361402a57508360201161044657843584604011610446576140f99060208701356001600160ff1b0381169190601b60ff91821c011685614109565b505061402a565b50505050505f90565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841161418b579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15614180575f516001600160a01b0381161561417657905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056feead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f08fd7e46c295a8aa307d0f75e9d588dfe3f966b0f1f671d2054b119cb1baad9d9fead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f06ead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f00ead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f07ead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f01504b49643f0c631a5bd7782a3e0e57a613986bedcd3d949eeaa057f382870468",
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
	Taskid   [32]byte
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
// Solidity: event ScoreChanged(address indexed worker, bytes32 indexed taskid, uint256 oldScore, uint256 newScore)
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
	Bin: "0x60808060405234601557610434908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806321175b4a146103cf578063295a5212146103a75780634c6b25b1146102a257635dd8085514610045575f80fd5b3461029e57604036600319011261029e5760243560043567ffffffffffffffff821161029e573660238301121561029e5781600401359167ffffffffffffffff831161029e57366024848301011161029e5760ff5f5416600381101561028a57600181146102455760021461023f57815f52600160205260405f20926100cb84546103fc565b601f81116101ee575b505f93601f821160011461015f5791816024936040937f37b8fee406718a41ca8e50ebc5ebcf3e3c12a1e96399c79fcefa8637b45c3e7296975f91610152575b508260011b905f198460031b1c19161790555b8083519485936020855282602086015201848401375f828201840152601f01601f19168101030190a2005b869150840101355f610114565b601f198216815f5260205f20905f5b8181106101d357509183917f37b8fee406718a41ca8e50ebc5ebcf3e3c12a1e96399c79fcefa8637b45c3e72969760409560249795106101b8575b5050600182811b019055610127565b84018601355f19600385901b60f8161c191690555f806101a9565b8588016024013583556020978801976001909301920161016e565b818111156100d457845f5260205f20601f830160051c9060208410610237575b81601f9101920160051c03905f5b82811061022a5750506100d4565b5f8282015560010161021c565b5f915061020e565b5b610240565b60405162461bcd60e51b815260206004820152601c60248201527f5465737443616c6c6261636b3a20746f6c6420746f20726576657274000000006044820152606490fd5b634e487b7160e01b5f52602160045260245ffd5b5f80fd5b3461029e57602036600319011261029e576004355f52600160205260405f20604051905f8154916102d2836103fc565b9081855260208501936001811690815f1461038c5750600114610354575b5050829003601f01601f191682019167ffffffffffffffff831181841017610340576040918391828452602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b634e487b7160e01b5f52604160045260245ffd5b9091505f5260205f205f905b82821061037657506020915083010183806102f0565b6001816020925483858901015201910190610360565b60ff191685525050151560051b8301602001905083806102f0565b3461029e575f36600319011261029e5760ff5f5416604051600382101561028a576020918152f35b3461029e57602036600319011261029e57600435600381101561029e5760ff80195f54169116175f555f80f35b90600182811c9216801561042a575b602083101461041657565b634e487b7160e01b5f52602260045260245ffd5b91607f169161040b56",
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
	Bin: "0x60806040523461040a57610d0e6040813803918261001c8161040e565b93849283398101031261040a5780516001600160a01b038116919082900361040a576020015161004c604061040e565b91600d83526c506f636f205465737420524c4360981b6020840152610071604061040e565b6003815262524c4360e81b602082015283519092906001600160401b03811161031057600354600181811c91168015610400575b60208210146102f257601f8111610392575b50602094601f821160011461032f579481929394955f92610324575b50508160011b915f199060031b1c1916176003555b82516001600160401b03811161031057600454600181811c91168015610306575b60208210146102f257601f8111610284575b506020601f821160011461022157819293945f92610216575b50508160011b915f199060031b1c1916176004555b811561020357600580546001600160a01b03198116841790915582906001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3600254908082018092116101ef5760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a36040516108da90816104348239f35b634e487b7160e01b5f52601160045260245ffd5b631e4fbdf760e01b5f525f60045260245ffd5b015190505f80610134565b601f1982169060045f52805f20915f5b81811061026c57509583600195969710610254575b505050811b01600455610149565b01515f1960f88460031b161c191690555f8080610246565b9192602060018192868b015181550194019201610231565b8181111561011b5760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b602084106102ea575b81601f9101920160051c03905f5b8281106102dd57505061011b565b5f828201556001016102cf565b5f91506102c1565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610109565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100d3565b601f1982169560035f52805f20915f5b88811061037a57508360019596979810610362575b505050811b016003556100e8565b01515f1960f88460031b161c191690555f8080610354565b9192602060018192868501518155019401920161033f565b818111156100b75760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b602084106103f8575b81601f9101920160051c03905f5b8281106103eb5750506100b7565b5f828201556001016103dd565b5f91506103cf565b90607f16906100a5565b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176103105760405256fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816306fdde031461066257508063095ea7b31461063c57806318160ddd1461061f57806323b872dd14610540578063313ce5671461052557806340c10f191461047957806370a0823114610442578063715018a6146103e75780638da5cb5b146103bf57806395d89b41146102bb578063a9059cbb14610295578063cae9ca5114610196578063dd62ed3e146101435763f2fde38b146100b8575f80fd5b34610140576020366003190112610140576100d1610744565b6100d9610850565b6001600160a01b0316801561012c57600580546001600160a01b0319811683179091556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08380a380f35b631e4fbdf760e01b82526004829052602482fd5b80fd5b503461014057604036600319011261014057604061015f610744565b9161016861075a565b9260018060a01b031681526001602052209060018060a01b03165f52602052602060405f2054604051908152f35b34610291576060366003190112610291576101af610744565b60443560243567ffffffffffffffff821161029157366023830112156102915781600401359267ffffffffffffffff8411610291573660248585010111610291576101fb828233610877565b6001600160a01b0316803b15610291575f928360a46024948760405198899788968794638f4ffcb160e01b8652336004870152828601523060448601526080606486015282608486015201848401378181018301849052601f01601f191681010301925af1801561028657610276575b602060405160018152f35b5f61028091610770565b5f61026b565b6040513d5f823e3d90fd5b5f80fd5b346102915760403660031901126102915761026b6102b1610744565b60243590336107a6565b34610291575f366003190112610291576040515f6004548060011c906001811680156103b5575b6020831081146103a15782855290811561037d575060011461031f575b61031b8361030f81850382610770565b6040519182918261071a565b0390f35b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b8082106103635750909150810160200161030f6102ff565b91926001816020925483858801015201910190929161034b565b60ff191660208086019190915291151560051b8401909101915061030f90506102ff565b634e487b7160e01b5f52602260045260245ffd5b91607f16916102e2565b34610291575f366003190112610291576005546040516001600160a01b039091168152602090f35b34610291575f366003190112610291576103ff610850565b600580546001600160a01b031981169091555f906001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b34610291576020366003190112610291576001600160a01b03610463610744565b165f525f602052602060405f2054604051908152f35b3461029157604036600319011261029157610492610744565b6024359061049e610850565b6001600160a01b031690811561051257600254908082018092116104fe5760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3005b634e487b7160e01b5f52601160045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b34610291575f36600319011261029157602060405160098152f35b3461029157606036600319011261029157610559610744565b61056161075a565b6001600160a01b0382165f818152600160209081526040808320338452909152902054909260443592915f19811061059f575b5061026b93506107a6565b8381106106045784156105f15733156105de5761026b945f52600160205260405f2060018060a01b0333165f526020528360405f209103905584610594565b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b8390637dc7a0d960e11b5f523360045260245260445260645ffd5b34610291575f366003190112610291576020600254604051908152f35b346102915760403660031901126102915761026b610658610744565b6024359033610877565b34610291575f366003190112610291575f6003548060011c90600181168015610710575b6020831081146103a15782855290811561037d57506001146106b25761031b8361030f81850382610770565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b8082106106f65750909150810160200161030f6102ff565b9192600181602092548385880101520191019092916106de565b91607f1691610686565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361029157565b602435906001600160a01b038216820361029157565b90601f8019910116810190811067ffffffffffffffff82111761079257604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b031690811561083d576001600160a01b031691821561051257815f525f60205260405f205481811061082457817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b8263391434e360e21b5f5260045260245260445260645ffd5b634b637e8f60e11b5f525f60045260245ffd5b6005546001600160a01b0316330361086457565b63118cdaa760e01b5f523360045260245ffd5b6001600160a01b03169081156105f1576001600160a01b03169182156105de5760207f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591835f526001825260405f20855f5282528060405f2055604051908152a356",
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
	Bin: "0x60a034607257601f61044f38819003918201601f19168301916001600160401b03831184841017607657808492602094604052833981010312607257516001600160a01b03811681036072576080526040516103c4908161008b8239608051818181604f0152818160c901526101fa0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80631626ba7e146101885780631cff79cd146100825763f77c47911461003a575f80fd5b3461007e575f36600319011261007e576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b3461007e57604036600319011261007e576004356001600160a01b038116810361007e5760243567ffffffffffffffff811161007e576100c690369060040161024f565b917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361017557825f80949381946040519384928337810182815203925af13d1561016d573d90610128610123836102e1565b6102a7565b9182523d5f602084013e5b1561014c57610148906040519182918261027d565b0390f35b604051632a6cfaa960e21b8152908190610169906004830161027d565b0390fd5b606090610133565b639f918ef960e01b5f523360045260245ffd5b3461007e57604036600319011261007e5760243567ffffffffffffffff811161007e576101b990369060040161024f565b6101c5610123826102e1565b90808252368184011161007e576020815f926101eb9583860137830101526004356102fd565b50506001600160a01b039081167f00000000000000000000000000000000000000000000000000000000000000009091160361023f576020630b135d3f60e11b5b6040516001600160e01b03199091168152f35b60206001600160e01b031961022c565b9181601f8401121561007e5782359167ffffffffffffffff831161007e576020838186019501011161007e57565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b6040519190601f01601f1916820167ffffffffffffffff8111838210176102cd57604052565b634e487b7160e01b5f52604160045260245ffd5b67ffffffffffffffff81116102cd57601f01601f191660200190565b815191906041830361032d576103269250602082015190606060408401519301515f1a90610337565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116103b9579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156103ae575f516001600160a01b038116156103a457905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056",
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
	Bin: "0x60806040523461033057604080519081016001600160401b0381118282101761023b576040908152601082526f506f636f20576f726b6572706f6f6c7360801b602083015280519081016001600160401b0381118282101761023b5760405260098152681413d0d3cb5413d3d360ba1b602082015281516001600160401b03811161023b575f54600181811c91168015610326575b602082101461021d57601f81116102b9575b50602092601f821160011461025a57928192935f9261024f575b50508160011b915f199060031b1c1916175f555b80516001600160401b03811161023b57600154600181811c91168015610231575b602082101461021d57601f81116101af575b50602091601f821160011461014f579181925f92610144575b50508160011b915f199060031b1c1916176001555b60405161135790816103358239f35b015190505f80610120565b601f1982169260015f52805f20915f5b8581106101975750836001951061017f575b505050811b01600155610135565b01515f1960f88460031b161c191690555f8080610171565b9192602060018192868501518155019401920161015f565b818111156101075760015f52601f820160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf660208410610215575b81601f9101920160051c03905f5b828110610208575050610107565b5f828201556001016101fa565b5f91506101ec565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100f5565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100c0565b601f198216935f8052805f20915f5b8681106102a15750836001959610610289575b505050811b015f556100d4565b01515f1960f88460031b161c191690555f808061027c565b91926020600181928685015181550194019201610269565b818111156100a6575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5636020841061031e575b81601f9101920160051c03905f5b8281106103115750506100a6565b5f82820155600101610303565b5f91506102f5565b90607f1690610094565b5f80fdfe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a714610d8d57508063064a6c2a14610d5157806306661abd14610d3457806306fdde0314610c92578063081812fc14610c56578063095ea7b314610b6c57806323b872dd14610b5557806342842e0e14610b2c5780636352211e14610b0e57806370a0823114610abd57806372634e09146109b857806378c990571461099d5780637fe954081461094657806395d89b4114610868578063a22cb465146107b4578063b88d4fde14610763578063c1f1d57714610723578063c3c66bd9146105c8578063c87b56dd1461056b578063e40238f4146101f7578063e985e9c51461019f578063f514d6e5146101395763ff5fde0b1461011b575f80fd5b346101365780600319360112610136576020604051601e8152f35b80fd5b5034610136576020366003190112610136576060906001600160a01b0361015e610df8565b16908181526007602052604081209181526002602052604060018060a01b039120541690600260018201549101549060405192835260208301526040820152f35b50346101365760403660031901126101365760406101bb610df8565b916101c4610e0e565b9260018060a01b031681526005602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b50346101365761020636610e24565b91906040519161022c8361021e868560208401610fa8565b03601f198101855284610f16565b6001600160a01b03811692831561055c576001600160a01b039161025091906111a7565b16808552600260205260408520549093906001600160a01b0316610548576006545f198114610534576001016006555f848152600260205260409020546001600160a01b03168015159081610501575b846104e9575b855f52600260205260405f20856bffffffffffffffffffffffff60a01b8254161790558585827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a4506104d5576040519161030283610ee6565b61030d368383610f54565b83526020830192601e845260408101936001855286885260076020526040882091519788519067ffffffffffffffff82116104c15761034c8454610fcf565b601f811161046f575b50602099899695949392918b91906001601f8511146103e257926002949281927f8dd9795711700fc25ffe96cd1ba99532b09e9ac78ff9c410b5051e9c1b1611039a9b95926103d7575b50508160011b915f199060031b1c19161784555b516001840155519101556103cc60405192839283610fa8565b0390a3604051908152f35b015190505f8061039f565b9893929190601f198316868b52828b209a5b818110610455575099600192849260029796957f8dd9795711700fc25ffe96cd1ba99532b09e9ac78ff9c410b5051e9c1b1611039c9d1061043d575b505050811b0184556103b3565b01515f1960f88460031b161c191690555f8080610430565b838301518c556001909b019a8d9a50928e01928e016103f4565b82811115610355579984825260208220601f840160051c90602085106104b9575b81019b601f0160051c03825b8181106104ab57505099610355565b80846001928f01550161049c565b839150610490565b634e487b7160e01b81526041600452602490fd5b6339e3563760e11b85526004859052602485fd5b845f52600360205260405f20600181540190556102a6565b5f86815260046020526040902080546001600160a01b0319169055805f52600360205260405f205f1981540190556102a0565b634e487b7160e01b86526011600452602486fd5b63467f572360e01b85526004849052602485fd5b6324e99b8560e01b8652600486fd5b346105c45760203660031901126105c457610587600435611323565b505f604051610597602082610f16565b526105c06040516105a9602082610f16565b5f8152604051918291602083526020830190610e88565b0390f35b5f80fd5b346105c45760203660031901126105c4576105e1610df8565b5f604080516105ef81610ee6565b60608152826020820152015260018060a01b0316805f52600260205260018060a01b0360405f20541615610711575f52600760205260405f2060405161063481610ee6565b604051915f92815461064581610fcf565b80835290600181169081156106ed57506001146106b4575b5061066d816106a3950382610f16565b82526002600182015491602084019283520154604083019081526040519384936020855251606060208601526080850190610e88565b915160408401525160608301520390f35b9350815f5260205f205f905b8582106106d757508101602001935061066d61065d565b60018160209254838587010152019101906106c0565b60ff191660208085019190915291151560051b8301909101945061066d905061065d565b63c460536160e01b5f5260045260245ffd5b346105c45760203660031901126105c4576001600160a01b03610744610df8565b165f526002602052602060018060a01b0360405f205416604051908152f35b346105c45760803660031901126105c45761077c610df8565b610784610e0e565b6064359167ffffffffffffffff83116105c4576107a86107b2933690600401610f8a565b91604435916111e3565b005b346105c45760403660031901126105c4576107cd610df8565b602435908115158092036105c4573315610855576001600160a01b031690811561084257335f52600560205260405f20825f5260205260405f2060ff1981541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b50630b61174360e31b5f5260045260245ffd5b63a9fbf51f60e01b5f525f60045260245ffd5b346105c4575f3660031901126105c4576040515f60015461088881610fcf565b808452906001811690811561092257506001146108c4575b6105c0836108b081850382610f16565b604051918291602083526020830190610e88565b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b808210610908575090915081016020016108b06108a0565b9192600181602092548385880101520191019092916108f0565b60ff191660208086019190915291151560051b840190910191506108b090506108a0565b346105c45760403660031901126105c45761095f610df8565b60243567ffffffffffffffff81116105c45760209161098561098b923690600401610f8a565b906111a7565b6040516001600160a01b039091168152f35b346105c4575f3660031901126105c457602060405160018152f35b346105c45760603660031901126105c4576109d1610df8565b6001600160a01b039081165f818152600260205260409020546044359260243591168015610aaa57338103610a90575060648111610a7e5760648311610a6b57815f52600760205260405f209160018301907f7d48abf956af724c054296ee2bcd557c355f59abfd89340b24fc4a1f4dc3b3cd60806002845496019586546040519182528660208301526040820152876060820152a25555005b8263c8dc43e760e01b5f5260045260245ffd5b63c8dc43e760e01b5f5260045260245ffd5b82633f4369fd60e21b5f526004523360245260445260645ffd5b8263c460536160e01b5f5260045260245ffd5b346105c45760203660031901126105c4576001600160a01b03610ade610df8565b168015610afb575f526003602052602060405f2054604051908152f35b6322718ad960e21b5f525f60045260245ffd5b346105c45760203660031901126105c457602061098b600435611323565b346105c4576107b2610b3d36610eac565b9060405192610b4d602085610f16565b5f84526111e3565b346105c4576107b2610b6636610eac565b91611007565b346105c45760403660031901126105c457610b85610df8565b602435610b9181611323565b33151580610c43575b80610c16575b610c035781906001600160a01b0384811691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f90815260046020526040902080546001600160a01b0319166001600160a01b03909216919091179055005b63a9fbf51f60e01b5f523360045260245ffd5b506001600160a01b0381165f90815260056020908152604080832033845290915290205460ff1615610ba0565b506001600160a01b038116331415610b9a565b346105c45760203660031901126105c457600435610c7381611323565b505f526004602052602060018060a01b0360405f205416604051908152f35b346105c4575f3660031901126105c4576040515f5f54610cb181610fcf565b80845290600181169081156109225750600114610cd8576105c0836108b081850382610f16565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b808210610d1a575090915081016020016108b06108a0565b919260018160209254838588010152019101909291610d02565b346105c4575f3660031901126105c4576020600654604051908152f35b346105c457602061098b610d88610d6736610e24565b9290610d7a604051948592888401610fa8565b03601f198101845283610f16565b6111a7565b346105c45760203660031901126105c4576004359063ffffffff60e01b82168092036105c4576020916380ac58cd60e01b8114908115610de7575b8115610dd6575b5015158152f35b6301ffc9a760e01b14905083610dcf565b635b5e139f60e01b81149150610dc8565b600435906001600160a01b03821682036105c457565b602435906001600160a01b03821682036105c457565b60406003198201126105c4576004356001600160a01b03811681036105c4579160243567ffffffffffffffff81116105c457826023820112156105c45780600401359267ffffffffffffffff84116105c457602484830101116105c4576024019190565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b60609060031901126105c4576004356001600160a01b03811681036105c457906024356001600160a01b03811681036105c4579060443590565b6060810190811067ffffffffffffffff821117610f0257604052565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff821117610f0257604052565b67ffffffffffffffff8111610f0257601f01601f191660200190565b929192610f6082610f38565b91610f6e6040519384610f16565b8294818452818301116105c4578281602093845f960137010152565b9080601f830112156105c457816020610fa593359101610f54565b90565b90918060409360208452816020850152848401375f828201840152601f01601f1916010190565b90600182811c92168015610ffd575b6020831014610fe957565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610fde565b6001600160a01b0390911691908215611194575f828152600260205260409020546001600160a01b0316928290331515806110ff575b50846110cc575b805f52600360205260405f2060018154019055815f52600260205260405f20816bffffffffffffffffffffffff60a01b825416179055847fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a46001600160a01b03168083036110b457505050565b6364283d7b60e01b5f5260045260245260445260645ffd5b5f82815260046020526040902080546001600160a01b0319169055845f52600360205260405f205f198154019055611044565b90915080611143575b156111155782905f61103d565b828461112d57637e27328960e01b5f5260045260245ffd5b63177e802f60e01b5f523360045260245260445ffd5b503384148015611172575b8061110857505f838152600460205260409020546001600160a01b03163314611108565b505f84815260056020908152604080832033845290915290205460ff1661114e565b633250574960e11b5f525f60045260245ffd5b6111d3610d7a92604051938491602083019460018060a01b031685526040808401526060830190610e88565b905190206001600160a01b031690565b92916111f0818386611007565b813b6111fd575b50505050565b604051630a85bd0160e11b81523360048201526001600160a01b0394851660248201526044810191909152608060648201529216919060209082908190611248906084830190610e88565b03815f865af15f91816112de575b506112ab57503d156112a4573d61126c81610f38565b9061127a6040519283610f16565b81523d5f602083013e5b8051908161129f5782633250574960e11b5f5260045260245ffd5b602001fd5b6060611284565b6001600160e01b03191663757a42ff60e11b016112cc57505f8080806111f7565b633250574960e11b5f5260045260245ffd5b9091506020813d60201161131b575b816112fa60209383610f16565b810103126105c457516001600160e01b0319811681036105c457905f611256565b3d91506112ed565b5f818152600260205260409020546001600160a01b0316908115611345575090565b637e27328960e01b5f5260045260245ffd",
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
