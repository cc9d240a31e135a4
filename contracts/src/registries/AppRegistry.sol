// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {AssetRegistry} from "./AssetRegistry.sol";

/// @title App registry
/// @notice Apps are WASM modules or OCI images that workers run. The worker verifies the
/// fetched content against `checksum` before running it.
contract AppRegistry is AssetRegistry {
    /// @notice An app's description. `multiaddr` is a CID or an image reference; `checksum`
    /// the content digest; `mrenclave` the enclave description for TEE apps (empty otherwise).
    struct App {
        string name;
        string appType;
        bytes multiaddr;
        bytes32 checksum;
        bytes mrenclave;
    }

    event AppCreated(
        address indexed app, address indexed owner, string name, string appType, bytes multiaddr, bytes32 checksum, bytes mrenclave
    );

    mapping(address => App) private _apps;

    constructor() AssetRegistry("Poco Apps", "POCO-APP") {}

    /// @notice Registers an app owned by `owner` and returns its address.
    function createApp(
        address owner,
        string calldata name,
        string calldata appType,
        bytes calldata multiaddr,
        bytes32 checksum,
        bytes calldata mrenclave
    ) external returns (address created) {
        created = _register(owner, abi.encode(name, appType, multiaddr, checksum, mrenclave));
        _apps[created] = App(name, appType, multiaddr, checksum, mrenclave);
        emit AppCreated(created, owner, name, appType, multiaddr, checksum, mrenclave);
    }

    /// @notice The address `createApp` gives for these arguments.
    function predictApp(
        address owner,
        string calldata name,
        string calldata appType,
        bytes calldata multiaddr,
        bytes32 checksum,
        bytes calldata mrenclave
    ) external pure returns (address) {
        return predictAddress(owner, abi.encode(name, appType, multiaddr, checksum, mrenclave));
    }

    /// @notice The description of a registered app.
    function app(address appAddress) external view returns (App memory) {
        _requireRegistered(appAddress);
        return _apps[appAddress];
    }
}
