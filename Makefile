# Contract artifacts and Go bindings.
#
#   make contracts         compile contracts/src -> contracts/build, regenerate chain/bindings
#   make check-generated   regenerate and fail if the committed outputs are stale
#
# Set POCO_CONTRACTS_SRC=DIR to compile another source tree (toolchain testing only).

GENERATED := contracts/build chain/bindings
BINDINGS  := chain/bindings/bindings.go

.PHONY: contracts check-generated

contracts:
	@test -d contracts/node_modules || (cd contracts && npm ci --no-audit --no-fund)
	cd contracts && node scripts/compile.js
	go tool abigen --v2 --pkg bindings --combined-json contracts/build/combined.json --out $(BINDINGS)
	@# abigen v2 declares <Method>Output structs unprefixed, once per contract; drop identical repeats.
	go run ./chain/bindings/internal/dedupe $(BINDINGS)
	go vet ./chain/bindings/...

check-generated: contracts
	@git rev-parse --is-inside-work-tree >/dev/null || { echo "check-generated: not a git work tree" >&2; exit 2; }
	@stale=0; \
	git diff --exit-code --stat -- $(GENERATED) || stale=1; \
	untracked="$$(git ls-files --others --exclude-standard -- $(GENERATED))"; \
	if [ -n "$$untracked" ]; then echo "untracked generated files:"; echo "$$untracked" | sed 's/^/  /'; stale=1; fi; \
	if [ $$stale -ne 0 ]; then \
		echo "error: generated contract artifacts/bindings are out of date: run 'make contracts' and commit the result" >&2; \
		exit 1; \
	fi; \
	echo "generated contract artifacts and bindings are up to date"

# Example apps: examples/NAME/ -> examples/build/NAME.wasm (WASI preview 1).
.PHONY: examples
examples:
	@mkdir -p examples/build
	@for d in examples/*/; do \
		n=$$(basename $$d); [ "$$n" = build ] || [ "$$n" = ociapp ] && continue; \
		echo "GOOS=wasip1 GOARCH=wasm go build -o examples/build/$$n.wasm ./$$d"; \
		GOOS=wasip1 GOARCH=wasm go build -o examples/build/$$n.wasm ./$$d || exit 1; \
	done

# The example OCI app: a static Go binary alone in a local root filesystem, packed as an
# OCI image archive (no registry, no container engine) -> examples/build/ociapp.tar; prints
# the image digest to register the app with (type OCI). See docs/oci.md.
.PHONY: ociapp
ociapp:
	@rm -rf examples/build/ociapp-rootfs && mkdir -p examples/build/ociapp-rootfs
	CGO_ENABLED=0 GOOS=linux go build -trimpath -o examples/build/ociapp-rootfs/app ./examples/ociapp
	go run ./examples/ociapp/mkimage -rootfs examples/build/ociapp-rootfs -entrypoint /app -ref poco/ociapp:latest -o examples/build/ociapp.tar

# The IPFS node (kubo) the storage tests and operators use: built from the wrapper module
# internal/kubo (pinned there; not a dependency of poco) into $POCO_KUBO, else
# $HOME/.cache/poco-kubo/<version>/ipfs. Does nothing when that binary is already there.
.PHONY: kubo
kubo:
	internal/kubo/build.sh
