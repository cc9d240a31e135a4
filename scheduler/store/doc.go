// Package store is the scheduler's persistent state: one SQLite database file (the pure
// Go driver modernc.org/sqlite, no cgo) that lets the scheduler restart without losing
// anything.
//
// # What is stored
//
//   - cursor: per chain ID and hub contract, the last block whose events are fully
//     stored; the chain follower resumes after it.
//   - deals: each deal of the pool, as the JSON the SDK gives, with its block.
//   - tasks: deal, index, status (numbered as [plan.Status]), trust, tag, executor,
//     category reference time, contribution and final deadlines, result digest, while
//     REVEALING the consensus
//     value and reveal deadline, once the scheduler let its consensus group reveal,
//     its signed reveal permit and when it first asked, and why it waits in a sentence
//     with when that changed ([Store.SetReasons], [Store.TaskState]).
//   - workers: address, capabilities (JSON: cores, slots, queue, GPUs, TEE, executors,
//     speed factor), score, last heartbeat, its results proven wrong: how many, the last
//     one's time, and until when it is benched ([Offenses]), its proven slots
//     ([Tx.RecordContribution], [Tx.RecordMiss]) and the slots its stake backs.
//   - misses: each progress deadline a worker missed (task, chain time).
//   - assignments: the replicates given to workers, with their state (assigned,
//     contributed, revealed, lost, failed); at most one per (task, worker), ever. With
//     the scheduler's signed authorization, whether it is a hidden check, its progress
//     deadline, the last step the worker reported, whether it was told to drop a
//     withdrawn one, and its run time as measured from the worker's reports (when its
//     first "started" report was taken, in milliseconds, and how long until its
//     "computed" one): [Store.Workers] gives each worker's mean run per deal, for the
//     deals with an open task, and the run time it holds (plan.Worker.RunTimes, Held).
//   - contributions: the votes seen on chain (result hash, weight, block), in the order
//     they were recorded; revealed once their reveal is on chain, rejected when a finalize
//     or a claim rejected them, proven wrong when that rejection proved their result wrong
//     (counted once as an offense of their worker).
//   - reveals: the reveal requests sent to a consensus group's members, the one that
//     uploads the result, and the results location it reported.
//   - settings: the scheduler's secrets, drawn once ([Store.Secrets]): the key of its
//     check draws and its plan seed.
//
// [Store.OpenTasks] and [Store.Workers] read them back as the planner's [plan.Task] and
// [plan.Worker] (its Slots the effective ones: the least of declared, proven and staked),
// so a [plan.State] can be built straight from the database. The daemon's
// other reads and writes are in daemon.go.
//
// # The view in memory
//
// The reads of every plan round, transaction round and worker request (open tasks with
// their contributions, assignments and reveal requests; workers; a worker's replicates
// and reveal requests; one replicate) are served from a view kept in memory (view.go),
// not from SQLite: the database stays the record, and the view is rebuilt from it whole
// at the first read after Open (so after a restart), then kept up to date by each write,
// which marks the parts of the tasks and the workers it changed; the next read reads
// those again, in a few queries whatever their number. The worker API's report writes
// are grouped into one transaction while another is being written (group commit) and,
// once committed, patch the view rather than mark it. A task leaves the view when it is
// COMPLETED or FAILED and nothing is left to tell its workers. The view assumes this
// Store is the only writer of the file while it is open (another process may read it);
// TestViewFollowsEveryWrite holds that after each kind of write the view is the one a
// store opened afresh reads.
//
// # Guarantees
//
//   - Every write is one SQLite transaction, and [Store.Tx] groups several: the chain
//     follower stores a block's deals and tasks and moves the cursor in one transaction,
//     so after a crash either all of a block is stored and the cursor is past it, or none
//     of it is and the block is processed again. Writes of chain events (deals, tasks,
//     contributions, rejections, offenses) are idempotent, so processing a block twice is
//     harmless.
//   - Durability: WAL journal with synchronous=NORMAL. A committed transaction survives a
//     crash or kill of the process (it is in the WAL file, which the next open replays).
//     An operating-system crash or power loss can lose the last transactions committed
//     since the WAL was last synced (at checkpoints), never corrupt the database: the
//     cursor and the events of its blocks are lost together, so the follower reads those
//     blocks again from the chain (the source of truth for them). Of what only the store
//     holds, an assignment lost that way leaves its worker a valid authorization (its
//     contribution still counts when seen on chain, and the task may get one replicate
//     more than it needs), a lost reveal request or uploader is chosen again by the next
//     plan round, and a lost report is an older step of the replicate. FULL would sync
//     the WAL at every commit, each worker report included.
//   - Statements are prepared once per connection and reused; reads that take several
//     queries run in one read-only transaction (one snapshot, no write lock).
//   - Concurrency: transactions start with BEGIN IMMEDIATE and wait up to BusyTimeout for
//     the write lock, so concurrent writers (goroutines, or another process on the same
//     file) queue instead of failing with "database is locked".
//   - Integrity: foreign keys are enforced (a task's deal, an assignment's task and worker
//     must exist); a worker is never assigned twice to a task ([ErrAlreadyAssigned]); a
//     COMPLETED or FAILED task never changes status again ([ErrTerminal]).
//   - Schema: versioned migrations (migrations/NNNN_name.sql, embedded) are applied in
//     order, one transaction each, and recorded in schema_migrations; a database written
//     by a newer version of the code is refused ([ErrSchemaTooNew]) rather than misread.
//
// # Encoding
//
// Times are stored as UTC unix seconds (sub-second precision is dropped; 0 is the zero
// time, read back as time.Time{}); they come back in UTC. Hashes, IDs, tags and addresses
// are lowercase 0x-prefixed hex text. uint64 values (blocks, scores, weights) are stored
// as their int64 bit pattern, so they round-trip exactly.
package store
