#!/usr/bin/env node
// Compiles the Poco Solidity sources into committed, reproducible artifacts.
//
//   node scripts/compile.js [--src DIR] [--out DIR]
//
// Sources: every .sol file under contracts/src (recursively), or DIR from --src /
// $POCO_CONTRACTS_SRC (meant for testing the toolchain only). Imports that are not
// under the source tree (e.g. "@openzeppelin/contracts/...") are resolved from
// contracts/node_modules. The compiler is the pinned npm `solc` (soljson, no download).
//
// Outputs (contracts/build, or --out / $POCO_CONTRACTS_OUT):
//   <Name>.abi       pretty-printed ABI of every emitted contract
//   <Name>.bin       creation bytecode (hex, no 0x) of every emitted contract that has one
//   Poco.abi         merged ABI of PocoHub + PocoTasks (the Hub delegatecalls PocoTasks)
//   combined.json    solc --combined-json style file consumed by `abigen --combined-json`
// Stale *.abi / *.bin / combined.json files in the output directory are removed.
//
// Exit status is non-zero on any compiler error, on a missing entry contract, on a
// conflicting merged ABI, or when a runtime bytecode exceeds the EIP-170 limit.
'use strict';

const fs = require('fs');
const path = require('path');

const CONTRACTS_DIR = path.resolve(__dirname, '..');
const NODE_MODULES = path.join(CONTRACTS_DIR, 'node_modules');
const PACKAGE_JSON = require(path.join(CONTRACTS_DIR, 'package.json'));

// Source unit names are "src/<path relative to the source root>", whatever directory the
// sources are read from, so that the output (and library link placeholders, which hash the
// fully qualified "src/File.sol:Lib" name) does not depend on where the tree lives.
const SOURCE_PREFIX = 'src/';

// Contracts that are always emitted (ABI, plus bytecode when they have any) and must exist.
// Extra ones (e.g. an interface clients need bindings for) can be listed, comma separated,
// in $POCO_ENTRY_CONTRACTS.
const ENTRY_CONTRACTS = ['PocoHub', 'PocoTasks'];

// The merged client-facing ABI: the Hub plus the module it delegatecalls from its fallback.
const MERGED = { name: 'Poco', hub: 'PocoHub', modules: ['PocoTasks'] };

const EIP170_MAX_RUNTIME = 24576; // bytes, max deployed (runtime) code size
const EIP3860_MAX_INITCODE = 2 * EIP170_MAX_RUNTIME; // bytes, max creation code size

// viaIR: the legacy pipeline fails on PocoHub._match with "stack too deep", so there is no
// legacy build to compare gas with; via-IR it is. runs: 1000 was measured against 200 and
// 20000 with `poco bench gas`: about 1% cheaper than 200, while 20000 gains another 0.5% for
// 4 kB more code (leaving PocoTasks 2 kB under the EIP-170 limit).
const SETTINGS = {
  optimizer: { enabled: true, runs: 1000 },
  viaIR: true,
  evmVersion: 'prague',
  metadata: { bytecodeHash: 'none', appendCBOR: false },
  outputSelection: {
    '*': {
      '': ['ast'],
      '*': [
        'abi',
        'evm.bytecode.object',
        'evm.bytecode.linkReferences',
        'evm.deployedBytecode.object',
        'evm.methodIdentifiers',
      ],
    },
  },
};

function fail(msg) {
  process.stderr.write(`compile.js: error: ${msg}\n`);
  process.exit(1);
}

function warn(msg) {
  process.stderr.write(`compile.js: warning: ${msg}\n`);
}

function parseArgs(argv) {
  const opts = {
    src: process.env.POCO_CONTRACTS_SRC || path.join(CONTRACTS_DIR, 'src'),
    out: process.env.POCO_CONTRACTS_OUT || path.join(CONTRACTS_DIR, 'build'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--(src|out)(?:=(.*))?$/.exec(a);
    if (m) {
      const v = m[2] !== undefined ? m[2] : argv[++i];
      if (!v) fail(`${a} needs a directory`);
      opts[m[1]] = v;
    } else if (a === '-h' || a === '--help') {
      process.stdout.write('usage: node scripts/compile.js [--src DIR] [--out DIR]\n');
      process.exit(0);
    } else {
      fail(`unknown argument ${a}`);
    }
  }
  opts.src = path.resolve(opts.src);
  opts.out = path.resolve(opts.out);
  return opts;
}

function listSolFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.sol')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

// Sorted-key deep copy, so JSON we build ourselves serializes deterministically.
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v).sort()) o[k] = sortKeys(v[k]);
    return o;
  }
  return v;
}

