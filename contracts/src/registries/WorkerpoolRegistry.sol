// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {AssetRegistry} from "./AssetRegistry.sol";
import {IWorkerpoolRegistry} from "../interfaces/IRegistries.sol";

/// @title Workerpool registry
/// @notice A workerpool is run by a scheduler holding the owner's key. Its policies set how
/// much a worker stakes per contribution and how much of the pool reward the scheduler keeps.
contract WorkerpoolRegistry is AssetRegistry, IWorkerpoolRegistry {
    struct Workerpool {
        string description;
        uint256 workerStakeRatio; // percent of the workerpool price a worker locks per contribution
        uint256 schedulerRewardRatio; // percent of the pool reward the scheduler keeps
    }

    /// @notice Policies default to these at creation.
    uint256 public constant DEFAULT_WORKER_STAKE_RATIO = 30;
    uint256 public constant DEFAULT_SCHEDULER_REWARD_RATIO = 1;

    /// @notice A ratio is a percentage and cannot exceed 100.
    error RegistryRatioTooHigh(uint256 ratio);

    event WorkerpoolCreated(address indexed workerpool, address indexed owner, string description);
    event WorkerpoolPolicyUpdated(
        address indexed workerpool,
        uint256 oldWorkerStakeRatio,
        uint256 newWorkerStakeRatio,
        uint256 oldSchedulerRewardRatio,
        uint256 newSchedulerRewardRatio
    );

    mapping(address => Workerpool) private _pools;

    constructor() AssetRegistry("Poco Workerpools", "POCO-POOL") {}

    /// @notice Registers a workerpool owned by `owner`, with the default policies.
    function createWorkerpool(address owner, string calldata description) external returns (address created) {
        created = _register(owner, abi.encode(description));
        _pools[created] =
            Workerpool(description, DEFAULT_WORKER_STAKE_RATIO, DEFAULT_SCHEDULER_REWARD_RATIO);
        emit WorkerpoolCreated(created, owner, description);
    }

    /// @notice The address `createWorkerpool` gives for these arguments.
    function predictWorkerpool(address owner, string calldata description) external pure returns (address) {
        return predictAddress(owner, abi.encode(description));
    }

    /// @notice Changes the pool's policies; only its owner may. Deals already made keep theirs.
    function changePolicy(address pool, uint256 workerStakeRatio, uint256 schedulerRewardRatio) external {
        address owner = ownerOfAsset(pool);
        if (owner == address(0)) revert RegistryUnknownAsset(pool);
        if (owner != msg.sender) revert RegistryNotOwner(pool, msg.sender, owner);
        if (workerStakeRatio > 100) revert RegistryRatioTooHigh(workerStakeRatio);
        if (schedulerRewardRatio > 100) revert RegistryRatioTooHigh(schedulerRewardRatio);
        Workerpool storage p = _pools[pool];
        emit WorkerpoolPolicyUpdated(
            pool, p.workerStakeRatio, workerStakeRatio, p.schedulerRewardRatio, schedulerRewardRatio
        );
        p.workerStakeRatio = workerStakeRatio;
        p.schedulerRewardRatio = schedulerRewardRatio;
    }

    /// @notice The description and policies of a registered workerpool.
    function workerpool(address pool) external view returns (Workerpool memory) {
        _requireRegistered(pool);
        return _pools[pool];
    }

    /// @inheritdoc IWorkerpoolRegistry
    function policyOf(address pool)
        external
        view
        returns (address owner, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
    {
        Workerpool storage p = _pools[pool];
        return (ownerOfAsset(pool), p.workerStakeRatio, p.schedulerRewardRatio);
    }
}
