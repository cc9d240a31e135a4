// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {IAssetRegistry} from "../interfaces/IRegistries.sol";

/// @title Base of the app, dataset and workerpool registries
/// @notice Each asset is an ERC-721 token whose holder is the asset's owner. An asset's
/// address is derived from its owner and creation arguments, so the same (arguments, owner)
/// can be registered only once and anyone can compute the address before registering.
abstract contract AssetRegistry is ERC721, IAssetRegistry {
    /// @notice The asset at `asset` is already registered (same arguments and owner).
    error RegistryAlreadyRegistered(address asset);
    /// @notice No asset is registered at `asset`.
    error RegistryUnknownAsset(address asset);
    /// @notice Only the asset's owner may do this.
    error RegistryNotOwner(address asset, address caller, address owner);
    /// @notice The zero address cannot own an asset.
    error RegistryZeroOwner();

    /// @notice Number of assets ever registered.
    uint256 public count;

    constructor(string memory name_, string memory symbol_) ERC721(name_, symbol_) {}

    /// @notice The address an asset gets for `owner` and its ABI-encoded creation arguments.
    function predictAddress(address owner, bytes memory encodedArgs) public pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode(owner, encodedArgs)))));
    }

    /// @inheritdoc IAssetRegistry
    function ownerOfAsset(address asset) public view returns (address) {
        return _ownerOf(uint256(uint160(asset)));
    }

    function _register(address owner, bytes memory encodedArgs) internal returns (address asset) {
        if (owner == address(0)) revert RegistryZeroOwner();
        asset = predictAddress(owner, encodedArgs);
        if (ownerOfAsset(asset) != address(0)) revert RegistryAlreadyRegistered(asset);
        ++count;
        _mint(owner, uint256(uint160(asset)));
    }

    function _requireRegistered(address asset) internal view {
        if (ownerOfAsset(asset) == address(0)) revert RegistryUnknownAsset(asset);
    }
}