const json = (v) => JSON.stringify(v, null, 2) + '\n';

// A path for messages: relative when under the working directory, absolute otherwise.
function shown(p) {
  const rel = path.relative(process.cwd(), p);
  return rel === '' ? '.' : rel.startsWith('..') ? p : rel;
}

function writeFile(file, content) {
  fs.writeFileSync(file, content, { mode: 0o644 });
}

// Canonical ABI type of a parameter: tuples expanded to "(t1,t2)[]".
function canonicalType(p) {
  if (p.type.startsWith('tuple')) {
    return `(${(p.components || []).map(canonicalType).join(',')})${p.type.slice('tuple'.length)}`;
  }
  return p.type;
}

const ABI_TYPE_ORDER = ['constructor', 'fallback', 'receive', 'function', 'event', 'error'];

function abiKey(e) {
  return `${e.type} ${e.name || ''}(${(e.inputs || []).map(canonicalType).join(',')})`;
}

// What must agree for two ABI entries with the same key to be the same thing on chain.
function abiShape(e) {
  return JSON.stringify({
    type: e.type,
    name: e.name || '',
    inputs: (e.inputs || []).map((p) => [canonicalType(p), !!p.indexed]),
    outputs: (e.outputs || []).map(canonicalType),
    stateMutability: e.stateMutability || '',
    anonymous: !!e.anonymous,
  });
}

