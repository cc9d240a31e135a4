// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IPocoCallback} from "../interfaces/IRegistries.sol";

/// @title Callback receiver for tests
/// @notice Records the results the hub delivers; can be told to revert or to burn all the
/// gas it gets, to test that a failing callback does not undo a finalization, or to call
/// the hub back with the result as calldata (REENTER), to test what a reentrant call can do.
contract TestCallback is IPocoCallback {
    enum Mode {
        RECORD,
        REVERT,
        BURN,
        REENTER
    }

    event Received(bytes32 indexed taskid, bytes result);
    /// @notice REENTER: the outcome of calling the hub back (its return or revert data).
    event Reentered(bytes32 indexed taskid, bool ok, bytes returned);

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
        if (mode == Mode.REENTER) {
            (bool ok, bytes memory returned) = msg.sender.call(result);
            emit Reentered(taskid, ok, returned);
            return;
        }
        results[taskid] = result;
        emit Received(taskid, result);
    }
}
