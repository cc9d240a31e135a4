// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title What the hub reads from the asset registries
interface IAssetRegistry {
    /// @notice The owner of `asset`, or the zero address if it is not registered.
    function ownerOfAsset(address asset) external view returns (address);
}

/// @title What the hub reads from the workerpool registry
interface IWorkerpoolRegistry is IAssetRegistry {
    /// @notice Owner and policies of `pool`; owner is zero if it is not registered.
    function policyOf(address pool)
        external
        view
        returns (address owner, uint256 workerStakeRatio, uint256 schedulerRewardRatio);
}

/// @title Contract that receives a task's result when the deal names it as callback
interface IPocoCallback {
    function receiveResult(bytes32 taskid, bytes calldata result) external;
}

/// @title Receiver of an ERC-20 approveAndCall
interface IApprovalReceiver {
    function receiveApproval(address from, uint256 amount, address token, bytes calldata extraData) external;
}