function compareAbiEntries(a, b) {
  const ra = ABI_TYPE_ORDER.indexOf(a.type);
  const rb = ABI_TYPE_ORDER.indexOf(b.type);
  if (ra !== rb) return ra - rb;
  const ka = abiKey(a);
  const kb = abiKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function mergeAbis(parts) {
  // parts: [{ from: name, abi: [...], skipTypes: Set }], first one wins on duplicates.
  const byKey = new Map();
  for (const { from, abi, skipTypes } of parts) {
    for (const e of abi) {
      if (skipTypes.has(e.type)) continue;
      const k = abiKey(e);
      const prev = byKey.get(k);
      if (!prev) {
        byKey.set(k, { from, entry: e });
        continue;
      }
      if (abiShape(prev.entry) !== abiShape(e)) {
        fail(
          `merged ABI ${MERGED.name}: "${k}" differs between ${prev.from} and ${from} ` +
            `(outputs, mutability or indexed flags); make them identical or rename one`,
        );
      }
      if (JSON.stringify(prev.entry) !== JSON.stringify(e)) {
        warn(
          `merged ABI ${MERGED.name}: "${k}" has different parameter names/internal types ` +
            `in ${prev.from} and ${from}; keeping ${prev.from}'s`,
        );
      }
    }
  }
  return [...byKey.values()].map((v) => v.entry).sort(compareAbiEntries);
}

function main() {
  const opts = parseArgs(process.argv.slice(2));

  const solc = require('solc');
  const solcVersion = solc.version();
  const pinned = PACKAGE_JSON.dependencies && PACKAGE_JSON.dependencies.solc;
  if (!pinned || !solcVersion.startsWith(`${pinned}+`)) {
    fail(`solc ${solcVersion} does not match the version pinned in package.json (${pinned}); run npm ci`);
  }

  if (!fs.existsSync(opts.src) || !fs.statSync(opts.src).isDirectory()) {
    fail(`source directory ${opts.src} does not exist`);
  }
  const files = listSolFiles(opts.src);
  if (files.length === 0) fail(`no .sol files under ${opts.src}`);

  const sources = {};
  for (const f of files.sort()) {
    const unit = SOURCE_PREFIX + path.relative(opts.src, f).split(path.sep).join('/');
    sources[unit] = { content: fs.readFileSync(f, 'utf8') };
  }
  const sortedSources = {};
  for (const k of Object.keys(sources).sort()) sortedSources[k] = sources[k];

  const input = { language: 'Solidity', sources: sortedSources, settings: SETTINGS };

  // Everything under src/ is already in `sources`; anything else comes from node_modules.
  const findImports = (importPath) => {
    const norm = path.posix.normalize(importPath);
    if (norm.startsWith(SOURCE_PREFIX)) {
      return { error: `File not found: ${importPath} (not under ${opts.src})` };
    }
    if (path.posix.isAbsolute(norm) || norm === '..' || norm.startsWith('../')) {
      return { error: `File not found: ${importPath} (imports must stay inside the source tree or node_modules)` };
    }
    const file = path.join(NODE_MODULES, ...norm.split('/'));
    try {
      return { contents: fs.readFileSync(file, 'utf8') };
    } catch (e) {
      return { error: `File not found: ${importPath} (looked in ${NODE_MODULES}; run npm ci?)` };
    }
  };

  process.stdout.write(
    `Compiling ${files.length} source file(s) from ${shown(opts.src)} ` +
      `with solc ${solcVersion} (viaIR, optimizer runs=${SETTINGS.optimizer.runs}, evm ${SETTINGS.evmVersion})\n`,
  );
  let output;
  try {
    output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  } catch (e) {
    fail(`solc crashed: ${e && e.stack ? e.stack : e}`);
  }

  const diags = output.errors || [];
  const errors = diags.filter((d) => d.severity === 'error');
  for (const d of diags.filter((d) => d.severity !== 'error')) {
    process.stderr.write(d.formattedMessage || `${d.severity}: ${d.message}\n`);
  }
  if (errors.length > 0) {
    for (const d of errors) process.stderr.write(d.formattedMessage || `Error: ${d.message}\n`);
    fail(`compilation failed with ${errors.length} error(s)`);
  }

  // Contract kinds from the AST: kind ("contract" | "interface" | "library") and abstract flag.
  const defs = new Map(); // "unit:Name" -> { kind, abstract }
  for (const [unit, src] of Object.entries(output.sources || {})) {
    for (const node of (src.ast && src.ast.nodes) || []) {
      if (node.nodeType === 'ContractDefinition') {
        defs.set(`${unit}:${node.name}`, { kind: node.contractKind, abstract: !!node.abstract });
      }
    }
  }

  const entries = new Set(ENTRY_CONTRACTS);
  for (const n of (process.env.POCO_ENTRY_CONTRACTS || '').split(',')) if (n.trim()) entries.add(n.trim());

  const emitted = new Map(); // Name -> { fqn, abi, bin, runtime, hashes, links }
  const seen = new Map(); // Name -> fqn, to reject ambiguous names
  const skipped = [];
  for (const unit of Object.keys(output.contracts || {}).sort()) {
    if (!unit.startsWith(SOURCE_PREFIX)) continue; // OpenZeppelin & other dependencies
    for (const name of Object.keys(output.contracts[unit]).sort()) {
      const fqn = `${unit}:${name}`;
      if (seen.has(name)) fail(`contract name ${name} is defined twice (${seen.get(name)} and ${fqn})`);
      seen.set(name, fqn);

      const c = output.contracts[unit][name];
      const def = defs.get(fqn) || { kind: 'contract', abstract: false };
      const bin = (c.evm && c.evm.bytecode && c.evm.bytecode.object) || '';
      const runtime = (c.evm && c.evm.deployedBytecode && c.evm.deployedBytecode.object) || '';
      const hasFunctions = (c.abi || []).some((e) => e.type === 'function');

      let emit;
      if (entries.has(name)) emit = true;
      else if (def.kind === 'interface' || def.abstract) emit = false;
      // Libraries with only internal functions are inlined; only deployable (linked) ones matter.
      else if (def.kind === 'library') emit = bin !== '' && hasFunctions;
      else emit = bin !== '';
      if (!emit) {
        skipped.push(`${name} (${def.abstract ? 'abstract ' : ''}${def.kind})`);
        continue;
      }
      const hasCode = bin !== '' && def.kind !== 'interface' && !def.abstract;
      emitted.set(name, {
        fqn,
        kind: def.kind,
        abi: c.abi || [],
        bin: hasCode ? bin : '',
        runtime: hasCode ? runtime : '',
        hashes: (c.evm && c.evm.methodIdentifiers) || {},
        links: (c.evm && c.evm.bytecode && c.evm.bytecode.linkReferences) || {},
      });
    }
  }

  for (const n of entries) {
    if (!emitted.has(n)) fail(`entry contract ${n} was not found under ${opts.src}`);
  }
  if (emitted.has(MERGED.name)) fail(`a contract named ${MERGED.name} clashes with the merged ABI name`);

  // Every linked library must be emitted too (abigen needs it to wire deployment deps).
  for (const [name, c] of emitted) {
    for (const [unit, libs] of Object.entries(c.links)) {
      for (const lib of Object.keys(libs)) {
        const e = emitted.get(lib);
        if (!e || e.fqn !== `${unit}:${lib}`) {
          fail(`${name} links against library ${unit}:${lib}, which is not part of the build`);
        }
      }
    }
  }

  // Merged ABI: Hub first (it wins on duplicates), then the modules minus their
  // constructor/fallback/receive, which are never reachable through the Hub.
  const moduleSkip = new Set(['constructor', 'fallback', 'receive']);
  const mergedAbi = mergeAbis([
    { from: MERGED.hub, abi: emitted.get(MERGED.hub).abi, skipTypes: new Set() },
    ...MERGED.modules.map((m) => ({ from: m, abi: emitted.get(m).abi, skipTypes: moduleSkip })),
  ]);
  // Two different signatures sharing a 4-byte selector would make the fallback route wrongly.
  const selectors = new Map();
  for (const n of [MERGED.hub, ...MERGED.modules]) {
    for (const [sig, sel] of Object.entries(emitted.get(n).hashes)) {
      const prev = selectors.get(sel);
      if (prev && prev.sig !== sig) {
        fail(`selector 0x${sel} is used by both ${prev.from}.${prev.sig} and ${n}.${sig}`);
      }
      selectors.set(sel, { sig, from: n });
    }
  }

  // Write artifacts, removing stale generated files first.
  fs.mkdirSync(opts.out, { recursive: true });
  const wanted = new Set(['combined.json', `${MERGED.name}.abi`]);
  for (const [name, c] of emitted) {
    wanted.add(`${name}.abi`);
    if (c.bin) wanted.add(`${name}.bin`);
  }
  for (const f of fs.readdirSync(opts.out)) {
    if ((f.endsWith('.abi') || f.endsWith('.bin') || f === 'combined.json') && !wanted.has(f)) {
      fs.unlinkSync(path.join(opts.out, f));
      process.stdout.write(`removed stale ${f}\n`);
    }
  }
  const combined = {};
  for (const name of [...emitted.keys()].sort()) {
    const c = emitted.get(name);
    writeFile(path.join(opts.out, `${name}.abi`), json(c.abi));
    if (c.bin) writeFile(path.join(opts.out, `${name}.bin`), c.bin + '\n');
    combined[c.fqn] = { abi: c.abi, bin: c.bin, 'bin-runtime': c.runtime, hashes: sortKeys(c.hashes) };
  }
  writeFile(path.join(opts.out, `${MERGED.name}.abi`), json(mergedAbi));
  // Not a real source unit; the key only has to end in ":<TypeName>" for abigen.
  combined[`build/${MERGED.name}.abi:${MERGED.name}`] = { abi: mergedAbi, bin: '', 'bin-runtime': '', hashes: {} };
  const combinedSorted = {};
  for (const k of Object.keys(combined).sort()) combinedSorted[k] = combined[k];
  writeFile(
    path.join(opts.out, 'combined.json'),
    json({ contracts: combinedSorted, version: solcVersion.replace(/\.Emscripten\.clang$/, '') }),
  );

  // Size report.
  const rows = [...emitted.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .filter(([, c]) => c.runtime)
    .map(([name, c]) => ({ name, runtime: c.runtime.length / 2, init: c.bin.length / 2 }));
  const w = Math.max(8, ...rows.map((r) => r.name.length));
  const line = (a, b, c, d) => `${a.padEnd(w)}  ${b.padStart(13)}  ${c.padStart(14)}  ${d.padStart(9)}\n`;
  let table = line('Contract', 'Runtime (B)', 'Initcode (B)', 'Headroom');
  table += `${'-'.repeat(w)}  ${'-'.repeat(13)}  ${'-'.repeat(14)}  ${'-'.repeat(9)}\n`;
  for (const r of rows) {
    table += line(r.name, String(r.runtime), String(r.init), String(EIP170_MAX_RUNTIME - r.runtime));
  }
  process.stdout.write(table);
  if (skipped.length) process.stdout.write(`not emitted (no deployable code): ${skipped.join(', ')}\n`);
  process.stdout.write(
    `wrote ${emitted.size} contract(s) + ${MERGED.name}.abi + combined.json to ` +
      `${shown(opts.out)}\n`,
  );

  const tooBig = rows.filter((r) => r.runtime > EIP170_MAX_RUNTIME);
  const initTooBig = rows.filter((r) => r.init > EIP3860_MAX_INITCODE);
  for (const r of tooBig) {
    process.stderr.write(
      `compile.js: error: ${r.name} runtime bytecode is ${r.runtime} bytes, over the EIP-170 limit of ${EIP170_MAX_RUNTIME}\n`,
    );
  }
  for (const r of initTooBig) {
    process.stderr.write(
      `compile.js: error: ${r.name} initcode is ${r.init} bytes, over the EIP-3860 limit of ${EIP3860_MAX_INITCODE}\n`,
    );
  }
  if (tooBig.length || initTooBig.length) process.exit(1);
}

main();
