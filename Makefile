# Thin wrapper: the real build is CMake. `make run` and `make test` work on a fresh Debian machine.
BUILD_DIR ?= build
DEMO_DIR  ?= $(BUILD_DIR)/demo
JOBS      ?= $(shell nproc)
CMAKE_ARGS ?=
ifeq ($(CI),true)
CMAKE_ARGS += -DPARINDEX_WERROR=ON
endif

.PHONY: all setup configure build run test bench fuzz fuzz-asan demo translations sanitize package clean

all: build

setup:
	@bash packaging/setup.sh

configure: setup
	@cmake -S . -B $(BUILD_DIR) -G Ninja $(CMAKE_ARGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

demo: build
	@$(BUILD_DIR)/app/parindex-cli demo --out $(DEMO_DIR) --force >/dev/null

run: demo
	@bash packaging/run-gui.sh $(BUILD_DIR)/app/parindex $(DEMO_DIR)/centre.parindex

test: build
	@cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

bench: build
	@$(BUILD_DIR)/tests/bench/parindex-bench
	@bash tests/bench/package_bench.sh $(BUILD_DIR)/app/parindex-cli .

# Each fuzz target for FUZZ_SECONDS (default 120) with a fresh seed; failing inputs go to
# $(BUILD_DIR)/fuzz-crashes. `make fuzz-asan` does the same in the sanitizer build.
FUZZ_SECONDS ?= 120
FUZZ_SEED ?= $(shell date +%s)
fuzz: build
	@$(BUILD_DIR)/tests/fuzz/parindex-fuzz --seconds $(FUZZ_SECONDS) --seed $(FUZZ_SEED) --crashes $(BUILD_DIR)/fuzz-crashes

fuzz-asan:
	@$(MAKE) fuzz BUILD_DIR=build-asan CMAKE_ARGS="-DPARINDEX_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug"

translations: configure
	@cmake --build $(BUILD_DIR) --target update_translations

sanitize:
	@$(MAKE) test BUILD_DIR=build-asan CMAKE_ARGS="-DPARINDEX_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug"

package: build
	@cd $(BUILD_DIR) && cpack -G "DEB;TGZ"

clean:
	@rm -rf $(BUILD_DIR) build-asan
