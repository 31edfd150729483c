# Entry points for people and CI. Every target that builds first runs scripts/bootstrap.sh,
# which installs what is missing (Debian packages, npm test tools) and is instant otherwise.
#   make demo    build, then run the demo
#   make test    build, then unit + integration (release and ASan), interop, conformance
#   make bench   build, then the benchmarks
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build
JOBS ?= 2
FORMAT_DIRS := include src tests apps bench

.PHONY: bootstrap build demo test bench format tidy clean

bootstrap:
	@bash scripts/bootstrap.sh

build: bootstrap
	cmake --preset release
	cmake --build --preset release -j $(JOBS)

demo: build
	@if [[ -f scripts/demo.sh ]]; then bash scripts/demo.sh; \
	else echo "make demo: scripts/demo.sh is not there yet"; fi

test: build
	@bash scripts/test.sh

bench: build
	@if [[ -f bench/run.sh ]]; then bash bench/run.sh; \
	else echo "make bench: bench/run.sh is not there yet"; fi

format:
	@find $(FORMAT_DIRS) -type f \( -name '*.hpp' -o -name '*.cpp' -o -name '*.h' -o -name '*.c' \) \
	  -print0 2>/dev/null | xargs -0 -r clang-format -i

# Static analysis over the release build's compile_commands.json (.clang-tidy picks the checks).
tidy: build
	run-clang-tidy -quiet -j $(JOBS) -p build/release '$(CURDIR)/(src|apps)/'

clean:
	rm -rf build
