// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IPocoCallback} from "../interfaces/IRegistries.sol";

/// @title Callback receiver for tests
/// @notice Records the results the hub delivers; can be told to revert or to burn all the
/// gas it gets, to test that a failing callback does not undo a finalization.
contract TestCallback is IPocoCallback {
    enum Mode {
        RECORD,
        REVERT,
        BURN
    }

    event Received(bytes32 indexed taskid, bytes result);

    Mode public mode;
    mapping(bytes32 => bytes) public results;

    function setMode(Mode m) external {
        mode = m;
    }

    /// @inheritdoc IPocoCallback
    function receiveResult(bytes32 taskid, bytes calldata result) external {
        if (mode == Mode.REVERT) revert("TestCallback: told to revert");
        if (mode == Mode.BURN) {
            while (true) {}
        }
        results[taskid] = result;
        emit Received(taskid, result);
    }
}
