// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {AppOrder, DatasetOrder, WorkerpoolOrder, RequestOrder} from "./PocoTypes.sol";

/// @title EIP-712 struct hashes of the four orders
/// @notice The type strings, one field per line, are the single source of truth; the Go
/// package `protocol` mirrors them and a test proves both give the same digests.
library OrderHashing {
    bytes32 internal constant APP_ORDER_TYPEHASH = keccak256(
        "AppOrder("
        "address app,"
        "uint256 appprice,"
        "uint256 volume,"
        "bytes32 tag,"
        "address datasetrestrict,"
        "address workerpoolrestrict,"
        "address requesterrestrict,"
        "bytes32 salt"
        ")"
    );

    bytes32 internal constant DATASET_ORDER_TYPEHASH = keccak256(
        "DatasetOrder("
        "address dataset,"
        "uint256 datasetprice,"
        "uint256 volume,"
        "bytes32 tag,"
        "address apprestrict,"
        "address workerpoolrestrict,"
        "address requesterrestrict,"
        "bytes32 salt"
        ")"
    );

    bytes32 internal constant WORKERPOOL_ORDER_TYPEHASH = keccak256(
        "WorkerpoolOrder("
        "address workerpool,"
        "uint256 workerpoolprice,"
        "uint256 volume,"
        "bytes32 tag,"
        "uint256 category,"
        "uint256 trust,"
        "address apprestrict,"
        "address datasetrestrict,"
        "address requesterrestrict,"
        "bytes32 salt"
        ")"
    );

    bytes32 internal constant REQUEST_ORDER_TYPEHASH = keccak256(
        "RequestOrder("
        "address app,"
        "uint256 appmaxprice,"
        "address dataset,"
        "uint256 datasetmaxprice,"
        "address workerpool,"
        "uint256 workerpoolmaxprice,"
        "address requester,"
        "uint256 volume,"
        "bytes32 tag,"
        "uint256 category,"
        "uint256 trust,"
        "address beneficiary,"
        "address callback,"
        "string params,"
        "bytes32 salt"
        ")"
    );

    function structHash(AppOrder calldata o) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                APP_ORDER_TYPEHASH,
                o.app,
                o.appprice,
                o.volume,
                o.tag,
                o.datasetrestrict,
                o.workerpoolrestrict,
                o.requesterrestrict,
                o.salt
            )
        );
    }

    function structHash(DatasetOrder calldata o) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                DATASET_ORDER_TYPEHASH,
                o.dataset,
                o.datasetprice,
                o.volume,
                o.tag,
                o.apprestrict,
                o.workerpoolrestrict,
                o.requesterrestrict,
                o.salt
            )
        );
    }

    function structHash(WorkerpoolOrder calldata o) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                WORKERPOOL_ORDER_TYPEHASH,
                o.workerpool,
                o.workerpoolprice,
                o.volume,
                o.tag,
                o.category,
                o.trust,
                o.apprestrict,
                o.datasetrestrict,
                o.requesterrestrict,
                o.salt
            )
        );
    }

    function structHash(RequestOrder calldata o) internal pure returns (bytes32) {
        // Encoded in two parts to stay within the stack.
        bytes memory head = abi.encode(
            REQUEST_ORDER_TYPEHASH,
            o.app,
            o.appmaxprice,
            o.dataset,
            o.datasetmaxprice,
            o.workerpool,
            o.workerpoolmaxprice,
            o.requester
        );
        bytes memory tail = abi.encode(
            o.volume, o.tag, o.category, o.trust, o.beneficiary, o.callback, keccak256(bytes(o.params)), o.salt
        );
        return keccak256(bytes.concat(head, tail));
    }
}
