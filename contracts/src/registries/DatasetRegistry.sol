// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {AssetRegistry} from "./AssetRegistry.sol";

/// @title Dataset registry
/// @notice Datasets are (usually encrypted) files whose key the secret management service
/// releases only to workers authorized for a task that uses them.
contract DatasetRegistry is AssetRegistry {
    struct Dataset {
        string name;
        bytes multiaddr;
        bytes32 checksum;
    }

    event DatasetCreated(address indexed dataset, address indexed owner, string name, bytes multiaddr, bytes32 checksum);

    mapping(address => Dataset) private _datasets;

    constructor() AssetRegistry("Poco Datasets", "POCO-DATASET") {}

    /// @notice Registers a dataset owned by `owner` and returns its address.
    function createDataset(address owner, string calldata name, bytes calldata multiaddr, bytes32 checksum)
        external
        returns (address created)
    {
        created = _register(owner, abi.encode(name, multiaddr, checksum));
        _datasets[created] = Dataset(name, multiaddr, checksum);
        emit DatasetCreated(created, owner, name, multiaddr, checksum);
    }

    /// @notice The address `createDataset` gives for these arguments.
    function predictDataset(address owner, string calldata name, bytes calldata multiaddr, bytes32 checksum)
        external
        pure
        returns (address)
    {
        return predictAddress(owner, abi.encode(name, multiaddr, checksum));
    }

    /// @notice The description of a registered dataset.
    function dataset(address datasetAddress) external view returns (Dataset memory) {
        _requireRegistered(datasetAddress);
        return _datasets[datasetAddress];
    }
}
